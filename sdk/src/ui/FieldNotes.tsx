import type { ReactNode } from 'react';

export interface FieldNotesProps {
  /** The id of the field's control: the notes are `${id}-help` and `${id}-error`, for its `aria-describedby`. */
  id: string;
  help?: ReactNode;
  error?: ReactNode;
}

/** What stands under a form field: its help text, then what is wrong with the value (both only when given). */
export function FieldNotes({ id, help, error }: FieldNotesProps) {
  return (
    <>
      {help && (
        <span id={`${id}-help`} className="tbx-help">
          {help}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="tbx-error">
          {error}
        </span>
      )}
    </>
  );
}
