import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  required?: boolean;
  rows?: number;
}

/** The reason a decision is sent with: what the audit trail keeps and what the app's owner reads. */
export function ReasonField({ label, value, onChange, required = true, rows = 3 }: Props) {
  const id = useId();
  return (
    <div className="ac-field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={rows} maxLength={500} required={required} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
