import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/createTestApp.ts';
import { login } from '../helpers/login.ts';
import { compiledEntry } from '../helpers/compiledEntry.ts';
import { assertPasswordAllowed, passwordProblem } from '../../src/auth/passwordPolicy.ts';
import { COMMON_PASSWORDS } from '../../src/auth/commonPasswords.ts';

describe('password policy', () => {
  it('wants at least 10 characters, not the user name, not a common password', () => {
    expect(passwordProblem('short1!', 'admin')).toContain('at least 10');
    expect(passwordProblem('administrator', 'administrator')).toContain('user name');
    expect(passwordProblem('Administrator2026!', 'administrator')).toContain('user name');
    expect(passwordProblem('1234567890', 'admin')).toContain('common');
    expect(passwordProblem('P@ssw0rd123', 'admin')).toContain('common');
    expect(passwordProblem('qwertyuiop', 'admin')).toContain('common');
    expect(passwordProblem('长宁区城运中心的钥匙', 'admin')).toBeNull();
    expect(passwordProblem('correct horse battery', 'admin')).toBeNull();
    expect(COMMON_PASSWORDS.size).toBeGreaterThan(300);
    for (const p of COMMON_PASSWORDS) expect(p).toBe(p.toLowerCase());
  });

  it('gives routes that set a password a 400 TOOLBOX_PASSWORD_WEAK naming the field', () => {
    expect(() => assertPasswordAllowed('staff2staff', 'staff2', 'body/password')).not.toThrow();
    expect(() => assertPasswordAllowed('qwertyuiop', 'staff2', 'body/password')).toThrow(
      expect.objectContaining({ code: 'TOOLBOX_PASSWORD_WEAK', statusCode: 400, message: 'body/password is one of the most common passwords' }),
    );
  });

  it('refuses to seed the first admin with a weak TOOLBOX_ADMIN_PASSWORD, and accepts a strong one', async () => {
    for (const weak of ['admin', 's3cret', 'admin12345', 'password123', 'Admin@2026']) {
      await expect(createTestApp({ engine: 'sqlite', demo: false, adminPassword: weak })).rejects.toThrow(/TOOLBOX_ADMIN_PASSWORD/);
    }
    const t = await createTestApp({ engine: 'sqlite', demo: false, adminPassword: 'long enough and rare 7' });
    try {
      expect((await login(t.app, 'admin', 'long enough and rare 7')).user.role).toBe('admin');
    } finally {
      await t.close();
    }
  });

  it.each([
    ['admin123', 'must be at least 10 characters long'],
    // A common one: the compiled server reads the list from the text file its build copies beside it.
    ['Password123', 'is one of the most common passwords'],
  ])('the server process refuses to start with %s, with a clear message (no stack) and exit code 1', (password, why) => {
    const dir = mkdtempSync(join(tmpdir(), 'toolbox-weak-'));
    try {
      const run = spawnSync(process.execPath, [compiledEntry()], {
        cwd: join(import.meta.dirname, '../..'),
        encoding: 'utf8',
        timeout: 60_000,
        env: {
          ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST'))),
          PORT: '0',
          TOOLBOX_DB: join(dir, 'toolbox.db'),
          TOOLBOX_DATA_DIR: join(dir, 'bundles'),
          TOOLBOX_ADMIN_PASSWORD: password,
          TOOLBOX_HOST_DIR: dir,
        },
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`TOOLBOX_ADMIN_PASSWORD ${why}`);
      expect(run.stderr).not.toContain('    at ');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
