import type { ReactNode } from 'react';
import { Button } from './Button.tsx';
import { useUi } from './useUi.ts';

/** Props of `FilterBar`. */
export interface FilterBarProps {
  /** The filters: `FilterSelect`s, and `<label><span>…</span><input /></label>` for a search box or a date. */
  children: ReactNode;
  /**
   * How many records the filters let through, in the app's words (共 12 张，显示 5 张), at the right and announced
   * politely as it changes. Pass `''` while it is unknown rather than nothing, so the live region is there first.
   */
  count?: ReactNode;
  /**
   * Sets every filter back to "all": given, a 清除筛选 link closes the row. Pass it only while a filter is set, so the
   * link shows only when there is something to clear.
   */
  onClear?(): void;
}

/**
 * One row of labelled filters above a list (`role="search"`), every change applied at once, no search button to
 * forget: each control's label sits above it in small grey text, and it wraps on a narrow frame.
 */
export function FilterBar({ children, count, onClear }: FilterBarProps) {
  const { t } = useUi();
  return (
    <div className="tbx-filters" role="search">
      {children}
      {onClear && (
        <Button variant="link" onClick={() => onClear()}>
          {t('clearFilters')}
        </Button>
      )}
      {count !== undefined && (
        <span className="tbx-filters__count" aria-live="polite">
          {count}
        </span>
      )}
    </div>
  );
}

/** Props of `FilterSelect`. */
export interface FilterSelectProps<V extends string = string> {
  /** The visible label; the select is named by it. */
  label: ReactNode;
  value: V;
  onChange(value: V): void;
  /** `[value, words]` of each option, in order; the "all" option (全部) is one of them, usually the first. */
  options: readonly (readonly [V, string])[];
  /** A class for the label, where the select stands outside a `FilterBar`. */
  className?: string;
}

/** One select of a filter row, its visible label wrapped around it (so clicking the label focuses it). */
export function FilterSelect<V extends string = string>({ label, value, onChange, options, className }: FilterSelectProps<V>) {
  return (
    <label className={className}>
      <span>{label}</span>
      {/* Only the options' values can be chosen. */}
      <select value={value} onChange={(e) => onChange(e.target.value as V)}>
        {options.map(([option, words]) => (
          <option key={option} value={option}>
            {words}
          </option>
        ))}
      </select>
    </label>
  );
}
