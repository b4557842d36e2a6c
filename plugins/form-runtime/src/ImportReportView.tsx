import type { ImportRepeatMode, ImportReport } from '@toolbox/sdk';
import { type FormDefinition, type FormField, fieldByKey, flowState, nameField } from '@toolbox/sdk/forms';
import { useLocale, useT, useToolbox } from '@toolbox/sdk/react';
import { Notice } from '@toolbox/sdk/ui';
import type { ReactNode } from 'react';
import { formatValue } from './formatValue.ts';
import { messages } from './messages.ts';
import { textOf } from './text.ts';

type Column = ImportReport['columns'][number];

interface Props {
  report: ImportReport;
  definition: FormDefinition;
  /** Under the warnings: the clerk's choice of what becomes of those rows (the dialog holds it). */
  repeats?: ReactNode;
  /** The field the rows are found in the ledger by, in words (身份证号, 车牌号): see `repeatFieldLabel`. */
  repeatsBy: string;
  /** A row's own choice, beside its warning (the dialog checks the file again with it); absent while busy. */
  onChoose?(line: number, mode: ImportRepeatMode): void;
}

/**
 * What a dry run found: the rows read, which columns fill which field, which are left out (and why, in words) and which
 * fields take their default, and every problem as 第 N 行 · 列 · 问题, the first 200 of them.
 */
