import { useLocale, useT } from '@toolbox/sdk/react';
import { Button } from '@toolbox/sdk/ui';
import { type FormDefinition, type FormField, fieldByKey, fieldLabels, MATCH_FIELDS_MAX, MATCHABLE_KINDS, matchKeys, type OptionsEn } from '@toolbox/sdk/forms';
import { copyField, moveField, placeOf, removeField, setMatchBy, updateField } from './draft/editDraft.ts';
import { KIND_NAMES } from './draft/kindNames.ts';
import { withEnglish } from './draft/wording.ts';
import { Check, NumberInput, Problems, Select, TextInput } from './inputs.tsx';
import { messages } from './messages.ts';
import { useState } from 'react';

interface Props {
  draft: FormDefinition;
  field: FormField;
  problems?: string[];
  /** Keys the version in use has: changing such a key would strand its values, so it is fixed. */
  publishedKeys: ReadonlySet<string>;
  onChange(draft: FormDefinition, selected?: string): void;
}

const clean = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;

/** The English wording of the options still listed, or none at all (an empty wording is no wording). */
function wordingOf(options: readonly string[], words: OptionsEn | undefined): OptionsEn | undefined {
  const kept = Object.fromEntries(options.filter((o) => o !== '' && words && Object.hasOwn(words, o) && words[o]?.trim()).map((o) => [o, words![o]!]));
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/**
 * An English box beside each option, folded away until opened: most committees never fill them in, and an English
 * screen shows the option itself where none is given. One box per option rather than a second list of lines, so a
 * wording cannot slip onto the next option when one is added or taken out above it.
 */
function OptionWordings({ field, onChange }: { field: FormField & { options: string[]; optionsEn?: OptionsEn }; onChange(next: OptionsEn | undefined): void }) {
  const t = useT(messages);
  const options = field.options.filter((o) => o !== '');
  const given = options.filter((o) => field.optionsEn && Object.hasOwn(field.optionsEn, o)).length;
  // Open at first when some are given; after that as the maker leaves it (clearing the last box must not fold it away).
  const [open, setOpen] = useState(given > 0);
  if (options.length === 0) return null;
  return (
    <details className="fd-options-en" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('optionsEn', given, options.length)}</summary>
      {options.map((option) => (
        <TextInput
          key={option}
          label={option}
          value={field.optionsEn?.[option]}
          onChange={(v) => onChange(wordingOf(field.options, { ...field.optionsEn, [option]: v }))}
        />
      ))}
    </details>
  );
}

