import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import { usernameForms } from '../people/data.js';
import type { Viewer } from '../people/types.js';
import { loadSeriesAccess } from '../workshops/access.js';
import { canOrganizeSeries } from '../workshops/policy.js';
import { nextToReview, scoreProposal, type ProposalScore } from './review-scores.js';
import type {
  CallQuestion, PersonRef, Presenter, Proposal, ProposalCall, ProposalCallStatus, ProposalReview, ReviewCategory, SeriesRef,
} from './types.js';

// Reads for calls for proposals, proposals, reviews and interest sign-ups. A call's proposals are read with
// their presenters, skills and interest counts in one query per kind for the whole call.

const seriesColumns = ['s.id as series_id', 's.slug as series_slug', 's.title as series_title', 's.home_zone', 's.default_capacity', 's.default_duration_minutes'] as const;

interface SeriesColumns {
  series_id: number; series_slug: string; series_title: string; home_zone: string; default_capacity: number; default_duration_minutes: number;
}
const toSeries = (r: SeriesColumns): SeriesRef => ({
  id: r.series_id, slug: r.series_slug, title: r.series_title, homeZone: r.home_zone,
  defaultCapacity: r.default_capacity, defaultDurationMinutes: r.default_duration_minutes,
});

function callQuery(db: Db) {
  return db.selectFrom('proposal_calls as c').innerJoin('workshop_series as s', 's.id', 'c.series_id')
    .select(['c.id', 'c.slug', 'c.title', 'c.description', 'c.closes_at', 'c.status', 'c.questions', 'c.review_categories', 'c.created_at', ...seriesColumns]);
}
type CallRow = Awaited<ReturnType<ReturnType<typeof callQuery>['execute']>>[number];

/** Stored JSON read defensively: rows written by hand or by an older version still make a usable call. */
function parseQuestions(value: unknown): CallQuestion[] {
  return Array.isArray(value) ? value.filter((q) => q && typeof q.id === 'string' && typeof q.label === 'string').map((q) => ({ id: q.id, label: q.label })) : [];
}
function parseCategories(value: unknown): ReviewCategory[] {
  return Array.isArray(value)
    ? value.filter((c) => c && typeof c.key === 'string' && typeof c.label === 'string' && typeof c.weight === 'number')
      .map((c) => ({ key: c.key, label: c.label, weight: c.weight }))
    : [];
}

const toCall = (r: CallRow): ProposalCall => ({
  id: r.id, slug: r.slug, series: toSeries(r), title: r.title, description: r.description, closesAt: r.closes_at,
  status: r.status, questions: parseQuestions(r.questions), categories: parseCategories(r.review_categories), createdAt: r.created_at,
});

export async function getCallBySlug(db: Db, slug: string): Promise<ProposalCall | undefined> {
  const row = await callQuery(db).where('c.slug', '=', slug).executeTakeFirst();
  return row && toCall(row);
}

export async function getCallById(db: Db, id: number): Promise<ProposalCall | undefined> {
  const row = await callQuery(db).where('c.id', '=', id).executeTakeFirst();
  return row && toCall(row);
}

function proposalQuery(db: Db) {
  return db.selectFrom('proposals as p').select([
    'p.id', 'p.call_id', 'p.title', 'p.session_type', 'p.language', 'p.interpretation_languages', 'p.duration_minutes', 'p.plan',
    'p.support_needed', 'p.benefit', 'p.answers', 'p.status', 'p.decision_message', 'p.decided_at', 'p.submitted_at', 'p.created_at', 'p.submitted_by',
  ]);
}
type ProposalRow = Awaited<ReturnType<ReturnType<typeof proposalQuery>['execute']>>[number];

const toPerson = (r: { id: number; username: string; display_name: string }): PersonRef => ({ id: r.id, username: r.username, displayName: r.display_name });

