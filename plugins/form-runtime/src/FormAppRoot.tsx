import { useLocale, useT } from '@toolbox/sdk/react';
import { Notice } from '@toolbox/sdk/ui';
import { validateDefinition } from '@toolbox/sdk/forms';
import { useMemo } from 'react';
import { FormRuntimeApp } from './FormRuntimeApp.tsx';
import { messages } from './messages.ts';
import { styles } from './styles.ts';
import { textOf } from './text.ts';

/** Checks the definition the host passed, then renders the app, or says plainly what is wrong with it. */
export function FormAppRoot({ definition }: { definition: unknown }) {
  const locale = useLocale();
  const t = useT(messages);
  const checked = useMemo(() => (definition === undefined ? undefined : validateDefinition(definition)), [definition]);
  if (checked?.ok) return <FormRuntimeApp definition={checked.definition} />;
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
