import { describe, expect, it } from 'vitest';
import { ttlCache } from './ttl-cache.js';

describe('a cache for slow aggregates', () => {
  it('reads once per key within its lifetime', async () => {
    let reads = 0;
    const cached = ttlCache(1000, async (key: string) => `${key}:${++reads}`, (key) => key);
    expect(await cached(0, 'a')).toBe('a:1');
    expect(await cached(500, 'a')).toBe('a:1');
    expect(await cached(500, 'b')).toBe('b:2');
  });

  it('serves the old value while one refresh runs, then the new one', async () => {
    let reads = 0;
    let release: () => void = () => {};
    const cached = ttlCache(1000, () => {
      reads += 1;
      const value = reads;
      return value === 1 ? Promise.resolve(value) : new Promise<number>((resolve) => { release = () => resolve(value); });
    });
    expect(await cached(0)).toBe(1);
    expect(await cached(2000)).toBe(1); // stale: served at once, refresh started
    expect(await cached(2001)).toBe(1); // no second refresh while one runs
    expect(reads).toBe(2);
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(await cached(2002)).toBe(2);
  });

  it('forgets a failed first read so the next request tries again', async () => {
    let fail = true;
    const cached = ttlCache(1000, async () => { if (fail) throw new Error('down'); return 'up'; });
    await expect(cached(0)).rejects.toThrow('down');
    fail = false;
    await new Promise((r) => setTimeout(r, 0));
    expect(await cached(1)).toBe('up');
  });
});
