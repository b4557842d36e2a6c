import type { OrgRef } from '@toolbox/sdk/forms';
import { matchesSearch, searchTexts } from '@toolbox/sdk';
import { usePinyin, useT } from '@toolbox/sdk/react';
import { useId, useMemo, useRef, useState } from 'react';
import { messages } from './messages.ts';

/** One choice of a picker: what is stored (`id`, `name`) and a line that tells namesakes apart. */
export interface OrgOption {
  id: string;
  name: string;
  detail?: string;
}

/** What a person or unit picker takes from the form. */
export interface PickerProps {
  id: string;
  /** The stored name, and the id when it was picked from the list. */
  value: OrgRef;
  disabled?: boolean;
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
  onChange(next: OrgRef): void;
}

interface Props extends PickerProps {
  /** null while loading; an empty list when there is nothing to pick (the user may still type a name). */
  options: readonly OrgOption[] | null;
  loadError?: boolean;
}

// A picker lists this many matches; typing narrows it.
const SHOWN = 50;

/**
 * A text box that suggests people or units of the org tree as the user types (ARIA combobox with a list box): a
 * pick stores `{id, name}`; a name typed by hand stays `{name}`, as records made before the pickers hold it.
 */
export function OrgCombobox({ id, value, options, loadError, disabled, describedBy, invalid, required, onChange }: Props) {
  const t = useT(messages);
  const listId = useId();
  const [open, setOpen] = useState(false);
  // Near the bottom of the frame (the last field above the save bar) the list opens upwards, where there is room.
  const [upwards, setUpwards] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const show = () => {
    const rect = box.current?.getBoundingClientRect();
    if (rect) setUpwards(window.innerHeight - rect.bottom < 280 && rect.top > window.innerHeight - rect.bottom);
    setOpen(true);
  };
  const [active, setActive] = useState(0);
  const [query, setQuery] = useState<string>();
  // Found by name or detail, their pinyin or its initials (wjg for 王建国); pinyin-pro loads at the first Latin letter.
  const toPinyin = usePinyin(query ?? '');
  const index = useMemo(() => (options ?? []).map((o) => ({ option: o, haystacks: searchTexts([o.name, o.detail ?? ''], toPinyin) })), [options, toPinyin]);
  const shown = useMemo(() => index.filter((e) => matchesSearch(e.haystacks, query ?? '')).map((e) => e.option).slice(0, SHOWN), [index, query]);

  const choose = (option: OrgOption) => {
    onChange({ id: option.id, name: option.name });
    setQuery(undefined);
    setOpen(false);
  };

  return (
    <div className="fr-picker" ref={box}>
      <input
        id={id}
        className="tbx-input"
        type="text"
        role="combobox"
        autoComplete="off"
        maxLength={32}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && shown[active] ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-required={required || undefined}
        disabled={disabled}
        value={query ?? value.name}
        onFocus={show}
        onBlur={() => {
          setOpen(false);
          setQuery(undefined);
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
          // Typed by hand: a name without an id until a suggestion is picked.
          onChange({ name: e.target.value });
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((i) => (shown.length ? (i + step + shown.length) % shown.length : 0));
          } else if (e.key === 'Enter' && open && shown[active]) {
            e.preventDefault();
            choose(shown[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {value.id && query === undefined && (
        <span className="fr-picker__picked" title={t('pickedFromTree')} aria-hidden="true">
          ✓
        </span>
      )}
      {open && (
        <div id={listId} role="listbox" className={`fr-picker__list${upwards ? ' fr-picker__list--up' : ''}`} aria-label={t('suggestions')}>
          {options === null && !loadError && <div className="fr-picker__empty">{t('pickerLoading')}</div>}
          {loadError && <div className="fr-picker__empty">{t('pickerUnavailable')}</div>}
          {options !== null && shown.length === 0 && <div className="fr-picker__empty">{t('pickerNoMatch')}</div>}
          {shown.map((option, i) => (
            <div
              key={option.id}
              tabIndex={-1}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`fr-picker__option${i === active ? ' fr-picker__option--active' : ''}`}
              // Before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(option);
              }}
            >
              <span>{option.name}</span>
              {option.detail && <span className="fr-muted fr-picker__detail">{option.detail}</span>}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
