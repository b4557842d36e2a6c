import type { ReactNode } from 'react';

interface Props {
  label: string;
  value: string;
  /** The first option, '' as its value: no filter. */
  all: string;
  onChange(value: string): void;
  children: ReactNode;
}

/** One select of a filter bar, with its "all" option first. */
export function FilterSelect({ label, value, all, onChange, children }: Props) {
  return (
    <label>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{all}</option>
        {children}
      </select>
    </label>
  );
}
