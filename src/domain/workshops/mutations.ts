import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldErrors } from '../../errors.js';
import { notify } from '../notifications/mutations.js';
import type { NewNotification } from '../notifications/types.js';
import { usernameForms } from '../people/data.js';
import { resolveLanguages } from '../places/data.js';
import type { Viewer } from '../people/types.js';
import { loadSeriesAccess } from './access.js';
import { zonedToUtc } from './cadence.js';
import { findPeopleByUsername, sessionPeople } from './data.js';
import { assertCanOrganizeSeries, assertCanSupportSeries, canStartSeries } from './policy.js';
import type { SeriesEditInput, SeriesInput, SessionInput } from './schema.js';

type Actor = Viewer;

async function resolvePeople(db: Db, usernames: string[], field: string, errors: FieldErrors): Promise<number[]> {
  const found = await findPeopleByUsername(db, usernames);
  const byName = new Map(found.map((p) => [p.username, p.id]));
  const ids: number[] = [];
  for (const name of usernames) {
    const id = usernameForms(name).map((form) => byName.get(form)).find((i) => i !== undefined);
    if (id === undefined) {
      errors[field] = { key: 'sangam-workshops-error-unknown-person', params: [name] };
      break;
    }
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

async function assertSkillsExist(db: Db, skillIds: number[], errors: FieldErrors): Promise<void> {
  if (!skillIds.length) return;
  const rows = await db.selectFrom('skills').select('id').where('id', 'in', skillIds).where('merged_into', 'is', null).execute();
  if (rows.length !== new Set(skillIds).size) errors.skillIds = { key: 'sangam-error-invalid-choice' };
}

function seriesColumns(input: SeriesInput, languages: string[]) {
  const monthly = input.cadence === 'monthly';
  return {
    title: input.title, description: input.description, scope: input.scope, cadence: input.cadence,
    cadence_week: monthly ? input.cadenceWeek : null, cadence_weekday: monthly ? input.cadenceWeekday : null,
    cadence_time: monthly ? input.cadenceTime : null, home_zone: input.homeZone, languages,
    default_capacity: input.defaultCapacity, default_duration_minutes: input.defaultDurationMinutes,
  };
}

/** A community's organizer starts a series for it and becomes the series' first organizer. */
export async function createSeries(db: Db, actor: Actor, communityId: number, input: SeriesInput, now: Date): Promise<string> {
  const role = await db.selectFrom('community_members').select('role').where('community_id', '=', communityId).where('person_id', '=', actor.id).executeTakeFirst();
  const community = await db.selectFrom('communities').select('id').where('id', '=', communityId).executeTakeFirst();
  if (!community) throw new ValidationError({ community: { key: 'sangam-error-invalid-choice' } });
  if (!canStartSeries(actor, role?.role ?? null)) throw new ForbiddenError();
  const errors: FieldErrors = {};
  const languages = resolveLanguages(input.languages, 'languages', errors);
  await assertSkillsExist(db, input.skillIds, errors);
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('workshop_series').values({
      slug: input.slug, community_id: communityId, ...seriesColumns(input, languages), created_by: actor.id, created_at: now, updated_at: now,
    }).onConflict((oc) => oc.column('slug').doNothing()).returning('id').executeTakeFirst();
    if (!row) throw new ValidationError({ slug: { key: 'sangam-community-error-slug-taken' } });
    await trx.insertInto('series_team').values({ series_id: row.id, person_id: actor.id, role: 'organizer' }).execute();
    if (input.skillIds.length) await trx.insertInto('series_skills').values([...new Set(input.skillIds)].map((skill_id) => ({ series_id: row.id, skill_id }))).execute();
    return input.slug;
  });
}

