import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import { isoDate } from './pool.js';
import type { MatchReasons, MentorshipStatus, RequestFormat, RequestStatus, UnmatchedReason } from './types.js';

// Reads for the mentorship pages. Rows come back as plain objects with ids and names; presenters turn
// skill ids into labels in the viewer's language.

export interface PersonRef { id: number; username: string; displayName: string }

export interface RequestSummary {
  id: number;
  learner: PersonRef;
  skillId: number;
  learnerLevel: number;
  goal: string;
  languages: string[];
  format: RequestFormat;
  status: RequestStatus;
  unmatchedReason: UnmatchedReason | null;
  createdAt: Date;
}

export interface MentorshipSummary {
  id: number;
  requestId: number;
  swapId: number | null;
  learner: PersonRef;
  mentor: PersonRef;
  /** The skill asked for. */
  skillId: number;
  status: MentorshipStatus;
  reasons: MatchReasons;
  learnerAccepted: boolean;
  mentorAccepted: boolean;
  createdAt: Date;
  startedAt: Date | null;
  endedAt: Date | null;
  endNote: string;
}

export interface MentorOffer {
  capacity: number;
  awayUntil: string | null;
  skillIds: number[];
  /** Proposals and active mentorships as a mentor. */
  load: number;
}

function requestQuery(db: Db) {
  return db.selectFrom('mentorship_requests as r').innerJoin('people as p', 'p.id', 'r.learner_id')
    .select(['p.id', 'p.username', 'p.display_name', 'r.id as request_id', 'r.skill_id', 'r.learner_level', 'r.goal', 'r.languages', 'r.format', 'r.status',
      'r.unmatched_reason', 'r.created_at']);
}

type RequestRow = Awaited<ReturnType<ReturnType<typeof requestQuery>['execute']>>[number];
const toRequest = (r: RequestRow): RequestSummary => ({
  id: r.request_id, learner: { id: r.id, username: r.username, displayName: r.display_name }, skillId: r.skill_id,
  learnerLevel: r.learner_level, goal: r.goal, languages: r.languages, format: r.format, status: r.status,
  unmatchedReason: r.unmatched_reason as UnmatchedReason | null, createdAt: r.created_at,
});

function mentorshipQuery(db: Db) {
  return db.selectFrom('mentorships as m')
    .innerJoin('mentorship_requests as r', 'r.id', 'm.request_id')
    .innerJoin('people as l', 'l.id', 'm.learner_id')
    .innerJoin('people as mt', 'mt.id', 'm.mentor_id')
    .select(['m.id', 'm.request_id', 'm.swap_id', 'r.skill_id', 'm.status', 'm.reasons', 'm.learner_accepted', 'm.mentor_accepted',
      'm.created_at', 'm.started_at', 'm.ended_at', 'm.end_note',
      'l.id as l_id', 'l.username as l_username', 'l.display_name as l_name',
      'mt.id as mt_id', 'mt.username as mt_username', 'mt.display_name as mt_name']);
}

type MentorshipRow = Awaited<ReturnType<ReturnType<typeof mentorshipQuery>['execute']>>[number];
const toMentorship = (r: MentorshipRow): MentorshipSummary => ({
  id: r.id, requestId: r.request_id, swapId: r.swap_id, skillId: r.skill_id, status: r.status, reasons: r.reasons as MatchReasons,
  learner: { id: r.l_id, username: r.l_username, displayName: r.l_name },
  mentor: { id: r.mt_id, username: r.mt_username, displayName: r.mt_name },
  learnerAccepted: r.learner_accepted, mentorAccepted: r.mentor_accepted,
  createdAt: r.created_at, startedAt: r.started_at, endedAt: r.ended_at, endNote: r.end_note,
});

export interface Dashboard {
  requests: RequestSummary[];
  /** Proposals and mentorships, as learner or mentor, newest first (ended ones limited to the last 10). */
  mentorships: MentorshipSummary[];
  offer: MentorOffer | null;
}

export async function getDashboard(db: Db, personId: number): Promise<Dashboard> {
  const [requests, live, ended, offer] = await Promise.all([
    requestQuery(db).where('r.learner_id', '=', personId).where('r.status', 'in', ['open', 'proposed', 'matched'])
      .orderBy('r.id', 'desc').execute(),
    mentorshipQuery(db).where((eb) => eb.or([eb('m.learner_id', '=', personId), eb('m.mentor_id', '=', personId)]))
      .where('m.status', 'in', ['proposed', 'active']).orderBy('m.id', 'desc').execute(),
    mentorshipQuery(db).where((eb) => eb.or([eb('m.learner_id', '=', personId), eb('m.mentor_id', '=', personId)]))
      .where('m.status', 'in', ['completed', 'stopped']).orderBy('m.id', 'desc').limit(10).execute(),
    getMentorOffer(db, personId),
  ]);
  return { requests: requests.map(toRequest), mentorships: [...live, ...ended].map(toMentorship), offer };
}

