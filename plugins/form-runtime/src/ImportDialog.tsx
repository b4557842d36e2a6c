import type { CollectionClient, ImportRecordsProgress, ImportRepeatMode as Repeats, ImportReport } from '@toolbox/sdk';
import { type FormDefinition, fieldLabels, flowState, formFields, matchFields } from '@toolbox/sdk/forms';
import { useLocale, useT, useToolbox } from '@toolbox/sdk/react';
import { Button, Notice } from '@toolbox/sdk/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { checkImportFile, IMPORT_MAX, type ImportFailure, importFailure } from './importFailure.ts';
import { ImportReportView } from './ImportReportView.tsx';
import { messages } from './messages.ts';
import { Modal } from './Modal.tsx';
import { textOf } from './text.ts';

interface Props {
  client: CollectionClient<Record<string, unknown>>;
  definition: FormDefinition;
  onClose(): void;
  /** After a real import: the list, counts and chart read again, as after a new record. */
  onImported(count: number): void;
}

type Phase =
  | { kind: 'choose' }
  // `report`: the one shown while the same file is checked again with another choice, so that the list the clerk is
  // deciding in stays where it is (scrolled, focused) instead of vanishing and coming back.
  | { kind: 'checking'; file: File; report?: ImportReport }
  | { kind: 'checked'; file: File; report: ImportReport }
  | { kind: 'importing'; file: File; report: ImportReport }
  | { kind: 'failed'; file: File; failure: ImportFailure };

/** How long an import may run before the dialog counts its seconds: a plain import is done sooner. */
const COUNT_AFTER_S = 3;

/**
 * How far a running import is: the file going up (bytes sent of all, from the desktop), then, from the registry about
 * once a second, the file checked, its photos stored so far and the writing of its records; and the seconds it has
 * run, from the COUNT_AFTER_S-th on. A 40 MB ledger takes a quarter of a minute to upload on a committee's line, and an
 * import with hundreds of photos a minute or more on the server (each is re-encoded): something that moves shows the
 * page is not stuck, also where the registry could not say how far it is. Outside the dialog's live region: a bar and
 * a `timer` are not read out at every change.
 */
function ImportWaiting({ progress }: { progress: ImportRecordsProgress | undefined }) {
  const t = useT(messages);
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, []);
  // The upload's last report has every byte: from then on the registry is reading the file.
  const uploading = progress?.phase === 'uploading' && progress.sent < progress.total ? progress : undefined;
  const reading = progress?.phase === 'reading' || (progress?.phase === 'uploading' && !uploading);
  const photos = progress?.phase === 'photos' && progress.photos > 0 ? progress : undefined;
  const bar = uploading
    ? { max: uploading.total, value: uploading.sent, label: t('importUploading', uploading.sent, uploading.total) }
    : photos && { max: photos.photos, value: photos.photosDone, label: t('importPhotosDone', photos.photosDone, photos.photos) };
  return (
    <>
      {bar && (
        <div className="fr-import__progress">
          <progress max={bar.max} value={bar.value} aria-label={bar.label} />
          <span>{bar.label}</span>
        </div>
      )}
      {reading && <p className="fr-import__elapsed">{t('importReading')}</p>}
      {progress?.phase === 'writing' && <p className="fr-import__elapsed">{t('importWriting')}</p>}
      {seconds >= COUNT_AFTER_S && (
        <p className="fr-import__elapsed fr-muted" role="timer">
          {t('importElapsed', seconds)}
        </p>
      )}
    </>
  );
}

/**
 * 导入: a spreadsheet's rows as new records. Choosing a file checks it at once (a dry run, nothing written) and shows
 * what would be read and every problem; only a file with none can be imported, every row or none. A modal inside the
 * app: focus moves in on open, Tab stays inside, Escape closes (not while importing).
 */
