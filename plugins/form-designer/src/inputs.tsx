import type { ReactNode } from 'react';

// Small labelled inputs in the UI kit's look (tbx-field, tbx-input), each with its problems under it.

export function Problems({ items }: { items?: string[] }) {
  if (!items?.length) return null;
  return (
    <ul className="fd-problems" role="alert">
      {items.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}

interface Labelled {
  label: string;
  hint?: string;
  problems?: string[];
}

export function Row({ label, hint, problems, children }: Labelled & { children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the child
    <label className="tbx-field fd-row">
      <span className="tbx-label">{label}</span>
      {children}
      {hint && <span className="tbx-help">{hint}</span>}
      <Problems items={problems} />
    </label>
  );
}

export function TextInput({ value, onChange, ...rest }: Labelled & { value: string | undefined; onChange(value: string): void; multiline?: boolean; placeholder?: string }) {
  const props = { className: 'tbx-input', value: value ?? '', placeholder: rest.placeholder, onChange: (e: { target: { value: string } }) => onChange(e.target.value) };
  return <Row {...rest}>{rest.multiline ? <textarea rows={4} {...props} /> : <input type="text" {...props} />}</Row>;
}

/** A number or nothing: an empty box means "not set" (undefined). */
export function NumberInput({ value, onChange, ...rest }: Labelled & { value: number | undefined; onChange(value: number | undefined): void; step?: number }) {
  return (
    <Row {...rest}>
      <input
        type="number"
        className="tbx-input"
        step={rest.step ?? 1}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
      />
    </Row>
  );
}

export function Check({ label, hint, checked, disabled, onChange }: { label: string; hint?: string; checked: boolean; disabled?: boolean; onChange(checked: boolean): void }) {
  const box = (
    <label className="tbx-check-row fd-check">
      <input type="checkbox" className="tbx-check" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
  if (!hint) return box;
  return (
    <div className="fd-check-hint">
      {box}
      <span className="tbx-help">{hint}</span>
    </div>
  );
}

export function Select<V extends string>({ value, options, onChange, ...rest }: Labelled & { value: V; options: { value: V; label: string }[]; onChange(value: V): void }) {
  return (
    <Row {...rest}>
      <select className="tbx-input" value={value} onChange={(e) => onChange(e.target.value as V)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Row>
  );
}
