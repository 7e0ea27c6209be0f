import type { Db } from '../../db/connection.js';
import { AppError, ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldErrors } from '../../errors.js';
import { notify } from '../notifications/mutations.js';
import { isValidTimeZone } from '../people/availability.js';
import type { Viewer } from '../people/types.js';
import { resolveLanguage, resolveLanguages } from '../places/data.js';
import { validate } from '../validation.js';
import { loadSeriesAccess } from '../workshops/access.js';
import { zonedToUtc } from '../workshops/cadence.js';
import type { SeriesAccess } from '../workshops/policy.js';
import { findPersonByUsername } from './data.js';
import {
  acceptsProposals, canDecide, canEditProposal, canManageCalls, canReviewCall, canSignInterest, canWithdrawProposal, isInvitedPresenter,
  isPastDeadline, isPresenter, isUndecided,
} from './policy.js';
import { reviewSchema, type CallEditInput, type DecisionInput, type NewCallInput, type ProposalInput } from './schema.js';
import type { CallQuestion, PresenterRole, ProposalCallStatus, ProposalStatus, ReviewCategory } from './types.js';

type Actor = Pick<Viewer, 'id' | 'role'>;
// The series policy takes a full viewer but reads only these two fields.
const asViewer = (actor: Actor): Viewer => ({ ...actor, username: '' });

/** The series' home zone, or UTC for a zone the platform does not know, so a deadline can always be stored. */
const zoneOr = (zone: string) => (isValidTimeZone(zone) ? zone : 'UTC');

async function assertManager(db: Db, actor: Actor, seriesId: number): Promise<void> {
  if (!canManageCalls(asViewer(actor), await loadSeriesAccess(db, seriesId, actor.id))) throw new ForbiddenError();
}

const callValues = (input: CallEditInput, homeZone: string) => ({
  title: input.title, description: input.description, status: input.status,
  closes_at: zonedToUtc(input.closesDate, input.closesTime, zoneOr(homeZone)),
  questions: JSON.stringify(input.questions), review_categories: JSON.stringify(input.categories),
});

/** Opens (or drafts) a call for a series; the deadline is read in the series' home zone. Returns its slug. */
export async function createCall(db: Db, actor: Actor, seriesId: number, input: NewCallInput): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const series = await trx.selectFrom('workshop_series').select(['id', 'home_zone']).where('id', '=', seriesId).executeTakeFirst();
    if (!series) throw new NotFoundError();
    await assertManager(trx, actor, seriesId);
    const row = await trx.insertInto('proposal_calls')
      .values({ ...callValues(input, series.home_zone), slug: input.slug, series_id: seriesId, created_by: actor.id })
      .onConflict((oc) => oc.column('slug').doNothing()).returning('slug').executeTakeFirst();
    if (!row) throw new ValidationError({ slug: { key: 'sangam-cfp-error-slug-taken' } });
    return row.slug;
  });
}

/**
 * Changes a call: its text, deadline, status (open or close it), questions and review categories. Answers and
 * scores are stored under question ids and category keys, so relabelled rows keep them.
 */
export async function updateCall(db: Db, actor: Actor, callId: number, input: CallEditInput): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const call = await trx.selectFrom('proposal_calls as c').innerJoin('workshop_series as s', 's.id', 'c.series_id')
      .select(['c.id', 'c.series_id', 's.home_zone']).where('c.id', '=', callId).forUpdate('c').executeTakeFirst();
    if (!call) throw new NotFoundError();
    await assertManager(trx, actor, call.series_id);
    await trx.updateTable('proposal_calls').set(callValues(input, call.home_zone)).where('id', '=', callId).execute();
  });
}

/** Why a call takes no proposals or edits now: not open, or its deadline has passed. */
function assertAccepting(call: { status: ProposalCallStatus; closesAt: Date | null }, now: Date): void {
  if (acceptsProposals(call, now)) return;
  if (call.status === 'open' && isPastDeadline(call, now)) throw new ConflictError('sangam-proposal-error-deadline');
  throw new ConflictError('sangam-proposal-error-call-closed');
}

interface LockedProposal {
  id: number; title: string; status: ProposalStatus; submittedBy: number | null; seriesId: number; seriesTitle: string;
  homeZone: string; defaultCapacity: number; callStatus: ProposalCallStatus; closesAt: Date | null; questions: CallQuestion[];
  categories: ReviewCategory[]; presenters: { person: { id: number }; role: PresenterRole }[];
}

