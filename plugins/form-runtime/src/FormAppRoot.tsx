import { useLocale, useT, useToolbox } from '@toolbox/sdk/react';
import { Button, EmptyState, Notice } from '@toolbox/sdk/ui';
import { validateDefinition } from '@toolbox/sdk/forms';
import { useMemo } from 'react';
import { FormRuntimeApp } from './FormRuntimeApp.tsx';
import { messages } from './messages.ts';
import { styles } from './styles.ts';
import { textOf } from './text.ts';

/** Who may open 应用搭建 (the form designer's visibility, less developers, who build apps with code). */
const MAKERS = new Set(['admin', 'maker']);

/**
 * Checks the definition the host passed, then renders the app, or says plainly what is wrong with it. Opened on its
 * own (its tile on an admin's desktop), the runtime says what it is and points to 应用搭建 rather than to an error.
 */
export function FormAppRoot({ definition }: { definition: unknown }) {
  const locale = useLocale();
  const t = useT(messages);
  const toolbox = useToolbox();
  const checked = useMemo(() => (definition === undefined ? undefined : validateDefinition(definition)), [definition]);
  if (checked?.ok) return <FormRuntimeApp definition={checked.definition} />;
  if (checked === undefined && toolbox.app.id === 'form-runtime') {
    return (
      <div className="tbx-app fr-app">
        <style>{styles}</style>
        <EmptyState
          title={t('runtimeAlone')}
          description={t('runtimeAloneBody')}
          action={MAKERS.has(toolbox.user.role) ? <Button onClick={() => toolbox.navigate('/app/form-designer')}>{t('openDesigner')}</Button> : undefined}
        />
      </div>
    );
  }
  return (
    <div className="tbx-app fr-app">
      <style>{styles}</style>
      <Notice type="error" title={checked ? t('badDefinition') : t('noDefinition')}>
        {checked && !checked.ok && (
          <ul className="fr-problems">
            {checked.errors.slice(0, 20).map((e) => (
              <li key={e.path + e.code}>
                <code>{e.path || '/'}</code> {textOf(e.message, locale)}
              </li>
            ))}
          </ul>
        )}
      </Notice>
    </div>
  );
}
