import { type LocalizedText, localized } from '@toolbox/sdk';
import { useLocale, useT } from '@toolbox/sdk/react';
import { Button, Notice } from '@toolbox/sdk/ui';
import { ApiError, errorMessageFor } from '@toolbox/sdk/api/client';
import { compatibility, type FieldDecision, type FormDefinition, formFields, retireField } from '@toolbox/sdk/forms';
import { useEffect, useMemo, useState } from 'react';
import type { DesignerApi } from './api/designerApi.ts';
import { change, takenKeys, updateField } from './draft/editDraft.ts';
import type { DraftProblems } from './draftProblems.ts';
import { messages } from './messages.ts';

interface Props {
  api: DesignerApi;
  draft: FormDefinition;
  /** The version in use, when the app is live: what records were made under. */
  base?: FormDefinition;
  problems: DraftProblems;
  onChange(draft: FormDefinition): void;
  onGoTo(field: string | undefined, path: string): void;
  onPublished(version: string, status: string, published: FormDefinition): void;
}

type Outcome = { ok: true; text: string } | { ok: false; title: string; lines: string[] };

/** The draft without the decisions already recorded for fields the version in use has: what the server counts against. */
function undecided(draft: FormDefinition, base: FormDefinition): FormDefinition {
  const live = new Set(formFields(base).map((f) => f.key));
  return { ...draft, retired: (draft.retired ?? []).filter((f) => !live.has(f.key)) };
}

/**
 * Checks the draft (validateDefinition), compares it with the version in use (compatibility) and asks for a decision on
 * each removed or narrowed field, showing how many records it affects (the server counts them), then publishes.
 */