/** Organizers change the series, its topics and its team (organizers and supporting team, by username). */
export async function updateSeries(db: Db, actor: Actor, seriesId: number, input: SeriesEditInput, now: Date): Promise<void> {
  assertCanOrganizeSeries(actor, await loadSeriesAccess(db, seriesId, actor.id));
  const errors: FieldErrors = {};
  const languages = resolveLanguages(input.languages, 'languages', errors);
  await assertSkillsExist(db, input.skillIds, errors);
  const organizers = await resolvePeople(db, input.organizers, 'organizers', errors);
  const support = (await resolvePeople(db, input.support, 'support', errors)).filter((id) => !organizers.includes(id));
  if (Object.keys(errors).length) throw new ValidationError(errors);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('workshop_series').set({ ...seriesColumns(input, languages), updated_at: now }).where('id', '=', seriesId).execute();
    await trx.deleteFrom('series_skills').where('series_id', '=', seriesId).execute();
    if (input.skillIds.length) await trx.insertInto('series_skills').values([...new Set(input.skillIds)].map((skill_id) => ({ series_id: seriesId, skill_id }))).execute();
    await trx.deleteFrom('series_team').where('series_id', '=', seriesId).execute();
    const team = [...organizers.map((id) => ({ series_id: seriesId, person_id: id, role: 'organizer' as const })),
      ...support.map((id) => ({ series_id: seriesId, person_id: id, role: 'support' as const }))];
    if (team.length) await trx.insertInto('series_team').values(team).execute();
  });
}

/** The session's start from its form: a local date and time in the chosen zone, or null (time to be found). */
function startFromInput(input: SessionInput): Date | null {
  return input.date && input.time ? zonedToUtc(input.date, input.time, input.timeZone) : null;
}

async function sessionColumns(db: Db, input: SessionInput, errors: FieldErrors) {
  const [language] = resolveLanguages([input.language], 'language', errors);
  const interpretation = resolveLanguages(input.interpretationLanguages, 'interpretationLanguages', errors);
  const facilitators = await resolvePeople(db, input.facilitators, 'facilitators', errors);
  await assertSkillsExist(db, input.skillIds, errors);
  return {
    columns: {
      title: input.title, description: input.description, starts_at: startFromInput(input), time_zone: input.timeZone,
      duration_minutes: input.durationMinutes, language: language ?? 'en', interpretation_languages: interpretation,
      capacity: input.capacity, online_url: input.onlineUrl, materials_url: input.materialsUrl, recording_url: input.recordingUrl,
    },
    facilitators,
  };
}

async function replaceSessionPeopleAndSkills(trx: Db, sessionId: number, facilitators: number[], skillIds: number[]): Promise<void> {
  await trx.deleteFrom('session_facilitators').where('session_id', '=', sessionId).execute();
  if (facilitators.length) await trx.insertInto('session_facilitators').values(facilitators.map((person_id) => ({ session_id: sessionId, person_id }))).execute();
  await trx.deleteFrom('session_skills').where('session_id', '=', sessionId).execute();
  if (skillIds.length) await trx.insertInto('session_skills').values([...new Set(skillIds)].map((skill_id) => ({ session_id: sessionId, skill_id }))).execute();
}

/** Organizers add a session to a series directly (not from a proposal), scheduled now or later. */
export async function createSession(db: Db, actor: Actor, seriesId: number, input: SessionInput, now: Date): Promise<number> {
  assertCanOrganizeSeries(actor, await loadSeriesAccess(db, seriesId, actor.id));
  const errors: FieldErrors = {};
  const { columns, facilitators } = await sessionColumns(db, input, errors);
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return db.transaction().execute(async (trx) => {
    const { id } = await trx.insertInto('workshop_sessions').values({ series_id: seriesId, ...columns, created_by: actor.id, created_at: now, updated_at: now })
      .returning('id').executeTakeFirstOrThrow();
    await replaceSessionPeopleAndSkills(trx, id, facilitators, input.skillIds);
    return id;
  });
}

async function lockSession(trx: Db, sessionId: number) {
  const session = await trx.selectFrom('workshop_sessions').select(['id', 'series_id', 'title', 'starts_at', 'status', 'capacity', 'duration_minutes'])
    .where('id', '=', sessionId).forUpdate().executeTakeFirst();
  if (!session) throw new NotFoundError();
  return session;
}

