import type { ReviewSettings } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { isPlainObject, settingLabel } from './settingLabel.ts';

/** The thresholds the review was computed with, printed as the report prints them. */
export function ThresholdsPanel({ settings, onEdit }: { settings: ReviewSettings; onEdit(): void }) {
  const { m } = useConsole();
  const show = (value: unknown) =>
    value === null ? m.noLimit : typeof value === 'number' || typeof value === 'string' ? String(value) : JSON.stringify(value);

  return (
    <section className="ac-panel" aria-labelledby="ac-thresholds-title">
      <div className="ac-panel__head">
        <h2 id="ac-thresholds-title">{m.thresholdsTitle}</h2>
        <button type="button" className="ac-btn ac-btn--small" onClick={onEdit}>
          {m.editThresholds}
        </button>
      </div>
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
              <dt>{settingLabel(m, key)}</dt>
              <dd>{show(value)}</dd>
            </div>
          ),
        )}
      </dl>
    </section>
  );
}
