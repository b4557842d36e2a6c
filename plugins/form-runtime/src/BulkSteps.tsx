import { type DataRecord, isToolboxSdkError } from '@toolbox/sdk';
import { useLocale, useT, useToolbox } from '@toolbox/sdk/react';
import { errorMessageFor } from '@toolbox/sdk/api/client';
import { Button } from '@toolbox/sdk/ui';
import { allowedTransitions, type FlowTransition, type FormDefinition, flowState, statusField } from '@toolbox/sdk/forms';
import { useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { stepLabel } from './formatValue.ts';
import { messages } from './messages.ts';
import { textOf } from './text.ts';

type Data = Record<string, unknown>;

interface Props {
  definition: FormDefinition;
  /** The records picked on the list's page (at most a page: the list's page size). */
  records: DataRecord<Data>[];
  /** Writes one record's next state (the list's client); the registry checks the step again. */
  move(record: DataRecord<Data>, to: string): Promise<void>;
  /** After the steps: the list reads its page again and the picks are cleared. */
  onDone(): void;
  onClear(): void;
}

/**
 * 批量办理: the steps of the flow that every picked record may take (the same step from the same or another state),
 * each after asking; then record by record, as the record's page takes a step, so each write is checked and noted in
 * its 修改记录. Records whose state moved on meanwhile are refused by the registry and counted as not taken.
 */
export function BulkSteps({ definition, records, move, onDone, onClear }: Props) {
  const locale = useLocale();
  const t = useT(messages);
  const toolbox = useToolbox();
  const [asking, setAsking] = useState<{ to: string; label: string }>();
  const status = statusField(definition);
  if (!status || records.length === 0) return null;
  const stepOf = (step: FlowTransition) => stepLabel(definition, step, locale, (state) => t('moveTo', state));
  // The steps every picked record may take, by the state they lead to (one button each, in the flow's order).
  const each = records.map((r) => allowedTransitions(definition, r.data[status.key], toolbox.user.role));
  const common = (each[0] ?? []).filter((step) => each.every((steps) => steps.some((s) => s.to === step.to)));
  const take = async (to: string) => {
    const target = textOf(flowState(definition, to)?.label, locale);
    let done = 0;
    let reason = '';
    for (const record of records) {
      try {
        await move(record, to);
        done += 1;
      } catch (error) {
        // A record written since the list was read (its revision moved on) is left as it is: its step may no longer apply.
        reason ||= isToolboxSdkError(error, 'TOOLBOX_RECORD_CHANGED') ? t('changedMeanwhile') : errorMessageFor(error, locale);
      }
    }
    toolbox.track('move-records');
    if (done === records.length) toolbox.notify({ type: 'success', message: t('bulkDone', done, target) });
    else toolbox.notify({ type: 'warning', message: t('bulkPartial', done, records.length - done, target, reason) });
    onDone();
  };
  return (
    <div className="fr-bulk" role="group" aria-label={t('bulkLabel')}>
      <strong>{t('bulkSelected', records.length)}</strong>
      {common.length === 0 ? (
        <span className="fr-muted">{t('bulkNone')}</span>
      ) : (
        common.map((step) => (
          <Button key={step.to} size="small" variant="secondary" onClick={() => setAsking({ to: step.to, label: stepOf(step) })}>
            {stepOf(step)}
          </Button>
        ))
      )}
      <Button size="small" variant="link" onClick={onClear}>
        {t('bulkClear')}
      </Button>
      {asking && (
        <ConfirmDialog
          title={t('bulkTitle', records.length, asking.label)}
          body={t('bulkBody', textOf(flowState(definition, asking.to)?.label, locale))}
          confirm={t('bulkConfirm', records.length)}
          tone="primary"
          onConfirm={() => take(asking.to)}
          onClose={() => setAsking(undefined)}
        />
      )}
    </div>
  );
}
