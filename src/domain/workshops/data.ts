import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import { chooseAlternatingSlots, type Attendee } from '../../matching/time-slots.js';
import { localDate, nextOccurrences } from './cadence.js';
import { usernameForms } from '../people/data.js';
import type { MyRegistration, PersonRef, Registration, Series, SeriesSummary, Session, SessionListItem } from './types.js';

export const SESSIONS_PAGE_SIZE = 30;

function ruleOf(row: { cadence: string; cadence_week: number | null; cadence_weekday: number | null; cadence_time: string | null }): Series['rule'] {
  return row.cadence === 'monthly' && row.cadence_week !== null && row.cadence_weekday !== null && row.cadence_time !== null
    ? { week: row.cadence_week, weekday: row.cadence_weekday, time: row.cadence_time } : null;
}

export async function getSeriesBySlug(db: Db, slug: string): Promise<Series | undefined> {
  const row = await db.selectFrom('workshop_series as s').innerJoin('communities as c', 'c.id', 's.community_id')
    .selectAll('s').select(['c.slug as communitySlug', 'c.name as communityName'])
    .where('s.slug', '=', slug.toLowerCase()).executeTakeFirst();
  if (!row) return undefined;
  const [team, skills] = await Promise.all([
    db.selectFrom('series_team as t').innerJoin('people as p', 'p.id', 't.person_id')
      .select(['p.id', 'p.username', 'p.display_name as displayName', 't.role']).where('t.series_id', '=', row.id)
      .orderBy('t.role').orderBy('p.username').execute(),
    db.selectFrom('series_skills').select('skill_id').where('series_id', '=', row.id).execute(),
  ]);
  return {
    id: row.id, slug: row.slug, title: row.title, description: row.description,
    community: { id: row.community_id, slug: row.communitySlug, name: row.communityName },
    scope: row.scope, cadence: row.cadence, rule: ruleOf(row), homeZone: row.home_zone, languages: row.languages,
    defaultCapacity: row.default_capacity, defaultDurationMinutes: row.default_duration_minutes,
    skillIds: skills.map((s) => s.skill_id), team,
  };
}

/** Every series with its next scheduled session, soonest first, then those without one. */
export async function listSeries(db: Db, now: Date, communityId?: number): Promise<SeriesSummary[]> {
  let query = db.selectFrom('workshop_series as s').innerJoin('communities as c', 'c.id', 's.community_id')
    .select(['s.slug', 's.title', 'c.name as communityName', 's.scope', 's.cadence', 's.cadence_week', 's.cadence_weekday', 's.cadence_time', 's.home_zone', 's.languages'])
    .select(sql<Date | null>`(select min(ws.starts_at) from workshop_sessions ws where ws.series_id = s.id and ws.status = 'scheduled' and ws.starts_at > ${now})`.as('nextSessionAt'));
  if (communityId !== undefined) query = query.where('s.community_id', '=', communityId);
  const rows = await query.orderBy(sql`2`).limit(200).execute();
  return rows.map((r) => ({
    slug: r.slug, title: r.title, communityName: r.communityName, scope: r.scope, cadence: r.cadence, rule: ruleOf(r),
    homeZone: r.home_zone, languages: r.languages, nextSessionAt: r.nextSessionAt,
  })).sort((a, b) => (a.nextSessionAt?.getTime() ?? Infinity) - (b.nextSessionAt?.getTime() ?? Infinity));
}

export interface SessionFilters {
  lang: string | null;
  /** The skill and the skills under it. */
  skillIds: number[] | null;
  region: string | null;
  /** Local calendar dates in UTC, inclusive. */
  from: string | null;
  to: string | null;
  seriesId?: number;
}

