import { describe, expect, it } from 'vitest';
import { listRegistrations, myRegistration } from '../../src/domain/workshops/data.js';
import {
  cancelRegistration, cancelSession, markAttendance, registerForSession, scheduleSession,
} from '../../src/domain/workshops/mutations.js';
import type { MailMessage } from '../../src/integrations/mail/transport.js';
import { deliverPendingMail } from '../../src/jobs/deliver-mail.js';
import { JOBS } from '../../src/jobs/registry.js';
import { testConfig } from '../client.js';
import { useTestDatabase } from '../db.js';
import { createCommunity, createPerson } from '../factories.js';
import { createSeries, createSession } from './factories.js';

const handle = useTestDatabase();
const now = new Date('2026-12-01T12:00:00Z');
const member = (p: { id: number; username: string }) => ({ ...p, role: 'member' as const });

async function setting(capacity = 2, startsAt: Date | null = new Date('2026-12-12T09:30:00Z')) {
  const organizer = await createPerson(handle.db);
  const community = await createCommunity(handle.db, { members: [organizer.id] });
  const series = await createSeries(handle.db, { communityId: community.id });
  const session = await createSession(handle.db, { seriesId: series.id, capacity, startsAt });
  return { organizer: member(organizer), session };
}

async function notificationsOf(personId: number) {
  return handle.db.selectFrom('notifications').select(['kind', 'link']).where('person_id', '=', personId).orderBy('id').execute();
}

describe('registration, waitlist and attendance', () => {
  it('fills the places, then waitlists, and promotes the first in line when someone cancels', async () => {
    const { session } = await setting(2);
    const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => createPerson(handle.db).then(member)));
    expect(await registerForSession(handle.db, a!, session.id, now)).toBe('registered');
    expect(await registerForSession(handle.db, b!, session.id, now)).toBe('registered');
    expect(await registerForSession(handle.db, c!, session.id, new Date(now.getTime() + 1000))).toBe('waitlisted');
    expect(await registerForSession(handle.db, d!, session.id, new Date(now.getTime() + 2000))).toBe('waitlisted');
    expect((await myRegistration(handle.db, session.id, d!.id))?.waitlistPosition).toBe(2);

    await cancelRegistration(handle.db, a!, session.id, now);
    expect((await myRegistration(handle.db, session.id, c!.id))?.status).toBe('registered');
    expect((await myRegistration(handle.db, session.id, d!.id))?.waitlistPosition).toBe(1);
    expect(await notificationsOf(c!.id)).toEqual([{ kind: 'session-promoted', link: `/sessions/${session.id}` }]);
    expect(await notificationsOf(d!.id)).toEqual([]);
  });

  it('never lets two people take the last place at once', async () => {
    const { session } = await setting(1);
    const people = await Promise.all([1, 2, 3, 4, 5].map(() => createPerson(handle.db).then(member)));
    const results = await Promise.all(people.map((p) => registerForSession(handle.db, p, session.id, now)));
    expect(results.filter((r) => r === 'registered')).toHaveLength(1);
    expect(results.filter((r) => r === 'waitlisted')).toHaveLength(4);
  });

  it('refuses registration for a session without a time, a cancelled one and one that has ended', async () => {
    const person = member(await createPerson(handle.db));
    const unscheduled = await setting(5, null);
    await expect(registerForSession(handle.db, person, unscheduled.session.id, now)).rejects.toMatchObject({ status: 409, messageKey: 'sangam-workshops-error-not-scheduled' });
    const ended = await setting(5, new Date('2026-11-30T10:00:00Z'));
    await expect(registerForSession(handle.db, person, ended.session.id, now)).rejects.toMatchObject({ status: 409, messageKey: 'sangam-workshops-error-ended' });
    const cancelled = await setting(5);
    await cancelSession(handle.db, cancelled.organizer, cancelled.session.id, now);
    await expect(registerForSession(handle.db, person, cancelled.session.id, now)).rejects.toMatchObject({ status: 409 });
  });

  it('records attendance in bulk: the ticked people attended and every other registrant is a no-show', async () => {
    const { organizer, session } = await setting(5, new Date('2026-12-01T10:00:00Z'));
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => createPerson(handle.db).then(member)));
    for (const p of [a!, b!, c!]) await registerForSession(handle.db, p, session.id, new Date('2026-11-30T00:00:00Z'));
    const stranger = member(await createPerson(handle.db));
    await expect(markAttendance(handle.db, stranger, session.id, [a!.id], now)).rejects.toMatchObject({ status: 403 });
    expect(await markAttendance(handle.db, organizer, session.id, [a!.id, c!.id], now)).toEqual({ attended: 2, noShows: 1 });
    const marks = Object.fromEntries((await listRegistrations(handle.db, session.id)).map((r) => [r.id, r.attendance]));
    expect(marks).toEqual({ [a!.id]: 'attended', [b!.id]: 'no-show', [c!.id]: 'attended' });
    await expect(markAttendance(handle.db, organizer, session.id, [stranger.id], now)).rejects.toMatchObject({ status: 400 });
  });

  it('will not mark attendance before the session starts', async () => {
    const { organizer, session } = await setting(5);
    await expect(markAttendance(handle.db, organizer, session.id, [], now)).rejects.toMatchObject({ status: 409 });
  });

  it('tells facilitators and registrants when a session gets its time, and bumps its calendar sequence', async () => {
    const { organizer, session } = await setting(5, null);
    const facilitator = await createPerson(handle.db);
    await handle.db.insertInto('session_facilitators').values({ session_id: session.id, person_id: facilitator.id }).execute();
    await scheduleSession(handle.db, organizer, session.id, new Date('2026-12-12T09:30:00Z'), now);
    expect(await notificationsOf(facilitator.id)).toEqual([{ kind: 'session-scheduled', link: `/sessions/${session.id}` }]);
    const row = await handle.db.selectFrom('workshop_sessions').select(['starts_at', 'sequence']).where('id', '=', session.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ starts_at: new Date('2026-12-12T09:30:00Z'), sequence: 1 });
    await expect(scheduleSession(handle.db, organizer, session.id, new Date('2026-11-01T00:00:00Z'), now)).rejects.toMatchObject({ status: 409 });
  });
});