/** Adds presenters, skills and interest counts, one query per kind for all the proposals. */
async function complete(db: Db, rows: ProposalRow[]): Promise<Proposal[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const owners = [...new Set(rows.map((r) => r.submitted_by).filter((id): id is number => id !== null))];
  const [ownerRows, coRows, skillRows, interestRows] = await Promise.all([
    owners.length ? db.selectFrom('people').select(['id', 'username', 'display_name']).where('id', 'in', owners).execute() : [],
    db.selectFrom('proposal_presenters as pp').innerJoin('people as pe', 'pe.id', 'pp.person_id')
      .select(['pp.proposal_id', 'pp.status', 'pe.id', 'pe.username', 'pe.display_name']).where('pp.proposal_id', 'in', ids)
      .orderBy('pp.invited_at').orderBy('pe.id').execute(),
    db.selectFrom('proposal_skills').select(['proposal_id', 'skill_id']).where('proposal_id', 'in', ids).orderBy('skill_id').execute(),
    db.selectFrom('proposal_interest').select(['proposal_id', (eb) => eb.fn.countAll<string>().as('n')]).where('proposal_id', 'in', ids)
      .groupBy('proposal_id').execute(),
  ]);
  const ownerById = new Map(ownerRows.map((o) => [o.id, toPerson(o)]));
  const interest = new Map(interestRows.map((r) => [r.proposal_id, Number(r.n)]));
  return rows.map((r): Proposal => {
    const owner = r.submitted_by !== null ? ownerById.get(r.submitted_by) : undefined;
    const presenters: Presenter[] = [
      ...(owner ? [{ person: owner, role: 'owner' as const }] : []),
      ...coRows.filter((c) => c.proposal_id === r.id && c.id !== owner?.id).map((c) => ({ person: toPerson(c), role: c.status })),
    ];
    return {
      id: r.id, callId: r.call_id, title: r.title, sessionType: r.session_type, language: r.language,
      interpretationLanguages: r.interpretation_languages, durationMinutes: r.duration_minutes, plan: r.plan,
      supportNeeded: r.support_needed, benefit: r.benefit, answers: (r.answers && typeof r.answers === 'object' ? r.answers : {}) as Record<string, string>,
      status: r.status, decisionMessage: r.decision_message, decidedAt: r.decided_at, submittedAt: r.submitted_at, createdAt: r.created_at,
      presenters, skillIds: skillRows.filter((s) => s.proposal_id === r.id).map((s) => s.skill_id), interest: interest.get(r.id) ?? 0,
    };
  });
}

export async function getProposal(db: Db, id: number): Promise<{ proposal: Proposal; call: ProposalCall } | undefined> {
  const row = await proposalQuery(db).where('p.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [[proposal], call] = await Promise.all([complete(db, [row]), getCallById(db, row.call_id)]);
  return call && { proposal, call };
}

/** Every proposal to a call (drafts too: the page shows each viewer what they may see), oldest first. */
export async function listProposals(db: Db, callId: number): Promise<Proposal[]> {
  const rows = await proposalQuery(db).where('p.call_id', '=', callId).orderBy('p.created_at').orderBy('p.id').execute();
  return complete(db, rows);
}

/** Of these proposals, the ones the person said they would attend. */
export async function interestOf(db: Db, personId: number, proposalIds: number[]): Promise<Set<number>> {
  if (!proposalIds.length) return new Set();
  const rows = await db.selectFrom('proposal_interest').select('proposal_id').where('person_id', '=', personId)
    .where('proposal_id', 'in', proposalIds).execute();
  return new Set(rows.map((r) => r.proposal_id));
}

const parseScores = (value: unknown): Record<string, number> =>
  value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === 'number')) : {};

/** A proposal's reviews, oldest first. */
export async function listReviews(db: Db, proposalId: number): Promise<ProposalReview[]> {
  const rows = await db.selectFrom('proposal_reviews as r').innerJoin('people as pe', 'pe.id', 'r.reviewer_id')
    .select(['r.scores', 'r.comment', 'r.updated_at', 'pe.id', 'pe.username', 'pe.display_name'])
    .where('r.proposal_id', '=', proposalId).orderBy('r.created_at').orderBy('pe.id').execute();
  return rows.map((r) => ({ reviewer: toPerson(r), scores: parseScores(r.scores), comment: r.comment, updatedAt: r.updated_at }));
}

export async function getOwnReview(db: Db, proposalId: number, reviewerId: number): Promise<ProposalReview | undefined> {
  return (await listReviews(db, proposalId)).find((r) => r.reviewer.id === reviewerId);
}

export interface BoardRow { proposal: Proposal; score: ProposalScore; reviewerIds: number[] }

/** The submitted proposals of a call with their reviews' scores, for the review board (unordered). */
export async function reviewBoard(db: Db, call: ProposalCall): Promise<BoardRow[]> {
  const rows = await proposalQuery(db).where('p.call_id', '=', call.id).where('p.status', '=', 'submitted').execute();
  const proposals = await complete(db, rows);
  if (!proposals.length) return [];
  const reviews = await db.selectFrom('proposal_reviews').select(['proposal_id', 'reviewer_id', 'scores'])
    .where('proposal_id', 'in', proposals.map((p) => p.id)).execute();
  return proposals.map((proposal) => {
    const own = reviews.filter((r) => r.proposal_id === proposal.id);
    return { proposal, score: scoreProposal(call.categories, own.map((r) => ({ scores: parseScores(r.scores) }))), reviewerIds: own.map((r) => r.reviewer_id) };
  });
}

/** The proposal this reviewer should review next (fewest reviews, oldest first), or null. */
export async function nextProposalToReview(db: Db, call: ProposalCall, reviewerId: number): Promise<number | null> {
  const board = await reviewBoard(db, call);
  return nextToReview(board.map((b) => ({
    id: b.proposal.id, submittedAt: b.proposal.submittedAt ?? b.proposal.createdAt, reviewerIds: b.reviewerIds,
    presenterIds: b.proposal.presenters.map((p) => p.person.id),
  })), reviewerId);
}

