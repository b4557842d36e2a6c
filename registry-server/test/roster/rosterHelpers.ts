import type { FastifyInstance } from 'fastify';
import { stringify } from 'csv-stringify/sync';
import { multipart } from '../helpers/bundles.ts';

export const HEADERS = ['类型', '单位编号', '单位名称', '上级单位编号', '单位类型', '用户名', '姓名', '手机号', '所属单位编号', '角色', '状态'];

export function unitRow(id: string, name: string, parent: string, kind = '居委会', status = '启用'): string[] {
  return ['单位', id, name, parent, kind, '', '', '', '', '', status];
}

export function userRow(username: string, name: string, unit: string, phone = '', role = '工作人员', status = '启用'): string[] {
  return ['人员', '', '', '', '', username, name, phone, unit, role, status];
}

export function csvOf(rows: string[][], headers = HEADERS): Buffer {
  return Buffer.from(stringify([headers, ...rows]), 'utf8');
}

/** A GB18030 encoder for the test's text (Node decodes GB18030 but has no encoder): the reverse of the decoder over the two-byte range. */
let reverse: Map<string, Buffer> | undefined;
export function gb18030(text: string): Buffer {
  if (!reverse) {
    reverse = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let hi = 0x81; hi <= 0xfe; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const ch = decoder.decode(Uint8Array.of(hi, lo));
        if (!reverse.has(ch)) reverse.set(ch, Buffer.from([hi, lo]));
      }
    }
  }
  return Buffer.concat(
    [...text].map((ch) => {
      if (ch.charCodeAt(0) < 0x80) return Buffer.from(ch, 'latin1');
      const bytes = reverse!.get(ch);
      if (!bytes) throw new Error(`no GB18030 two-byte code for ${ch}`);
      return bytes;
    }),
  );
}

export interface Report {
  dryRun: boolean;
  rows: number;
  format: string;
  encoding: string | null;
  summary: { add: number; change: number; disable: number; unchanged: number; errors: number };
  items: { line: number | null; type: string; key: string; name: string; action: string; changes: { field: string; from: string | null; to: string | null }[]; reason?: string }[];
  errors: { line: number; type: string | null; key: string; column: string; code: string; message: string }[];
  temporaryPasswords?: { username: string; name: string; password: string }[];
}

export async function importRoster(app: FastifyInstance, headers: Record<string, string>, file: Buffer, options: { name?: string; query?: string } = {}) {
  const body = multipart(file, options.name ?? 'roster.csv', 'file');
  return app.inject({ method: 'POST', url: `/api/org/import${options.query ? `?${options.query}` : ''}`, headers: { ...headers, ...body.headers }, payload: body.payload });
}

/** 250 units (10 streets under 长宁区, 24 committees each) and 3,000 staff, 12 or 13 per committee. */
export function bigRoster(): string[][] {
  const rows: string[][] = [];
  const committees: string[] = [];
  for (let s = 1; s <= 10; s++) {
    const street = `st${String(s).padStart(2, '0')}`;
    rows.push(unitRow(street, `测试${s}街道`, 'changning', '街道'));
    for (let c = 1; c <= 24; c++) {
      const id = `${street}-${String(c).padStart(2, '0')}`;
      committees.push(id);
      rows.push(unitRow(id, `测试${s}街道第${c}居委会`, street));
    }
  }
  for (let i = 0; i < 3000; i++) {
    const unit = committees[i % committees.length]!;
    rows.push(userRow(`u${String(i).padStart(4, '0')}`, `职员${i}号`, unit, `139${String(i).padStart(8, '0')}`));
  }
  return rows;
}
