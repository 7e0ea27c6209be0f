import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../db/connection.js';
import {
  FEED_LIMIT, RECENT_DAYS, type CalendarOwner, type FeedCommunity, type FeedPerson, type FeedSeries, type FeedSession,
  type PersonalFeedSession, type PersonalRole,
} from './types.js';

// Reads for the calendar, Atom and schedule feeds. Every series and session is public; what stays private is
// the online link, which only the personal feed selects at all.

const DAY_MS = 86_400_000;
/** The longest a session may last (the schema's check); lets the "ends after" filters use the starts_at index. */
const MAX_DURATION_MS = 480 * 60_000;

function sessionQuery(db: Db) {
  return db.selectFrom('workshop_sessions as s')
    .innerJoin('workshop_series as r', 'r.id', 's.series_id')
    .innerJoin('communities as c', 'c.id', 'r.community_id')
    .leftJoin('proposals as p', 'p.id', 's.proposal_id')
    .select([
      's.id', 's.title', 's.description', 's.starts_at', 's.duration_minutes', 's.time_zone', 's.language',
      's.interpretation_languages', 's.status', 's.sequence', 's.created_at', 's.updated_at', 's.materials_url', 's.recording_url',
      'p.session_type', 'r.id as series_id', 'r.slug as series_slug', 'r.title as series_title', 'r.home_zone',
      'c.id as community_id', 'c.slug as community_slug', 'c.name as community_name',
    ])
    .where('s.starts_at', 'is not', null);
}
type SessionRow = Awaited<ReturnType<ReturnType<typeof sessionQuery>['execute']>>[number];

/** Sessions still running or yet to come at `moment`. */
function endsAfter(moment: Date): Expression<SqlBool> {
  return sql<SqlBool>`s.starts_at > ${new Date(moment.getTime() - MAX_DURATION_MS)}
    and s.starts_at + s.duration_minutes * interval '1 minute' > ${moment}`;
}

const recentCutoff = (now: Date) => new Date(now.getTime() - RECENT_DAYS * DAY_MS);

/** Rows with their facilitators and skills, read in one query each for all of them. */
async function complete(db: Db, rows: SessionRow[]): Promise<FeedSession[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [people, skills] = await Promise.all([
    db.selectFrom('session_facilitators as f').innerJoin('people as pe', 'pe.id', 'f.person_id')
      .select(['f.session_id', 'pe.id', 'pe.display_name']).where('f.session_id', 'in', ids)
      .orderBy('pe.display_name').orderBy('pe.id').execute(),
    db.selectFrom('session_skills as k')
      .innerJoin('skill_labels as l', (j) => j.onRef('l.skill_id', '=', 'k.skill_id').on('l.lang', '=', 'en'))
      .select(['k.session_id', 'l.label']).where('k.session_id', 'in', ids).orderBy('l.label').execute(),
  ]);
  const facilitators = new Map<number, FeedPerson[]>();
  for (const p of people) {
    const list = facilitators.get(p.session_id) ?? [];
    list.push({ id: p.id, displayName: p.display_name });
    facilitators.set(p.session_id, list);
  }
  const labels = new Map<number, string[]>();
  for (const s of skills) labels.set(s.session_id, [...(labels.get(s.session_id) ?? []), s.label]);
  return rows.map((r) => {
    const startsAt = new Date(r.starts_at!);
    return {
      id: r.id, title: r.title, description: r.description, startsAt, endsAt: new Date(startsAt.getTime() + r.duration_minutes * 60_000),
      durationMinutes: r.duration_minutes, timeZone: r.time_zone, language: r.language, interpretationLanguages: r.interpretation_languages,
      type: r.session_type ?? 'workshop', status: r.status, sequence: r.sequence, createdAt: r.created_at, updatedAt: r.updated_at,
      materialsUrl: r.materials_url, recordingUrl: r.recording_url,
      series: { id: r.series_id, slug: r.series_slug, title: r.series_title, homeZone: r.home_zone },
      community: { id: r.community_id, slug: r.community_slug, name: r.community_name },
      facilitators: facilitators.get(r.id) ?? [], skills: labels.get(r.id) ?? [],
    };
  });
}

/** All upcoming public sessions: scheduled, with a time, not yet over; soonest first. */
export async function listUpcomingSessions(db: Db, now: Date, limit = FEED_LIMIT): Promise<FeedSession[]> {
  const rows = await sessionQuery(db).where('s.status', '=', 'scheduled').where(endsAfter(now))
    .orderBy('s.starts_at').orderBy('s.id').limit(limit).execute();
  return complete(db, rows);
}

