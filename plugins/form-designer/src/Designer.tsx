import { useLocale, useT } from '@toolbox/sdk/react';
import { Button, Notice, PageHeader } from '@toolbox/sdk/ui';
import { FIELD_KINDS, type FormDefinition, formFields } from '@toolbox/sdk/forms';
import { type KeyboardEvent, useMemo, useReducer, useRef, useState } from 'react';
import { AppInfoEditor } from './AppInfoEditor.tsx';
import type { DesignerApi } from './api/designerApi.ts';
import { draftHistory, startHistory } from './draft/draftHistory.ts';
import { addField } from './draft/editDraft.ts';
import { KIND_NAMES } from './draft/kindNames.ts';
import { nextVersion } from './draft/startDraft.ts';
import { draftProblems, type Tab } from './draftProblems.ts';
import { FieldList } from './FieldList.tsx';
import { FieldProperties } from './FieldProperties.tsx';
import { FlowEditor } from './FlowEditor.tsx';
import { ListViewEditor } from './ListViewEditor.tsx';
import { messages } from './messages.ts';
import { Preview } from './Preview.tsx';
import { PublishPanel } from './PublishPanel.tsx';

export interface DesignerStart {
  draft: FormDefinition;
  /** The version in use when changing a live app. */
  base?: FormDefinition;
  /** The app exists on the server: its id is fixed. */
  existing: boolean;
  /** What the maker should know first (a draft made from a spreadsheet: check each field's kind). */
  notice?: string;
}

