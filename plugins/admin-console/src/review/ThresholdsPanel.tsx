import { Button, Card } from '@toolbox/sdk/ui';
import type { ReviewSettings } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { isPlainObject, settingLabel, settingShortLabel } from './settingLabel.ts';

/** The thresholds the review was computed with, printed as the report prints them. */
export function ThresholdsPanel({ settings, onEdit }: { settings: ReviewSettings; onEdit(): void }) {
  const { m } = useConsole();
  const show = (value: unknown) =>
    value === null ? m.noLimit : typeof value === 'number' || typeof value === 'string' ? String(value) : JSON.stringify(value);

  return (
    <Card
      className="ac-panel"
      title={m.thresholdsTitle}
      actions={
        <Button variant="secondary" size="small" onClick={onEdit}>
          {m.editThresholds}
        </Button>
      }
    >
      <dl className="ac-settings-list">
        {Object.entries(settings).map(([key, value]) =>
          isPlainObject(value) ? (
            <div key={key} className="ac-settings-list__group">
              <dt>{settingLabel(m, key)}</dt>
              <dd>
                {Object.entries(value)
                  .map(([k, v]) => `${settingLabel(m, k)} ${show(v)}`)
                  .join(' · ')}
              </dd>
            </div>
          ) : (
            <div key={key}>
              <dt title={settingLabel(m, key)}>{settingShortLabel(m, key)}</dt>
              <dd>{show(value)}</dd>
            </div>
          ),
        )}
      </dl>
    </Card>
  );
}
