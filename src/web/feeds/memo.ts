import { createHash } from 'node:crypto';

/**
 * Remembers the last rendering of each feed and serves it again while the feed's input is unchanged, so
 * polling calendars cost a query and a hash. It matters for iCalendar: ical-generator folds lines one
 * character at a time (about 1 ms per event). Always current: a changed input renders anew.
 */
export function renderMemo(maxEntries: number) {
  const entries = new Map<string, { fingerprint: string; body: string }>();
  return (key: string, input: unknown, render: () => string): string => {
    const fingerprint = createHash('sha1').update(JSON.stringify(input)).digest('base64url');
    const hit = entries.get(key);
    entries.delete(key);
    const entry = hit?.fingerprint === fingerprint ? hit : { fingerprint, body: render() };
    // Re-inserted last, so the entry used longest ago is the first to go.
    entries.set(key, entry);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    return entry.body;
  };
}