/** Locks a proposal (for update, or for share where only its status must not change) with its call and presenters. */
async function lockProposal(trx: Db, id: number, mode: 'update' | 'share'): Promise<LockedProposal> {
  const query = trx.selectFrom('proposals as p').innerJoin('proposal_calls as c', 'c.id', 'p.call_id')
    .innerJoin('workshop_series as s', 's.id', 'c.series_id')
    .select(['p.id', 'p.title', 'p.status', 'p.submitted_by', 'c.series_id', 's.title as series_title', 's.home_zone', 's.default_capacity',
      'c.status as call_status', 'c.closes_at', 'c.questions', 'c.review_categories'])
    .where('p.id', '=', id);
  const row = await (mode === 'update' ? query.forUpdate('p') : query.forShare('p')).executeTakeFirst();
  if (!row) throw new NotFoundError();
  const co = await trx.selectFrom('proposal_presenters').select(['person_id', 'status']).where('proposal_id', '=', id).execute();
  return {
    id: row.id, title: row.title, status: row.status, submittedBy: row.submitted_by, seriesId: row.series_id, seriesTitle: row.series_title,
    homeZone: row.home_zone, defaultCapacity: row.default_capacity, callStatus: row.call_status, closesAt: row.closes_at,
    questions: row.questions, categories: row.review_categories,
    presenters: [
      ...(row.submitted_by !== null ? [{ person: { id: row.submitted_by }, role: 'owner' as const }] : []),
      ...co.filter((c) => c.person_id !== row.submitted_by).map((c) => ({ person: { id: c.person_id }, role: c.status })),
    ],
  };
}

interface CheckedProposal { language: string; interpretation: string[]; skillIds: number[]; answers: Record<string, string> }

/**
 * Checks what a form cannot: languages by code or name, live skills, answers to the call's own questions; and,
 * to submit, a plan, the benefit and every question answered. Drafts may be incomplete.
 */
async function checkProposal(trx: Db, input: ProposalInput, questions: CallQuestion[]): Promise<CheckedProposal> {
  const errors: FieldErrors = {};
  const language = resolveLanguage(input.language);
  if (!language) errors.language = { key: 'sangam-error-unknown-language', params: [input.language] };
  const interpretation = resolveLanguages(input.interpretation, 'interpretation', errors).filter((code) => code !== language);
  if (input.skills.length) {
    const live = await trx.selectFrom('skills').select('id').where('id', 'in', input.skills).where('merged_into', 'is', null).execute();
    if (live.length !== input.skills.length) errors.skills = { key: 'sangam-error-invalid-choice' };
  }
  const answers = Object.fromEntries(questions.map((q) => [q.id, input.answers[q.id] ?? '']));
  if (input.intent === 'submit') {
    const needed = { key: 'sangam-proposal-error-needed' } as const;
    if (!input.plan) errors.plan = needed;
    if (!input.benefit) errors.benefit = needed;
    for (const q of questions) if (!answers[q.id]) errors[`answers.${q.id}`] = needed;
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return { language: language!, interpretation, skillIds: input.skills, answers };
}

const proposalValues = (input: ProposalInput, checked: CheckedProposal) => ({
  title: input.title, session_type: input.sessionType, language: checked.language, interpretation_languages: checked.interpretation,
  duration_minutes: input.durationMinutes, plan: input.plan, support_needed: input.supportNeeded, benefit: input.benefit,
  answers: JSON.stringify(checked.answers),
});

async function replaceSkills(trx: Db, proposalId: number, skillIds: number[]): Promise<void> {
  await trx.deleteFrom('proposal_skills').where('proposal_id', '=', proposalId).execute();
  if (skillIds.length) await trx.insertInto('proposal_skills').values(skillIds.map((skill_id) => ({ proposal_id: proposalId, skill_id }))).execute();
}

/** A signed-in person proposes a session to an open call, as a draft or submitted at once. Returns its id. */
export async function createProposal(db: Db, actor: Actor, callId: number, input: ProposalInput, now: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    // Shared, so a deadline moved meanwhile by an organizer is seen before the proposal is stored.
    const call = await trx.selectFrom('proposal_calls').select(['id', 'status', 'closes_at', 'questions']).where('id', '=', callId).forShare().executeTakeFirst();
    if (!call) throw new NotFoundError();
    assertAccepting({ status: call.status, closesAt: call.closes_at }, now);
    const checked = await checkProposal(trx, input, call.questions);
    const submit = input.intent === 'submit';
    const { id } = await trx.insertInto('proposals').values({
      ...proposalValues(input, checked), call_id: callId, submitted_by: actor.id, status: submit ? 'submitted' : 'draft',
      submitted_at: submit ? now : null, created_at: now, updated_at: now,
    }).returning('id').executeTakeFirstOrThrow();
    await replaceSkills(trx, id, checked.skillIds);
    return id;
  });
}