/** Proposals that reached the reviewers: submitted, and later accepted or rejected. */
const REACHED_REVIEW = ['submitted', 'accepted', 'rejected'] as const;

export interface CallSummary { slug: string; title: string; status: ProposalCallStatus; closesAt: Date | null; submittedCount: number }

/**
 * A series' calls for its page, newest first: drafts only for the series' organizers. `submittedCount` counts
 * proposals that were submitted (including those since accepted or rejected).
 */
export async function callSummariesForSeries(db: Db, seriesId: number, viewer: Viewer | null): Promise<CallSummary[]> {
  const organizer = canOrganizeSeries(viewer, await loadSeriesAccess(db, seriesId, viewer?.id ?? null));
  let query = db.selectFrom('proposal_calls as c')
    .select(['c.slug', 'c.title', 'c.status', 'c.closes_at'])
    .select((eb) => eb.selectFrom('proposals as p').select(eb.fn.countAll<string>().as('n'))
      .whereRef('p.call_id', '=', 'c.id').where('p.status', 'in', REACHED_REVIEW).as('submitted'))
    .where('c.series_id', '=', seriesId);
  if (!organizer) query = query.where('c.status', '<>', 'draft');
  const rows = await query.orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').execute();
  return rows.map((r) => ({ slug: r.slug, title: r.title, status: r.status, closesAt: r.closes_at, submittedCount: Number(r.submitted) }));
}

export interface CallDemand {
  callId: number; slug: string; title: string; status: ProposalCallStatus;
  /** Proposals submitted (including those since decided). */
  submitted: number;
  /** "I would attend" sign-ups on those proposals, summed. */
  interest: number;
  accepted: number;
}

/** Per call of the series (newest first), for the organizer dashboard: proposals, interest and acceptances. */
export async function proposalDemandForSeries(db: Db, seriesId: number): Promise<CallDemand[]> {
  const rows = await db.selectFrom('proposal_calls as c')
    .leftJoin('proposals as p', (j) => j.onRef('p.call_id', '=', 'c.id').on('p.status', 'in', REACHED_REVIEW))
    .leftJoin(
      (eb) => eb.selectFrom('proposal_interest').select(['proposal_id', (e) => e.fn.countAll<string>().as('n')]).groupBy('proposal_id').as('i'),
      (j) => j.onRef('i.proposal_id', '=', 'p.id'),
    )
    .select(['c.id', 'c.slug', 'c.title', 'c.status', 'c.created_at'])
    .select([
      sql<string>`count(p.id)`.as('submitted'),
      sql<string>`count(p.id) filter (where p.status = 'accepted')`.as('accepted'),
      sql<string>`coalesce(sum(i.n), 0)`.as('interest'),
    ])
    .where('c.series_id', '=', seriesId).groupBy(['c.id']).orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').execute();
  return rows.map((r) => ({
    callId: r.id, slug: r.slug, title: r.title, status: r.status,
    submitted: Number(r.submitted), interest: Number(r.interest), accepted: Number(r.accepted),
  }));
}

/** A person by username as typed: underscores are spaces and the first letter is a capital, as on the wikis. */
export async function findPersonByUsername(db: Db, typed: string): Promise<PersonRef | undefined> {
  const row = await db.selectFrom('people').select(['id', 'username', 'display_name']).where('username', 'in', usernameForms(typed)).executeTakeFirst();
  return row && toPerson(row);
}

/** Everything of the person's in calls for proposals, for their data export. */
export async function exportProposals(db: Db, personId: number) {
  const [submitted, presenting, interest, reviews] = await Promise.all([
    db.selectFrom('proposals as p').innerJoin('proposal_calls as c', 'c.id', 'p.call_id')
      .select(['p.id', 'c.slug as call', 'p.title', 'p.session_type', 'p.language', 'p.interpretation_languages', 'p.duration_minutes',
        'p.plan', 'p.support_needed', 'p.benefit', 'p.answers', 'p.status', 'p.decision_message', 'p.submitted_at', 'p.created_at'])
      .where('p.submitted_by', '=', personId).orderBy('p.id').execute(),
    db.selectFrom('proposal_presenters').select(['proposal_id as proposal', 'status', 'invited_at']).where('person_id', '=', personId).orderBy('proposal_id').execute(),
    db.selectFrom('proposal_interest').select(['proposal_id as proposal', 'created_at']).where('person_id', '=', personId).orderBy('proposal_id').execute(),
    db.selectFrom('proposal_reviews').select(['proposal_id as proposal', 'scores', 'comment', 'updated_at']).where('reviewer_id', '=', personId).orderBy('proposal_id').execute(),
  ]);
  return { submitted, presenting, interest, reviews };
}
