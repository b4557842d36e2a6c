import { readdirSync, readFileSync } from 'node:fs';
import { CODE_LIST, CODES, type CodeOrigin, isToolboxCode } from '@toolbox/sdk/api';
import { SDK_ERRORS } from '@toolbox/sdk';
import { describe, expect, it } from 'vitest';
import { Errors } from '../src/errors.ts';
import * as UsageErrors from '../src/usage/errors.ts';

interface DocumentedRow {
  codes: string[];
  /** The row's HTTP status, where its table has a status column and the cell is a number. */
  status?: number;
}

/**
 * The rows of the error tables of one page: tables whose first column is the code (`code`, `代码`, `错误代码`), so the
 * tables of environment variables (`TOOLBOX_DB`…) are not read as errors. A cell may name several codes.
 */
function documentedCodes(markdown: string): DocumentedRow[] {
  const found: DocumentedRow[] = [];
  let header: string[] | undefined;
  let previous = '';
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      header = undefined;
    } else if (/^\|[-| :]+\|$/.test(line)) {
      header = cells(previous);
    } else if (header && /^(code|代码|错误代码)$/.test(header[0] ?? '')) {
      const row = cells(line);
      const codes = [...(row[0] ?? '').matchAll(/`(TOOLBOX_[A-Z0-9_]+)`/g)].map((m) => m[1] as string);
      const statusColumn = header.findIndex((h) => h === 'status' || h === 'HTTP');
      const status = statusColumn > 0 && /^\d{3}$/.test(row[statusColumn] ?? '') ? Number(row[statusColumn]) : undefined;
      found.push(status === undefined ? { codes } : { codes, status });
    }
    previous = line;
  }
  return found;
}

function cells(line: string): string[] {
  return line.replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());
}

const docsDir = new URL('../../docs/', import.meta.url);
const docs = readdirSync(docsDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ name, text: readFileSync(new URL(name, docsDir), 'utf8') }));
const rows = docs.flatMap(({ name, text }) => documentedCodes(text).map((row) => ({ ...row, file: name })));

/** The page whose error table lists the codes of each origin. */
const PAGE_OF: Record<CodeOrigin, string> = {
  server: 'registry-server.md',
  usage: 'metrics.md',
  sdk: 'plugin-guide.md',
  cli: 'plugin-guide.md',
  host: 'architecture.md',
};

/** The status a client-only code is documented with: the one its ToolboxSdkError reports. */
const clientStatus = (code: string): number | undefined => (SDK_ERRORS as Partial<Record<string, { status: number }>>)[code]?.status;

describe('the error tables of docs/ and the code registry', () => {
  it('finds the error tables', () => {
    expect(rows.length).toBeGreaterThan(100);
  });

  it("lists every code of the registry in its origin's page", () => {
    const missing = CODE_LIST.filter(({ code, origin }) => !rows.some((row) => row.file === PAGE_OF[origin] && row.codes.includes(code)));
    expect(missing.map(({ code, origin }) => `${code} (${PAGE_OF[origin]})`)).toEqual([]);
  });

  it('documents no code the registry lacks', () => {
    const unknown = rows.flatMap((row) => row.codes.filter((code) => !isToolboxCode(code)).map((code) => `${row.file}: ${code}`));
    expect(unknown).toEqual([]);
  });

  it("gives each documented status as the registry has it (a client's own code: as its ToolboxSdkError reports it)", () => {
    const wrong: string[] = [];
    for (const row of rows) {
      if (row.status === undefined) continue;
      for (const code of row.codes.filter(isToolboxCode)) {
        const spec: { status: number | null; alsoStatus?: readonly number[] } = CODES[code];
        const allowed = spec.status === null ? [clientStatus(code)] : [spec.status, ...(spec.alsoStatus ?? [])];
        if (!allowed.includes(row.status)) wrong.push(`${row.file}: ${code} ${row.status}, registry: ${allowed.join(' or ')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('documents each status a server code is answered with', () => {
    const undocumented = CODE_LIST.flatMap(({ code, status, alsoStatus, origin }) =>
      (status === null ? [] : [status, ...(alsoStatus ?? [])])
        .filter((s) => !rows.some((row) => row.file === PAGE_OF[origin] && row.codes.includes(code) && row.status === s))
        .map((s) => `${code} ${s}`),
    );
    expect(undocumented).toEqual([]);
  });
});

describe("the server's error classes", () => {
  const classes = [...Object.values(Errors), ...Object.values(UsageErrors).filter((v) => typeof v === 'function')];

  it('answer with a code of the registry and a status it allows', () => {
    expect(classes.length).toBeGreaterThan(60);
    for (const E of classes) {
      const error = new E('x', 'y');
      expect(isToolboxCode(error.code), error.code).toBe(true);
      const spec: { status: number | null; alsoStatus?: readonly number[] } = CODES[error.code as keyof typeof CODES];
      expect([spec.status, ...(spec.alsoStatus ?? [])], error.code).toContain(error.statusCode);
    }
  });

  it('cover every server and usage code of the registry (rejections are listed, not thrown)', () => {
    const thrown = new Set<string>(classes.map((E) => new E().code));
    const listed = new Set(Object.keys(UsageErrors.USAGE_REJECTIONS));
    const uncovered = CODE_LIST.filter(({ origin }) => origin === 'server' || origin === 'usage')
      .map(({ code }) => code)
      .filter((code) => !thrown.has(code) && !listed.has(code));
    expect(uncovered).toEqual([]);
  });

  it('word every usage rejection in Chinese', () => {
    for (const reason of Object.values(UsageErrors.USAGE_REJECTIONS)) expect(reason).toMatch(/[\u4e00-\u9fff]/);
  });
});
