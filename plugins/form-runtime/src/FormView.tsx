import { useLocale, useT } from '@toolbox/sdk/react';
import { Button, Notice } from '@toolbox/sdk/ui';
import type { DataRecord } from '@toolbox/sdk';
import { checkFieldValue, checkFormRecord, type FormDefinition, type FormRecordProblem, flowState, formFields, matchField } from '@toolbox/sdk/forms';
import { type FormEvent, Fragment, useId, useMemo, useState } from 'react';
import { type Draft, fromDraft, toDraft } from './draft.ts';
import { FieldInput } from './FieldInput.tsx';
import { messages } from './messages.ts';
import { type FindSame, SameRecordNotice } from './SameRecordNotice.tsx';
import { textOf } from './text.ts';

interface Props {
  definition: FormDefinition;
  /** The values to start from: a record being edited, or a new record's defaults. */
  initial: Record<string, unknown>;
  isNew: boolean;
  onSubmit(data: Record<string, unknown>): Promise<void>;
  onCancel(): void;
  /** The other records with a `matchBy` value (absent: the form does not look). */
  findSame?: FindSame;
  /** Opens a record the form warns of (leaving this form). */
  onOpenRecord?(record: DataRecord<Record<string, unknown>>): void;
}

/**
 * The form of any definition: its sections in order, each laid out in the definition's columns, every field with its
 * label, help and Chinese error. Checked with checkFormRecord (the rules the server applies) before anything is sent.
 */
export function FormView({ definition, initial, isNew, onSubmit, onCancel, findSame, onOpenRecord }: Props) {
  const locale = useLocale();
  const t = useT(messages);
  const base = useId();
  const fields = useMemo(() => formFields(definition), [definition]);
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() => Object.fromEntries(fields.map((f) => [f.key, toDraft(f, initial[f.key])])));
  const [problems, setProblems] = useState<FormRecordProblem[]>([]);
  const [checked, setChecked] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string>();

  const recordOf = (values: Record<string, Draft>): Record<string, unknown> => {
    // Values the form does not show (fields kept read-only from earlier versions) travel through unchanged.
    const data: Record<string, unknown> = { ...initial };
    for (const field of fields) {
      const value = fromDraft(field, values[field.key], initial[field.key]);
      if (value === undefined) delete data[field.key];
      else data[field.key] = value;
    }
    return data;
  };

  const change = (key: string, next: Draft) => {
    const values = { ...drafts, [key]: next };
    setDrafts(values);
    // After the first save, errors follow the typing so each one visibly goes away.
    if (checked) setProblems(checkFormRecord(definition, recordOf(values)));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setFailure(undefined);
    const data = recordOf(drafts);
    const found = checkFormRecord(definition, data);
    setProblems(found);
    if (found.length) {
      document.getElementById(`${base}-${found[0]?.field}`)?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSubmit(data);
    } catch (error) {
      setFailure(t('saveFailed', (error as Error).message));
    } finally {
      setSaving(false);
    }
  };

  const errorOf = (key: string) => {
    const problem = problems.find((p) => p.field === key);
    return problem ? textOf(problem.message, locale) : undefined;
  };
  const columns = definition.views.form?.columns ?? 2;
  // The value to look for in the ledger: complete and valid, and on an edit, not the record's own value.
  const match = matchField(definition);
  const typed = match && fromDraft(match, drafts[match.key], initial[match.key]);
  const lookFor = match && typeof typed === 'string' && !checkFieldValue(match, typed) && (isNew || typed !== initial[match.key]) ? typed : undefined;
  const initialState = definition.flow && flowState(definition, definition.flow.initial);

  return (
    <form className="tbx-root fr-form" noValidate onSubmit={submit}>
      {problems.length > 0 && (
        <Notice type="error" title={t('formHasErrors', problems.length)}>
          <ul className="fr-problems">
            {problems.map((p) => (
              <li key={p.field}>
                <a href={`#${base}-${p.field}`}>{textOf(p.message, locale)}</a>
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {failure && <Notice type="error">{failure}</Notice>}
      {definition.sections.map((section, s) => (
        <fieldset key={section.fields[0]?.key ?? s} className="fr-section">
          <legend className="fr-section__title">{textOf(section.title, locale)}</legend>
          {section.description && <p className="tbx-help">{textOf(section.description, locale)}</p>}
          <div className={`fr-grid fr-grid--${columns}`}>
            {section.fields.map((field) =>
              field.kind === 'status' && isNew ? (
                <div key={field.key} className="tbx-field fr-field fr-field--status">
                  <span className="tbx-label">{textOf(field.label, locale)}</span>
                  <span className="tbx-help">{t('statusAuto', textOf(initialState?.label, locale))}</span>
                </div>
              ) : (
                <Fragment key={field.key}>
                  <FieldInput
                    field={field}
                    definition={definition}
                    id={`${base}-${field.key}`}
                    draft={drafts[field.key]}
                    error={errorOf(field.key)}
                    disabled={saving}
                    onChange={(next) => change(field.key, next)}
                  />
                  {field === match && <SameRecordNotice definition={definition} field={field} value={lookFor} find={findSame} onOpen={onOpenRecord} />}
                </Fragment>
              ),
            )}
          </div>
        </fieldset>
      ))}
      <div className="fr-actions">
        <Button type="submit" loading={saving}>
          {t('save')}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={saving}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