describe('session reminders', () => {
  it('reminds registrants once 24 hours before and once an hour before, through the scheduled job', async () => {
    // A time no other test's session shares, since the job looks at every session in the database.
    const startsAt = new Date('2026-12-20T09:30:00Z');
    const { session } = await setting(5, startsAt);
    const early = member(await createPerson(handle.db, { timeZone: 'Asia/Kolkata', country: 'IN', contacts: [{ kind: 'email', value: 'early@example.org' }] }));
    const late = member(await createPerson(handle.db));
    const waiting = member(await createPerson(handle.db));
    await registerForSession(handle.db, early, session.id, new Date('2026-12-05T00:00:00Z'));
    await registerForSession(handle.db, late, session.id, new Date('2026-12-20T01:00:00Z'));
    await handle.db.insertInto('session_registrations').values({ session_id: session.id, person_id: waiting.id, status: 'waitlisted' }).execute();
    const job = JOBS.find((j) => j.name === 'session-reminders')!;
    const at = (iso: string) => job.run({ db: handle.db, now: () => new Date(iso), config: {} as never, mail: null });

    expect(await at('2026-12-19T09:00:00Z')).toEqual({ day: 0, hour: 0 }); // 24.5 hours before
    expect(await at('2026-12-19T09:35:00Z')).toEqual({ day: 1, hour: 0 });
    expect(await at('2026-12-19T09:40:00Z')).toEqual({ day: 0, hour: 0 }); // not twice
    expect(await at('2026-12-20T08:35:00Z')).toEqual({ day: 0, hour: 2 });
    expect(await at('2026-12-20T08:40:00Z')).toEqual({ day: 0, hour: 0 });
    expect((await notificationsOf(early.id)).map((n) => n.kind)).toEqual(['session-reminder-24h', 'session-reminder-1h']);
    expect((await notificationsOf(late.id)).map((n) => n.kind)).toEqual(['session-reminder-1h']);
    expect(await notificationsOf(waiting.id)).toEqual([]);

    // The emails give the start in the reader's own zone: 09:30 UTC is 15:00 in Kolkata.
    const sent: MailMessage[] = [];
    await deliverPendingMail(handle.db, { send: async (m) => { sent.push(m); } }, testConfig(), new Date('2026-12-20T08:40:00Z'));
    expect(sent.map((m) => m.to)).toEqual(['early@example.org', 'early@example.org']);
    expect(sent[0]!.text).toContain('starts in about 24 hours, on Sun, Dec 20, 2026, 03:00 PM GMT+5:30.');
    expect(sent[1]!.text).toContain('starts in about an hour, at Sun, Dec 20, 2026, 03:00 PM GMT+5:30.');
  });
});
