import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { dummyPasswordHash, hashPassword } from '../../src/auth/password.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describe('login: equal work for an unknown user and a wrong password', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ engine: 'sqlite', limits: { loginPerMinute: 1000, loginPerUsername: 1000 } });
  });
  afterAll(async () => t.close());

  it('the dummy hash is a real scrypt hash with the parameters of every user’s', async () => {
    const dummy = (await dummyPasswordHash()).split('$');
    const real = (await hashPassword('any password at all')).split('$');
    expect(dummy).toHaveLength(6);
    expect(dummy.slice(0, 4)).toEqual(real.slice(0, 4));
  });

  it('answers an unknown user about as slowly as a wrong password (scrypt runs for both)', async () => {
    const time = async (username: string) => {
      const startedAt = performance.now();
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'wrong-password' } });
      expect(res.statusCode).toBe(401);
      return performance.now() - startedAt;
    };
    await time('staff');
    const unknown: number[] = [];
    const wrong: number[] = [];
    // Interleaved, so that a busy moment of the shared machine hits both alike.
    for (let i = 0; i < 7; i++) {
      unknown.push(await time(`nobody-${i}`));
      wrong.push(await time('staff'));
    }
    // Before the fix: 5 ms against 66 ms. The same scrypt work puts them within noise of each other.
    expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.6);
  });
});
