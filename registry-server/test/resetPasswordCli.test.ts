// `pnpm run reset-password -- <username>` (node registry-server/dist/resetPasswordCli.js) against a real SQLite file
// that a running server holds open: the break-glass reset when no admin can sign in.
import { describe, expect, it } from 'vitest';
import { bearer, login } from './helpers/login.ts';
import { serverOnAFile } from './helpers/serverOnAFile.ts';

const server = serverOnAFile('toolbox-reset-');
const reset = (...args: string[]) => server.run('resetPasswordCli.js', args);
const signIn = (username: string, password: string) => server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
const temporaryOf = (stdout: string) => /^ {4}(\S+)$/m.exec(stdout)?.[1];

describe('pnpm run reset-password', () => {
  it('gives the admin a temporary password to change at the next sign-in, ends their sessions, revokes their tokens, and audits it as the system', async () => {
    const before = await login(server.app, 'admin');
    const token = await bearer(server.app, before, 'admin ci', { scope: 'read' });
    // As pnpm run passes it on, with the `--`, and the username in another case.
    const run = reset('--', 'ADMIN');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('A temporary password for admin (');
    expect(run.stdout).toContain('1 session(s) ended, 1 token(s) revoked');
    const temporary = temporaryOf(run.stdout);
    expect(temporary).toBeDefined();

    // The running server sees it at once: the old session is gone, the old password refused, the new one must change.
    expect((await server.app.inject({ url: '/api/me', headers: before.headers })).statusCode).toBe(401);
    expect((await server.app.inject({ url: '/api/me', headers: token })).statusCode).toBe(401);
    expect((await signIn('admin', 'toolbox')).statusCode).toBe(401);
    const after = await signIn('admin', temporary!);
    expect(after.statusCode, after.body).toBe(200);
    expect(after.json()).toMatchObject({ user: { username: 'admin', mustChangePassword: true } });

    const audit = await server.app.db.selectFrom('audit_log').selectAll().where('action', '=', 'user.password-reset').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_id).toBeNull();
    expect(JSON.parse(audit[0]!.details!)).toMatchObject({ username: 'admin', sessionsEnded: 1, tokensRevoked: 1, via: 'command line' });
  });

  it('enables a disabled account only with --enable, and changes nothing without it', async () => {
    const staff = (await login(server.app, 'staff')).user;
    const disabled = await server.app.inject({ method: 'PATCH', url: `/api/users/${staff.id}`, headers: (await adminSession()).headers, payload: { disabled: true } });
    expect(disabled.statusCode, disabled.body).toBe(200);

    const refused = reset('staff');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('The password was not reset: staff is disabled: add --enable');
    // Still disabled, with the password it had.
    expect((await signIn('staff', 'toolbox')).json()).toMatchObject({ code: 'TOOLBOX_ACCOUNT_DISABLED' });

    const run = reset('staff', '--enable');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(', enabled again');
    expect((await signIn('staff', temporaryOf(run.stdout)!)).statusCode).toBe(200);
  });

  it('refuses an unknown user and a wrong command line, with a non-zero exit', () => {
    const unknown = reset('nobody');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('there is no user "nobody"');
    expect(reset().status).toBe(2);
    expect(reset('a', 'b').stderr).toContain('usage:');
  });
});

/** An admin session after the first test reset admin's password: sign in with a fresh temporary one and choose a new one. */
async function adminSession() {
  const run = reset('admin');
  const temporary = temporaryOf(run.stdout)!;
  const first = await login(server.app, 'admin', temporary);
  const changed = await server.app.inject({ method: 'PUT', url: '/api/me/password', headers: first.headers, payload: { currentPassword: temporary, newPassword: 'Qz8#district-ops' } });
  expect(changed.statusCode, changed.body).toBe(200);
  return login(server.app, 'admin', 'Qz8#district-ops');
}
