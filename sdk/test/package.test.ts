// Pins the public surface of every entry point, as h3's package.test.ts does: adding an export is a decision,
// removing or renaming one breaks the plugins, the host and the server, so either shows up here first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
  exports: Record<string, string | { types: string; default: string }>;
};

const surface: Record<string, string[]> = {
  '.': ['SDK_API_VERSION', 'SDK_ERRORS', 'ToolboxSdkError', 'defineLightApp', 'isToolboxSdkError', 'localized', 'manifestSchema', 'remoteName'],
  './manifest': ['formatFieldErrors', 'manifestSchema', 'validateManifest'],
  './react': ['ToolboxProvider', 'createReactLightApp', 'defineMessages', 'translate', 'useAllRecords', 'useCollection', 'useLocale', 'useT', 'useToolbox'],
  './vite': ['DEFAULT_ENTRY', 'DEFAULT_SHARED', 'MANIFEST_FILE', 'readManifest', 'toolboxApp'],
  './ui': [
    'Button',
    'Card',
    'DataTable',
    'EmptyState',
    'InboxIcon',
    'Notice',
    'PageHeader',
    'SchemaForm',
    'SearchIcon',
    'StatusTag',
    'UI_CSS',
    'WarningIcon',
    'ensureStyles',
    'schemaFields',
  ],
  './testing': ['createMemoryData', 'createMockToolbox'],
};

describe('package surface', () => {
  it('declares exactly these entry points, each with types first', () => {
    const code = Object.keys(pkg.exports).filter((k) => typeof pkg.exports[k] === 'object');
    expect(code.sort()).toEqual(Object.keys(surface).sort());
    for (const key of code) expect(Object.keys(pkg.exports[key] as object)[0], key).toBe('types');
    expect(pkg.exports['./manifest.schema.json']).toBe('./src/shared/manifest.schema.json');
  });

  for (const [entry, names] of Object.entries(surface)) {
    it(`${entry} exports exactly its public names`, async () => {
      const target = pkg.exports[entry] as { default: string };
      const mod = (await import(join(import.meta.dirname, '..', target.default))) as Record<string, unknown>;
      expect(Object.keys(mod).sort()).toEqual([...names].sort());
    });
  }

  it('keeps the shared root entry free of ajv and Node built-ins (it is loaded by the host and every app)', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const [, spec] of source.matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)) {
        if (!spec) continue;
        expect(spec, `${file} imports ${spec}`).not.toMatch(/^(node:|ajv|fs$|path$)/);
        if (spec.startsWith('.') && !spec.endsWith('.json')) visit(join(file, '..', spec));
      }
    };
    visit(join(import.meta.dirname, '..', 'src', 'index.ts'));
    expect(seen.size).toBeGreaterThan(3);
  });
});
