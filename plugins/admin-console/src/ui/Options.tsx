import type { ReactNode } from 'react';

interface Props<T> {
  items: readonly T[];
  /** The option's value, also its key: values of one select are distinct. */
  value(item: T): string | number;
  label(item: T): ReactNode;
}

/** The `<option>`s of a select, one per item. */
export function Options<T>({ items, value, label }: Props<T>) {
  return items.map((item) => (
    <option key={value(item)} value={value(item)}>
      {label(item)}
    </option>
  ));
}
