// Keeps docs/plugin-guide.md in step with the code: every error code, every manifest field and every public export.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SDK_ERRORS, manifestSchema } from '../src/index.ts';
import { CODE_LIST } from '../src/shared/api/codes.ts';

const guide = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'plugin-guide.md'), 'utf8');

describe('docs/plugin-guide.md', () => {
  it('documents every SDK error code in the error table', () => {
    const rows = new Set([...guide.matchAll(/^\| `(TOOLBOX_[A-Z_]+)` \|/gm)].map((m) => m[1]));
    const clientCodes = CODE_LIST.filter((c) => c.origin === 'sdk' || c.origin === 'cli').map((c) => c.code);
    expect([...rows].sort()).toEqual([...new Set([...Object.keys(SDK_ERRORS), ...clientCodes])].sort());
  });

  it('documents every manifest field of the schema, and no field the schema does not have', () => {
    const section = guide.slice(guide.indexOf('## The manifest'), guide.indexOf('## Lifecycles'));
    const rows = [...section.matchAll(/^\| `([$\w]+)` \|/gm)].map((m) => m[1]);
    const fields = Object.keys((manifestSchema as { properties: Record<string, unknown> }).properties);
    expect(rows.sort()).toEqual(fields.sort());
  });

  it('mentions every public export of every entry point', async () => {
    const entries = ['index.ts', 'manifest/index.ts', 'react/index.ts', 'node/vite/index.ts', 'ui/index.ts', 'testing/index.ts', 'node/testing/index.ts', 'shared/data/index.ts'];
    for (const entry of entries) {
      const mod = (await import(join(import.meta.dirname, '..', 'src', entry))) as Record<string, unknown>;
      for (const name of Object.keys(mod)) expect(guide, `${entry}: ${name}`).toContain(name);
    }
  });
});