/** Everything about one field: label, help, required, default and the checks of its kind. */
export function FieldProperties({ draft, field, problems, publishedKeys, onChange }: Props) {
  const t = useT(messages);
  const locale = useLocale();
  const set = (patch: Partial<FormField>) => onChange(updateField(draft, field.key, clean({ ...field, ...patch } as FormField)), (patch.key as string | undefined) ?? field.key);
  const place = placeOf(draft, field.key);
  const setDefault = (value: unknown) => set({ default: value } as Partial<FormField>);
  // The fields that identify a record (matchBy): this one alone, or with others (姓名和住址 together).
  const matching = matchKeys(draft);
  const names = (keys: string[]) => fieldLabels(keys.map((key) => fieldByKey(draft, key) ?? { key, label: { 'zh-CN': '' } }), locale);
  const others = matching.filter((k) => k !== field.key);
  const matchHint = matching.includes(field.key)
    ? others.length > 0
      ? t('matchByHintTogether', names(matching))
      : t('matchByHint', names([field.key]))
    : others.length >= MATCH_FIELDS_MAX
      ? t('matchByHintFull', MATCH_FIELDS_MAX)
      : others.length > 0
        ? t('matchByHintAdd', names(others))
        : t('matchByHint', names([field.key]));

  return (
    <section className="fd-props" aria-label={field.label['zh-CN']}>
      <h3 className="fd-props__title">
        {KIND_NAMES[field.kind][locale] ?? KIND_NAMES[field.kind]['zh-CN']}
      </h3>
      <Problems items={problems} />
      <TextInput label={t('label')} value={field.label['zh-CN']} onChange={(v) => set({ label: { ...field.label, 'zh-CN': v } })} />
      <TextInput label={t('labelEn')} value={field.label.en} onChange={(v) => set({ label: withEnglish(field.label, v) })} />
      {field.kind !== 'status' && (
        <>
          <TextInput label={t('help')} value={field.help?.['zh-CN']} onChange={(v) => set({ help: v ? { ...field.help, 'zh-CN': v } : undefined })} />
          {field.help && <TextInput label={t('helpEn')} value={field.help.en} onChange={(v) => set({ help: withEnglish(field.help!, v) })} />}
          <Check label={t('required')} checked={field.required === true} onChange={(v) => set({ required: v || undefined })} />
        </>
      )}
      {field.kind === 'status' && <p className="tbx-help">{t('statusHint')}</p>}
      {MATCHABLE_KINDS.includes(field.kind) && (
        <Check
          label={t('matchBy')}
          hint={matchHint}
          checked={matching.includes(field.key)}
          disabled={!matching.includes(field.key) && matching.length >= MATCH_FIELDS_MAX}
          onChange={(on) => onChange(setMatchBy(draft, field.key, on), field.key)}
        />
      )}

      {field.kind === 'text' && <Check label={t('personName')} hint={t('personNameHint')} checked={field.personName === true} onChange={(on) => set({ personName: on || undefined })} />}
      {field.kind === 'text' && (
        <div className="fd-grid">
          <TextInput label={t('defaultValue')} value={field.default} onChange={(v) => setDefault(v || undefined)} />
          <NumberInput label={t('minLength')} value={field.minLength} onChange={(v) => set({ minLength: v })} />
          <NumberInput label={t('maxLength')} value={field.maxLength} onChange={(v) => set({ maxLength: v })} />
        </div>
      )}
      {field.kind === 'textarea' && (
        <div className="fd-grid">
          <NumberInput label={t('maxLength')} value={field.maxLength} onChange={(v) => set({ maxLength: v })} />
        </div>
      )}
      {field.kind === 'number' && (
        <div className="fd-grid">
          <TextInput label={t('unit')} value={field.unit} onChange={(v) => set({ unit: v || undefined, ...(v ? {} : { unitEn: undefined }) })} />
          {field.unit && <TextInput label={t('unitEn')} value={field.unitEn} onChange={(v) => set({ unitEn: v || undefined })} />}
          <NumberInput label={t('min')} value={field.min} onChange={(v) => set({ min: v })} />
          <NumberInput label={t('max')} value={field.max} onChange={(v) => set({ max: v })} />
          <NumberInput label={t('decimals')} value={field.decimals} onChange={(v) => set({ decimals: v })} />
          <NumberInput label={t('defaultValue')} value={field.default} step={field.decimals ? 10 ** -field.decimals : 1} onChange={(v) => setDefault(v)} />
        </div>
      )}
      {field.kind === 'date' && (
        <Select label={t('defaultValue')} value={field.default === 'today' ? 'today' : ''} options={[{ value: '', label: t('none') }, { value: 'today', label: t('today') }]} onChange={(v) => setDefault(v || undefined)} />
      )}
      {field.kind === 'datetime' && (
        <Select label={t('defaultValue')} value={field.default ?? ''} options={[{ value: '', label: t('none') }, { value: 'now', label: t('now') }]} onChange={(v) => setDefault(v || undefined)} />
      )}
      {(field.kind === 'choice' || field.kind === 'multichoice') && (
        <>
          <TextInput
            label={t('options')}
            multiline
            value={field.options.join('\n')}
            onChange={(v) => {
              const options = v.split('\n').map((o) => o.trim()).filter((o, i, all) => o !== '' || i === all.length - 1);
              set({ options, optionsEn: wordingOf(options, field.optionsEn) } as Partial<FormField>);
            }}
          />
          <OptionWordings field={field} onChange={(optionsEn) => set({ optionsEn } as Partial<FormField>)} />
          {field.kind === 'choice' && (
            <Select label={t('defaultValue')} value={field.default ?? ''} options={[{ value: '', label: t('none') }, ...field.options.filter(Boolean).map((o) => ({ value: o, label: o }))]} onChange={(v) => setDefault(v || undefined)} />
          )}
        </>
      )}
      {field.kind === 'yesno' && (
        <Select
          label={t('defaultValue')}
          value={field.default === undefined ? '' : String(field.default)}
          options={[{ value: '', label: t('none') }, { value: 'true', label: t('yes') }, { value: 'false', label: t('no') }]}
          onChange={(v) => setDefault(v === '' ? undefined : v === 'true')}
        />
      )}
      {field.kind === 'person' && <Check label={`${t('defaultValue')}${t('colon')}${t('me')}`} checked={field.default === 'me'} onChange={(v) => setDefault(v ? 'me' : undefined)} />}
      {field.kind === 'unit' && <Check label={`${t('defaultValue')}${t('colon')}${t('mine')}`} checked={field.default === 'mine'} onChange={(v) => setDefault(v ? 'mine' : undefined)} />}
      {field.kind === 'photo' && <NumberInput label={t('maxPhotos')} value={field.maxPhotos} onChange={(v) => set({ maxPhotos: v })} />}

      {draft.sections.length > 1 && place && (
        <Select
          label={t('moveToSection')}
          value={String(place.section)}
          options={draft.sections.map((s, i) => ({ value: String(i), label: s.title['zh-CN'] || `${t('section')} ${i + 1}` }))}
          onChange={(v) => onChange(moveField(draft, field.key, { section: Number(v), index: Number.MAX_SAFE_INTEGER }), field.key)}
        />
      )}
      <details className="fd-advanced">
        <summary>{t('key')}</summary>
        {publishedKeys.has(field.key) ? (
          <p className="tbx-help">
            <code>{field.key}</code> · {t('keyHint')}
          </p>
        ) : (
          <TextInput label={t('key')} hint={t('keyHint')} value={field.key} onChange={(v) => set({ key: v.replace(/[^A-Za-z0-9]/g, '') })} />
        )}
      </details>
      <div className="fd-props__actions">
        {field.kind !== 'status' && (
          <Button
            variant="secondary"
            size="small"
            onClick={() => {
              const copied = copyField(draft, field.key);
              onChange(copied.definition, copied.key);
            }}
          >
            {t('copyField')}
          </Button>
        )}
        <Button variant="danger" size="small" onClick={() => onChange(removeField(draft, field.key))}>
          {t('removeField')}
        </Button>
      </div>
    </section>
  );
}
