import { beforeAll, describe, expect, it } from 'vitest';
import { isSdkCompatible, loadSdkChecks } from '../../src/runtime/isSdkCompatible.ts';
import { toLifecycles } from '../../src/runtime/toLifecycles.ts';
import { TimeoutError, withTimeout } from '../../src/runtime/withTimeout.ts';

describe('isSdkCompatible (the version check against SDK_API_VERSION)', () => {
  beforeAll(loadSdkChecks);
  it.each([
    ['^1.0.0', '1.0.0', true],
    ['^1.0.0', '1.4.2', true],
    ['~1.0.0', '1.1.0', false],
    ['>=1.0.0 <2.0.0', '1.9.9', true],
    ['^2.0.0', '1.0.0', false],
    ['^1.2.0', '1.0.0', false],
    ['*', '1.0.0', true],
    ['not a range', '1.0.0', false],
  ])('%s includes %s: %s', (range, version, expected) => {
    expect(isSdkCompatible(range, version)).toBe(expected);
  });
});

describe('toLifecycles', () => {
  const mount = async () => undefined;
  const unmount = async () => undefined;
  it('reads named exports, a default export, and arrays of functions', async () => {
    expect(toLifecycles({ mount, unmount })).toBeDefined();
    expect(toLifecycles({ default: { mount, unmount } })).toBeDefined();
    const order: string[] = [];
    const lc = toLifecycles({ mount: [async () => order.push('a'), async () => order.push('b')], unmount });
    await lc?.mount({} as never);
    expect(order).toEqual(['a', 'b']);
  });
  it('refuses a module without mount and unmount', () => {
    expect(toLifecycles({ mount })).toBeUndefined();
    expect(toLifecycles(null)).toBeUndefined();
    expect(toLifecycles('x')).toBeUndefined();
  });
});

describe('withTimeout', () => {
  it('passes the result through, and rejects with TimeoutError when the work is slower', async () => {
    expect(await withTimeout(Promise.resolve(7), 50, 'x')).toBe(7);
    const slow = new Promise((r) => setTimeout(r, 500));
    await expect(withTimeout(slow, 20, 'bootstrap')).rejects.toBeInstanceOf(TimeoutError);
    await expect(withTimeout(Promise.reject(new Error('boom')), 50, 'x')).rejects.toThrow('boom');
  });
});
