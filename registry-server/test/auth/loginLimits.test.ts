import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestAppOptions } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { trustedProxies } from '../../src/auth/trustedProxies.ts';

type Attempt = { username: string; password: string; from?: string; forwardedFor?: string };

describe.each(testEngines)('login limits (%s)', (engine) => {
  let t: TestApp | undefined;
  afterEach(async () => t?.close());
  const start = async (options: Partial<TestAppOptions> = {}) => {
    t = await createTestApp({ engine, ...options });
    return t;
  };
  const attempt = (a: Attempt) =>
    t!.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: a.from ?? '203.0.113.7',
      headers: a.forwardedFor ? { 'x-forwarded-for': a.forwardedFor } : {},
      payload: { username: a.username, password: a.password },
    });

  it('counts failures per address whatever the user name: 200 names from one address end in 429 with Retry-After', async () => {
    await start({ limits: { loginPerMinute: 5 } });
    const codes: number[] = [];
    for (let i = 0; i < 200; i++) codes.push((await attempt({ username: `guess-${i}`, password: 'wrong' })).statusCode);
    expect(codes.slice(0, 5).every((c) => c === 401)).toBe(true);
    expect(codes.slice(5).every((c) => c === 429)).toBe(true);
    const refused = await attempt({ username: 'staff', password: 'toolbox' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ statusCode: 429, code: 'TOOLBOX_RATE_LIMITED', error: 'Too Many Requests' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Another address is not held up, and a minute later this one may try again.
    expect((await attempt({ username: 'staff', password: 'toolbox', from: '203.0.113.8' })).statusCode).toBe(200);
    t!.clock.set(new Date(t!.clock.now().getTime() + 61_000).toISOString());
    expect((await attempt({ username: 'staff', password: 'toolbox' })).statusCode).toBe(200);
  });

  it('counts failures per user name across addresses', async () => {
    await start({ limits: { loginPerUsername: 3 } });
    for (let i = 0; i < 3; i++) expect((await attempt({ username: 'staff', password: 'wrong', from: `198.51.100.${i}` })).statusCode).toBe(401);
    const res = await attempt({ username: 'staff', password: 'toolbox', from: '198.51.100.99' });
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(60);
    expect((await attempt({ username: 'staff2', password: 'toolbox', from: '198.51.100.99' })).statusCode).toBe(200);
  });

  it('has a slower global limit over every address and name', async () => {
    await start({ limits: { loginGlobalPerHour: 5 } });
    for (let i = 0; i < 5; i++) expect((await attempt({ username: `n${i}`, password: 'wrong', from: `192.0.2.${i}` })).statusCode).toBe(401);
    expect((await attempt({ username: 'n9', password: 'wrong', from: '192.0.2.99' })).statusCode).toBe(429);
  });

  it('never counts successful sign-ins: a street office signing in together from one address is not refused', async () => {
    await start({ limits: { loginPerMinute: 3 } });
    for (let i = 0; i < 25; i++) expect((await attempt({ username: i % 2 ? 'staff' : 'staff2', password: 'toolbox' })).statusCode).toBe(200);
  });

  it('believes X-Forwarded-For only from a configured proxy (TOOLBOX_TRUST_PROXY=1 is loopback only)', async () => {
    expect(trustedProxies('1')).toBe('loopback');
    expect(trustedProxies(' 127.0.0.1, 10.0.0.0/8 ')).toBe('127.0.0.1,10.0.0.0/8');
    expect(trustedProxies(undefined)).toBeUndefined();
    await start({ trustProxy: trustedProxies('1'), limits: { loginPerMinute: 3 } });
    // A client on the network rotating X-Forwarded-For is still one address.
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await attempt({ username: 'staff', password: 'wrong', from: '203.0.113.50', forwardedFor: `10.9.9.${i}` })).statusCode);
    expect(codes).toEqual([401, 401, 401, 429, 429, 429]);
    // Behind the trusted proxy (loopback), each forwarded client is counted on its own.
    for (let i = 0; i < 5; i++) expect((await attempt({ username: 'staff2', password: 'toolbox', from: '127.0.0.1', forwardedFor: `10.1.1.${i}` })).statusCode).toBe(200);
    for (let i = 0; i < 3; i++) await attempt({ username: 'dev', password: 'wrong', from: '127.0.0.1', forwardedFor: '10.2.2.2' });
    expect((await attempt({ username: 'staff2', password: 'toolbox', from: '127.0.0.1', forwardedFor: '10.2.2.2' })).statusCode).toBe(429);
    expect((await attempt({ username: 'staff2', password: 'toolbox', from: '127.0.0.1', forwardedFor: '10.2.2.3' })).statusCode).toBe(200);
  });
});
