import { type DataRecord, shanghaiDateTime } from '@toolbox/sdk';
import { useLocale, useT, useToolbox } from '@toolbox/sdk/react';
import { Button, Card, StatusTag } from '@toolbox/sdk/ui';
import { allowedTransitions, type FormDefinition, type FormField, fieldByKey, flowState, type PhotoRef, statusField } from '@toolbox/sdk/forms';
import { useState } from 'react';
import { formatValue, stepLabel } from './formatValue.ts';
import { messages } from './messages.ts';
import { PhotoThumbs } from './PhotoThumbs.tsx';
import { type LoadHistory, RecordHistory } from './RecordHistory.tsx';
import { detailFields, RecordPrint } from './RecordPrint.tsx';
import { textOf } from './text.ts';

interface Props {
  definition: FormDefinition;
  record: DataRecord<Record<string, unknown>>;
  onMove(to: string): Promise<void>;
  /** Reads the record's 修改记录 (absent: the desktop cannot, and the page has none). */
  loadHistory?: LoadHistory;
}

/** A record's page: its fields section by section, fields kept from earlier versions (read-only), and the flow's steps. */
export function RecordDetail({ definition, record, onMove, loadHistory }: Props) {
  const locale = useLocale();
  const t = useT(messages);
  const toolbox = useToolbox();
  const [moving, setMoving] = useState<string>();
  const [revealed, setRevealed] = useState<string[]>([]);
  const visible = detailFields(definition);
  const status = statusField(definition);
  const state = status && flowState(definition, record.data[status.key]);
  const steps = status ? allowedTransitions(definition, record.data[status.key], toolbox.user.role) : [];
  const retired = (definition.retired ?? []).filter((f) => record.data[f.key] !== undefined);

  const move = async (to: string) => {
    setMoving(to);
    try {
      await onMove(to);
    } finally {
      setMoving(undefined);
    }
  };

  const line = (field: FormField, extra?: string) => {
    const value = record.data[field.key];
    const secret = field.kind === 'idcard' && typeof value === 'string';
    const photos = field.kind === 'photo' && Array.isArray(value) && value.length > 0 ? <PhotoThumbs photos={value as PhotoRef[]} /> : undefined;
    const shown = photos ?? (secret && revealed.includes(field.key) ? value : formatValue(field, value, definition, locale));
    return (
      <div key={field.key} className="fr-detail__item">
        <dt>{textOf(field.label, locale)}</dt>
        <dd>
          {shown || <span className="fr-muted">—</span>}
          {secret && (
            <Button
              variant="link"
              size="small"
              aria-label={t('revealLabel', textOf(field.label, locale))}
              onClick={() => setRevealed((keys) => (keys.includes(field.key) ? keys.filter((k) => k !== field.key) : [...keys, field.key]))}
            >
              {revealed.includes(field.key) ? t('conceal') : t('reveal')}
            </Button>
          )}
          {extra && <span className="fr-muted"> {extra}</span>}
        </dd>
      </div>
    );
  };

  return (
    <>
    <div className="fr-detail">
      {status && (
        <Card
          className="fr-flow"
          title={
            <span className="fr-flow__title">
              {textOf(status.label, locale)}
              {state && <StatusTag tone={state.tone ?? 'neutral'}>{textOf(state.label, locale)}</StatusTag>}
            </span>
          }
        >
          <div className="fr-flow__steps" role="group" aria-label={t('flow')}>
            {steps.length === 0 ? (
              <span className="fr-muted">{t('noSteps')}</span>
            ) : (
              steps.map((step) => (
                <Button key={step.to} variant="secondary" loading={moving === step.to} disabled={moving !== undefined} onClick={() => void move(step.to)}>
                  {stepLabel(definition, step, locale, (state) => t('moveTo', state))}
                </Button>
              ))
            )}
          </div>
        </Card>
      )}
      {definition.sections.map((section, s) => {
        const fields = section.fields.filter(visible);
        if (!fields.length) return null;
        return (
          <Card key={section.fields[0]?.key ?? s} title={textOf(section.title, locale)}>
            <dl className="fr-detail__list">{fields.map((field) => line(field))}</dl>
          </Card>
        );
      })}
      {retired.length > 0 && (
        <Card title={t('retiredSection')}>
          <dl className="fr-detail__list">
            {retired.map((field) => {
              const target = field.movedTo ? fieldByKey(definition, field.movedTo) : undefined;
              return line(field, target ? t('movedTo', textOf(target.label, locale)) : undefined);
            })}
          </dl>
        </Card>
      )}
      <p className="fr-muted fr-stamps">
        {t('createdAt')} {shanghaiDateTime(record.createdAt)} · {t('updatedAt')} {shanghaiDateTime(record.updatedAt)}
      </p>
      {loadHistory && <RecordHistory definition={definition} record={record} load={loadHistory} />}
    </div>
    <RecordPrint definition={definition} record={record} revealed={revealed} visible={visible} />
    </>
  );
}
