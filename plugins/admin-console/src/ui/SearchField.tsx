interface Props {
  label: string;
  value: string;
  placeholder?: string;
  onChange(text: string): void;
}

/** The text filter of a list (name, owner, …), in the `ac-filters` bar beside its selects. */
export function SearchField({ label, value, placeholder, onChange }: Props) {
  return (
    <label>
      <span>{label}</span>
      <input type="search" value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}
