import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_LIST, CODES, isToolboxCode } from '../src/shared/api/codes.ts';

const repo = join(import.meta.dirname, '..', '..');
const plugins = readdirSync(join(repo, 'plugins')).map((name) => join('plugins', name, 'src'));
const sourceDirs = ['sdk/src', 'host/src', 'registry-server/src', ...plugins];

function sourceFiles(dir: string): string[] {
  const root = join(repo, dir);
  let entries: string[];
  try {
    entries = readdirSync(root, { recursive: true }) as string[];
  } catch {
    return [];
  }
  return entries.filter((file) => /\.(ts|tsx|mjs)$/.test(file) && !file.includes('node_modules')).map((file) => join(root, file));
}

const sources = sourceDirs.flatMap(sourceFiles).map((file) => ({ file: file.slice(repo.length + 1), text: readFileSync(file, 'utf8') }));

/** Names the source reads from the environment (`process.env.TOOLBOX_DB`…): settings, not error codes. */
const envVars = new Set(sources.flatMap(({ text }) => [...text.matchAll(/env(?:\.|\[['"])(TOOLBOX_[A-Z0-9_]+)/g)].map((m) => m[1])));

/** Codes as source uses them: a string literal, an object key at the start of a line, an i18n key `error.TOOLBOX_…`. */
function codesUsedIn(text: string): string[] {
  const literal = [...text.matchAll(/['"`](?:error\.)?(TOOLBOX_[A-Z0-9_]+)['"`]/g)].map((m) => m[1] as string);
  const keys = [...text.matchAll(/^\s*(TOOLBOX_[A-Z0-9_]+):/gm)].map((m) => m[1] as string);
  return [...literal, ...keys];
}

describe('the code registry', () => {
  it('holds well-formed codes, each with a meaning', () => {
    expect(CODE_LIST.length).toBeGreaterThan(100);
    for (const { code, meaning } of CODE_LIST) {
      expect(code).toMatch(/^TOOLBOX_[A-Z0-9_]+$/);
      expect(meaning, code).toMatch(/^\S.*[.?]$/);
    }
  });

  it("gives every server code a 4xx/5xx status and no client's code one", () => {
    for (const { code, origin, status, alsoStatus } of CODE_LIST) {
      if (origin === 'server') expect(status, code).toBeTypeOf('number');
      if (origin === 'sdk' || origin === 'cli' || origin === 'host') expect(status, code).toBeNull();
      for (const s of [status, ...(alsoStatus ?? [])]) if (s !== null) expect(s, code).toSatisfy((n: number) => n >= 400 && n <= 599);
      if (alsoStatus) expect(alsoStatus, code).not.toContain(status);
    }
  });

  it('has no code twice, and none named like an environment variable the source reads', () => {
    const codes = CODE_LIST.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(envVars.size).toBeGreaterThan(5);
    expect(codes.filter((code) => envVars.has(code))).toEqual([]);
  });

  it('lists every code the source raises, handles or translates (sdk, host, registry-server, plugins)', () => {
    expect(sources.length).toBeGreaterThan(100);
    const unknown = sources.flatMap(({ file, text }) =>
      codesUsedIn(text)
        .filter((code) => !envVars.has(code) && !isToolboxCode(code))
        .map((code) => `${file}: ${code}`),
    );
    expect(unknown).toEqual([]);
  });

  it('answers isToolboxCode for its own keys only', () => {
    expect(isToolboxCode('TOOLBOX_NOT_FOUND')).toBe(true);
    expect(isToolboxCode('TOOLBOX_DB')).toBe(false);
    expect(isToolboxCode('toString')).toBe(false);
    expect(CODES.TOOLBOX_UNIT_NOT_FOUND.alsoStatus).toEqual([404]);
  });
});