/** Why a presenter's change to the proposal is refused: not theirs (403) or already decided or withdrawn (409). */
function assertEditable(actor: Actor, proposal: LockedProposal, allowed: boolean): void {
  if (!isPresenter(asViewer(actor), proposal)) throw new ForbiddenError();
  if (!allowed) throw new ConflictError('sangam-proposal-error-not-editable');
}

/**
 * A presenter saves changes until the deadline; 'submit' submits a draft. A submitted proposal stays submitted
 * (there is no "unsubmit"; withdrawing is).
 */
export async function updateProposal(db: Db, actor: Actor, proposalId: number, input: ProposalInput, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const proposal = await lockProposal(trx, proposalId, 'update');
    assertEditable(actor, proposal, canEditProposal(asViewer(actor), proposal));
    assertAccepting({ status: proposal.callStatus, closesAt: proposal.closesAt }, now);
    const checked = await checkProposal(trx, input, proposal.questions);
    const submitting = proposal.status === 'draft' && input.intent === 'submit';
    await trx.updateTable('proposals').set({
      ...proposalValues(input, checked), updated_at: now, ...(submitting ? { status: 'submitted', submitted_at: now } : {}),
    }).where('id', '=', proposalId).execute();
    await replaceSkills(trx, proposalId, checked.skillIds);
  });
}

/** The submitter withdraws the proposal at any time before a decision, even after the deadline. */
export async function withdrawProposal(db: Db, actor: Actor, proposalId: number, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const proposal = await lockProposal(trx, proposalId, 'update');
    if (proposal.submittedBy !== actor.id) throw new ForbiddenError();
    if (!canWithdrawProposal(asViewer(actor), proposal)) throw new ConflictError('sangam-proposal-error-not-editable');
    await trx.updateTable('proposals').set({ status: 'withdrawn', updated_at: now }).where('id', '=', proposalId).execute();
  });
}

/** A presenter invites a co-presenter by username; the invitee is told and confirms or declines. */
export async function invitePresenter(db: Db, actor: Actor, proposalId: number, username: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const proposal = await lockProposal(trx, proposalId, 'update');
    assertEditable(actor, proposal, isUndecided(proposal));
    const invitee = await findPersonByUsername(trx, username);
    if (!invitee) throw new ValidationError({ username: { key: 'sangam-proposal-error-unknown-user', params: [username] } });
    if (proposal.presenters.some((p) => p.person.id === invitee.id)) throw new ValidationError({ username: { key: 'sangam-proposal-error-already-presenter', params: [invitee.displayName] } });
    await trx.insertInto('proposal_presenters').values({ proposal_id: proposalId, person_id: invitee.id, status: 'invited', invited_at: now }).execute();
    const inviter = await trx.selectFrom('people').select('display_name').where('id', '=', actor.id).executeTakeFirstOrThrow();
    await notify(trx, [{ personId: invitee.id, kind: 'presenter-invited', params: [proposal.title, inviter.display_name], link: `/proposals/${proposalId}` }]);
  });
}

/** The invitee confirms (and is listed as a presenter) or declines (and the invitation is gone). */
export async function answerInvitation(db: Db, actor: Actor, proposalId: number, confirm: boolean): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const proposal = await lockProposal(trx, proposalId, 'update');
    if (!proposal.presenters.some((p) => p.person.id === actor.id && p.role !== 'owner')) throw new ForbiddenError();
    if (!isInvitedPresenter(asViewer(actor), proposal)) throw new ConflictError('sangam-proposal-error-no-invitation');
    if (!isUndecided(proposal) && confirm) throw new ConflictError('sangam-proposal-error-not-editable');
    if (confirm) {
      await trx.updateTable('proposal_presenters').set({ status: 'confirmed' }).where('proposal_id', '=', proposalId).where('person_id', '=', actor.id).execute();
    } else {
      await trx.deleteFrom('proposal_presenters').where('proposal_id', '=', proposalId).where('person_id', '=', actor.id).execute();
    }
  });
}

/**
 * "I would attend" (want) or its withdrawal, while the proposal is under review; once per person, so signing
 * twice changes nothing. Returns whether anything changed.
 */
