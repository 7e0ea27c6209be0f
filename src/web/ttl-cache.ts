/**
 * Remembers a slow, slowly changing read (counts, filter lists) for a few minutes per process.
 * Stale by at most `ttlMs`, which is fine for figures that are not anyone's own data.
 */
export function ttlCache<A extends unknown[], T>(ttlMs: number, read: (...args: A) => Promise<T>) {
  let cached: { at: number; value: Promise<T> } | null = null;
  return (now: number, ...args: A): Promise<T> => {
    if (!cached || now - cached.at > ttlMs) {
      const value = read(...args);
      cached = { at: now, value };
      value.catch(() => { cached = null; });
    }
    return cached.value;
  };
}
