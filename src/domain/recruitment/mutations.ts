import type { Db } from '../../db/connection.js';
import { AppError, ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldErrors } from '../../errors.js';
import { notify } from '../notifications/mutations.js';
import type { NotificationKind } from '../notifications/types.js';
import type { Viewer } from '../people/types.js';
import { acceptsApplications, canCoordinate, isPastDeadline } from './policy.js';
import { CHOICE_CRITERIA, CRITERIA } from './readiness.js';
import type { AnswersInput, CallInput, DecisionInput, OverrideInput } from './schema.js';
import type { ApplicationStatus, CallStatus, Decision } from './types.js';

type Actor = Pick<Viewer, 'id' | 'role'>;

const DECISION_KINDS: Record<Decision, NotificationKind> = {
  accepted: 'application-accepted', waitlisted: 'application-waitlisted', rejected: 'application-rejected',
};
/** Confirmations can be given and withdrawn until a decision is made. */
const UNDECIDED: ApplicationStatus[] = ['draft', 'submitted'];
/** Reviewers may override scores and decide while an application waits for a final decision. */
const REVIEWABLE: ApplicationStatus[] = ['submitted', 'waitlisted'];

function assertCoordinator(actor: Actor): void {
  if (!canCoordinate(actor)) throw new ForbiddenError();
}

/** Why a call takes no applications now: closed (or draft), or its deadline has passed. */
function assertAccepting(call: { status: CallStatus; closes_on: string | Date | null }, now: Date): void {
  const closesOn = call.closes_on === null ? null : typeof call.closes_on === 'string' ? call.closes_on.slice(0, 10) : call.closes_on.toISOString().slice(0, 10);
  if (acceptsApplications({ status: call.status, closesOn }, now)) return;
  if (call.status === 'open' && isPastDeadline({ closesOn }, now)) throw new ConflictError('sangam-recruitment-error-deadline', [closesOn!]);
  throw new ConflictError('sangam-recruitment-error-call-closed');
}

/** A new call with its criteria's weights; the slug is its address and must be free. */
export async function createCall(db: Db, actor: Actor, input: CallInput): Promise<string> {
  assertCoordinator(actor);
  const row = await db.insertInto('recruitment_calls').values({
    slug: input.slug, title: input.title, description: input.description, closes_on: input.closesOn, status: input.status,
    weights: JSON.stringify(input.weights), min_confirmed: input.minConfirmed, created_by: actor.id,
  }).onConflict((oc) => oc.column('slug').doNothing()).returning('slug').executeTakeFirst();
  if (!row) throw new ValidationError({ slug: { key: 'sangam-recruitment-error-slug-taken' } });
  return row.slug;
}

/** Opens or closes a call (a draft is opened the same way). */
export async function setCallStatus(db: Db, actor: Actor, callId: number, status: 'open' | 'closed'): Promise<void> {
  assertCoordinator(actor);
  const row = await db.updateTable('recruitment_calls').set({ status }).where('id', '=', callId).returning('id').executeTakeFirst();
  if (!row) throw new NotFoundError();
}

async function isOrganizer(db: Db, personId: number, communityId: number): Promise<boolean> {
  const row = await db.selectFrom('community_members').select('person_id').where('community_id', '=', communityId)
    .where('person_id', '=', personId).where('role', '=', 'organizer').executeTakeFirst();
  return !!row;
}

/** A community's organizer starts its application (a draft); one application per community and call. */
export async function startApplication(db: Db, actor: Actor, callId: number, communityId: number, now: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const call = await trx.selectFrom('recruitment_calls').select(['id', 'status', 'closes_on']).where('id', '=', callId).forShare().executeTakeFirst();
    if (!call) throw new NotFoundError();
    if (!(await isOrganizer(trx, actor.id, communityId))) throw new AppError('forbidden', 403, 'sangam-recruitment-error-not-organizer');
    assertAccepting(call, now);
    const row = await trx.insertInto('call_applications').values({ call_id: callId, community_id: communityId, created_at: now })
      .onConflict((oc) => oc.columns(['call_id', 'community_id']).doNothing()).returning('id').executeTakeFirst();
    if (!row) throw new ConflictError('sangam-recruitment-error-already-applied');
    return row.id;
  });
}

/** Locks an application with its call's status and deadline; 404 when there is none. */
async function lockApplication(trx: Db, applicationId: number) {
  const row = await trx.selectFrom('call_applications as a').innerJoin('recruitment_calls as c', 'c.id', 'a.call_id')
    .innerJoin('communities as cm', 'cm.id', 'a.community_id')
    .select(['a.id', 'a.community_id', 'a.status', 'a.submitted_by', 'c.status as call_status', 'c.closes_on', 'c.title as call_title', 'cm.name as community_name'])
    .where('a.id', '=', applicationId).forUpdate('a').executeTakeFirst();
  if (!row) throw new NotFoundError();
  return row;
}

/**
 * Saves the organizer's answers, and with intent 'submit' also submits: every yes/no question then needs
 * an answer, and "not in political conflict" an explanation. Only drafts are edited, before the deadline.
 */
