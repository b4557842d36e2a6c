import { useLocale, useT } from '@toolbox/sdk/react';
import { Button, Notice } from '@toolbox/sdk/ui';
import { type DataRecord, isToolboxSdkError, type RecordChange, shanghaiDateTime } from '@toolbox/sdk';
import { mergeChanges } from '@toolbox/sdk/data';
import { checkFieldValue, checkFormRecord, type FormDefinition, type FormRecordProblem, fieldByKey, flowState, formFields, matchFields, matchText } from '@toolbox/sdk/forms';
import { type FormEvent, Fragment, useEffect, useId, useMemo, useRef, useState } from 'react';
import { type Draft, fromDraft, toDraft } from './draft.ts';
import { FieldInput } from './FieldInput.tsx';
import { formatValue } from './formatValue.ts';
import { messages } from './messages.ts';
import { type FindSame, SameRecordNotice } from './SameRecordNotice.tsx';
import { textOf } from './text.ts';

interface Props {
  definition: FormDefinition;
  /** The values to start from: a record being edited, or a new record's defaults. */
  initial: Record<string, unknown>;
  /** The revision of the record being edited: a save names it, so that it does not overwrite a change made since. */
  revision?: number;
  isNew: boolean;
  /** Saves; `revision` is the one the values are based on (another after someone saved the record meanwhile). */
  onSubmit(data: Record<string, unknown>, revision: number | undefined): Promise<void>;
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
export function FormView({ definition, initial: opened, revision: openedRevision, isNew, onSubmit, onCancel, findSame, onOpenRecord }: Props) {
  const locale = useLocale();
  const t = useT(messages);
  const base = useId();
  const fields = useMemo(() => formFields(definition), [definition]);
  // What the values are based on: the record as opened, or as someone else saved it meanwhile (after a refused save).
  const [basis, setBasis] = useState({ data: opened, revision: openedRevision });
  const initial = basis.data;
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() => Object.fromEntries(fields.map((f) => [f.key, toDraft(f, opened[f.key])])));
  const [problems, setProblems] = useState<FormRecordProblem[]>([]);
  const [checked, setChecked] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [changed, setChanged] = useState<Changed>();

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
      await onSubmit(data, basis.revision);
      setChanged(undefined);
    } catch (error) {
      if (isToolboxSdkError(error, 'TOOLBOX_RECORD_CHANGED')) rebase(data, error.current, error.lastChange);
      else setFailure(t('saveFailed', (error as Error).message));
    } finally {
      setSaving(false);
    }
  };

  /**
   * Someone saved the record while this form was open: nothing was written. Their changes go into the form and the
   * user's stay (mergeChanges), the next save is based on their version, and the notice says who changed what.
   */
  const rebase = (mine: Record<string, unknown>, current: DataRecord<Record<string, unknown>>, lastChange: RecordChange | null) => {
    const merged = mergeChanges(initial, mine, current.data);
    setBasis({ data: current.data, revision: current.revision });
    setDrafts(Object.fromEntries(fields.map((f) => [f.key, toDraft(f, merged.data[f.key])])));
    setChanged({ current, lastChange, theirs: merged.theirs, clashes: merged.clashes });
  };

  const errorOf = (key: string) => {
    const problem = problems.find((p) => p.field === key);
    return problem ? textOf(problem.message, locale) : undefined;
  };
  const columns = definition.views.form?.columns ?? 2;
  // The values to look for in the ledger (matchBy: one field, or several together): each complete and valid, and on an
  // edit, not all the record's own.
  const match = matchFields(definition);
  const typed = match.map((f) => fromDraft(f, drafts[f.key], initial[f.key]));
  const complete = match.length > 0 && match.every((f, i) => matchText(typed[i]) !== undefined && !checkFieldValue(f, typed[i]));
  const lookFor = complete && (isNew || match.some((f, i) => matchText(typed[i]) !== matchText(initial[f.key]))) ? typed : undefined;
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
      {changed && <ChangedNotice key={changed.current.revision} definition={definition} changed={changed} onShowLatest={onOpenRecord && (() => onOpenRecord(changed.current))} />}
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
                  {field === match.at(-1) && <SameRecordNotice definition={definition} fields={match} values={lookFor} find={findSame} onOpen={onOpenRecord} />}
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

/** A save refused because someone saved the record meanwhile: their version, who they were, what they and the user both changed. */
interface Changed {
  current: DataRecord<Record<string, unknown>>;
  lastChange: RecordChange | null;
  theirs: string[];
  clashes: string[];
}

/** Says who saved the record meanwhile and what they changed, that both are in the form now, and where both changed a field, their value. */
function ChangedNotice({ definition, changed, onShowLatest }: { definition: FormDefinition; changed: Changed; onShowLatest?: () => void }) {
  const locale = useLocale();
  const t = useT(messages);
  const fieldOf = (key: string) => fieldByKey(definition, key);
  const labels = changed.theirs.map((key) => textOf(fieldOf(key)?.label, locale) || key);
  const by = changed.lastChange;
  // The save button is at the foot of a long form: bring the notice into view, as the first wrong field is focused
  // (mounted anew at each refusal: keyed by the revision refused on).
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A statement, not the arrow's value: Chromium's scrollIntoView returns a promise, which React would take for a cleanup.
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  return (
    <div ref={ref}>
      <Notice type="warning" title={t('changedTitle')}>
        <p>
          {by && t('changedBy', by.by.name, shanghaiDateTime(by.at))}
          {labels.length > 0 && t('changedFields', labels.join(t('listSeparator')))}
        </p>
        <p>{t('changedMerged')}</p>
        {changed.clashes.length > 0 && (
          <ul className="fr-problems">
            {changed.clashes.map((key) => {
              const field = fieldOf(key);
              const theirs = field ? formatValue(field, changed.current.data[key], definition, locale) : String(changed.current.data[key] ?? '');
              return <li key={key}>{t('changedClash', textOf(field?.label, locale) || key, theirs || t('emptyValue'))}</li>;
            })}
          </ul>
        )}
        {onShowLatest && (
          <p>
            <Button size="small" variant="secondary" onClick={onShowLatest}>
              {t('changedDiscard')}
            </Button>
          </p>
        )}
      </Notice>
    </div>
  );
}
