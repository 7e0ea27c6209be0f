import { sql } from 'kysely';
import { chunks } from '../../db/chunks.js';
import type { Db } from '../../db/connection.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.js';
import { notify } from '../notifications/mutations.js';
import type { NewNotification } from '../notifications/types.js';
import { getSkillTree, resolveSkillSlug } from '../skills/data.js';
import { planProposals, type ProposedPair } from './planning.js';
import { sideOf } from './policy.js';
import { loadMatchingPool } from './pool.js';
import type { CheckinInput, EndInput, MentorOfferInput, RequestInput } from './schema.js';

/** One matching run at a time, across processes: a transaction-scoped advisory lock. */
const MATCHING_LOCK = 7_301_001;

export interface RunOptions {
  trigger: 'organizer' | 'schedule' | 'rematch' | 'demo';
  startedBy: number | null;
  now: Date;
  minOverlapHours: number;
  /** Match only these requests, without swaps (after a decline); all open requests otherwise. */
  requestIds?: number[];
}

export interface RunSummary {
  runId: number;
  openRequests: number;
  proposals: number;
  swapCycles: number;
  unmatched: number;
  totalWeight: number;
  optimal: boolean;
  durationMs: number;
}

/**
 * A matching run: reads the pool, solves, and records proposals (pairs and swap circles) with their
 * reasons, why each other request stayed unmatched, and notifications, all in one transaction.
 */
