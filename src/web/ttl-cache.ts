/**
 * Remembers slow, slowly changing reads (counts, filter lists, skill statistics) for a while per
 * process, one entry per key. After `ttlMs` the old value is still served while one refresh runs in
 * the background, so no visitor waits for the slow query once it has been read. Figures may be
 * stale by a little more than `ttlMs`, which is fine for aggregates that are nobody's own data.
 * Keys must come from a small set (skill ids, not free text).
 */
export function ttlCache<A extends unknown[], T>(ttlMs: number, read: (...args: A) => Promise<T>, keyOf: (...args: A) => string = () => '') {
  const entries = new Map<string, { at: number; value: Promise<T>; refreshing: boolean }>();
  return (now: number, ...args: A): Promise<T> => {
    const key = keyOf(...args);
    const entry = entries.get(key);
    if (!entry) {
      const created = { at: now, value: read(...args), refreshing: false };
      entries.set(key, created);
      created.value.catch(() => entries.delete(key));
      return created.value;
    }
    if (now - entry.at > ttlMs && !entry.refreshing) {
      entry.refreshing = true;
      read(...args).then(
        (value) => entries.set(key, { at: now, value: Promise.resolve(value), refreshing: false }),
        () => { entry.refreshing = false; },
      );
    }
    return entry.value;
  };
}