/** Scheduled sessions that have not ended, soonest first, a page at a time. */
export async function listUpcomingSessions(db: Db, filters: SessionFilters, now: Date, page = 1): Promise<{ sessions: SessionListItem[]; hasNext: boolean }> {
  let query = db.selectFrom('workshop_sessions as ws').innerJoin('workshop_series as s', 's.id', 'ws.series_id')
    .select(['ws.id', 'ws.title', 'ws.starts_at as startsAt', 'ws.duration_minutes as durationMinutes', 'ws.language',
      'ws.interpretation_languages as interpretationLanguages', 'ws.capacity', 's.slug as seriesSlug', 's.title as seriesTitle'])
    .select(sql<number>`(select count(*)::int from session_registrations r where r.session_id = ws.id and r.status = 'registered')`.as('registered'))
    .select(sql<number[]>`array(select ss.skill_id from session_skills ss where ss.session_id = ws.id)`.as('skillIds'))
    .where('ws.status', '=', 'scheduled').where('ws.starts_at', 'is not', null)
    .where(sql<boolean>`ws.starts_at + make_interval(mins => ws.duration_minutes) > ${now}`);
  if (filters.seriesId !== undefined) query = query.where('ws.series_id', '=', filters.seriesId);
  if (filters.lang) {
    const lang = filters.lang;
    query = query.where((eb) => eb.or([eb('ws.language', '=', lang), eb(sql.val(lang), '=', eb.fn.any('ws.interpretation_languages'))]));
  }
  if (filters.skillIds) {
    query = query.where(sql<boolean>`exists (select 1 from session_skills ss where ss.session_id = ws.id and ss.skill_id = any(${filters.skillIds}))`);
  }
  if (filters.region) {
    query = query.where(sql<boolean>`exists (select 1 from community_countries cc join countries co on co.code = cc.country
      where cc.community_id = s.community_id and co.region = ${filters.region})`);
  }
  if (filters.from) query = query.where('ws.starts_at', '>=', new Date(`${filters.from}T00:00:00Z`));
  if (filters.to) query = query.where('ws.starts_at', '<', new Date(Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000));
  const rows = await query.orderBy('ws.starts_at').orderBy('ws.id')
    .limit(SESSIONS_PAGE_SIZE + 1).offset((page - 1) * SESSIONS_PAGE_SIZE).execute();
  return { sessions: rows.slice(0, SESSIONS_PAGE_SIZE).map((r) => ({ ...r, startsAt: r.startsAt! })), hasNext: rows.length > SESSIONS_PAGE_SIZE };
}

/** The languages upcoming sessions are given or interpreted in, most used first, for the list's filter. */
export async function upcomingSessionLanguages(db: Db, now: Date): Promise<string[]> {
  const rows = await sql<{ lang: string }>`
    select lang from (
      select ws.language as lang from workshop_sessions ws where ws.status = 'scheduled' and ws.starts_at > ${now}
      union all
      select unnest(ws.interpretation_languages) from workshop_sessions ws where ws.status = 'scheduled' and ws.starts_at > ${now}
    ) used group by lang order by count(*) desc, lang limit 100`.execute(db);
  return rows.rows.map((r) => r.lang);
}

/** Sessions of a series not yet scheduled (accepted proposals waiting for a time), for its organizers. */
export async function unscheduledSessions(db: Db, seriesId: number): Promise<{ id: number; title: string }[]> {
  return db.selectFrom('workshop_sessions').select(['id', 'title']).where('series_id', '=', seriesId)
    .where('starts_at', 'is', null).where('status', '=', 'scheduled').orderBy('id').execute();
}

/** Past sessions of a series, latest first, with their recordings and materials. */
export async function pastSessions(db: Db, seriesId: number, now: Date, limit = 12) {
  return db.selectFrom('workshop_sessions').select(['id', 'title', 'starts_at as startsAt', 'recording_url as recordingUrl', 'materials_url as materialsUrl'])
    .where('series_id', '=', seriesId).where('status', '=', 'scheduled').where('starts_at', '<=', now)
    .orderBy('starts_at', 'desc').limit(limit).execute();
}