/**
 * A series' sessions for its calendar and Atom feed: upcoming ones and those of the last 30 days, cancelled
 * ones included so that subscribed calendars mark them cancelled instead of silently keeping them.
 */
export async function listSeriesSessions(db: Db, seriesId: number, now: Date): Promise<FeedSession[]> {
  const rows = await sessionQuery(db).where('s.series_id', '=', seriesId).where(endsAfter(recentCutoff(now)))
    .orderBy('s.starts_at').orderBy('s.id').limit(FEED_LIMIT).execute();
  return complete(db, rows);
}

/** The same window for every series of a community. */
export async function listCommunitySessions(db: Db, communityId: number, now: Date): Promise<FeedSession[]> {
  const rows = await sessionQuery(db).where('r.community_id', '=', communityId).where(endsAfter(recentCutoff(now)))
    .orderBy('s.starts_at').orderBy('s.id').limit(FEED_LIMIT).execute();
  return complete(db, rows);
}

/** A series' whole programme for the schedule JSON: every scheduled session, past and future (the latest 500). */
export async function listSeriesProgramme(db: Db, seriesId: number): Promise<FeedSession[]> {
  const rows = await sessionQuery(db).where('s.series_id', '=', seriesId).where('s.status', '=', 'scheduled')
    .orderBy('s.starts_at', 'desc').orderBy('s.id', 'desc').limit(FEED_LIMIT).execute();
  return complete(db, rows.reverse());
}

/** One session that has a time (cancelled or not); undefined for unknown or unscheduled ones. */
export async function getFeedSession(db: Db, id: number): Promise<FeedSession | undefined> {
  const row = await sessionQuery(db).where('s.id', '=', id).executeTakeFirst();
  return row ? (await complete(db, [row]))[0] : undefined;
}

/**
 * A person's own sessions: those they hold a place in, wait for, or facilitate, from the last 30 days on.
 * Cancelled sessions stay (marked cancelled) so calendars drop them; a registration the person cancelled
 * leaves the feed, which subscribed calendars take as a removal.
 */
export async function listPersonalSessions(db: Db, personId: number, now: Date): Promise<PersonalFeedSession[]> {
  const rows = await sessionQuery(db)
    .leftJoin('session_registrations as g', (j) => j.onRef('g.session_id', '=', 's.id').on('g.person_id', '=', personId))
    .leftJoin('session_facilitators as f', (j) => j.onRef('f.session_id', '=', 's.id').on('f.person_id', '=', personId))
    .select(['g.status as registration', 'f.person_id as facilitator', 's.online_url'])
    .where((eb) => eb.or([eb('g.status', 'in', ['registered', 'waitlisted']), eb('f.person_id', 'is not', null)]))
    .where(endsAfter(recentCutoff(now)))
    .orderBy('s.starts_at').orderBy('s.id').limit(FEED_LIMIT).execute();
  const sessions = await complete(db, rows);
  return sessions.map((session, i) => {
    const row = rows[i];
    const role: PersonalRole = row.facilitator !== null ? 'facilitating' : row.registration === 'waitlisted' ? 'waitlisted' : 'registered';
    const mayJoin = role !== 'waitlisted' && session.status === 'scheduled' && row.online_url !== '';
    return { ...session, role, onlineUrl: mayJoin ? row.online_url : null };
  });
}

export async function getFeedSeries(db: Db, slug: string): Promise<FeedSeries | undefined> {
  const row = await db.selectFrom('workshop_series as r').innerJoin('communities as c', 'c.id', 'r.community_id')
    .select(['r.id', 'r.slug', 'r.title', 'r.description', 'r.home_zone', 'r.updated_at', 'c.id as community_id', 'c.slug as community_slug', 'c.name as community_name'])
    .where('r.slug', '=', slug).executeTakeFirst();
  return row && {
    id: row.id, slug: row.slug, title: row.title, description: row.description, homeZone: row.home_zone, updatedAt: row.updated_at,
    community: { id: row.community_id, slug: row.community_slug, name: row.community_name },
  };
}

export async function getFeedCommunity(db: Db, slug: string): Promise<FeedCommunity | undefined> {
  return db.selectFrom('communities').select(['id', 'slug', 'name', 'description', 'updated_at as updatedAt'])
    .where('slug', '=', slug).executeTakeFirst();
}

/** The person a private calendar address belongs to; undefined for an unknown or replaced token. */
export async function calendarOwner(db: Db, token: string): Promise<CalendarOwner | undefined> {
  return db.selectFrom('calendar_tokens as t').innerJoin('people as p', 'p.id', 't.person_id')
    .select(['p.id', 'p.display_name as displayName']).where('t.token', '=', token).executeTakeFirst();
}