/** Moves people from the waitlist, first come first served, while there are free places. */
async function promoteWaitlist(trx: Db, session: { id: number; title: string; capacity: number }): Promise<void> {
  const taken = await trx.selectFrom('session_registrations').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('session_id', '=', session.id).where('status', '=', 'registered').executeTakeFirstOrThrow();
  const free = session.capacity - Number(taken.n);
  if (free <= 0) return;
  const next = await trx.selectFrom('session_registrations').select('person_id').where('session_id', '=', session.id).where('status', '=', 'waitlisted')
    .orderBy('registered_at').orderBy('person_id').limit(free).execute();
  if (!next.length) return;
  const ids = next.map((r) => r.person_id);
  await trx.updateTable('session_registrations').set({ status: 'registered', updated_at: new Date() })
    .where('session_id', '=', session.id).where('person_id', 'in', ids).execute();
  await notify(trx, ids.map((personId) => ({ personId, kind: 'session-promoted', params: [session.title], link: `/sessions/${session.id}` })));
}

/** Organizers change a session. A new time or status bumps its calendar sequence and tells the people concerned. */
export async function updateSession(db: Db, actor: Actor, sessionId: number, input: SessionInput, now: Date): Promise<void> {
  const current = await db.selectFrom('workshop_sessions').select(['series_id', 'starts_at']).where('id', '=', sessionId).executeTakeFirst();
  if (!current) throw new NotFoundError();
  assertCanOrganizeSeries(actor, await loadSeriesAccess(db, current.series_id, actor.id));
  const errors: FieldErrors = {};
  const { columns, facilitators } = await sessionColumns(db, input, errors);
  if (Object.keys(errors).length) throw new ValidationError(errors);
  await db.transaction().execute(async (trx) => {
    const session = await lockSession(trx, sessionId);
    const moved = (session.starts_at?.getTime() ?? null) !== (columns.starts_at?.getTime() ?? null);
    await trx.updateTable('workshop_sessions').set({ ...columns, updated_at: now, sequence: sql`sequence + ${moved ? 1 : 0}` }).where('id', '=', sessionId).execute();
    await replaceSessionPeopleAndSkills(trx, sessionId, facilitators, input.skillIds);
    if (input.capacity > session.capacity) await promoteWaitlist(trx, { id: sessionId, title: input.title, capacity: input.capacity });
    if (moved && columns.starts_at) await notifyScheduled(trx, sessionId, input.title, columns.starts_at, actor.id);
  });
}

async function notifyScheduled(trx: Db, sessionId: number, title: string, startsAt: Date, actorId: number): Promise<void> {
  const people = (await sessionPeople(trx, sessionId).execute()).map((r) => r.person_id).filter((id) => id !== actorId);
  await notify(trx, people.map((personId): NewNotification => ({
    personId, kind: 'session-scheduled', params: [title, startsAt.toISOString()], link: `/sessions/${sessionId}`,
  })));
}

/** Organizers give a session its time (usually one the time finder ranked); stored in UTC. */
export async function scheduleSession(db: Db, actor: Actor, sessionId: number, startsAt: Date, now: Date): Promise<void> {
  const current = await db.selectFrom('workshop_sessions').select('series_id').where('id', '=', sessionId).executeTakeFirst();
  if (!current) throw new NotFoundError();
  assertCanOrganizeSeries(actor, await loadSeriesAccess(db, current.series_id, actor.id));
  if (startsAt <= now) throw new ConflictError('sangam-workshops-error-in-past');
  await db.transaction().execute(async (trx) => {
    const session = await lockSession(trx, sessionId);
    if (session.status === 'cancelled') throw new ConflictError('sangam-workshops-error-cancelled');
    await trx.updateTable('workshop_sessions').set({ starts_at: startsAt, updated_at: now, sequence: sql`sequence + 1` }).where('id', '=', sessionId).execute();
    await notifyScheduled(trx, sessionId, session.title, startsAt, actor.id);
  });
}

