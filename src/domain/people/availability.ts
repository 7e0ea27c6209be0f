// Weekly availability is entered as local hours (0 = Monday 00:00) and matched in UTC half-hours,
// because zones such as Asia/Kolkata (+5:30) and Asia/Kathmandu (+5:45) do not fall on whole hours.
export const HOURS_PER_WEEK = 168;
export const UTC_SLOTS = 336;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes a zone is ahead of UTC at the given instant (Asia/Kolkata → 330). */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(at.getTime() / 60000) * 60000) / 60000);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The UTC half-hour slots (as a 336-character '0'/'1' string) covered by local hours in a zone,
 * using the zone's offset at `at`. A +5:45 zone covers a slot only where a whole half-hour fits.
 */
export function toUtcSlots(localHours: readonly number[], timeZone: string, at: Date): string {
  const slots = new Array<string>(UTC_SLOTS).fill('0');
  const offset = utcOffsetMinutes(timeZone, at);
  const weekMinutes = HOURS_PER_WEEK * 60;
  for (const hour of localHours) {
    const start = (((hour * 60 - offset) % weekMinutes) + weekMinutes) % weekMinutes;
    const firstSlot = Math.ceil(start / 30);
    const lastSlot = Math.floor((start + 60) / 30); // exclusive
    for (let s = firstSlot; s < lastSlot; s++) slots[s % UTC_SLOTS] = '1';
  }
  return slots.join('');
}

/** Hours a week two availabilities share. */
export function overlapHours(a: string, b: string): number {
  let shared = 0;
  for (let i = 0; i < UTC_SLOTS; i++) if (a[i] === '1' && b[i] === '1') shared++;
  return shared / 2;
}