export async function getSession(db: Db, id: number): Promise<Session | undefined> {
  const row = await db.selectFrom('workshop_sessions as ws').innerJoin('workshop_series as s', 's.id', 'ws.series_id')
    .innerJoin('communities as c', 'c.id', 's.community_id')
    .selectAll('ws').select(['s.slug as seriesSlug', 's.title as seriesTitle', 's.home_zone as homeZone', 'c.name as communityName'])
    .select(sql<number>`(select count(*)::int from session_registrations r where r.session_id = ws.id and r.status = 'registered')`.as('registered'))
    .select(sql<number>`(select count(*)::int from session_registrations r where r.session_id = ws.id and r.status = 'waitlisted')`.as('waitlisted'))
    .where('ws.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [facilitators, skills] = await Promise.all([
    db.selectFrom('session_facilitators as f').innerJoin('people as p', 'p.id', 'f.person_id')
      .select(['p.id', 'p.username', 'p.display_name as displayName']).where('f.session_id', '=', id).orderBy('p.username').execute(),
    db.selectFrom('session_skills').select('skill_id').where('session_id', '=', id).execute(),
  ]);
  return {
    id: row.id, series: { id: row.series_id, slug: row.seriesSlug, title: row.seriesTitle, homeZone: row.homeZone, communityName: row.communityName },
    proposalId: row.proposal_id, title: row.title, description: row.description, startsAt: row.starts_at, timeZone: row.time_zone,
    durationMinutes: row.duration_minutes, language: row.language, interpretationLanguages: row.interpretation_languages,
    capacity: row.capacity, onlineUrl: row.online_url, materialsUrl: row.materials_url, recordingUrl: row.recording_url,
    status: row.status, facilitators, skillIds: skills.map((s) => s.skill_id), registered: row.registered, waitlisted: row.waitlisted,
  };
}

/** The viewer's registration, with their place on the waitlist (1 = next in line). */
export async function myRegistration(db: Db, sessionId: number, personId: number): Promise<MyRegistration | null> {
  const row = await db.selectFrom('session_registrations as r').select(['r.status', 'r.attendance'])
    .select(sql<number | null>`case when r.status = 'waitlisted' then (select count(*)::int from session_registrations w
      where w.session_id = r.session_id and w.status = 'waitlisted' and (w.registered_at, w.person_id) <= (r.registered_at, r.person_id)) end`.as('waitlistPosition'))
    .where('r.session_id', '=', sessionId).where('r.person_id', '=', personId).executeTakeFirst();
  return row ? { status: row.status, attendance: row.attendance, waitlistPosition: row.waitlistPosition } : null;
}

/** Everyone who registered or waits, in the order they signed up (for organizers). */
export async function listRegistrations(db: Db, sessionId: number): Promise<Registration[]> {
  return db.selectFrom('session_registrations as r').innerJoin('people as p', 'p.id', 'r.person_id')
    .select(['p.id', 'p.username', 'p.display_name as displayName', 'r.status', 'r.registered_at as registeredAt', 'r.attendance'])
    .where('r.session_id', '=', sessionId).where('r.status', '<>', 'cancelled')
    .orderBy(sql`case r.status when 'registered' then 0 else 1 end`).orderBy('r.registered_at').orderBy('p.id').execute();
}

/**
 * The ids of the people a session concerns: its facilitators, its registrants and waitlist, the people who said
 * they would attend the proposal it came from, and whoever answered its poll. One union, so PostgreSQL looks
 * the few people up by key instead of testing every profile.
 */
export function sessionPeople(db: Db, sessionId: number) {
  return db.selectFrom('session_facilitators').select('person_id').where('session_id', '=', sessionId)
    .union(db.selectFrom('session_registrations').select('person_id').where('session_id', '=', sessionId).where('status', '<>', 'cancelled'))
    .union(db.selectFrom('proposal_interest as i').innerJoin('workshop_sessions as ws', 'ws.proposal_id', 'i.proposal_id')
      .select('i.person_id').where('ws.id', '=', sessionId))
    .union(db.selectFrom('session_poll_votes as v').innerJoin('session_poll_options as o', 'o.id', 'v.option_id')
      .select('v.person_id').where('o.session_id', '=', sessionId));
}

/**
 * The people a session's time should suit (sessionPeople), each with the zone and weekly hours of their profile
 * when they show their availability to members, and their poll answers.
 */