/** Organizers cancel a session; everyone registered or waiting is told. */
export async function cancelSession(db: Db, actor: Actor, sessionId: number, now: Date): Promise<void> {
  const current = await db.selectFrom('workshop_sessions').select('series_id').where('id', '=', sessionId).executeTakeFirst();
  if (!current) throw new NotFoundError();
  assertCanOrganizeSeries(actor, await loadSeriesAccess(db, current.series_id, actor.id));
  await db.transaction().execute(async (trx) => {
    const session = await lockSession(trx, sessionId);
    if (session.status === 'cancelled') return;
    await trx.updateTable('workshop_sessions').set({ status: 'cancelled', updated_at: now, sequence: sql`sequence + 1` }).where('id', '=', sessionId).execute();
    const people = await trx.selectFrom('session_registrations').select('person_id').where('session_id', '=', sessionId).where('status', '<>', 'cancelled').execute();
    await notify(trx, people.map((p): NewNotification => ({ personId: p.person_id, kind: 'session-cancelled', params: [session.title], link: `/sessions/${sessionId}` })));
  });
}

/**
 * Registers the person, or puts them on the waitlist when the session is full. The session row is locked,
 * so two people can never take the last place at once. Registering again after cancelling starts anew.
 */
export async function registerForSession(db: Db, actor: Actor, sessionId: number, now: Date): Promise<'registered' | 'waitlisted'> {
  return db.transaction().execute(async (trx) => {
    const session = await lockSession(trx, sessionId);
    if (session.status === 'cancelled') throw new ConflictError('sangam-workshops-error-cancelled');
    if (!session.starts_at) throw new ConflictError('sangam-workshops-error-not-scheduled');
    if (session.starts_at.getTime() + session.duration_minutes * 60_000 <= now.getTime()) throw new ConflictError('sangam-workshops-error-ended');
    const existing = await trx.selectFrom('session_registrations').select('status').where('session_id', '=', sessionId).where('person_id', '=', actor.id).executeTakeFirst();
    if (existing && existing.status !== 'cancelled') return existing.status;
    const taken = await trx.selectFrom('session_registrations').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('session_id', '=', sessionId).where('status', '=', 'registered').executeTakeFirstOrThrow();
    const status = Number(taken.n) < session.capacity ? 'registered' as const : 'waitlisted' as const;
    await trx.insertInto('session_registrations').values({ session_id: sessionId, person_id: actor.id, status, registered_at: now, updated_at: now })
      .onConflict((oc) => oc.columns(['session_id', 'person_id']).doUpdateSet({
        status, registered_at: now, updated_at: now, attendance: null, reminded_24h_at: null, reminded_1h_at: null,
      })).execute();
    return status;
  });
}

/** Cancels the person's registration or waitlist place; a freed place goes to the first on the waitlist. */
export async function cancelRegistration(db: Db, actor: Actor, sessionId: number, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const session = await lockSession(trx, sessionId);
    const row = await trx.updateTable('session_registrations').set({ status: 'cancelled', updated_at: now })
      .where('session_id', '=', sessionId).where('person_id', '=', actor.id).where('status', '<>', 'cancelled')
      .returning('status').executeTakeFirst();
    if (!row) return;
    if (session.status === 'scheduled') await promoteWaitlist(trx, session);
  });
}

/**
 * The organizers or supporting team mark who attended, in bulk, once the session has started; every other
 * registered person is recorded as a no-show. Marking again replaces the earlier marks.
 */
export async function markAttendance(db: Db, actor: Actor, sessionId: number, attended: number[], now: Date): Promise<{ attended: number; noShows: number }> {
  const current = await db.selectFrom('workshop_sessions').select(['series_id', 'starts_at']).where('id', '=', sessionId).executeTakeFirst();
  if (!current) throw new NotFoundError();
  assertCanSupportSeries(actor, await loadSeriesAccess(db, current.series_id, actor.id));
  if (!current.starts_at || current.starts_at > now) throw new ConflictError('sangam-workshops-error-not-started');
  return db.transaction().execute(async (trx) => {
    const registered = await trx.selectFrom('session_registrations').select('person_id').where('session_id', '=', sessionId)
      .where('status', '=', 'registered').forUpdate().execute();
    const ids = new Set(registered.map((r) => r.person_id));
    const present = [...new Set(attended)].filter((id) => ids.has(id));
    if (present.length !== new Set(attended).size) throw new ValidationError({ attended: { key: 'sangam-error-invalid-choice' } });
    const registrants = trx.updateTable('session_registrations').where('session_id', '=', sessionId).where('status', '=', 'registered');
    await registrants.set({ attendance: 'no-show', attendance_marked_by: actor.id, updated_at: now }).execute();
    if (present.length) await registrants.set({ attendance: 'attended' }).where('person_id', 'in', present).execute();
    return { attended: present.length, noShows: ids.size - present.length };
  });
}