/** The editor (fields, list, flow, about, publish) beside a live preview; on narrow screens the two are tabs. */
export function Designer({ api, start, onBack }: { api: DesignerApi; start: DesignerStart; onBack(): void }) {
  const t = useT(messages);
  const locale = useLocale();
  const [history, dispatch] = useReducer(draftHistory, start.draft, startHistory);
  const draft = history.draft;
  const [base, setBase] = useState(start.base);
  const [existing, setExisting] = useState(start.existing);
  const [tab, setTab] = useState<Tab>('fields');
  const [pane, setPane] = useState<'editor' | 'preview'>('editor');
  const [selected, setSelected] = useState<string | undefined>(() => formFields(start.draft)[0]?.key);
  const [notice, setNotice] = useState(start.notice);
  const problems = useMemo(() => draftProblems(draft, locale), [draft, locale]);
  const lastGood = useRef<FormDefinition>(start.draft);
  if (problems.definition) lastGood.current = problems.definition;
  const field = formFields(draft).find((f) => f.key === selected);
  const publishedKeys = useMemo(() => new Set(base ? [...formFields(base).map((f) => f.key), ...(base.retired ?? []).map((f) => f.key)] : []), [base]);

  const update = (next: FormDefinition, select?: string) => {
    // Typing into one field's (or tab's) settings is one step to undo; a change that selects another field (adding,
    // copying) is a step of its own.
    const stays = select === undefined || select === selected;
    dispatch({ type: 'change', draft: next, at: Date.now(), ...(stays ? { group: `${tab}:${selected ?? ''}` } : {}) });
    if (select !== undefined) setSelected(select);
  };
  const step = (type: 'undo' | 'redo') => {
    const to = type === 'undo' ? history.past.at(-1) : history.future[0];
    if (!to) return;
    dispatch({ type });
    // The selection follows: the field selected, if it is still there, else the first.
    if (!formFields(to).some((f) => f.key === selected)) setSelected(formFields(to)[0]?.key);
  };
  /** Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (⌘ on a Mac) undo the draft, except in a text box, whose own undo undoes typing. */
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    const key = event.key.toLowerCase();
    if (key === 'z' || key === 'y') {
      event.preventDefault();
      step(key === 'y' || event.shiftKey ? 'redo' : 'undo');
    }
  };
  const tabs: { id: Tab; label: string }[] = [
    { id: 'fields', label: t('tabFields') },
    { id: 'list', label: t('tabList') },
    { id: 'flow', label: t('tabFlow') },
    { id: 'info', label: t('tabInfo') },
    { id: 'publish', label: t('tabPublish') },
  ];
  const count = (id: Tab) => (id === 'fields' ? [...problems.byField.values()].flat().length + (problems.byTab.get('fields')?.length ?? 0) : (problems.byTab.get(id)?.length ?? 0));

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the shortcuts of the undo and redo buttons, which stay the way to reach them
    <div className="tbx-app fd-app" data-pane={pane} onKeyDown={onKeyDown}>
      <PageHeader
        title={draft.name['zh-CN'] || draft.id}
        subtitle={t('versionOf', draft.version)}
        actions={
          <>
            <Button variant="secondary" disabled={history.past.length === 0} title={t('undoHint')} onClick={() => step('undo')}>
              {t('undo')}
            </Button>
            <Button variant="secondary" disabled={history.future.length === 0} title={t('redoHint')} onClick={() => step('redo')}>
              {t('redo')}
            </Button>
            <Button variant="secondary" onClick={onBack}>
              {t('back')}
            </Button>
            <Button onClick={() => setTab('publish')}>{t('publish')}</Button>
          </>
        }
      />
      <div className="fd-switch" role="tablist" aria-label={`${t('editor')} / ${t('preview')}`}>
        {(['editor', 'preview'] as const).map((p) => (
          <button key={p} type="button" role="tab" aria-selected={pane === p} className="fd-tab" onClick={() => setPane(p)}>
            {p === 'editor' ? t('editor') : t('preview')}
          </button>
        ))}
      </div>
      <div className="fd-main">
        <div className="fd-editor">
          <div className="fd-tabs" role="tablist">
            {tabs.map((x) => (
              <button key={x.id} type="button" role="tab" aria-selected={tab === x.id} className="fd-tab" onClick={() => setTab(x.id)}>
                {x.label}
                {count(x.id) > 0 && x.id !== 'publish' && <span className="fd-badge">{count(x.id)}</span>}
              </button>
            ))}
          </div>
          {notice && (
            <Notice type="info" onClose={() => setNotice(undefined)}>
              {notice}
            </Notice>
          )}
          {tab === 'fields' && (
            <div className="fd-fields">
              <div className="fd-structure">
                <details className="fd-palette" open>
                  <summary>
                    {t('palette')} <span className="tbx-help">{t('paletteHint')}</span>
                  </summary>
                  <div className="fd-palette__kinds">
                    {FIELD_KINDS.filter((k) => k !== 'status' || !formFields(draft).some((f) => f.kind === 'status')).map((kind) => (
                      <button
                        key={kind}
                        type="button"
                        className="fd-kind"
                        onClick={() => {
                          const added = addField(draft, kind, selected);
                          update(added.definition, added.key);
                        }}
                      >
                        ＋ {KIND_NAMES[kind][locale] ?? KIND_NAMES[kind]['zh-CN']}
                      </button>
                    ))}
                  </div>
                </details>
                {problems.byTab.get('fields') && <p className="fd-problems">{problems.byTab.get('fields')!.join('；')}</p>}
                <FieldList draft={draft} selected={selected} problems={problems.byField} onSelect={setSelected} onChange={(d) => update(d)} />
              </div>
              <div className="fd-properties">
                {field ? (
                  <FieldProperties key={field.key} draft={draft} field={field} problems={problems.byField.get(field.key)} publishedKeys={publishedKeys} onChange={update} />
                ) : (
                  <p className="tbx-help">{t('noField')}</p>
                )}
              </div>
            </div>
          )}
          {tab === 'list' && <ListViewEditor draft={draft} problems={problems.byTab.get('list')} onChange={update} />}
          {tab === 'flow' && (
            <FlowEditor
              draft={draft}
              problems={problems.byTab.get('flow')}
              onChange={update}
              onAddStatus={(key) => {
                setSelected(key);
              }}
            />
          )}
          {tab === 'info' && <AppInfoEditor draft={draft} problems={problems.byTab.get('info')} idFixed={existing} onChange={update} />}
          {tab === 'publish' && (
            <PublishPanel
              api={api}
              draft={draft}
              {...(base ? { base } : {})}
              problems={problems}
              onChange={update}
              onGoTo={(key, path) => {
                if (key && formFields(draft).some((f) => f.key === key) && path.startsWith('/sections')) {
                  setSelected(key);
                  setTab('fields');
                } else setTab(path.startsWith('/views') ? 'list' : path.startsWith('/flow') ? 'flow' : path.startsWith('/sections') ? 'fields' : 'info');
              }}
              onPublished={(version, status, published) => {
                setExisting(true);
                // Once live it is what the next change is measured against; pending, the base stays the version in use.
                if (status === 'approved') setBase(published);
                // What is on the server is not undone: the history starts again from the next version's draft.
                dispatch({ type: 'reset', draft: { ...published, version: nextVersion(version) } });
              }}
            />
          )}
        </div>
        <Preview definition={problems.definition ?? lastGood.current} stale={!problems.ok} />
      </div>
    </div>
  );
}
