import { describe, expect, it } from 'vitest';
import { MemoryFileCache } from '../src/lib/MemoryFileCache.ts';

const file = (bytes: number, tag = '') => ({ body: Buffer.alloc(bytes), tag });

describe('MemoryFileCache', () => {
  it('stays within its bytes, dropping the least recently used first', () => {
    const cache = new MemoryFileCache<ReturnType<typeof file>>(100, 60);
    cache.set('a', file(40));
    cache.set('b', file(40));
    expect(cache.get('a')).toBeDefined(); // a is now the most recent
    cache.set('c', file(40));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.bytes).toBe(80);
    expect(cache.size).toBe(2);
  });

  it('does not keep a file bigger than its per-file limit, and replaces an entry without counting it twice', () => {
    const cache = new MemoryFileCache<ReturnType<typeof file>>(100, 60);
    cache.set('big', file(61));
    expect(cache.get('big')).toBeUndefined();
    cache.set('a', file(30, 'one'));
    cache.set('a', file(50, 'two'));
    expect(cache.get('a')!.tag).toBe('two');
    expect(cache.bytes).toBe(50);
  });

  it('prunes what the caller says may no longer be served', () => {
    const cache = new MemoryFileCache<ReturnType<typeof file>>(1000, 100);
    for (const key of ['x/1', 'x/2', 'y/1']) cache.set(key, file(10));
    cache.prune((_entry, key) => key.startsWith('x/'));
    expect([cache.get('x/1'), cache.get('x/2')]).toEqual([undefined, undefined]);
    expect(cache.get('y/1')).toBeDefined();
    expect(cache.bytes).toBe(10);
  });

  it('keeps nothing with a budget of 0 bytes', () => {
    const cache = new MemoryFileCache<ReturnType<typeof file>>(0, 100);
    cache.set('a', file(1));
    expect(cache.size).toBe(0);
  });
});
