import { Button, Card } from '@toolbox/sdk/ui';
import { useT } from '@toolbox/sdk/react';
import type { ReviewSettings } from '../api/types.ts';
import { isPlainObject, settingLabel, settingShortLabel } from './settingLabel.ts';
import { messages } from '../i18n/messages.ts';

/** The thresholds the review was computed with, printed as the report prints them. */
export function ThresholdsPanel({ settings, onEdit }: { settings: ReviewSettings; onEdit(): void }) {
  const t = useT(messages);
  const show = (value: unknown) =>
    value === null ? t('noLimit') : typeof value === 'number' || typeof value === 'string' ? String(value) : JSON.stringify(value);

  return (
    <Card
      className="ac-panel"
      title={t('thresholdsTitle')}
      actions={
        <Button variant="secondary" size="small" onClick={onEdit}>
          {t('editThresholds')}
        </Button>
      }
    >
      <dl className="ac-settings-list">
        {Object.entries(settings).map(([key, value]) =>
          isPlainObject(value) ? (
            <div key={key} className="ac-settings-list__group">
              <dt>{settingLabel(t, key)}</dt>
              <dd>
                {Object.entries(value)
                  .map(([k, v]) => `${settingLabel(t, k)} ${show(v)}`)
                  .join(' · ')}
              </dd>
            </div>
          ) : (
            <div key={key}>
              <dt title={settingLabel(t, key)}>{settingShortLabel(t, key)}</dt>
              <dd>{show(value)}</dd>
            </div>
          ),
        )}
      </dl>
    </Card>
  );
}
