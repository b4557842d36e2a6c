// A wire type is declared once, in the contract (`@toolbox/sdk/api`); everything else imports its derived type. This
// test greps the packages for hand-written declarations of a contract type's name, or of any name ending in
// Dto/Body/Response, and fails listing file:line. A contract name is only ever re-exported; another name that aliases a
// contract type (`type Me = UserDto`, `Pick<AppDto, …>`) is not a copy, an `interface`, object literal or string union is.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..', '..');
const contractDir = join(repo, 'sdk', 'src', 'shared', 'api');
const plugins = readdirSync(join(repo, 'plugins')).map((name) => join('plugins', name, 'src'));
const scannedDirs = ['registry-server/src', 'host/src', 'sdk/src/node', ...plugins];
/** Files outside the scanned folders that once held copies. */
const scannedFiles = ['sdk/src/shared/types.ts'];

/**
 * Copies still there, each with why. The list may only shrink: an entry that no longer matches a declaration fails
 * the test too, so it is removed when its copy goes.
 */
const KNOWN: Record<string, string> = {
  'host/src/runtime/appState.ts:AppStatus': "another thing of the same name: an opened app's state in the host (idle, loading…), not an app's status",
  'registry-server/src/catalog/CatalogStore.ts:CatalogBody': 'not a wire shape: the serialized catalogue and its ETag, cached per audience',
  'registry-server/src/apps/DescriptiveFields.ts:DescriptiveFields':
    "the server's wider variant (description, icon and visibility may be null to clear them); to be renamed or derived from the contract's",
  'plugins/admin-console/src/api/types.ts:ReviewSettings': 'the admin console types the settings loosely (Record); being moved to the contract (plugins/admin-console)',
};

const files = (dir: string): string[] => {
  let entries: string[];
  try {
    entries = readdirSync(join(repo, dir), { recursive: true }) as string[];
  } catch {
    return [];
  }
  return entries.filter((file) => /\.(ts|tsx)$/.test(file) && !file.includes('node_modules')).map((file) => join(dir, file));
};

/** Every type name the contract exports (`export type X`, `export interface X`, the Static-derived ones included). */
export function contractTypeNames(): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(contractDir).filter((f) => f.endsWith('.ts'))) {
    for (const m of readFileSync(join(contractDir, file), 'utf8').matchAll(/^export\s+(?:type|interface)\s+([A-Z]\w*)/gm)) names.add(m[1] as string);
  }
  return names;
}

const DECLARATION = /^\s*(?:export\s+)?(?:declare\s+)?(interface\s+([A-Z]\w*)\b|type\s+([A-Z]\w*)\s*(?:<[^=]*>)?\s*=\s*(.?))/;

/** `file:line name` of each hand-written declaration of a wire type's name in `text`. */
export function wireTypeCopies(file: string, text: string, contract: Set<string>): { at: string; name: string }[] {
  const found: { at: string; name: string }[] = [];
  text.split('\n').forEach((line, i) => {
    const m = DECLARATION.exec(line);
    if (!m) return;
    const name = (m[2] ?? m[3]) as string;
    // A contract name is re-exported (`export type { X } from`), never declared again. Another name ending in
    // Dto/Body/Response copies when it spells a shape out (`{`, `'a' | 'b'`, or on the next line), not when it names a type.
    const shape = m[2] !== undefined || ['{', "'", '"', '', '|'].includes(m[4] ?? '');
    if (contract.has(name) || (shape && /(Dto|Body|Response)$/.test(name))) found.push({ at: `${file}:${i + 1}`, name });
  });
  return found;
}

describe('wire types are declared once, in the contract', () => {
  const contract = contractTypeNames();
  const copies = [...scannedDirs.flatMap(files), ...scannedFiles].flatMap((file) => wireTypeCopies(file, readFileSync(join(repo, file), 'utf8'), contract));

  it('reads the contract names', () => {
    for (const name of ['AppDto', 'VersionDto', 'ReviewRow', 'UnitDto', 'ErrorBody']) expect(contract).toContain(name);
  });

  it('finds no hand-written copy outside the known list', () => {
    const unknown = copies.filter((c) => !(`${c.at.replace(/:\d+$/, '')}:${c.name}` in KNOWN)).map((c) => `${c.at} ${c.name}`);
    expect(unknown, 'import the type from @toolbox/sdk/api (Static<…> of its schema) instead of declaring it again').toEqual([]);
  });

  it('lists only copies that are still there', () => {
    const present = new Set(copies.map((c) => `${c.at.replace(/:\d+$/, '')}:${c.name}`));
    expect(Object.keys(KNOWN).filter((key) => !present.has(key))).toEqual([]);
  });

  it('catches a copy', () => {
    const text = "import x from 'y';\nexport interface AppDto {\n  id: string;\n}\ntype ThingBody = { a: 1 };\ntype Me = UserDto;\nexport type Status =\n  | 'a';\ntype AppDto = Other;\ntype MeBody = UserDto;\nexport type { AppDto };\n";
    expect(wireTypeCopies('f.ts', text, new Set(['AppDto', 'Status']))).toEqual([
      { at: 'f.ts:2', name: 'AppDto' },
      { at: 'f.ts:5', name: 'ThingBody' },
      { at: 'f.ts:7', name: 'Status' },
      { at: 'f.ts:9', name: 'AppDto' },
    ]);
  });
});
