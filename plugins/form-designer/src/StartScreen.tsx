import { useLocale, useT, useToolbox } from '@toolbox/sdk/react';
import { Button, Card, Notice, PageHeader } from '@toolbox/sdk/ui';
import { FORM_TEMPLATES, formFields } from '@toolbox/sdk/forms';
import { useEffect, useRef, useState } from 'react';
import { ApiError, errorMessageFor } from '@toolbox/sdk/api/client';
import type { DesignerApi } from './api/designerApi.ts';
import type { DesignerStart } from './Designer.tsx';
import { blankDraft, fromSheet, fromTemplate, nextVersion } from './draft/startDraft.ts';
import { messages } from './messages.ts';

/** Where a design starts: one of the three templates, a blank form, or one of the maker's own apps to change. */
export function StartScreen({ api, onStart }: { api: DesignerApi; onStart(start: DesignerStart): void }) {
  const t = useT(messages);
  const locale = useLocale();
  const toolbox = useToolbox();
  const [own, setOwn] = useState<{ id: string; name: string }[]>();
  const [error, setError] = useState<string>();
  const [reading, setReading] = useState(false);
  const sheetInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    api.ownFormApps(toolbox.user.id).then(setOwn, (e: unknown) => {
      setOwn([]);
      setError(t('loadFailed', errorMessageFor(e, locale)));
    });
  }, [api, toolbox.user.id, t, locale]);

  const openOwn = async (id: string) => {
    try {
      const app = await api.loadFormApp(id);
      onStart({ draft: { ...app.latest, version: nextVersion(app.latestVersion) }, ...(app.current ? { base: app.current } : {}), existing: true });
    } catch (e) {
      setError(t('loadFailed', (e as Error).message));
    }
  };

  const startFromSheet = async (file: File) => {
    setError(undefined);
    setReading(true);
    try {
      const sheet = await api.sheetColumns(file, file.name, toolbox.locale);
      const made = fromSheet(sheet, file.name, toolbox);
      if (!made) {
        setError(t('sheetNoColumns'));
        return;
      }
      const fields = formFields(made.draft).length;
      const notice = [t('sheetRead', fields, sheet.rows), made.skipped.length ? t('sheetSkipped', made.skipped.map((h) => h || '（空）').join('、')) : ''].filter(Boolean).join(' ');
      onStart({ draft: made.draft, existing: false, notice });
    } catch (e) {
      setError(t('sheetFailed', e instanceof ApiError ? e.message.replace(/^file: /, '') : errorMessageFor(e, locale)));
    } finally {
      setReading(false);
      if (sheetInput.current) sheetInput.current.value = '';
    }
  };

  return (
    <div className="tbx-app fd-app">
      <PageHeader subtitle={t('subtitle')} />
      <div className="tbx-app__body fd-start">
        {error && <Notice type="error">{error}</Notice>}
        <h2 className="fd-h2">{t('startTemplates')}</h2>
        <div className="fd-cards">
          {FORM_TEMPLATES.map((template) => (
            <Card key={template.id} title={`${template.icon ?? ''} ${template.name['zh-CN']}`}>
              <p className="fd-card__desc">{template.description?.['zh-CN']}</p>
              <p className="tbx-help">
                {t('fieldsOf', formFields(template).length)}
                {template.flow ? ` · ${template.flow.states.map((s) => s.label['zh-CN']).join(' → ')}` : ''}
              </p>
              <Button onClick={() => onStart({ draft: fromTemplate(template, toolbox), existing: false })}>{t('useTemplate')}</Button>
            </Card>
          ))}
          <Card title={`📊 ${t('startSheet')}`}>
            <p className="fd-card__desc">{t('sheetHint')}</p>
            <input
              ref={sheetInput}
              type="file"
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              className="fd-file"
              aria-label={t('startSheet')}
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) void startFromSheet(file);
              }}
            />
            <Button variant="secondary" disabled={reading} onClick={() => sheetInput.current?.click()}>
              {reading ? t('readingSheet') : t('chooseSheet')}
            </Button>
          </Card>
          <Card title={`📝 ${t('startBlank')}`}>
            <p className="fd-card__desc">{t('blankHint')}</p>
            <Button variant="secondary" onClick={() => onStart({ draft: blankDraft(toolbox), existing: false })}>
              {t('startBlank')}
            </Button>
          </Card>
        </div>
        <h2 className="fd-h2">{t('myApps')}</h2>
        {own === undefined ? (
          <p className="tbx-help">{t('loading')}</p>
        ) : own.length === 0 ? (
          <p className="tbx-help">{t('noApps')}</p>
        ) : (
          <ul className="fd-own">
            {own.map((a) => (
              <li key={a.id}>
                <span>{a.name}</span> <code className="tbx-help">{a.id}</code>{' '}
                <Button size="small" variant="secondary" onClick={() => void openOwn(a.id)}>
                  {t('editApp')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
