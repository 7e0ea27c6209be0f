import { utcOffsetMinutes } from '../people/availability.js';

// Series repeat by a rule in their home zone ("the second Saturday of each month at 15:00 in Asia/Kolkata").
// Local times become UTC instants with the zone's offset on that date, so summer time is followed.

export interface MonthlyRule {
  /** 1–4, or -1 for the last such weekday of the month. */
  week: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** Local time 'HH:MM' in the home zone. */
  time: string;
  zone: string;
}

/** The UTC instant of a local date and time in a zone; a time skipped by a summer-time jump moves forward. */
export function zonedToUtc(date: string, time: string, zone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, m - 1, d, hh, mm);
  const offsetAt = (ms: number) => utcOffsetMinutes(zone, new Date(ms)) * 60_000;
  let instant = asUtc - offsetAt(asUtc);
  // Near a change the offset at the answer may differ from the first guess's; take it only where it is
  // consistent. In a spring gap neither is, and the earlier offset moves the time forward, as calendars do.
  const retry = asUtc - offsetAt(instant);
  if (retry !== instant && offsetAt(retry) === asUtc - retry) instant = retry;
  return new Date(instant);
}

/** The local calendar date 'YYYY-MM-DD' of an instant in a zone. */
export function localDate(at: Date, zone: string): string {
  return new Date(at.getTime() + utcOffsetMinutes(zone, at) * 60_000).toISOString().slice(0, 10);
}

/** The local time 'HH:MM' of an instant in a zone. */
export function localTime(at: Date, zone: string): string {
  return new Date(at.getTime() + utcOffsetMinutes(zone, at) * 60_000).toISOString().slice(11, 16);
}

/** The date of the rule's day in a month (month 1–12). */
export function ruleDate(year: number, month: number, rule: Pick<MonthlyRule, 'week' | 'weekday'>): string {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mondayBased = (d: number) => (new Date(Date.UTC(year, month - 1, d)).getUTCDay() + 6) % 7;
  let day: number;
  if (rule.week === -1) {
    day = daysInMonth;
    while (mondayBased(day) !== rule.weekday) day--;
  } else {
    day = 1;
    while (mondayBased(day) !== rule.weekday) day++;
    day += (rule.week - 1) * 7;
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The next `count` occurrences of a monthly rule that start after `after`, as UTC instants. */
export function nextOccurrences(rule: MonthlyRule, after: Date, count: number): Date[] {
  const found: Date[] = [];
  const start = localDate(after, rule.zone);
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7));
  while (found.length < count) {
    const instant = zonedToUtc(ruleDate(year, month, rule), rule.time, rule.zone);
    if (instant > after) found.push(instant);
    month += 1;
    if (month > 12) { month = 1; year += 1; }
  }
  return found;
}
