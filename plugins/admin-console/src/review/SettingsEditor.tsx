import { Notice } from '@toolbox/sdk/ui';
import { useState, type FormEvent } from 'react';
import { ApiError, errorMessageFor } from '@toolbox/sdk/api/client';
import { useLocale, useT } from '@toolbox/sdk/react';
import type { ReviewSettings } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { useLoad } from '../lib/useLoad.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { DialogFooter } from '../ui/DialogFooter.tsx';
import { LoadError, Loading } from '../ui/StateView.tsx';
import { isPlainObject, settingLabel } from './settingLabel.ts';
import { fromDraft, toDraft, type Draft } from './settingsForm.ts';
import { messages } from '../i18n/messages.ts';

interface Props {
  onClose(): void;
  onSaved(settings: ReviewSettings): void;
}

/** The thresholds editor: renders whatever keys the server returns, so a new threshold needs no console release. */
export function SettingsEditor({ onClose, onSaved }: Props) {
  const { api } = useConsole();
  const t = useT(messages);
  const loaded = useLoad(() => api.settings(), 'settings');

  return (
    <Dialog
      title={t('settingsTitle')}
      onClose={onClose}
      wide
      footer={<DialogFooter onCancel={onClose} confirm={t('settingsSave')} form="ac-settings-form" sending={false} disabled={!loaded.data} />}
    >
      {loaded.error ? (
        <LoadError error={loaded.error} onRetry={loaded.reload} />
      ) : loaded.data ? (
        <SettingsForm original={loaded.data} onSaved={onSaved} />
      ) : (
        <Loading />
      )}
    </Dialog>
  );
}

function SettingsForm({ original, onSaved }: { original: ReviewSettings; onSaved(s: ReviewSettings): void }) {
  const { api } = useConsole();
  const locale = useLocale();
  const t = useT(messages);
  const [draft, setDraft] = useState<Draft>(() => toDraft(original));
  const [error, setError] = useState<{ message: string; field?: string }>();
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = fromDraft(draft, original);
    if ('invalid' in result) {
      setError({ message: t('settingsNumberRequired', labelOfPath(result.invalid)), field: result.invalid });
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      onSaved(await api.saveSettings(result.settings));
    } catch (e) {
      setError(refusal(e));
    } finally {
      setSaving(false);
    }
  };

  const labelOfPath = (path: string) => path.split('.').map((k) => settingLabel(t, k)).join(' / ');
  /** A number out of range comes with its field and range (details): marked, and said here; any other refusal as is. */
  const refusal = (e: unknown): { message: string; field?: string } => {
    const detail = e instanceof ApiError && e.code === 'TOOLBOX_REVIEW_SETTINGS_INVALID' ? e.details[0] : undefined;
    const range = detail?.params as { minimum?: unknown; maximum?: unknown } | undefined;
    if (!detail || typeof range?.minimum !== 'number' || typeof range.maximum !== 'number') return { message: errorMessageFor(e, locale) };
    const field = detail.path.split('/').filter(Boolean).join('.');
    return { message: t('settingsOutOfRange', labelOfPath(field), range.minimum, range.maximum), field };
  };

  const input = (path: string[], value: unknown, onValue: (v: string) => void) => {
    const id = `ac-setting-${path.join('-')}`;
    return (
      <div className="ac-field" key={id}>
        <label htmlFor={id}>{settingLabel(t, path[path.length - 1] ?? '')}</label>
        <input
          id={id}
          name={path.join('.')}
          type="number"
          step="any"
          value={String(value)}
          aria-invalid={error?.field === path.join('.') || undefined}
          onChange={(e) => onValue(e.target.value)}
        />
      </div>
    );
  };

  return (
    <form id="ac-settings-form" className="ac-settings-form" onSubmit={submit} noValidate>
      <div className="ac-settings-grid">
        {Object.entries(original).map(([key, value]) => {
          if (typeof value === 'number' || value === null) {
            return input([key], draft[key], (v) => setDraft({ ...draft, [key]: v }));
          }
          if (isPlainObject(value)) {
            const nested = (draft[key] ?? {}) as Draft;
            return (
              <fieldset key={key} className="ac-fieldset">
                <legend>{settingLabel(t, key)}</legend>
                {Object.entries(value).map(([k, v]) =>
                  typeof v === 'number'
                    ? input([key, k], nested[k], (text) => setDraft({ ...draft, [key]: { ...nested, [k]: text } }))
                    : null,
                )}
              </fieldset>
            );
          }
          return null;
        })}
      </div>
      <div className="ac-form-status" aria-live="polite">
        {saving && <span>{t('settingsSaving')}</span>}
        {error && <Notice type="error">{error.message}</Notice>}
      </div>
    </form>
  );
}
