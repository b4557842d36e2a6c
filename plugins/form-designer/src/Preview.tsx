import { FormRuntimeApp } from '@toolbox/plugin-form-runtime/FormRuntimeApp';
import { FormView } from '@toolbox/plugin-form-runtime/FormView';
import { styles as runtimeStyles } from '@toolbox/plugin-form-runtime/styles';
import { ToolboxProvider, useLocale, useT, useToolbox } from '@toolbox/sdk/react';
import { Notice } from '@toolbox/sdk/ui';
import { FORM_COLLECTION, type FormDefinition, initialValues } from '@toolbox/sdk/forms';
import { createMockToolbox } from '@toolbox/sdk/testing';
import { useMemo, useState } from 'react';
import { sampleRecords } from './draft/sampleRecords.ts';
import { messages } from './messages.ts';

/**
 * The draft as staff will see it, drawn by the form runtime's own components (not a look-alike): the form, or the
 * list with three made-up records. It runs on an in-memory host API as a committee's staff, so nothing is stored.
 */
export function Preview({ definition, stale }: { definition: FormDefinition; stale: boolean }) {
  const t = useT(messages);
  const locale = useLocale();
  const toolbox = useToolbox();
  const [view, setView] = useState<'form' | 'list'>('form');
  const mock = useMemo(
    () =>
      createMockToolbox({
        manifest: { id: definition.id, name: definition.name, version: definition.version },
        user: { id: toolbox.user.id, name: toolbox.user.name, role: 'staff' },
        unit: toolbox.unit,
        locale,
        seed: { [FORM_COLLECTION]: sampleRecords(definition, toolbox) },
      }),
    [definition, toolbox, locale],
  );
  return (
    <section className="fd-preview" aria-label={t('preview')}>
      <div className="fd-tabs fd-tabs--small" role="tablist">
        {(['form', 'list'] as const).map((v) => (
          <button key={v} type="button" role="tab" aria-selected={view === v} className="fd-tab" onClick={() => setView(v)}>
            {v === 'form' ? t('previewForm') : t('previewList')}
          </button>
        ))}
        <span className="fd-preview__note">{t('previewAs')}</span>
      </div>
      {stale && <Notice type="warning">{t('previewStale')}</Notice>}
      <div className="fd-preview__frame">
        <ToolboxProvider context={mock}>
          {view === 'form' ? (
            <div className="tbx-app fr-app">
              <style>{runtimeStyles}</style>
              <div className="tbx-app__form">
                <FormView key={JSON.stringify(definition.sections)} definition={definition} initial={initialValues(definition, mock)} isNew onSubmit={async () => setView('list')} onCancel={() => setView('list')} />
              </div>
            </div>
          ) : (
            <FormRuntimeApp key={JSON.stringify(definition)} definition={definition} />
          )}
        </ToolboxProvider>
      </div>
    </section>
  );
}
