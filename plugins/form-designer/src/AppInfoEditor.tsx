import { useT } from '@toolbox/sdk/react';
import type { FormDefinition } from '@toolbox/sdk/forms';
import { change } from './draft/editDraft.ts';
import { withEnglish } from './draft/wording.ts';
import { Problems, TextInput } from './inputs.tsx';
import { messages } from './messages.ts';

/** The descriptive fields the desktop and the review show: name, description, icon, category, id, version, contact. */
export function AppInfoEditor({ draft, problems, idFixed, onChange }: { draft: FormDefinition; problems?: string[]; idFixed: boolean; onChange(draft: FormDefinition): void }) {
  const t = useT(messages);
  const set = (fn: (d: FormDefinition) => void) => onChange(change(draft, fn));
  return (
    <div className="fd-pane">
      <Problems items={problems} />
      <div className="fd-grid">
        <TextInput label={t('appName')} value={draft.name['zh-CN']} onChange={(v) => set((d) => { d.name = { ...d.name, 'zh-CN': v }; })} />
        <TextInput label={t('appNameEn')} value={draft.name.en} onChange={(v) => set((d) => { d.name = withEnglish(d.name, v); })} />
      </div>
      <TextInput label={t('description')} value={draft.description?.['zh-CN']} onChange={(v) => set((d) => { if (v) d.description = { ...d.description, 'zh-CN': v }; else delete d.description; })} />
      {draft.description && (
        <TextInput label={t('descriptionEn')} value={draft.description.en} onChange={(v) => set((d) => { d.description = withEnglish(d.description!, v); })} />
      )}
      <div className="fd-grid">
        <TextInput label={t('icon')} value={draft.icon} onChange={(v) => set((d) => { if (v) d.icon = v; else delete d.icon; })} />
        <TextInput label={t('category')} value={draft.category} onChange={(v) => set((d) => { d.category = v; })} />
        <TextInput label={t('contact')} value={draft.owner.contact} onChange={(v) => set((d) => { d.owner = { ...d.owner, contact: v }; })} />
        {idFixed ? (
          <p className="tbx-field">
            <span className="tbx-label">{t('appId')}</span>
            <code>{draft.id}</code>
          </p>
        ) : (
          <TextInput label={t('appId')} hint={t('appIdHint')} value={draft.id} onChange={(v) => set((d) => { d.id = v.toLowerCase(); })} />
        )}
        <TextInput label={t('version')} value={draft.version} onChange={(v) => set((d) => { d.version = v; })} />
      </div>
    </div>
  );
}