export async function getMentorOffer(db: Db, personId: number): Promise<MentorOffer | null> {
  const row = await db.selectFrom('mentor_offers').select(['capacity', 'away_until', 'skill_ids'])
    .select((eb) => eb.selectFrom('mentorships').select(sql<number>`count(*)::int`.as('n'))
      .where('mentor_id', '=', personId).where('status', 'in', ['proposed', 'active']).as('load'))
    .where('person_id', '=', personId).executeTakeFirst();
  return row ? { capacity: row.capacity, awayUntil: row.away_until, skillIds: row.skill_ids, load: row.load ?? 0 } : null;
}

export interface Checkin { id: number; author: string | null; metOn: string; notes: string; nextStep: string }

export async function getMentorship(db: Db, id: number): Promise<(MentorshipSummary & { goal: string; format: RequestFormat; checkins: Checkin[] }) | undefined> {
  const row = await mentorshipQuery(db).select(['r.goal', 'r.format']).where('m.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const checkins = await db.selectFrom('mentorship_checkins as c').leftJoin('people as p', 'p.id', 'c.author_id')
    .select(['c.id', 'p.display_name as author', 'c.met_on', 'c.notes', 'c.next_step'])
    .where('c.mentorship_id', '=', id).orderBy('c.met_on', 'desc').orderBy('c.id', 'desc').execute();
  return {
    ...toMentorship(row), goal: row.goal, format: row.format,
    checkins: checkins.map((c) => ({ id: c.id, author: c.author, metOn: c.met_on, notes: c.notes, nextStep: c.next_step })),
  };
}

export interface Swap { id: number; status: 'proposed' | 'active' | 'declined'; createdAt: Date; links: MentorshipSummary[] }

/** A swap circle, its links in teaching order (each mentor is the learner of the link before). */
export async function getSwap(db: Db, id: number): Promise<Swap | undefined> {
  const swap = await db.selectFrom('swap_proposals').select(['id', 'status', 'created_at']).where('id', '=', id).executeTakeFirst();
  if (!swap) return undefined;
  const rows = (await mentorshipQuery(db).where('m.swap_id', '=', id).execute()).map(toMentorship);
  const ordered = [rows[0]];
  while (ordered.length < rows.length) {
    const next = rows.find((r) => r.mentor.id === ordered[ordered.length - 1].learner.id);
    if (!next || ordered.includes(next)) break;
    ordered.push(next);
  }
  return { id: swap.id, status: swap.status, createdAt: swap.created_at, links: ordered.length === rows.length ? ordered : rows };
}

export interface PoolMentor { person: PersonRef; capacity: number; load: number; awayUntil: string | null }
export interface Run {
  id: number; trigger: string; createdAt: Date; startedBy: string | null; openRequests: number; proposals: number;
  swapCycles: number; unmatched: number; totalWeight: number; optimal: boolean; durationMs: number;
}

export interface Pool {
  /** Requests waiting for a mentor, oldest first. */
  requests: RequestSummary[];
  openCount: number;
  /** Requests with a proposal waiting for answers. */
  proposedCount: number;
  mentors: PoolMentor[];
  mentorCount: number;
  /** Open requests the last run could not match, counted by reason. */
  unmatchedByReason: Partial<Record<UnmatchedReason, number>>;
  activeMentorships: number;
  runs: Run[];
}

export const POOL_PAGE_SIZE = 50;

/** What an organizer sees: who is waiting and why, who mentors and how full they are, the last runs. */
export async function getPool(db: Db, page: number): Promise<Pool> {
  const offset = (page - 1) * POOL_PAGE_SIZE;
  const [requests, requestCounts, counts, mentors, runs] = await Promise.all([
    requestQuery(db).where('r.status', '=', 'open').orderBy('r.id').limit(POOL_PAGE_SIZE).offset(offset).execute(),
    // One pass over the live requests gives both the totals and the open ones by reason.
    db.selectFrom('mentorship_requests').select(['status', 'unmatched_reason', sql<number>`count(*)::int`.as('n')])
      .where('status', 'in', ['open', 'proposed']).groupBy(['status', 'unmatched_reason']).execute(),
    sql<{ mentors: number; active: number }>`select
      (select count(*)::int from mentor_offers) as mentors,
      (select count(*)::int from mentorships where status = 'active') as active`.execute(db).then((r) => r.rows[0]),
    // Paged on mentor_offers alone; loads are counted for the page's mentors only, through mentorships_mentor.
    sql<{ id: number; username: string; display_name: string; capacity: number; away_until: string | null; load: number }>`
      select p.id, p.username, p.display_name, o.capacity, o.away_until,
        (select count(*)::int from mentorships m where m.mentor_id = o.person_id and m.status in ('proposed', 'active')) as load
      from (select person_id, capacity, away_until from mentor_offers order by person_id limit ${POOL_PAGE_SIZE} offset ${offset}) o
      join people p on p.id = o.person_id
      order by o.person_id`.execute(db).then((r) => r.rows),
    db.selectFrom('matching_runs as r').leftJoin('people as p', 'p.id', 'r.started_by')
      .select(['r.id', 'r.trigger', 'r.created_at', 'p.display_name', 'r.open_requests', 'r.proposals', 'r.swap_cycles', 'r.unmatched',
        'r.total_weight', 'r.optimal', 'r.duration_ms'])
      .orderBy('r.id', 'desc').limit(5).execute(),
  ]);
  return {
    requests: requests.map(toRequest),
    openCount: requestCounts.filter((r) => r.status === 'open').reduce((n, r) => n + r.n, 0),
    proposedCount: requestCounts.filter((r) => r.status === 'proposed').reduce((n, r) => n + r.n, 0),
    mentors: mentors.map((m) => ({ person: { id: m.id, username: m.username, displayName: m.display_name }, capacity: m.capacity, load: m.load, awayUntil: m.away_until })),
    mentorCount: counts.mentors,
    unmatchedByReason: Object.fromEntries(requestCounts.filter((r) => r.status === 'open' && r.unmatched_reason).map((r) => [r.unmatched_reason, r.n])),
    activeMentorships: counts.active,
    runs: runs.map((r) => ({
      id: r.id, trigger: r.trigger, createdAt: r.created_at, startedBy: r.display_name, openRequests: r.open_requests,
      proposals: r.proposals, swapCycles: r.swap_cycles, unmatched: r.unmatched, totalWeight: r.total_weight, optimal: r.optimal, durationMs: r.duration_ms,
    })),
  };
}

/** Whether a mentor is away on the given day. */
export const isAway = (offer: Pick<MentorOffer, 'awayUntil'>, now: Date) => !!offer.awayUntil && offer.awayUntil > isoDate(now);

/** Everything mentorship holds about a person, for their data export: as learner, as mentor, and whom they blocked. */
export async function exportMentorship(db: Db, personId: number): Promise<Record<string, unknown>> {
  const [offer, requests, mentorships, checkins, blocks] = await Promise.all([
    db.selectFrom('mentor_offers').select(['capacity', 'away_until', 'skill_ids', 'updated_at']).where('person_id', '=', personId).executeTakeFirst(),
    db.selectFrom('mentorship_requests as r').innerJoin('skills as s', 's.id', 'r.skill_id')
      .select(['r.id', 's.slug as skill', 'r.learner_level', 'r.goal', 'r.languages', 'r.format', 'r.open_to_swap', 'r.prefer_same_region', 'r.status', 'r.created_at'])
      .where('r.learner_id', '=', personId).orderBy('r.id').execute(),
    db.selectFrom('mentorships as m').innerJoin('people as l', 'l.id', 'm.learner_id').innerJoin('people as mt', 'mt.id', 'm.mentor_id')
      .innerJoin('skills as s', 's.id', 'm.skill_id')
      .select(['m.id', 'm.request_id', 'l.username as learner', 'mt.username as mentor', 's.slug as skill', 'm.status', 'm.reasons',
        'm.swap_id', 'm.created_at', 'm.started_at', 'm.ended_at', 'm.end_note'])
      .where((eb) => eb.or([eb('m.learner_id', '=', personId), eb('m.mentor_id', '=', personId)])).orderBy('m.id').execute(),
    db.selectFrom('mentorship_checkins as c').innerJoin('mentorships as m', 'm.id', 'c.mentorship_id')
      .select(['c.mentorship_id', 'c.met_on', 'c.notes', 'c.next_step', 'c.created_at'])
      .where((eb) => eb.or([eb('m.learner_id', '=', personId), eb('m.mentor_id', '=', personId)])).orderBy('c.id').execute(),
    db.selectFrom('mentorship_blocks as b').innerJoin('people as p', 'p.id', 'b.blocked_id')
      .select(['p.username', 'b.created_at']).where('b.person_id', '=', personId).execute(),
  ]);
  return { offer: offer ?? null, requests, mentorships, checkins, blocked: blocks };
}