export function PublishPanel({ api, draft, base, problems, onChange, onGoTo, onPublished }: Props) {
  const t = useT(messages);
  const locale = useLocale();
  const [decisions, setDecisions] = useState<Record<string, FieldDecision>>({});
  const [counts, setCounts] = useState<Map<string, number>>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const words = (text: LocalizedText) => localized(text, locale);

  const decided = useMemo(() => {
    if (!base) return draft;
    let next = undecided(draft, base);
    for (const [key, decision] of Object.entries(decisions)) {
      const old = formFields(base).find((f) => f.key === key);
      if (old && !formFields(next).some((f) => f.key === key)) next = retireField(next, old, decision);
    }
    return next;
  }, [draft, base, decisions]);
  const report = useMemo(() => (base ? compatibility(base, decided) : undefined), [base, decided]);
  // What needs deciding stays on screen once decided, so the maker sees and can change the choice.
  const needs = useMemo(() => (base ? compatibility(base, undecided(draft, base)).pending : []), [base, draft]);
  const liveFields = formFields(draft);

  useEffect(() => {
    if (!base || !problems.ok) return;
    const pending = compatibility(base, undecided(draft, base)).pending;
    if (pending.length === 0) return;
    let stale = false;
    api.affectedRecords(undecided(draft, base)).then(
      (found) => !stale && setCounts(found),
      () => !stale && setCounts(new Map()),
    );
    return () => {
      stale = true;
    };
  }, [api, base, draft, problems.ok]);

  const publish = async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await api.publish(decided);
      onChange(decided);
      setOutcome({ ok: true, text: result.status === 'approved' ? t('publishedLive', result.version) : t('published', result.version) });
      onPublished(result.version, result.status, decided);
    } catch (error) {
      if (error instanceof ApiError) {
        const known = `err_${error.code}` as keyof typeof messages['zh-CN'];
        const title = known in messages['zh-CN'] ? t(known as 'err_other') : t('err_other');
        const lines = (error.details ?? []).map((d) => String((locale === 'en' ? undefined : d.params?.messageZh) ?? d.message));
        // Without details: the refusal in the maker's language, unless the title already says it (in Chinese).
        const fallback = known in messages['zh-CN'] && locale !== 'en' ? [] : [errorMessageFor(error, locale)];
        setOutcome({ ok: false, title, lines: lines.length ? lines : fallback });
      } else setOutcome({ ok: false, title: t('publishFailed'), lines: [errorMessageFor(error, locale)] });
    } finally {
      setBusy(false);
    }
  };

  const asNewField = (key: string) => {
    const taken = takenKeys(draft);
    let n = 2;
    while (taken.has(`${key}${n}`)) n++;
    const field = liveFields.find((f) => f.key === key);
    if (field) onChange(updateField(draft, key, { ...field, key: `${key}${n}` }));
  };
  const keepState = (key: string) => {
    const state = base?.flow?.states.find((s) => s.key === key);
    if (state) onChange(change(draft, (d) => void d.flow?.states.push({ ...state, retired: true })));
  };

  const pending = report?.pending ?? [];
  const stillPending = new Set(pending.map((c) => c.field ?? c.state));
  return (
    <div className="fd-pane fd-publish">
      {problems.ok ? (
        <Notice type="success">{t('noErrors')}</Notice>
      ) : (
        <Notice type="error" title={t('errorsTitle', problems.errors.length)}>
          <ul className="fd-error-list">
            {problems.errors.map((e) => (
              <li key={`${e.path}-${e.code}`}>
                {words(e.message)}{' '}
                <Button variant="link" size="small" onClick={() => onGoTo(e.field, e.path)}>
                  {t('goTo')}
                </Button>
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {report && (
        <section className="fd-group">
          <h3>{t('changesTitle')}</h3>
          {report.changes.length === 0 && <p className="tbx-help">{t('noChanges')}</p>}
          {needs.length > 0 && <h4 className="fd-decide">{t('decide')}</h4>}
          {needs.map((c) => {
            const key = c.field ?? c.state ?? '';
            const n = counts?.get(key);
            const decision = decisions[key];
            return (
              <div className={`fd-change fd-change--decide${stillPending.has(key) ? ' fd-change--pending' : ''}`} key={`${c.kind}-${key}`} data-field={key}>
                <p>
                  {words(c.message)} {n !== undefined && <strong className="fd-affected">（{t('affected', n)}）</strong>}
                </p>
                {c.choices?.includes('keepReadOnly') && (
                  <div className="fd-choices" role="radiogroup" aria-label={key}>
                    <label className="tbx-check-row fd-check">
                      <input type="radio" className="tbx-check" name={`decide-${key}`} checked={decision?.action === 'keepReadOnly'} onChange={() => setDecisions({ ...decisions, [key]: { action: 'keepReadOnly' } })} />
                      {t('keepReadOnly')}
                    </label>
                    <label className="tbx-check-row fd-check">
                      <input
                        type="radio"
                        name={`decide-${key}`}
                        checked={decision?.action === 'moveTo'}
                        onChange={() => setDecisions({ ...decisions, [key]: { action: 'moveTo', field: decision?.action === 'moveTo' ? decision.field : '' } })}
                      />
                      {t('moveInto')}
                    </label>
                    <select
                      className="tbx-input fd-move-target"
                      aria-label={`${t('moveInto')} (${key})`}
                      value={decision?.action === 'moveTo' ? decision.field : ''}
                      onChange={(e) => setDecisions({ ...decisions, [key]: { action: 'moveTo', field: e.target.value } })}
                    >
                      <option value="">{t('chooseField')}</option>
                      {liveFields.map((f) => (
                        <option key={f.key} value={f.key}>
                          {f.label['zh-CN']}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
                {c.choices?.includes('newKey') && (
                  <Button variant="secondary" size="small" onClick={() => asNewField(key)}>
                    {t('asNewField')}
                  </Button>
                )}
                {c.choices?.includes('keepState') && (
                  <Button variant="secondary" size="small" onClick={() => keepState(key)}>
                    {t('keepState')}
                  </Button>
                )}
              </div>
            );
          })}
          {report.changes.some((c) => c.safe) && (
            <>
              <h4>{t('safe')}</h4>
              <ul className="fd-safe">
                {report.changes
                  .filter((c) => c.safe && !(c.kind === 'fieldRetired' && needs.some((n) => n.field === c.field)))
                  .map((c) => (
                    <li key={`${c.kind}-${c.field ?? c.state}`}>{words(c.message)}</li>
                  ))}
              </ul>
            </>
          )}
        </section>
      )}
      {outcome &&
        (outcome.ok ? (
          <Notice type="success">{outcome.text}</Notice>
        ) : (
          <Notice type="error" title={outcome.title}>
            <ul className="fd-error-list">
              {outcome.lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </Notice>
        ))}
      <div className="fd-publish__actions">
        <Button onClick={() => void publish()} loading={busy} disabled={!problems.ok || pending.length > 0 || busy}>
          {t('publishNow')}
        </Button>
      </div>
    </div>
  );
}