export function ImportReportView({ report, definition, repeats, repeatsBy, onChoose }: Props) {
  const t = useT(messages);
  const locale = useLocale();
  const toolbox = useToolbox();
  // As the form fills a new record: 今天, the importer, their unit, or the default's own value.
  const defaultOf = (field: FormField): string => {
    if (field.kind === 'date' && field.default === 'today') return t('defaultToday');
    if (field.kind === 'datetime') return t('defaultNow');
    if (field.kind === 'person') return t('defaultMe', toolbox.user.name);
    if (field.kind === 'unit') return t('defaultMine', toolbox.unit.name);
    return 'default' in field ? formatValue(field, field.default, definition, locale) : '';
  };
  const defaulted = report.defaulted.flatMap((key) => {
    const field = fieldByKey(definition, key);
    return field ? [{ key, label: textOf(field.label, locale), value: defaultOf(field) }] : [];
  });
  const first = textOf(flowState(definition, definition.flow?.initial)?.label, locale);
  const labelOf = (c: Column) => textOf(fieldByKey(definition, c.field ?? '')?.label, locale);
  const used = report.columns.filter((c) => c.ignored === null);
  const ignored = report.columns.filter((c) => c.ignored !== null);
  const why = (c: Column) =>
    c.ignored === 'photo'
      ? t('ignoredPhoto')
      : c.ignored === 'status'
        ? t('ignoredStatus', first)
        : c.ignored === 'stamp'
          ? t('ignoredStamp')
          : c.ignored === 'duplicate'
            ? t('ignoredDuplicate')
            : t('ignoredUnknown');
  return (
    <div className="fr-import__report" data-import-report>
      <p className="fr-import__read">{t('importRead', report.rows, report.format, report.encoding)}</p>
      <dl className="fr-import__columns">
        <div>
          <dt>{t('importColumnsUsed')}</dt>
          <dd>
            {used.length === 0
              ? t('importColumnsNone')
              : used.map((c, i) => {
                  const label = labelOf(c);
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat; the report is replaced as a whole
                    <span key={`${c.header}-${i}`} className="fr-import__col">
                      {c.header}
                      {label && label !== c.header ? t('importAs', label) : ''}
                    </span>
                  );
                })}
          </dd>
        </div>
        {ignored.length > 0 && (
          <div>
            <dt>{t('importColumnsIgnored')}</dt>
            <dd>
              <ul className="fr-import__ignored">
                {ignored.map((c, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat; the report is replaced as a whole
                  <li key={`${c.header}-${i}`}>
                    <span className="fr-import__col fr-import__col--ignored">{c.header || '—'}</span>
                    <span className="fr-muted">{why(c)}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {defaulted.length > 0 && (
          <div data-import-defaulted>
            <dt title={t('importDefaultedHint')}>{t('importDefaulted')}</dt>
            <dd>
              {defaulted.map((d) => (
                <span key={d.key} className="fr-import__col fr-import__col--default">
                  {d.label}
                  <span className="fr-muted">{t('colon')}
                    {d.value}</span>
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>
      {(report.photos ?? 0) > 0 && <p className="fr-import__read" data-import-photos>{t('importPhotos', report.photos ?? 0, !report.dryRun)}</p>}
      {(report.photosIgnored ?? 0) > 0 && <Notice type="warning">{t('importPhotosIgnored', report.photosIgnored ?? 0)}</Notice>}
      {report.problemCount === 0 ? (
        <>
          <Notice type="success">{t('importReady', report.rows)}</Notice>
          {report.warningCount > 0 && <Notice type="warning">{t('importWarnings', report.repeatRows, repeatsBy)}</Notice>}
        </>
      ) : (
        <>
          <Notice type="error">{t('importProblems', report.problemCount)}</Notice>
          <RowsTable rows={report.problems} total={report.problemCount} caption={t('importProblemsCaption')} cut={t('importProblemsCut', report.problemCount, report.problems.length)} kind="problems" />
        </>
      )}
      {/* A file that fits but cannot update the ledger as asked (problems above) is put right by another choice, for all
          the rows or for one of them. */}
      {report.warningCount > 0 && (
        <>
          {repeats}
          <RowsTable
            rows={report.warnings}
            total={report.warningCount}
            caption={t('importWarningsCaption')}
            cut={t('importWarningsCut', report.warningCount, report.warnings.length)}
            kind="warnings"
            onChoose={onChoose}
            nameHeader={textOf(nameField(definition)?.label, locale)}
          />
        </>
      )}
    </div>
  );
}

const CHOICES: readonly ImportRepeatMode[] = ['add', 'skip', 'update'];

interface RowsTableProps {
  rows: ImportReport['problems'];
  total: number;
  caption: string;
  cut: string;
  kind: 'problems' | 'warnings';
  onChoose?: ((line: number, mode: ImportRepeatMode) => void) | undefined;
  /** The label of the list's first column, which names a warning's row (`name`): 户主姓名. */
  nameHeader?: string;
}

/**
 * The problems (or the warnings) of a report as 第 N 行 · 列 · 问题, saying when the server listed only the first ones.
 * A warning's row has a choice of its own (新增, 跳过, 更新) beside its first warning, showing what the import does with
 * it as the registry says (`choice`): a desktop that dropped the choice shows the one made instead.
 */
function RowsTable({ rows, total, caption, cut, kind, onChoose, nameHeader }: RowsTableProps) {
  const t = useT(messages);
  const choosing = kind === 'warnings' && rows.some((r) => r.choice !== undefined);
  const naming = kind === 'warnings' && nameHeader !== undefined && nameHeader !== '' && rows.some((r) => r.name !== undefined);
  const label = { add: t('importRowAdd'), skip: t('importRowSkip'), update: t('importRowUpdate') };
  return (
    <div className={`tbx-table-wrap fr-import__problems fr-import__problems--${kind}`}>
      <table className="tbx-table" {...{ [`data-import-${kind}`]: true }}>
        <caption>
          {caption}
          {total > rows.length && <span className="fr-muted fr-import__cut">{cut}</span>}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('importLine')}</th>
            {naming && <th scope="col">{nameHeader}</th>}
            <th scope="col">{t('importColumn')}</th>
            <th scope="col">{kind === 'problems' ? t('importProblem') : t('importWarningWhat')}</th>
            {choosing && <th scope="col">{t('importRowChoice')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; the list is replaced as a whole
            <tr key={i}>
              <td className="tbx-nowrap">{t('importLineN', p.line)}</td>
              {naming && <td className="tbx-nowrap">{p.name}</td>}
              <td className="tbx-nowrap">{p.column ?? (p.line === 1 ? t('importHeaderRow') : t('importWholeRow'))}</td>
              <td>{p.message}</td>
              {choosing && (
                <td className="tbx-nowrap">
                  {p.choice !== undefined && rows.findIndex((r) => r.line === p.line) === i && (
                    <select
                      className="fr-import__choice"
                      aria-label={t('importRowChoiceOf', p.line)}
                      value={p.choice}
                      disabled={!onChoose}
                      onChange={(event) => onChoose?.(p.line, event.currentTarget.value as ImportRepeatMode)}
                      data-import-choice={p.line}
                    >
                      {CHOICES.map((mode) => (
                        <option key={mode} value={mode}>
                          {label[mode]}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
