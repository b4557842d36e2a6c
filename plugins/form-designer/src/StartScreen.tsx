import { useT, useToolbox } from '@toolbox/sdk/react';
import { Button, Card, Notice, PageHeader } from '@toolbox/sdk/ui';
import { FORM_TEMPLATES, formFields } from '@toolbox/sdk/forms';
import { useEffect, useState } from 'react';
import type { DesignerApi } from './api/designerApi.ts';
import type { DesignerStart } from './Designer.tsx';
import { blankDraft, fromTemplate, nextVersion } from './draft/startDraft.ts';
import { messages } from './messages.ts';

/** Where a design starts: one of the three templates, a blank form, or one of the maker's own apps to change. */
export function StartScreen({ api, onStart }: { api: DesignerApi; onStart(start: DesignerStart): void }) {
  const t = useT(messages);
  const toolbox = useToolbox();
  const [own, setOwn] = useState<{ id: string; name: string }[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api.ownFormApps(toolbox.user.id).then(setOwn, (e: Error) => {
      setOwn([]);
      setError(t('loadFailed', e.message));
    });
  }, [api, toolbox.user.id, t]);

  const openOwn = async (id: string) => {
    try {
      const app = await api.loadFormApp(id);
      onStart({ draft: { ...app.latest, version: nextVersion(app.latestVersion) }, ...(app.current ? { base: app.current } : {}), existing: true });
    } catch (e) {
      setError(t('loadFailed', (e as Error).message));
    }
  };

  return (
    <div className="tbx-app fd-app">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
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
