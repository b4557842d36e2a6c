import { errorMessageFor } from '@toolbox/sdk/api/client';
import { Button } from '@toolbox/sdk/ui';
import { useEffect, useRef, useState } from 'react';
import { useLocale, useT } from '@toolbox/sdk/react';
import { useConsole } from '../ConsoleContext.tsx';
import { ListHeader } from '../ui/ListHeader.tsx';
import { passwordsCsv } from './passwordsCsv.ts';
import { rosterMessages } from './rosterMessages.ts';
import { RosterReportView } from './RosterReportView.tsx';
import { rosterStyles } from './rosterStyles.ts';
import type { RosterOptions, RosterReport } from './rosterTypes.ts';

/** How long an import may run before the page counts its seconds: most are done sooner. */
const COUNT_AFTER_S = 3;

/**
 * The seconds an import has run, from the COUNT_AFTER_S-th: one with hundreds of temporary passwords (a scrypt hash
 * each) takes half a minute, and something that moves shows the page is not stuck. A `timer`, not read out each second.
 */
function ImportSeconds({ say }: { say: (seconds: number) => string }) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, []);
  return seconds >= COUNT_AFTER_S ? (
    <span className="ac-muted" role="timer" data-roster-elapsed>
      {say(seconds)}
    </span>
  ) : null;
}

interface Props {
  /** For a street's 管理员: the path of what they administer (the server confines the import to it). */
  scope?: string;
  onBack(changed: boolean): void;
}

type Phase = { kind: 'idle' } | { kind: 'checking' } | { kind: 'checked'; report: RosterReport } | { kind: 'importing'; report: RosterReport } | { kind: 'done'; report: RosterReport };

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const MODES: RosterOptions['mode'][] = ['merge', 'full'];

/**
 * 名册导入导出: template and export downloads, then upload → dry run (every add, change and disable, every row that
 * cannot be taken with its row number and reason) → 确认导入, which sends the same file again without dryRun.
 */
