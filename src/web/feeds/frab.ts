import { createHash } from 'node:crypto';
import type { FeedSeries, FeedSession } from '../../domain/feeds/types.js';
import { isoInZone, zonedParts } from './local-time.js';
import { languageLabel } from './text.js';
import { seriesPath, sessionPath } from './urls.js';

// A series' programme as a frab-compatible schedule JSON, the format of the C3VOC schedule schema
// (github.com/voc/schedule, validator/json/schema.json) that conference apps and recording pipelines read.
// Sessions are online, so each language's stream is a "room". Local dates and times are in the series' home
// zone, whose name the schedule carries. A monthly series spans months: only days with sessions are listed.

export interface FrabPerson { id: number; public_name: string }
export interface FrabLink { url: string; title: string }

export interface FrabEvent {
  id: number;
  guid: string;
  /** ISO 8601 with the home zone's offset. */
  date: string;
  /** HH:MM in the home zone, as frab writes it. */
  start: string;
  /** HH:MM */
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  track: string | null;
  type: string;
  language: string;
  abstract: string;
  description: string;
  recording_license: string;
  persons: FrabPerson[];
  links: FrabLink[];
  attachments: FrabLink[];
  answers: never[];
}

export interface FrabDay {
  index: number;
  date: string;
  day_start: string;
  day_end: string;
  rooms: Record<string, FrabEvent[]>;
}

export interface FrabSchedule {
  schedule: {
    version: string;
    base_url: string;
    conference: {
      acronym: string;
      title: string;
      description?: string;
      start: string;
      end: string;
      daysCount: number;
      timeslot_duration: string;
      time_zone_name: string;
      url: string;
      rooms: { name: string; guid: string }[];
      days: FrabDay[];
    };
  };
}

const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** A name-based (version 5) UUID: the same name always gives the same UUID (RFC 9562, 5.5). */
export function uuidV5(name: string, namespace = URL_NAMESPACE): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The schema allows only [a-z0-9_] after the first character of an acronym, and at least four of them. */
function acronym(seriesSlug: string): string {
  const underscored = seriesSlug.replace(/-/g, '_');
  return underscored.length >= 4 ? underscored : `sangam_${underscored}`;
}

/** series-slug-42-writing-lua-modules; a title with no Latin letters leaves series-slug-42. */
function eventSlug(seriesSlug: string, session: FeedSession): string {
  const words = session.title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').slice(0, 50).replace(/^-+|-+$/g, '');
  return words ? `${seriesSlug}-${session.id}-${words}` : `${seriesSlug}-${session.id}`;
}

/** One stream per language: "हिन्दी (hi)". */
const roomName = languageLabel;

export function frabSchedule(series: FeedSeries, sessions: readonly FeedSession[], options: { base: string; now: Date }): FrabSchedule {
  const zone = series.homeZone;
  const seriesUrl = `${options.base}${seriesPath(series.slug)}`;
  const byDate = new Map<string, FeedSession[]>();
  for (const session of sessions) {
    const date = zonedParts(session.startsAt, zone).date;
    byDate.set(date, [...(byDate.get(date) ?? []), session]);
  }
  const dates = [...byDate.keys()].sort();
  const roomNames = [...new Set(sessions.map((s) => roomName(s.language)))].sort();

  const event = (session: FeedSession): FrabEvent => {
    const url = `${options.base}${sessionPath(session.id)}`;
    const links: FrabLink[] = [];
    if (session.materialsUrl) links.push({ url: session.materialsUrl, title: 'Materials' });
    if (session.recordingUrl) links.push({ url: session.recordingUrl, title: 'Recording' });
    return {
      id: session.id,
      guid: uuidV5(url),
      date: isoInZone(session.startsAt, zone),
      start: zonedParts(session.startsAt, zone).time,
      duration: hhmm(session.durationMinutes),
      room: roomName(session.language),
      slug: eventSlug(series.slug, session),
      url,
      title: session.title,
      subtitle: session.interpretationLanguages.length ? `Interpretation: ${session.interpretationLanguages.map(roomName).join(', ')}` : '',
      track: session.skills[0] ?? null,
      type: session.type,
      language: session.language,
      abstract: session.description,
      description: session.description,
      recording_license: '',
      persons: session.facilitators.map((f) => ({ id: f.id, public_name: f.displayName })),
      links,
      attachments: [],
      answers: [],
    };
  };

  const days: FrabDay[] = dates.map((date, i) => {
    const daySessions = byDate.get(date)!;
    const rooms: Record<string, FrabEvent[]> = {};
    for (const session of daySessions) (rooms[roomName(session.language)] ??= []).push(event(session));
    const lastEnd = daySessions.reduce((end, s) => (s.endsAt > end ? s.endsAt : end), daySessions[0].endsAt);
    return { index: i + 1, date, day_start: isoInZone(daySessions[0].startsAt, zone), day_end: isoInZone(lastEnd, zone), rooms };
  });

  // The version changes whenever the series or any of its sessions does, so readers know to fetch again.
  const version = [series.updatedAt, ...sessions.map((s) => s.updatedAt)].reduce((a, b) => (b > a ? b : a)).toISOString();
  const today = zonedParts(options.now, zone).date;
  return {
    schedule: {
      version,
      base_url: `${seriesUrl}/`,
      conference: {
        acronym: acronym(series.slug),
        title: series.title,
        ...(series.description ? { description: series.description } : {}),
        start: dates[0] ?? today,
        end: dates.at(-1) ?? today,
        daysCount: days.length,
        timeslot_duration: '00:15',
        time_zone_name: zone,
        url: seriesUrl,
        rooms: roomNames.map((name) => ({ name, guid: uuidV5(`${seriesUrl}#room-${name}`) })),
        days,
      },
    },
  };
}
