import { type InputHTMLAttributes, useId } from 'react';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> {
  label: string;
  value: string;
  onChange(value: string): void;
  /** A line under the field saying what is expected. */
  hint?: string;
}

/** A labelled text input of a dialog's form. */
export function TextField({ label, value, onChange, hint, ...input }: Props) {
  const id = useId();
  return (
    <div className="ac-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} {...input} />
      {hint && <span className="ac-muted">{hint}</span>}
    </div>
  );
}