export async function setInterest(db: Db, personId: number, proposalId: number, want: boolean, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const proposal = await lockProposal(trx, proposalId, 'share');
    if (!canSignInterest({ id: personId, role: 'member', username: '' }, proposal)) throw new ConflictError('sangam-proposal-error-interest-closed');
    if (want) {
      const row = await trx.insertInto('proposal_interest').values({ proposal_id: proposalId, person_id: personId, created_at: now })
        .onConflict((oc) => oc.columns(['proposal_id', 'person_id']).doNothing()).returning('person_id').executeTakeFirst();
      return !!row;
    }
    const result = await trx.deleteFrom('proposal_interest').where('proposal_id', '=', proposalId).where('person_id', '=', personId).executeTakeFirst();
    return result.numDeletedRows > 0n;
  });
}

/** What a reviewer typed: a score per category key (as text) and a comment. */
export interface ReviewForm { scores: Record<string, string>; comment: string }

/**
 * A reviewer's scores (1–5 in every category of the call) and comment; writing again replaces their review.
 * Reviewers never review a proposal they present or are invited to present.
 */
export async function saveReview(db: Db, actor: Actor, proposalId: number, form: ReviewForm, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const proposal = await lockProposal(trx, proposalId, 'share');
    if (!canReviewCall(asViewer(actor), await loadSeriesAccess(trx, proposal.seriesId, actor.id))) throw new ForbiddenError();
    if (proposal.presenters.some((p) => p.person.id === actor.id)) throw new AppError('forbidden', 403, 'sangam-review-error-own');
    if (proposal.status !== 'submitted') throw new ConflictError('sangam-review-error-closed');
    const input = validate(reviewSchema(proposal.categories), form);
    const values = { scores: JSON.stringify(input.scores), comment: input.comment, updated_at: now };
    await trx.insertInto('proposal_reviews').values({ proposal_id: proposalId, reviewer_id: actor.id, ...values, created_at: now })
      .onConflict((oc) => oc.columns(['proposal_id', 'reviewer_id']).doUpdateSet(values)).execute();
  });
}

/**
 * An organizer accepts or rejects a submitted proposal with a message (required to reject). Accepting turns
 * it into a session to be scheduled (no start yet, the series' home zone and capacity), with the presenters as
 * facilitators and its skills. Presenters are told either way. Returns the new session's id when accepted.
 */
export async function decideProposal(db: Db, actor: Actor, proposalId: number, input: DecisionInput, now: Date): Promise<{ sessionId: number | null }> {
  return db.transaction().execute(async (trx) => {
    const proposal = await lockProposal(trx, proposalId, 'update');
    const access: SeriesAccess = await loadSeriesAccess(trx, proposal.seriesId, actor.id);
    if (!canDecide(asViewer(actor), access)) throw new ForbiddenError();
    if (proposal.status !== 'submitted') {
      throw new ConflictError(proposal.status === 'accepted' || proposal.status === 'rejected' ? 'sangam-proposal-error-decided' : 'sangam-proposal-error-not-submitted');
    }
    await trx.updateTable('proposals').set({
      status: input.decision, decision_message: input.message, decided_by: actor.id, decided_at: now, updated_at: now,
    }).where('id', '=', proposalId).execute();
    const presenterIds = proposal.presenters.filter((p) => p.role !== 'invited').map((p) => p.person.id);
    let sessionId: number | null = null;
    if (input.decision === 'accepted') {
      const p = await trx.selectFrom('proposals').select(['title', 'plan', 'duration_minutes', 'language', 'interpretation_languages'])
        .where('id', '=', proposalId).executeTakeFirstOrThrow();
      ({ id: sessionId } = await trx.insertInto('workshop_sessions').values({
        series_id: proposal.seriesId, proposal_id: proposalId, title: p.title, description: p.plan, starts_at: null, time_zone: proposal.homeZone,
        duration_minutes: p.duration_minutes, language: p.language, interpretation_languages: p.interpretation_languages,
        capacity: proposal.defaultCapacity, created_by: actor.id, created_at: now, updated_at: now,
      }).returning('id').executeTakeFirstOrThrow());
      const session = sessionId;
      if (presenterIds.length) await trx.insertInto('session_facilitators').values(presenterIds.map((person_id) => ({ session_id: session, person_id }))).execute();
      const skills = await trx.selectFrom('proposal_skills').select('skill_id').where('proposal_id', '=', proposalId).execute();
      if (skills.length) await trx.insertInto('session_skills').values(skills.map((s) => ({ session_id: session, skill_id: s.skill_id }))).execute();
    }
    await notify(trx, presenterIds.map((personId) => ({
      personId, kind: input.decision === 'accepted' ? 'proposal-accepted' as const : 'proposal-rejected' as const,
      params: [proposal.title, proposal.seriesTitle], link: sessionId !== null ? `/sessions/${sessionId}` : `/proposals/${proposalId}`,
    })));
    return { sessionId };
  });
}

