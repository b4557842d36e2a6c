// Every host error code is explained to the worker (both message catalogues) and documented for engineers and staff.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../src/desktop/i18n/messages.ts';
import { en } from '../src/desktop/i18n/messagesEn.ts';
import { HOST_ERRORS } from '../src/runtime/errors.ts';

const docs = (name: string) => readFileSync(new URL(`../../docs/${name}`, import.meta.url), 'utf8');

describe('host error codes', () => {
  const codes = Object.keys(HOST_ERRORS) as (keyof typeof HOST_ERRORS)[];
  it.each(codes)('%s has a message in zh-CN and en, and is in docs/architecture.md and docs/user-guide.md', (code) => {
    expect(zhCN[`error.${code}`]).toMatch(/[\u4e00-\u9fff]/);
    expect(en[`error.${code}`]).toMatch(/[a-z]/);
    expect(docs('architecture.md')).toContain(code);
    expect(docs('user-guide.md')).toContain(code);
  });
});
