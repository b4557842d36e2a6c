import { useState } from 'react';

interface Props {
  value: string;
  label: string;
  disabled: boolean;
  onSave(notes: string): void;
}

/** Notes typed in place and saved when the field is left or Enter is pressed, only if they changed. */
export function NotesCell({ value, label, disabled, onSave }: Props) {
  const [draft, setDraft] = useState(value);
  // The point changed under the cell (a colleague's save, or this cell's own): an untouched cell shows the new note,
  // one being typed in keeps what was typed.
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    if (draft === seen) setDraft(value);
    setSeen(value);
  }
  const commit = () => {
    if (draft.trim() !== value) onSave(draft.trim());
  };
  return (
    <input
      className="fp-notes"
      value={draft}
      aria-label={label}
      // The cell is narrow: the whole note shows on hover.
      title={draft || undefined}
      maxLength={1000}
      disabled={disabled}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(value);
      }}
    />
  );
}
