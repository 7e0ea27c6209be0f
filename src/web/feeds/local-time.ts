// Feeds state times in UTC and, for people reading them, in the series' home zone with its offset then.

export interface ZonedParts {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour */
  time: string;
  seconds: string;
  /** +05:30, -03:00 or +00:00 */
  offset: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
      hourCycle: 'h23', timeZoneName: 'longOffset',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The wall-clock date and time of a moment in an IANA zone; a zone this runtime does not know reads as UTC. */
export function zonedParts(moment: Date, timeZone: string): ZonedParts {
  let format: Intl.DateTimeFormat;
  try {
    format = formatFor(timeZone);
  } catch {
    format = formatFor('UTC');
  }
  const parts = Object.fromEntries(format.formatToParts(moment).map((p) => [p.type, p.value]));
  const offset = /GMT([+-]\d{2}:\d{2})/.exec(parts.timeZoneName ?? '')?.[1] ?? '+00:00';
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}`, seconds: parts.second, offset };
}

/** ISO 8601 with the zone's offset, e.g. 2026-12-12T15:00:00+05:30. */
export function isoInZone(moment: Date, timeZone: string): string {
  const p = zonedParts(moment, timeZone);
  return `${p.date}T${p.time}:${p.seconds}${p.offset}`;
}

/** "2026-12-12 15:00 (Asia/Kolkata, UTC+05:30)" */
export function describeInZone(moment: Date, timeZone: string): string {
  const p = zonedParts(moment, timeZone);
  return `${p.date} ${p.time} (${timeZone}, UTC${p.offset})`;
}