/** Organizers offer a few candidate times for people to answer yes / if need be / no. */
export async function setPollOptions(db: Db, actor: Actor, sessionId: number, starts: Date[], now: Date): Promise<void> {
  const current = await db.selectFrom('workshop_sessions').select('series_id').where('id', '=', sessionId).executeTakeFirst();
  if (!current) throw new NotFoundError();
  assertCanOrganizeSeries(actor, await loadSeriesAccess(db, current.series_id, actor.id));
  if (starts.some((s) => s <= now)) throw new ConflictError('sangam-workshops-error-in-past');
  await db.insertInto('session_poll_options').values(starts.map((s) => ({ session_id: sessionId, starts_at: s })))
    .onConflict((oc) => oc.columns(['session_id', 'starts_at']).doNothing()).execute();
}

/** A person's answers to a session's poll; answers for options of other sessions are refused. */
export async function votePoll(db: Db, actor: Actor, sessionId: number, answers: Record<string, 'yes' | 'if-need-be' | 'no'>): Promise<void> {
  const optionIds = Object.keys(answers).map(Number);
  if (!optionIds.length) return;
  const options = await db.selectFrom('session_poll_options').select('id').where('session_id', '=', sessionId).where('id', 'in', optionIds).execute();
  if (options.length !== optionIds.length) throw new ValidationError({ answers: { key: 'sangam-error-invalid-choice' } });
  await db.insertInto('session_poll_votes').values(optionIds.map((id) => ({ option_id: id, person_id: actor.id, answer: answers[String(id)]! })))
    .onConflict((oc) => oc.columns(['option_id', 'person_id']).doUpdateSet((eb) => ({ answer: eb.ref('excluded.answer') }))).execute();
}

export const REMINDER_HOURS = [24, 1] as const;

/**
 * Reminds registrants 24 hours and 1 hour before a session. Each reminder is claimed with an update before
 * it is stored, so two workers never send one twice. Someone who registered after the 24-hour mark gets only
 * the one-hour reminder.
 */
export async function sendSessionReminders(db: Db, now: Date): Promise<{ day: number; hour: number }> {
  return db.transaction().execute(async (trx) => {
    const hour = 3_600_000;
    const day = await trx.updateTable('session_registrations as r').from('workshop_sessions as ws')
      .set({ reminded_24h_at: now })
      .whereRef('ws.id', '=', 'r.session_id').where('ws.status', '=', 'scheduled').where('r.status', '=', 'registered')
      .where('r.reminded_24h_at', 'is', null)
      .where('ws.starts_at', '>', new Date(now.getTime() + hour)).where('ws.starts_at', '<=', new Date(now.getTime() + 24 * hour))
      .where(sql<boolean>`r.registered_at <= ws.starts_at - interval '23 hours'`)
      .returning(['r.person_id as personId', 'ws.id as sessionId', 'ws.title', 'ws.starts_at as startsAt']).execute();
    const soon = await trx.updateTable('session_registrations as r').from('workshop_sessions as ws')
      .set({ reminded_1h_at: now })
      .whereRef('ws.id', '=', 'r.session_id').where('ws.status', '=', 'scheduled').where('r.status', '=', 'registered')
      .where('r.reminded_1h_at', 'is', null)
      .where('ws.starts_at', '>', now).where('ws.starts_at', '<=', new Date(now.getTime() + hour))
      .returning(['r.person_id as personId', 'ws.id as sessionId', 'ws.title', 'ws.starts_at as startsAt']).execute();
    await notify(trx, [
      ...day.map((r): NewNotification => ({ personId: r.personId, kind: 'session-reminder-24h', params: [r.title, r.startsAt!.toISOString()], link: `/sessions/${r.sessionId}` })),
      ...soon.map((r): NewNotification => ({ personId: r.personId, kind: 'session-reminder-1h', params: [r.title, r.startsAt!.toISOString()], link: `/sessions/${r.sessionId}` })),
    ]);
    return { day: day.length, hour: soon.length };
  });
}