export function ImportDialog({ client, definition, onClose, onImported }: Props) {
  const t = useT(messages);
  const locale = useLocale();
  const toolbox = useToolbox();
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [progress, setProgress] = useState<ImportRecordsProgress>();
  // What becomes of the rows that may be in the ledger already: asked anew for each file. A form that holds one record
  // per value (`matchBy`) starts by leaving them out, so that importing the same ledger again adds no second records;
  // a visit log, where one person has many records, starts by adding them.
  const matchBy = matchFields(definition);
  const firstMode: Repeats = matchBy.length > 0 ? 'skip' : 'add';
  // The registry finds repeats by the form's matchBy fields (车牌号, 物资编号, 姓名和住址), or else by its 身份证号: named as such.
  const repeatsBy = fieldLabels(matchBy.length > 0 ? matchBy : formFields(definition).filter((f) => f.kind === 'idcard').slice(0, 1), locale);
  const [repeats, setRepeats] = useState<Repeats>(firstMode);
  // Rows decided one by one (by line), where the clerk chose otherwise than `repeats` for them.
  const [choices, setChoices] = useState<Readonly<Record<number, Repeats>>>({});
  const titleId = useId();
  const introId = useId();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const live = useRef(true);
  const name = textOf(definition.name, locale);
  const firstState = textOf(flowState(definition, definition.flow?.initial)?.label, locale);
  const fields = formFields(definition);
  const photoFields = fields.filter((f) => f.kind === 'photo');
  const states = (definition.flow?.states ?? []).filter((s) => !s.retired).map((s) => textOf(s.label, locale));

  useEffect(() => {
    input.current?.focus();
    return () => {
      live.current = false;
    };
  }, []);

  /**
   * Checks `file` as it would be imported with `mode` and the rows' own `rowChoices` (a dry run): a new file starts with
   * `firstMode` and no row decided apart, and so does a choice for all the rows.
   */
  const check = async (file: File, mode: Repeats = firstMode, rowChoices: Readonly<Record<number, Repeats>> = {}, shown?: ImportReport) => {
    setPhase(shown ? { kind: 'checking', file, report: shown } : { kind: 'checking', file });
    setRepeats(mode);
    setChoices(rowChoices);
    const before = await checkImportFile(file);
    if (before) {
      if (live.current) setPhase({ kind: 'failed', file, failure: before });
      return;
    }
    try {
      const report = await client.importRecords!(file, { dryRun: true, locale, repeats: mode, choices: rowChoices });
      if (live.current) setPhase({ kind: 'checked', file, report });
    } catch (error) {
      if (live.current) setPhase({ kind: 'failed', file, failure: importFailure(error) });
    }
  };

  const run = async (file: File, checked: ImportReport) => {
    setPhase({ kind: 'importing', file, report: checked });
    setProgress(undefined);
    const onProgress = (now: ImportRecordsProgress) => {
      if (live.current) setProgress(now);
    };
    try {
      const report = await client.importRecords!(file, { dryRun: false, locale, repeats, choices, onProgress });
      if (report.imported + report.updated > 0) {
        toolbox.track('import-records');
        const message =
          report.updated > 0 ? t('importedUpdated', report.imported, report.updated) : report.skipped > 0 ? t('importedSkipped', report.imported, report.skipped) : t('imported', report.imported);
        toolbox.notify({ type: 'success', message });
        onImported(report.imported + report.updated);
        return;
      }
      // The file changed since it was checked, or the form did: show what the import found instead.
      if (live.current) setPhase({ kind: 'checked', file, report });
    } catch (error) {
      if (live.current) setPhase({ kind: 'failed', file, failure: importFailure(error) });
    }
  };

  const busy = phase.kind === 'checking' || phase.kind === 'importing';
  /** One row's own choice; one like the choice for all rows is no choice of its own. */
  const choose = (line: number, mode: Repeats) => {
    if (phase.kind !== 'checked') return;
    const { [line]: _, ...others } = choices;
    void check(phase.file, repeats, mode === repeats ? others : { ...others, [line]: mode }, phase.report);
  };
  const close = () => {
    if (phase.kind !== 'importing') onClose();
  };

  const report = phase.kind === 'checked' || phase.kind === 'importing' || phase.kind === 'checking' ? phase.report : undefined;
  // New records: every row but those skipped or updating a record.
  const toImport = report ? report.rows - report.skipped - report.updated : 0;
  const ready = report !== undefined && report.problemCount === 0 && toImport + (report?.updated ?? 0) > 0;
  const failure = phase.kind === 'failed' ? phase.failure : undefined;
  const file = phase.kind === 'choose' ? undefined : phase.file;

  return (
    <Modal labelledBy={titleId} describedBy={introId} onEscape={close} marker="import-dialog">
      <h2 id={titleId} className="fr-dialog__title">
        {t('importTitle', name)}
      </h2>
      <div className="fr-dialog__body">
        <ul id={introId} className="fr-import__intro">
          <li>{t('importHeaderRule')}</li>
          <li>{t('importNewRecords', toolbox.unit.name, firstState)}</li>
          <li>{t('importAllOrNone', IMPORT_MAX.bytes / 1024 / 1024, IMPORT_MAX.rows)}</li>
        </ul>
        <p className="fr-import__fields">
          <span className="fr-muted">{t('importFields')}</span>
          {fields.map((f) => `${textOf(f.label, locale)}${f.required ? '*' : ''}`).join(t('listSeparator'))}
        </p>
        <details className="fr-import__how">
          <summary>{t('importHowTo')}</summary>
          <ul>
            <li>{t('importHowDate')}</li>
            <li>{t('importHowChoice')}</li>
            <li>{t('importHowAddress')}</li>
            <li>{t('importHowId')}</li>
            {photoFields.length > 0 && <li>{t('importHowPhoto', photoFields.map((f) => textOf(f.label, locale)).join(t('listSeparator')), IMPORT_MAX.photos)}</li>}
            {states.length > 0 && <li>{t('importHowState', states.join(t('listSeparator')))}</li>}
          </ul>
        </details>
        <div className="fr-import__pick">
          <input
            ref={input}
            id={inputId}
            className="fr-import__file"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            disabled={busy}
            onChange={(event) => {
              const chosen = event.currentTarget.files?.[0];
              // Emptied, so that the same file, fixed in Excel and saved, can be chosen again.
              event.currentTarget.value = '';
              if (chosen) void check(chosen);
            }}
          />
          <label htmlFor={inputId} className={`tbx-btn ${file ? 'tbx-btn--secondary' : ''} fr-import__choose`} aria-disabled={busy || undefined}>
            {file ? t('importChooseAgain') : t('importChoose')}
          </label>
          <span className="fr-import__name" title={file?.name}>
            {file ? file.name : t('importNoFile')}
          </span>
        </div>
        <div aria-live="polite">
          {phase.kind === 'checking' && <p className="fr-import__busy">{t('importChecking', phase.file.name)}</p>}
          {phase.kind === 'importing' && (
            <p className="fr-import__busy">
              {phase.report.photos ? t('importingPhotos', toImport + phase.report.updated, phase.report.photos) : t('importing', toImport + phase.report.updated)}
            </p>
          )}
        </div>
        {phase.kind === 'importing' && <ImportWaiting progress={progress} />}
        {failure && (
          <Notice
            type="error"
            title={
              failure.kind === 'too-large'
                ? t('importTooLarge', IMPORT_MAX.bytes / 1024 / 1024, IMPORT_MAX.rows)
                : failure.kind === 'changed'
                  ? t('importChanged')
                  : failure.kind === 'other'
                    ? t('importFailed')
                    : t('importUnreadable')
            }
          >
            {failure.kind === 'old-xls' && <p className="fr-import__why">{t('importOldXls')}</p>}
            {failure.kind === 'empty' && <p className="fr-import__why">{t('importEmpty')}</p>}
            {failure.kind === 'unreadable' && <p className="fr-import__why">{t('importNotSheet')}</p>}
            {failure.detail && <p className="fr-import__why fr-muted">{t('importServerSays', failure.detail)}</p>}
          </Notice>
        )}
        {report && (
          <ImportReportView
            report={report}
            definition={definition}
            repeats={
              report.repeatRows > 0 && (
                // Not disabled while the file is checked again: that would take the focus off the choice just made.
                <fieldset className="fr-import__repeats" disabled={phase.kind === 'importing'} data-import-repeats>
                  <legend>{t('importRepeatsLegend')}</legend>
                  {(['add', 'skip', 'update'] as const).map((mode) => (
                    <label key={mode}>
                      <input
                        type="radio"
                        name={`${inputId}-repeats`}
                        value={mode}
                        checked={repeats === mode}
                        onChange={() => phase.kind === 'checked' && void check(phase.file, mode, {}, phase.report)}
                      />
                      {mode === 'add' ? t('importRepeatsAdd') : mode === 'skip' ? t('importSkipRepeats', report.repeatRows) : t('importRepeatsUpdate', repeatsBy)}
                    </label>
                  ))}
                  <span className="fr-muted fr-import__row-by-row">{t('importRepeatsRowByRow')}</span>
                </fieldset>
              )
            }
            repeatsBy={repeatsBy}
            {...(phase.kind === 'importing' ? {} : { onChoose: choose })}
          />
        )}
      </div>
      <div className="fr-dialog__footer">
        {!ready && !busy && (
          <span className="fr-muted fr-dialog__hint">
            {report && report.problemCount === 0 && report.rows > 0 ? t('importNothingLeft') : report || failure ? t('importFixFirst') : t('importChooseFirst')}
          </span>
        )}
        <Button variant="secondary" onClick={close} disabled={phase.kind === 'importing'}>
          {ready ? t('cancel') : t('importClose')}
        </Button>
        <Button
          onClick={() => file && report && void run(file, report)}
          disabled={!ready || busy}
          data-import-confirm
        >
          {/* While it runs, the label says so: 正在导入…. */}
          {phase.kind === 'importing'
            ? t('importingShort')
            : !report
              ? t('importOpen')
              : report.updated > 0
                ? t('importConfirmUpdate', toImport, report.updated)
                : t('importConfirm', toImport)}
        </Button>
      </div>
    </Modal>
  );
}