export async function sessionAudience(db: Db, sessionId: number): Promise<Attendee[]> {
  const rows = await db.selectFrom('people as p')
    .select(['p.id', 'p.time_zone as timeZone', 'p.availability_local as hours', 'p.vis_availability as visibility'])
    .where('p.id', 'in', sessionPeople(db, sessionId)).orderBy('p.id').execute();
  const votes = await db.selectFrom('session_poll_votes as v').innerJoin('session_poll_options as o', 'o.id', 'v.option_id')
    .select(['v.person_id as personId', 'o.starts_at as startsAt', 'v.answer']).where('o.session_id', '=', sessionId).execute();
  const byPerson = new Map<number, Map<number, 'yes' | 'if-need-be' | 'no'>>();
  for (const v of votes) {
    if (!byPerson.has(v.personId)) byPerson.set(v.personId, new Map());
    byPerson.get(v.personId)!.set(v.startsAt.getTime(), v.answer);
  }
  // Hours kept to "only me" are not used: even a count of people reached could reveal them.
  return rows.map((r) => ({ id: r.id, timeZone: r.timeZone, availableLocalHours: r.visibility <= 1 ? r.hours : [], votes: byPerson.get(r.id) }));
}

/** The people a series' recurring times should suit: its community's members and its past registrants. */
export async function seriesAudience(db: Db, seriesId: number): Promise<Attendee[]> {
  const ids = db.selectFrom('community_members as m').innerJoin('workshop_series as s', 's.community_id', 'm.community_id')
    .select('m.person_id').where('s.id', '=', seriesId)
    .union(db.selectFrom('session_registrations as r').innerJoin('workshop_sessions as ws', 'ws.id', 'r.session_id')
      .select('r.person_id').where('ws.series_id', '=', seriesId).where('r.status', '<>', 'cancelled'));
  const rows = await db.selectFrom('people as p')
    .select(['p.id', 'p.time_zone as timeZone', 'p.availability_local as hours'])
    .where('p.vis_availability', '<=', 1).where('p.id', 'in', ids).orderBy('p.id').limit(20_000).execute();
  return rows.map((r) => ({ id: r.id, timeZone: r.timeZone, availableLocalHours: r.hours }));
}

export async function pollOptions(db: Db, sessionId: number, viewerId: number | null) {
  const rows = await db.selectFrom('session_poll_options as o')
    .select(['o.id', 'o.starts_at as startsAt'])
    .select(sql<number>`(select count(*)::int from session_poll_votes v where v.option_id = o.id and v.answer = 'yes')`.as('yes'))
    .select(sql<number>`(select count(*)::int from session_poll_votes v where v.option_id = o.id and v.answer = 'if-need-be')`.as('ifNeedBe'))
    .select(sql<string | null>`(select v.answer from session_poll_votes v where v.option_id = o.id and v.person_id = ${viewerId ?? 0})`.as('mine'))
    .where('o.session_id', '=', sessionId).orderBy('o.starts_at').execute();
  return rows;
}

/** The organizer dashboard's figures for a series: sessions with registrations and attendance. */
export async function seriesDashboard(db: Db, seriesId: number) {
  const sessions = await db.selectFrom('workshop_sessions as ws')
    .select(['ws.id', 'ws.title', 'ws.starts_at as startsAt', 'ws.capacity', 'ws.status'])
    .select(sql<number>`(select count(*)::int from session_registrations r where r.session_id = ws.id and r.status = 'registered')`.as('registered'))
    .select(sql<number>`(select count(*)::int from session_registrations r where r.session_id = ws.id and r.status = 'waitlisted')`.as('waitlisted'))
    .select(sql<number>`(select count(*)::int from session_registrations r where r.session_id = ws.id and r.attendance = 'attended')`.as('attended'))
    .select(sql<number>`(select count(*)::int from session_registrations r where r.session_id = ws.id and r.attendance = 'no-show')`.as('noShows'))
    .select(sql<number>`(select count(*)::int from proposal_interest i where i.proposal_id = ws.proposal_id)`.as('interest'))
    .where('ws.series_id', '=', seriesId).orderBy(sql`ws.starts_at desc nulls first`).limit(100).execute();
  return sessions;
}

export async function findPeopleByUsername(db: Db, usernames: string[]): Promise<PersonRef[]> {
  if (!usernames.length) return [];
  return db.selectFrom('people').select(['id', 'username', 'display_name as displayName'])
    .where('username', 'in', usernames.flatMap(usernameForms)).execute();
}