export async function runMatching(db: Db, options: RunOptions): Promise<RunSummary> {
  const tree = await getSkillTree(db, 'en');
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${MATCHING_LOCK})`.execute(trx);
    const started = performance.now();
    const pool = await loadMatchingPool(trx, options.now, options.requestIds);
    const plan = await planProposals(tree, pool, { minOverlapHours: options.minOverlapHours, withSwaps: !options.requestIds });
    const run = await trx.insertInto('matching_runs').values({
      started_by: options.startedBy, trigger: options.trigger, open_requests: pool.requests.length,
      proposals: plan.pairs.length + plan.swaps.reduce((n, s) => n + s.length, 0), swap_cycles: plan.swaps.length,
      unmatched: plan.unmatched.length, total_weight: plan.totalWeight, optimal: plan.optimal,
      duration_ms: Math.round(performance.now() - started),
    }).returning('id').executeTakeFirstOrThrow();

    const names = await displayNames(trx, [...plan.pairs, ...plan.swaps.flat()].flatMap((p) => [p.learnerId, p.mentorId]));
    const notifications: NewNotification[] = [];
    for (const cycle of plan.swaps) {
      const swap = await trx.insertInto('swap_proposals').values({ run_id: run.id }).returning('id').executeTakeFirstOrThrow();
      await insertProposals(trx, run.id, swap.id, cycle);
      for (const p of cycle) notifications.push({ personId: p.mentorId, kind: 'swap-proposed', params: [cycle.length], link: `/swaps/${swap.id}` });
    }
    const ids = await insertProposals(trx, run.id, null, plan.pairs);
    plan.pairs.forEach((p, i) => {
      const link = `/mentorships/${ids[i]}`;
      notifications.push(
        { personId: p.learnerId, kind: 'mentorship-proposed', params: [p.reasons.skillId, names.get(p.mentorId)!], link },
        { personId: p.mentorId, kind: 'mentorship-proposed', params: [p.reasons.skillId, names.get(p.learnerId)!], link },
      );
    });
    // One statement each, with the ids (and reasons) as arrays, however many requests a run touches.
    const proposed = [...plan.pairs, ...plan.swaps.flat()].map((p) => p.requestId);
    await sql`update mentorship_requests set status = 'proposed', unmatched_reason = null, updated_at = ${options.now}
      where id = any(${proposed}::int[])`.execute(trx);
    await sql`update mentorship_requests r set unmatched_reason = u.reason
      from unnest(${plan.unmatched.map((u) => u.requestId)}::int[], ${plan.unmatched.map((u) => u.reason)}::text[]) as u(id, reason)
      where r.id = u.id`.execute(trx);
    await notify(trx, notifications);
    return {
      runId: run.id, openRequests: pool.requests.length, proposals: proposed.length, swapCycles: plan.swaps.length,
      unmatched: plan.unmatched.length, totalWeight: plan.totalWeight, optimal: plan.optimal,
      durationMs: Math.round(performance.now() - started),
    };
  });
}

async function insertProposals(db: Db, runId: number, swapId: number | null, pairs: ProposedPair[]): Promise<number[]> {
  const ids: number[] = [];
  for (const group of chunks(pairs)) {
    const rows = await db.insertInto('mentorships').values(group.map((p) => ({
      request_id: p.requestId, learner_id: p.learnerId, mentor_id: p.mentorId, skill_id: p.reasons.mentorSkillId,
      run_id: runId, swap_id: swapId, weight: p.weight, reasons: JSON.stringify(p.reasons),
    }))).returning('id').execute();
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

async function displayNames(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('people').select(['id', 'display_name']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

// ---------------------------------------------------------------------------------------------
// Requests and offers

/** A learner's request. The languages must be ones on their profile; one live request per skill. */
export async function createRequest(db: Db, learnerId: number, input: RequestInput, now: Date): Promise<number> {
  const skill = await resolveSkillSlug(db, input.skill);
  if (!skill) throw new ValidationError({ skill: { key: 'sangam-error-invalid-choice' } });
  const spoken = new Set((await db.selectFrom('person_languages').select('lang').where('person_id', '=', learnerId).execute()).map((l) => l.lang));
  if (!spoken.size) throw new ValidationError({ languages: { key: 'sangam-mentorship-error-no-languages' } });
  if (!input.languages.length || input.languages.some((l) => !spoken.has(l))) {
    throw new ValidationError({ languages: { key: 'sangam-mentorship-error-languages' } });
  }
  const inserted = await db.insertInto('mentorship_requests').values({
    learner_id: learnerId, skill_id: skill.id, learner_level: input.level, goal: input.goal, languages: input.languages,
    format: input.format, open_to_swap: input.openToSwap, prefer_same_region: input.preferSameRegion, created_at: now, updated_at: now,
  }).onConflict((oc) => oc.columns(['learner_id', 'skill_id']).where('status', 'in', ['open', 'proposed', 'matched']).doNothing())
    .returning('id').executeTakeFirst();
  if (!inserted) throw new ConflictError('sangam-mentorship-error-duplicate-request');
  return inserted.id;
}

/** Withdraws an open or proposed request; its pending proposals (and any swap circle) are declined. */
export async function withdrawRequest(db: Db, learnerId: number, requestId: number, now: Date): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    const request = await trx.selectFrom('mentorship_requests').select(['id', 'learner_id', 'status'])
      .where('id', '=', requestId).forUpdate().executeTakeFirst();
    if (!request) throw new NotFoundError();
    if (request.learner_id !== learnerId) throw new ForbiddenError();
    if (request.status !== 'open' && request.status !== 'proposed') throw new ConflictError('sangam-mentorship-error-not-open');
    await trx.updateTable('mentorship_requests').set({ status: 'withdrawn', updated_at: now }).where('id', '=', requestId).execute();
    const pending = await trx.selectFrom('mentorships').select(['id', 'swap_id']).where('request_id', '=', requestId)
      .where('status', '=', 'proposed').execute();
    const reopened: number[] = [];
    for (const p of pending) {
      if (p.swap_id) reopened.push(...await declineSwapIn(trx, p.swap_id, learnerId, false));
      else await trx.updateTable('mentorships').set({ status: 'declined', declined_by: learnerId }).where('id', '=', p.id).execute();
    }
    return reopened.filter((id) => id !== requestId);
  });
}

/** A mentor's offer: how many mentees at once, an optional away date, and which shared skills. */
export async function saveMentorOffer(db: Db, personId: number, input: MentorOfferInput, now: Date): Promise<void> {
  const shared = new Set((await db.selectFrom('person_skills').select('skill_id').where('person_id', '=', personId)
    .where('kind', '=', 'share').execute()).map((s) => s.skill_id));
  if (input.skillIds.some((id) => !shared.has(id))) throw new ValidationError({ skills: { key: 'sangam-error-invalid-choice' } });
  await db.insertInto('mentor_offers').values({
    person_id: personId, capacity: input.capacity, away_until: input.awayUntil, skill_ids: input.skillIds, updated_at: now,
  }).onConflict((oc) => oc.column('person_id').doUpdateSet({
    capacity: input.capacity, away_until: input.awayUntil, skill_ids: input.skillIds, updated_at: now,
  })).execute();
}

// ---------------------------------------------------------------------------------------------
// Proposals, swaps and mentorships

interface LockedMentorship {
  id: number; request_id: number; learner_id: number; mentor_id: number; swap_id: number | null; status: string;
  skill_id: number; learner_accepted: boolean; mentor_accepted: boolean;
}

async function lockMentorship(db: Db, id: number): Promise<LockedMentorship> {
  const row = await db.selectFrom('mentorships')
    .select(['id', 'request_id', 'learner_id', 'mentor_id', 'swap_id', 'status', 'skill_id', 'learner_accepted', 'mentor_accepted'])
    .where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw new NotFoundError();
  return row;
}

function sideIn(actorId: number, m: LockedMentorship) {
  const side = sideOf(actorId, { learnerId: m.learner_id, mentorId: m.mentor_id });
  if (!side) throw new ForbiddenError();
  return side;
}

const requestSkill = async (db: Db, requestId: number) =>
  (await db.selectFrom('mentorship_requests').select('skill_id').where('id', '=', requestId).executeTakeFirstOrThrow()).skill_id;

export interface ProposalAnswer {
  decision: 'accept' | 'decline';
  /** With a decline: never propose this person again. */
  block: boolean;
}

/**
 * Accepts or declines a proposed pair. When both have accepted it becomes active. A decline reopens the
 * request; the caller re-matches the returned request ids (outside this transaction).
 */
export async function respondToProposal(db: Db, actorId: number, mentorshipId: number, response: ProposalAnswer, now: Date): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    const m = await lockMentorship(trx, mentorshipId);
    const side = sideIn(actorId, m);
    if (m.swap_id) return respondToSwapIn(trx, actorId, m.swap_id, response, now);
    if (m.status !== 'proposed') throw new ConflictError('sangam-mentorship-error-not-proposed');
    const other = side === 'learner' ? m.mentor_id : m.learner_id;
    const skill = await requestSkill(trx, m.request_id);
    const names = await displayNames(trx, [m.learner_id, m.mentor_id]);
    const link = `/mentorships/${m.id}`;
    if (response.decision === 'decline') {
      await trx.updateTable('mentorships').set({ status: 'declined', declined_by: actorId }).where('id', '=', m.id).execute();
      await trx.updateTable('mentorship_requests').set({ status: 'open', updated_at: now }).where('id', '=', m.request_id).execute();
      if (response.block) await block(trx, actorId, other);
      await notify(trx, [{ personId: other, kind: 'mentorship-declined', params: [skill, names.get(actorId)!], link }]);
      return [m.request_id];
    }
    const accepted = { learner_accepted: m.learner_accepted || side === 'learner', mentor_accepted: m.mentor_accepted || side === 'mentor' };
    const both = accepted.learner_accepted && accepted.mentor_accepted;
    await trx.updateTable('mentorships').set({ ...accepted, ...(both ? { status: 'active', started_at: now } : {}) })
      .where('id', '=', m.id).execute();
    if (both) {
      await trx.updateTable('mentorship_requests').set({ status: 'matched', updated_at: now }).where('id', '=', m.request_id).execute();
      await notify(trx, [
        { personId: m.learner_id, kind: 'mentorship-started', params: [skill, names.get(m.mentor_id)!], link },
        { personId: m.mentor_id, kind: 'mentorship-started', params: [skill, names.get(m.learner_id)!], link },
      ]);
    }
    return [];
  });
}

/** Accepts or declines a swap circle as a whole: it starts when everyone in it has accepted. */
export async function respondToSwap(db: Db, actorId: number, swapId: number, response: ProposalAnswer, now: Date): Promise<number[]> {
  return db.transaction().execute((trx) => respondToSwapIn(trx, actorId, swapId, response, now));
}

async function respondToSwapIn(trx: Db, actorId: number, swapId: number, response: ProposalAnswer, now: Date): Promise<number[]> {
  const swap = await trx.selectFrom('swap_proposals').select(['id', 'status']).where('id', '=', swapId).forUpdate().executeTakeFirst();
  if (!swap) throw new NotFoundError();
  const rows = await trx.selectFrom('mentorships').select(['id', 'request_id', 'learner_id', 'mentor_id', 'learner_accepted', 'mentor_accepted'])
    .where('swap_id', '=', swapId).orderBy('id').forUpdate().execute();
  if (!rows.some((r) => r.learner_id === actorId || r.mentor_id === actorId)) throw new ForbiddenError();
  if (swap.status !== 'proposed') throw new ConflictError('sangam-mentorship-error-not-proposed');
  if (response.decision === 'decline') return declineSwapIn(trx, swapId, actorId, response.block);
  for (const r of rows) {
    if (r.learner_id === actorId) r.learner_accepted = true;
    if (r.mentor_id === actorId) r.mentor_accepted = true;
    await trx.updateTable('mentorships').set({ learner_accepted: r.learner_accepted, mentor_accepted: r.mentor_accepted })
      .where('id', '=', r.id).execute();
  }
  if (rows.every((r) => r.learner_accepted && r.mentor_accepted)) {
    await trx.updateTable('swap_proposals').set({ status: 'active' }).where('id', '=', swapId).execute();
    await trx.updateTable('mentorships').set({ status: 'active', started_at: now }).where('swap_id', '=', swapId).execute();
    await trx.updateTable('mentorship_requests').set({ status: 'matched', updated_at: now })
      .where('id', 'in', rows.map((r) => r.request_id)).execute();
    const names = await displayNames(trx, rows.map((r) => r.mentor_id));
    const notifications: NewNotification[] = [];
    for (const r of rows) {
      const skill = await requestSkill(trx, r.request_id);
      notifications.push(
        { personId: r.learner_id, kind: 'mentorship-started', params: [skill, names.get(r.mentor_id)!], link: `/mentorships/${r.id}` },
        { personId: r.mentor_id, kind: 'mentorship-started', params: [skill, names.get(r.learner_id)!], link: `/mentorships/${r.id}` },
      );
    }
    await notify(trx, notifications);
  }
  return [];
}

/** Declines a whole circle: every request in it reopens, and the others are told. */
async function declineSwapIn(trx: Db, swapId: number, actorId: number, blockOthers: boolean): Promise<number[]> {
  const rows = await trx.selectFrom('mentorships').select(['id', 'request_id', 'learner_id', 'mentor_id']).where('swap_id', '=', swapId).execute();
  await trx.updateTable('swap_proposals').set({ status: 'declined' }).where('id', '=', swapId).execute();
  await trx.updateTable('mentorships').set({ status: 'declined', declined_by: actorId }).where('swap_id', '=', swapId).execute();
  await trx.updateTable('mentorship_requests').set({ status: 'open' })
    .where('id', 'in', rows.map((r) => r.request_id)).where('status', '=', 'proposed').execute();
  const others = [...new Set(rows.map((r) => r.mentor_id))].filter((id) => id !== actorId);
  if (blockOthers) for (const id of others) await block(trx, actorId, id);
  const names = await displayNames(trx, [actorId]);
  const notifications: NewNotification[] = [];
  for (const r of rows.filter((row) => row.learner_id !== actorId)) {
    notifications.push({ personId: r.learner_id, kind: 'mentorship-declined', params: [await requestSkill(trx, r.request_id), names.get(actorId)!], link: '/mentorship' });
  }
  await notify(trx, notifications);
  return rows.map((r) => r.request_id);
}

async function block(db: Db, personId: number, blockedId: number): Promise<void> {
  await db.insertInto('mentorship_blocks').values({ person_id: personId, blocked_id: blockedId })
    .onConflict((oc) => oc.doNothing()).execute();
}

async function activeFor(trx: Db, actorId: number, mentorshipId: number) {
  const m = await lockMentorship(trx, mentorshipId);
  const side = sideIn(actorId, m);
  if (m.status !== 'active') throw new ConflictError('sangam-mentorship-error-not-active');
  return { m, other: side === 'learner' ? m.mentor_id : m.learner_id };
}

/** A check-in by either person in an active mentorship: when they met, notes, the next step. */
export async function addCheckin(db: Db, actorId: number, mentorshipId: number, input: CheckinInput): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { m, other } = await activeFor(trx, actorId, mentorshipId);
    await trx.insertInto('mentorship_checkins').values({
      mentorship_id: m.id, author_id: actorId, met_on: input.metOn, notes: input.notes, next_step: input.nextStep,
    }).execute();
    const names = await displayNames(trx, [actorId]);
    await notify(trx, [{ personId: other, kind: 'mentorship-checkin', params: [await requestSkill(trx, m.request_id), names.get(actorId)!], link: `/mentorships/${m.id}` }]);
  });
}

/**
 * Ends an active mentorship. Completed closes the request; stopped reopens it, so the next run finds the
 * learner another mentor (reassignment) unless they withdraw it.
 */
export async function endMentorship(db: Db, actorId: number, mentorshipId: number, input: EndInput, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { m, other } = await activeFor(trx, actorId, mentorshipId);
    await trx.updateTable('mentorships').set({ status: input.outcome, ended_at: now, end_note: input.note }).where('id', '=', m.id).execute();
    await trx.updateTable('mentorship_requests').set({ status: input.outcome === 'completed' ? 'closed' : 'open', updated_at: now })
      .where('id', '=', m.request_id).execute();
    const names = await displayNames(trx, [actorId]);
    await notify(trx, [{ personId: other, kind: 'mentorship-ended', params: [await requestSkill(trx, m.request_id), names.get(actorId)!, input.outcome], link: `/mentorships/${m.id}` }]);
  });
}
