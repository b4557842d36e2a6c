/** What `toolbox create` needs to know to write a project. */
export interface ScaffoldOptions {
  id: string;
  /** The app's Chinese name. */
  name: string;
  /** The version range of @toolbox/sdk the project depends on. */
  sdkSpec: string;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Every file of a new light app, path → contents: a record-keeping app (a form and a table over one collection)
 * that builds, tests and publishes as it is.
 */
export function scaffoldFiles({ id, name, sdkSpec }: ScaffoldOptions): Record<string, string> {
  return {
    'toolbox.manifest.json': json({
      $schema: './node_modules/@toolbox/sdk/src/shared/manifest.schema.json',
      id,
      name: { 'zh-CN': name, en: id },
      description: { 'zh-CN': `${name}：登记与查看记录`, en: `${id}: record and review entries` },
      version: '0.1.0',
      icon: '📝',
      category: '日常办公',
      scenario: 'general',
      owner: { unit: 'changning', contact: '请填写联系人及电话' },
      sdk: '^1.0.0',
      collections: {
        notes: {
          type: 'object',
          required: ['title', 'date'],
          properties: {
            title: { type: 'string', title: '事项', minLength: 1, maxLength: 50 },
            date: { type: 'string', format: 'date', title: '日期' },
            done: { type: 'boolean', title: '已办结' },
            detail: { type: 'string', title: '详细说明', maxLength: 500 },
          },
          additionalProperties: false,
        },
      },
    }),
    'package.json': json({
      name: id,
      version: '0.1.0',
      private: true,
      type: 'module',
      scripts: {
        dev: 'toolbox dev',
        build: 'toolbox build',
        validate: 'toolbox validate',
        publish: 'toolbox publish',
        test: 'vitest run',
      },
      dependencies: { '@toolbox/sdk': sdkSpec, react: '^19.2.0', 'react-dom': '^19.2.0' },
      devDependencies: {
        '@testing-library/react': '^16.3.0',
        '@types/node': '^20.19.0',
        '@types/react': '^19.2.0',
        '@types/react-dom': '^19.2.0',
        '@vitejs/plugin-react': '^6.0.0',
        jsdom: '^29.0.1',
        typescript: '~5.9.3',
        vite: '^8.0.0',
        vitest: '~4.1.12',
      },
    }),
    'vite.config.ts': `import { defineConfig } from 'vite';
import { toolboxApp } from '@toolbox/sdk/vite';

// toolboxApp() reads toolbox.manifest.json and builds a remote the Toolbox host can load (exposes ./src/app.tsx).
export default defineConfig({ plugins: [toolboxApp({ root: import.meta.dirname })] });
`,
    'vitest.config.ts': `import { defineConfig } from 'vitest/config';

// jsdom and a first React render can take a few seconds on a busy machine: more than Vitest's default 5 s.
export default defineConfig({ test: { environment: 'jsdom', testTimeout: 30_000 } });
`,
    'tsconfig.json': json({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        strict: true,
        resolveJsonModule: true,
        allowImportingTsExtensions: true,
        noEmit: true,
        skipLibCheck: true,
        types: ['node'],
      },
      include: ['src', 'vite.config.ts'],
    }),
    '.gitignore': 'node_modules/\ndist/\n',
    'src/app.tsx': `// The module the host loads (exposed as ./app): single-spa lifecycles that render HomePage into the host's frame.
import { createReactLightApp } from '@toolbox/sdk/react';
import { HomePage } from './HomePage.tsx';

export const { bootstrap, mount, unmount } = createReactLightApp(HomePage);
`,
    'src/HomePage.tsx': `import { useCollection, useT, useToolbox, defineMessages } from '@toolbox/sdk/react';
import { Button, Card, DataTable, PageHeader, SchemaForm, StatusTag, type DataTableColumn } from '@toolbox/sdk/ui';
import { useState } from 'react';
import manifest from '../toolbox.manifest.json';

interface Note {
  title: string;
  date: string;
  done?: boolean;
  detail?: string;
}

const messages = defineMessages({
  'zh-CN': {
    hello: '{unit} · {user}',
    add: '新增记录',
    saved: '已保存',
    done: '已办结',
    open: '办理中',
    date: '日期',
    item: '事项',
    status: '状态',
  },
  en: {
    hello: '{unit} · {user}',
    add: 'New record',
    saved: 'Saved',
    done: 'Done',
    open: 'Open',
    date: 'Date',
    item: 'Item',
    status: 'Status',
  },
});

export function HomePage() {
  const toolbox = useToolbox();
  const t = useT(messages);
  const notes = useCollection<Note>('notes');
  const [adding, setAdding] = useState(false);

  const columns: DataTableColumn<Note>[] = [
    { key: 'date', title: t('date'), sortable: true, nowrap: true },
    { key: 'title', title: t('item'), sortable: true },
    {
      key: 'done',
      title: t('status'),
      render: (note) => (note.done ? <StatusTag tone="success">{t('done')}</StatusTag> : <StatusTag tone="warning">{t('open')}</StatusTag>),
    },
  ];

  return (
    <div>
      {/* No title: the desktop's header above the app names it (with its owner and contact). */}
      <PageHeader
        subtitle={t('hello', { unit: toolbox.unit.name, user: toolbox.user.name })}
        actions={<Button onClick={() => setAdding(true)}>{t('add')}</Button>}
      />
      {adding && (
        <Card title={t('add')}>
          <SchemaForm<Note>
            schema={manifest.collections.notes}
            onSubmit={async (note) => {
              await notes.create(note);
              toolbox.track('note-created');
              toolbox.notify({ type: 'success', message: t('saved') });
              setAdding(false);
            }}
            onCancel={() => setAdding(false)}
          />
        </Card>
      )}
      <DataTable<Note> columns={columns} rows={notes.items.map((record) => ({ id: record.id, ...record.data }))} loading={notes.loading} filterable />
    </div>
  );
}
`,
    'src/HomePage.test.tsx': `import { ToolboxProvider } from '@toolbox/sdk/react';
import { createMockToolbox } from '@toolbox/sdk/testing';
import { fireEvent, render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import manifest from '../toolbox.manifest.json';
import { HomePage } from './HomePage.tsx';

it('lists the notes of the unit and adds one through the form', async () => {
  const toolbox = createMockToolbox({
    manifest,
    seed: { notes: [{ title: '走访独居老人', date: '2026-03-01' }] },
  });
  render(
    <ToolboxProvider context={toolbox}>
      <HomePage />
    </ToolboxProvider>,
  );
  expect(await screen.findByText('走访独居老人')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: '新增记录' }));
  fireEvent.change(screen.getByLabelText(/事项/), { target: { value: '检查楼道消防通道' } });
  fireEvent.change(screen.getByLabelText(/日期/), { target: { value: '2026-03-02' } });
  fireEvent.click(screen.getByRole('button', { name: '保存' }));

  expect(await screen.findByText('检查楼道消防通道')).toBeTruthy();
  expect(toolbox.notices.at(-1)?.message).toBe('已保存');
});
`,
    'README.md': `# ${name}

A Toolbox light app. \`npx toolbox dev\` runs it in the dev shell, \`npx toolbox build\` builds and validates it,
\`npx toolbox publish --registry <URL>\` publishes it. See the plugin guide of Toolbox for the rest.
`,
  };
}