/** Communities the person organizes, for the "new series" form. */
export async function organizedCommunities(db: Db, personId: number, isAdmin: boolean): Promise<{ id: number; slug: string; name: string }[]> {
  let query = db.selectFrom('communities as c').select(['c.id', 'c.slug', 'c.name']);
  if (!isAdmin) {
    query = query.where((eb) => eb.exists(eb.selectFrom('community_members as m').select('m.person_id')
      .whereRef('m.community_id', '=', 'c.id').where('m.person_id', '=', personId).where('m.role', '=', 'organizer')));
  }
  return query.orderBy('c.name').limit(500).execute();
}

/**
 * Topics the series' audience most wants to learn and the series does not cover yet: skills its community's
 * members list to learn or have open mentorship requests for, counted once per person.
 */
export async function suggestedTopics(db: Db, seriesId: number, limit = 5): Promise<{ skillId: number; learners: number }[]> {
  const rows = await sql<{ skillId: number; learners: number }>`
    with audience as (
      select m.person_id from community_members m join workshop_series s on s.community_id = m.community_id where s.id = ${seriesId}
    ), wants as (
      select ps.person_id, ps.skill_id from person_skills ps join people p on p.id = ps.person_id
        where ps.kind = 'learn' and p.vis_skills <= 1 and ps.person_id in (select person_id from audience)
      union
      select r.learner_id, r.skill_id from mentorship_requests r
        where r.status = 'open' and r.learner_id in (select person_id from audience)
    )
    select w.skill_id as "skillId", count(distinct w.person_id)::int as learners from wants w
    where w.skill_id not in (select skill_id from series_skills where series_id = ${seriesId})
    group by w.skill_id order by learners desc, w.skill_id limit ${limit}`.execute(db);
  return rows.rows;
}

/** Everything of the person's in workshops, for their data export. */
export async function exportWorkshops(db: Db, personId: number) {
  const [teams, registrations, facilitating, pollAnswers] = await Promise.all([
    db.selectFrom('series_team as t').innerJoin('workshop_series as s', 's.id', 't.series_id')
      .select(['s.slug as series', 't.role']).where('t.person_id', '=', personId).orderBy('s.slug').execute(),
    db.selectFrom('session_registrations as r').innerJoin('workshop_sessions as ws', 'ws.id', 'r.session_id')
      .select(['ws.id as session', 'ws.title', 'ws.starts_at', 'r.status', 'r.registered_at', 'r.attendance'])
      .where('r.person_id', '=', personId).orderBy('r.registered_at').execute(),
    db.selectFrom('session_facilitators as f').innerJoin('workshop_sessions as ws', 'ws.id', 'f.session_id')
      .select(['ws.id as session', 'ws.title', 'ws.starts_at']).where('f.person_id', '=', personId).orderBy('ws.id').execute(),
    db.selectFrom('session_poll_votes as v').innerJoin('session_poll_options as o', 'o.id', 'v.option_id')
      .select(['o.session_id as session', 'o.starts_at', 'v.answer']).where('v.person_id', '=', personId).orderBy('o.starts_at').execute(),
  ]);
  return { teams, registrations, facilitating, pollAnswers };
}

/** Alternating recurring times are searched among local starts from 06:00 to 22:00 in the home zone. */
const RECURRING_STARTS = Array.from({ length: 33 }, (_, i) => 360 + i * 30);

/**
 * For a monthly series: the k alternating local times, over the next six dates of its rule, that together
 * reach the most of its audience (seriesAudience). Null for series without a rule or an audience with hours.
 */
export async function recurringTimes(db: Db, series: Pick<Series, 'id' | 'rule' | 'homeZone' | 'defaultDurationMinutes'>, k: number, now: Date) {
  if (!series.rule) return null;
  const audience = await seriesAudience(db, series.id);
  if (!audience.some((a) => a.timeZone && a.availableLocalHours.length)) return null;
  const dates = nextOccurrences({ ...series.rule, zone: series.homeZone }, now, 6).map((d) => localDate(d, series.homeZone));
  const choice = chooseAlternatingSlots({
    homeZone: series.homeZone, occurrenceDates: dates, localStartMinutes: RECURRING_STARTS,
    durationMinutes: series.defaultDurationMinutes, k, attendees: audience,
  });
  return {
    audience: audience.length, reachedPeople: choice.reachedPeople,
    slots: choice.slots.map((s) => ({ startsAt: s.occurrences[0]!.startsAt, reached: s.reached.length })),
  };
}
