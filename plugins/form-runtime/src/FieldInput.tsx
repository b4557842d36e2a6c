import { useLocale, useT } from '@toolbox/sdk/react';
import { FieldNotes, StatusTag } from '@toolbox/sdk/ui';
import { type FormDefinition, type FormField, flowState, type OrgRef, optionLabel, type PhotoRef, unitLabel } from '@toolbox/sdk/forms';
import type { ReactNode } from 'react';
import type { Draft } from './draft.ts';
import { messages } from './messages.ts';
import { PersonPicker } from './PersonPicker.tsx';
import { PhotoInput } from './PhotoInput.tsx';
import { UnitPicker } from './UnitPicker.tsx';
import { textOf } from './text.ts';

interface Props {
  field: FormField;
  definition: FormDefinition;
  id: string;
  draft: Draft;
  error?: string;
  disabled?: boolean;
  onChange(next: Draft): void;
}

// Up to this many options show as radio buttons (one click, all visible); more become a drop-down.
const RADIO_UP_TO = 4;

/** One field of the form: its label (with * when required), the control for its kind, its help and its error. */
export function FieldInput({ field, definition, id, draft, error, disabled, onChange }: Props) {
  const locale = useLocale();
  const t = useT(messages);
  const help = textOf(field.help, locale);
  const describedBy = [help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: field.key,
    disabled,
    'aria-invalid': error ? true : undefined,
    'aria-required': field.required || undefined,
    'aria-describedby': describedBy,
  } as const;
  const label = (
    <>
      {textOf(field.label, locale)}
      {field.required && (
        <span className="tbx-required" aria-hidden="true">
          *
        </span>
      )}
    </>
  );
  const text = typeof draft === 'string' ? draft : '';
  let control: ReactNode;
  let grouped = false;
  switch (field.kind) {
    case 'textarea':
      control = <textarea {...common} className="tbx-input" maxLength={field.maxLength ?? 2000} value={text} onChange={(e) => onChange(e.target.value)} />;
      break;
    case 'number':
      control = (
        <span className="fr-with-unit">
          <input {...common} className="tbx-input" type="text" inputMode={field.decimals ? 'decimal' : 'numeric'} value={text} onChange={(e) => onChange(e.target.value)} />
          {field.unit && <span className="fr-unit">{unitLabel(field, locale)}</span>}
        </span>
      );
      break;
    case 'date':
      control = <input {...common} className="tbx-input" type="date" value={text} onChange={(e) => onChange(e.target.value)} />;
      break;
    case 'datetime':
      control = <input {...common} className="tbx-input" type="datetime-local" value={text} onChange={(e) => onChange(e.target.value)} />;
      break;
    case 'choice':
      if (field.options.length <= RADIO_UP_TO) {
        grouped = true;
        control = (
          <div className="fr-options" role="radiogroup" aria-labelledby={`${id}-label`} aria-describedby={describedBy}>
            {field.options.map((option, i) => (
              <label key={option} className="fr-option">
                <input type="radio" id={i === 0 ? id : undefined} name={`${id}-${field.key}`} checked={text === option} disabled={disabled} onChange={() => onChange(option)} />
                {optionLabel(field, option, locale)}
              </label>
            ))}
          </div>
        );
      } else {
        control = (
          <select {...common} className="tbx-input" value={text} onChange={(e) => onChange(e.target.value)}>
            <option value="">{t('choose')}</option>
            {field.options.map((option) => (
              <option key={option} value={option}>
                {optionLabel(field, option, locale)}
              </option>
            ))}
          </select>
        );
      }
      break;
    case 'multichoice': {
      grouped = true;
      const picked = Array.isArray(draft) ? (draft as string[]) : [];
      control = (
        <div className="fr-options" role="group" aria-labelledby={`${id}-label`} aria-describedby={describedBy}>
          {field.options.map((option, i) => (
            <label key={option} className="fr-option">
              <input
                type="checkbox"
                id={i === 0 ? id : undefined}
                checked={picked.includes(option)}
                disabled={disabled}
                onChange={(e) => onChange(e.target.checked ? field.options.filter((o) => o === option || picked.includes(o)) : picked.filter((o) => o !== option))}
              />
              {optionLabel(field, option, locale)}
            </label>
          ))}
        </div>
      );
      break;
    }
    case 'yesno':
      grouped = true;
      control = (
        <div className="fr-options" role="radiogroup" aria-labelledby={`${id}-label`} aria-describedby={describedBy}>
          {[true, false].map((v) => (
            <label key={String(v)} className="fr-option">
              <input type="radio" id={v ? id : undefined} name={`${id}-${field.key}`} checked={draft === v} disabled={disabled} onChange={() => onChange(v)} />
              {v ? t('yes') : t('no')}
            </label>
          ))}
        </div>
      );
      break;
    case 'phone':
      control = <input {...common} className="tbx-input" type="tel" inputMode="tel" maxLength={13} value={text} onChange={(e) => onChange(e.target.value)} />;
      break;
    case 'idcard':
      control = <input {...common} className="tbx-input fr-mono" type="text" autoComplete="off" maxLength={18} value={text} onChange={(e) => onChange(e.target.value.toUpperCase())} />;
      break;
    case 'address': {
      grouped = true;
      const parts = draft && typeof draft === 'object' && !Array.isArray(draft) ? (draft as { building: string; room: string }) : { building: '', room: '' };
      control = (
        <div className="fr-address" role="group" aria-labelledby={`${id}-label`} aria-describedby={describedBy}>
          <input
            {...common}
            className="tbx-input"
            aria-label={t('building')}
            placeholder={t('buildingHint')}
            maxLength={32}
            value={parts.building}
            onChange={(e) => onChange({ ...parts, building: e.target.value })}
          />
          <input
            id={`${id}-room`}
            className="tbx-input"
            aria-label={t('room')}
            aria-invalid={error ? true : undefined}
            placeholder={t('roomHint')}
            maxLength={32}
            disabled={disabled}
            value={parts.room}
            onChange={(e) => onChange({ ...parts, room: e.target.value })}
          />
        </div>
      );
      break;
    }
    case 'photo':
      control = (
        <PhotoInput
          id={id}
          field={field.key}
          maxPhotos={field.maxPhotos}
          value={Array.isArray(draft) ? (draft as PhotoRef[]) : []}
          disabled={disabled}
          describedBy={describedBy}
          onChange={onChange}
        />
      );
      break;
    case 'person':
    case 'unit': {
      const Picker = field.kind === 'person' ? PersonPicker : UnitPicker;
      const picked = draft && typeof draft === 'object' && !Array.isArray(draft) && 'name' in draft ? (draft as OrgRef) : { name: text };
      control = <Picker id={id} value={picked} disabled={disabled} describedBy={describedBy} invalid={Boolean(error)} required={field.required} onChange={onChange} />;
      break;
    }
    case 'status': {
      const state = flowState(definition, draft);
      control = state ? <StatusTag tone={state.tone ?? 'neutral'}>{textOf(state.label, locale)}</StatusTag> : null;
      break;
    }
    default:
      control = <input {...common} className="tbx-input" type="text" maxLength={field.kind === 'text' ? (field.maxLength ?? 100) : 32} value={text} onChange={(e) => onChange(e.target.value)} />;
  }
  return (
    <div className={`tbx-field fr-field fr-field--${field.kind}`}>
      {grouped || field.kind === 'status' || field.kind === 'photo' ? (
        <span className="tbx-label" id={`${id}-label`}>
          {label}
        </span>
      ) : (
        <label className="tbx-label" id={`${id}-label`} htmlFor={id}>
          {label}
        </label>
      )}
      {control}
      <FieldNotes id={id} help={help} error={error} />
    </div>
  );
}