export function RosterPage({ scope, onBack }: Props) {
  const { api, notify } = useConsole();
  const locale = useLocale();
  const t = useT(rosterMessages);
  const [file, setFile] = useState<File>();
  const [mode, setMode] = useState<RosterOptions['mode']>('merge');
  const [passwords, setPasswords] = useState<RosterOptions['passwords']>('temporary');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<string>();
  const changed = useRef(false);

  const check = async (f: File | undefined = file, options = { mode, passwords }) => {
    if (!f) return;
    setError(undefined);
    setPhase({ kind: 'checking' });
    try {
      const outcome = await api.importRoster(f, f.name, { dryRun: true, lang: locale, ...options });
      if (outcome.ok) setPhase({ kind: 'checked', report: outcome.report });
      else {
        setError(outcome.message);
        setPhase({ kind: 'idle' });
      }
    } catch (e) {
      setError(errorMessageFor(e, locale));
      setPhase({ kind: 'idle' });
    }
  };
  const chooseMode = (choice: RosterOptions['mode']) => {
    setMode(choice);
    void check(file, { mode: choice, passwords });
  };

  const apply = async (report: RosterReport) => {
    if (!file) return;
    setPhase({ kind: 'importing', report });
    try {
      const outcome = await api.importRoster(file, file.name, { dryRun: false, lang: locale, mode, passwords });
      if (outcome.ok) {
        changed.current = true;
        const s = outcome.report.summary;
        notify({ type: 'success', message: t('done', s.add, s.change, s.disable) });
        setPhase({ kind: 'done', report: outcome.report });
      } else {
        setError(`${t('refused')} ${outcome.message}`);
        setPhase(outcome.report ? { kind: 'checked', report: outcome.report } : { kind: 'checked', report });
      }
    } catch (e) {
      setError(errorMessageFor(e, locale));
      setPhase({ kind: 'checked', report });
    }
  };

  const report = phase.kind === 'checked' || phase.kind === 'importing' || phase.kind === 'done' ? phase.report : undefined;
  const s = report?.summary;
  const tooManyPasswords = !!report && passwords === 'temporary' && report.newUsers > report.temporaryPasswordLimit;
  const canImport = phase.kind === 'checked' && !!s && s.errors === 0 && s.add + s.change + s.disable > 0 && !tooManyPasswords;

  return (
    <div className="ac-page" data-roster-page>
      <style>{rosterStyles}</style>
      <ListHeader
        heading={t('heading')}
        subtitle={scope ? t('delegated', scope) : t('subtitle')}
        toolsClassName="ac-roster-downloads"
        tools={
          <>
            <a className="tbx-root tbx-btn tbx-btn--secondary tbx-btn--small" href={api.rosterUrl('template', 'xlsx')} download>
              {t('template')} (.xlsx)
            </a>
            <a className="tbx-root tbx-btn tbx-btn--secondary tbx-btn--small" href={api.rosterUrl('template', 'csv')} download>
              {t('template')} (.csv)
            </a>
            <a className="tbx-root tbx-btn tbx-btn--secondary tbx-btn--small" href={api.rosterUrl('export', 'xlsx')} download data-roster-export>
              {t('exportRoster')} (.xlsx)
            </a>
            <a className="tbx-root tbx-btn tbx-btn--secondary tbx-btn--small" href={api.rosterUrl('export', 'csv')} download>
              {t('exportRoster')} (.csv)
            </a>
            <Button variant="secondary" size="small" onClick={() => onBack(changed.current)}>
              {t('back')}
            </Button>
          </>
        }
      />

      <div className="ac-roster-steps">
        <section className="ac-roster-card" aria-label={t('step1')}>
          <h3>{t('step1')}</h3>
          <div className="ac-roster-file">
            <label>
              <span className="ac-sr-only">{t('chooseFile')}</span>
              <input
                type="file"
                accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                data-roster-file
                onChange={(e) => {
                  const f = e.target.files?.[0];
                  setFile(f);
                  void check(f);
                }}
              />
            </label>
            {file && (
              <Button variant="secondary" size="small" onClick={() => check()} disabled={phase.kind === 'checking' || phase.kind === 'importing'}>
                {phase.kind === 'checking' ? t('checking') : t('recheck')}
              </Button>
            )}
            <span className="ac-muted">{t('fileHint')}</span>
          </div>
          <fieldset className="ac-roster-options">
            <legend className="ac-sr-only">{t('modeLabel')}</legend>
            {MODES.map((choice) => (
              <label key={choice}>
                <input type="radio" name="roster-mode" checked={mode === choice} onChange={() => chooseMode(choice)} />
                {choice === 'merge' ? t('modeMerge') : t('modeFull')}
              </label>
            ))}
            <label>
              <input type="checkbox" checked={passwords === 'temporary'} onChange={(e) => setPasswords(e.target.checked ? 'temporary' : 'none')} />
              {passwords === 'temporary' ? t('passwords') : t('passwordsOff')}
            </label>
          </fieldset>
        </section>

        {error && (
          <div className="ac-reasons ac-reasons--banner" role="alert">
            {error}
          </div>
        )}

        {phase.kind === 'checking' && <p className="ac-muted">{t('checking')}</p>}

        {report && s && (
          <section className="ac-roster-card" aria-label={t('step2')}>
            <h3>{t('step2')}</h3>
            <RosterReportView report={report} t={t} />
            {phase.kind !== 'done' && s.errors === 0 && s.add + s.change + s.disable > 0 && (
              <div className="ac-roster-confirm">
                <Button onClick={() => apply(report)} disabled={!canImport} aria-busy={phase.kind === 'importing' || undefined} data-roster-confirm>
                  {phase.kind === 'importing' ? t('importing') : t('confirm')}
                </Button>
                <span className="ac-muted">
                  {phase.kind === 'importing' && passwords === 'temporary' && report.newUsers > 0
                    ? t('importingPasswords', report.newUsers)
                    : tooManyPasswords
                      ? t('tooManyPasswords', report.newUsers, report.temporaryPasswordLimit)
                      : t('confirmHelp', s.add, s.change, s.disable)}
                </span>
                {/* Beside the button: below it, the line would fall under the fold of a 768-pixel screen. */}
                {phase.kind === 'importing' && <ImportSeconds say={(seconds) => t('importElapsed', seconds)} />}
              </div>
            )}
            {phase.kind === 'done' && report.temporaryPasswords && report.temporaryPasswords.length > 0 && (
              <div className="ac-roster-confirm" data-roster-passwords>
                <strong>{t('passwordsTitle')}</strong>
                <Button variant="secondary" size="small" onClick={() => download(passwordsCsv(report.temporaryPasswords ?? []), 'temporary-passwords.csv')}>
                  {t('downloadPasswords')}
                </Button>
                <span className="ac-help">{t('passwordsHelp')}</span>
              </div>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