export async function saveAnswers(db: Db, actor: Actor, applicationId: number, input: AnswersInput, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const app = await lockApplication(trx, applicationId);
    if (!(await isOrganizer(trx, actor.id, app.community_id))) throw new ForbiddenError();
    if (app.status !== 'draft') throw new ConflictError('sangam-recruitment-error-not-draft');
    assertAccepting({ status: app.call_status, closes_on: app.closes_on }, now);
    if (input.intent === 'submit') {
      const errors: FieldErrors = {};
      for (const criterion of CRITERIA) {
        if (CHOICE_CRITERIA.has(criterion) && !input.answers[criterion].choice) errors[`answers.${criterion}.choice`] = { key: 'sangam-recruitment-error-answer-needed' };
      }
      if (!input.answers['no-conflict'].evidence) errors['answers.no-conflict.evidence'] = { key: 'sangam-recruitment-error-explain-conflict' };
      if (Object.keys(errors).length) throw new ValidationError(errors);
    }
    const answers = JSON.stringify(input.answers);
    await trx.updateTable('call_applications')
      .set(input.intent === 'submit' ? { answers, status: 'submitted', submitted_by: actor.id, submitted_at: now } : { answers })
      .where('id', '=', applicationId).execute();
  });
}

/** "I would attend and am willing to learn": any signed-in person joins an undecided application, once. */
export async function confirmInterest(db: Db, personId: number, applicationId: number, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const app = await lockApplication(trx, applicationId);
    if (!UNDECIDED.includes(app.status)) throw new ConflictError('sangam-recruitment-error-decided');
    const row = await trx.insertInto('application_confirmations').values({ application_id: applicationId, person_id: personId, confirmed_at: now })
      .onConflict((oc) => oc.columns(['application_id', 'person_id']).doNothing()).returning('person_id').executeTakeFirst();
    return !!row;
  });
}

/** Withdraws the person's confirmation while the application is undecided; false when there was none. */
export async function withdrawInterest(db: Db, personId: number, applicationId: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const app = await lockApplication(trx, applicationId);
    if (!UNDECIDED.includes(app.status)) throw new ConflictError('sangam-recruitment-error-decided');
    const result = await trx.deleteFrom('application_confirmations').where('application_id', '=', applicationId)
      .where('person_id', '=', personId).executeTakeFirst();
    return result.numDeletedRows > 0n;
  });
}

/** A reviewer replaces one criterion's computed score, with a reason; a second override of it replaces the first. */
export async function overrideScore(db: Db, actor: Actor, applicationId: number, input: OverrideInput, now: Date): Promise<void> {
  assertCoordinator(actor);
  await db.transaction().execute(async (trx) => {
    const app = await lockApplication(trx, applicationId);
    if (!REVIEWABLE.includes(app.status)) throw new ConflictError(app.status === 'draft' ? 'sangam-recruitment-error-not-submitted' : 'sangam-recruitment-error-decided');
    const values = { score: input.score, reason: input.reason, reviewer_id: actor.id, created_at: now };
    await trx.insertInto('application_overrides').values({ application_id: applicationId, criterion: input.criterion, ...values })
      .onConflict((oc) => oc.columns(['application_id', 'criterion']).doUpdateSet(values)).execute();
  });
}

/** A reviewer's own override removed: the computed score counts again. */
export async function removeOverride(db: Db, actor: Actor, applicationId: number, criterion: string): Promise<void> {
  assertCoordinator(actor);
  await db.transaction().execute(async (trx) => {
    const app = await lockApplication(trx, applicationId);
    if (!REVIEWABLE.includes(app.status)) throw new ConflictError('sangam-recruitment-error-decided');
    await trx.deleteFrom('application_overrides').where('application_id', '=', applicationId).where('criterion', '=', criterion).execute();
  });
}

/**
 * Accepts, waitlists or rejects a submitted (or waitlisted) application with a message. The decision is
 * recorded with who made it and when, and the community's organizers and the submitter are told.
 */
export async function decide(db: Db, actor: Actor, applicationId: number, input: DecisionInput, now: Date): Promise<void> {
  assertCoordinator(actor);
  await db.transaction().execute(async (trx) => {
    const app = await lockApplication(trx, applicationId);
    if (!REVIEWABLE.includes(app.status)) throw new ConflictError(app.status === 'draft' ? 'sangam-recruitment-error-not-submitted' : 'sangam-recruitment-error-decided');
    await trx.updateTable('call_applications').set({
      status: input.decision, decided_at: now, decided_by: actor.id, decision_message: input.message,
    }).where('id', '=', applicationId).execute();
    const organizers = await trx.selectFrom('community_members').select('person_id').where('community_id', '=', app.community_id)
      .where('role', '=', 'organizer').execute();
    const told = new Set([...organizers.map((o) => o.person_id), ...(app.submitted_by ? [app.submitted_by] : [])]);
    await notify(trx, [...told].map((personId) => ({
      personId, kind: DECISION_KINDS[input.decision], params: [app.community_name, app.call_title], link: `/applications/${applicationId}`,
    })));
  });
}

