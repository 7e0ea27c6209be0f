import { beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';
import { createCommunity, createPerson, dailyHours } from '../factories.js';
import { createSeries, createSession } from './factories.js';

const database = useTestDatabase();
const now = new Date('2026-12-01T06:00:00Z');
const app = () => createTestApp(database.db, {}, () => now);

let organizer: { id: number; username: string };
let learner: { id: number; username: string };
let community: { id: number; slug: string };

beforeAll(async () => {
  organizer = await createPerson(database.db, { username: 'Anika Organizer', timeZone: 'Asia/Kolkata', country: 'IN', availability: dailyHours(17, 21) });
  learner = await createPerson(database.db, { username: 'Kiran Learner', timeZone: 'Asia/Kathmandu', country: 'NP', availability: dailyHours(18, 21) });
  await createPerson(database.db, { username: 'Sam Stranger' });
  community = await createCommunity(database.db, { slug: 'indic-hub', members: [organizer.id, learner.id], countries: ['IN', 'NP'] });
});

/** Signed in, with the CSRF token of the new session read from a page (sign-in starts a new session). */
async function signedIn(username: string, at = app()): Promise<Client> {
  const client = new Client(at);
  await client.signIn(username);
  await client.get('/sessions');
  return client;
}

const SERIES_FORM = {
  community: '', title: 'Indic technical workshops', slug: 'indic-monthly', description: 'One technical workshop a month.',
  scope: 'regional', cadence: 'monthly', cadenceWeek: '2', cadenceWeekday: '5', cadenceTime: '15:00', homeZone: 'Asia/Kolkata',
  languages: 'hi, bn, Tamil', defaultCapacity: '2', defaultDurationMinutes: '60',
};

describe('workshop series and sessions through plain forms', () => {
  it('an organizer starts a monthly series whose page names the rule and the next dates in the viewer’s zone', async () => {
    const client = await signedIn(organizer.username);
    const form = await client.get('/series/new');
    expect(form.status).toBe(200);
    expect(form.html).toContain(`<option value="${community.id}"`);
    const created = await client.post('/series/new', { ...SERIES_FORM, community: String(community.id) });
    expect(created.status).toBe(303);
    expect(created.headers.get('location')).toBe('/series/indic-monthly');
    const page = await client.get('/series/indic-monthly');
    expect(page.html).toContain('Monthly, on the second Saturday at 15:00 (Asia/Kolkata)');
    // 12 December 2026 15:00 in Kolkata, read by the organizer in Kolkata.
    expect(page.html).toContain('Sat, Dec 12, 2026, 03:00 PM GMT+5:30');
    const languages = await database.db.selectFrom('workshop_series').select('languages').where('slug', '=', 'indic-monthly').executeTakeFirstOrThrow();
    expect(languages.languages).toEqual(['hi', 'bn', 'ta']);
    const team = await database.db.selectFrom('series_team').select(['person_id', 'role']).execute();
    expect(team).toContainEqual({ person_id: organizer.id, role: 'organizer' });
  });

  it('refuses a series from someone who organizes no community, and bad input with nothing stored', async () => {
    const stranger = await signedIn('Sam Stranger');
    expect((await stranger.get('/series/new')).status).toBe(403);
    expect((await stranger.post('/series/new', { ...SERIES_FORM, slug: 'stranger-series', community: String(community.id) })).status).toBe(403);
    const client = await signedIn(organizer.username);
    const bad = await client.post('/series/new', { ...SERIES_FORM, slug: 'bad-one', community: String(community.id), homeZone: 'Mars/Olympus', languages: 'klingonish' });
    expect(bad.status).toBe(400);
    const none = await database.db.selectFrom('workshop_series').select('id').where('slug', '=', 'bad-one').execute();
    expect(none).toEqual([]);
  });

  it('hides the online link until one registers, waitlists when full, and promotes on cancellation', async () => {
    const series = await createSeries(database.db, { communityId: community.id, slug: 'links-series' });
    const session = await createSession(database.db, { seriesId: series.id, capacity: 1, onlineUrl: 'https://meet.example.org/secret-room' });
    const anonymous = new Client(app());
    const publicPage = await anonymous.get(`/sessions/${session.id}`);
    expect(publicPage.status).toBe(200);
    expect(publicPage.html).not.toContain('secret-room');
    expect(publicPage.html).toContain('Sign in to register');

    const kiran = await signedIn(learner.username);
    expect((await kiran.post(`/sessions/${session.id}/register`, {})).status).toBe(303);
    const registeredPage = await kiran.get(`/sessions/${session.id}`);
    expect(registeredPage.html).toContain('https://meet.example.org/secret-room');
    // Shown in Kathmandu time (+5:45) for Kiran: 09:30 UTC is 15:15.
    expect(registeredPage.html).toContain('03:15 PM GMT+5:45');

    const sam = await signedIn('Sam Stranger');
    expect((await sam.post(`/sessions/${session.id}/register`, {})).status).toBe(303);
    const waiting = await sam.get(`/sessions/${session.id}`);
    expect(waiting.html).toContain('You are number 1 on the waitlist.');
    expect(waiting.html).not.toContain('secret-room');

    const exported = await (await kiran.request('/me/export')).json() as { workshops: { registrations: { session: number; status: string }[] } };
    expect(exported.workshops.registrations).toEqual([expect.objectContaining({ session: session.id, status: 'registered' })]);

    await kiran.post(`/sessions/${session.id}/unregister`, {});
    const promoted = await sam.get(`/sessions/${session.id}`);
    expect(promoted.html).toContain('secret-room');
  });

  it('finds the time that suits Kolkata and Kathmandu evenings, schedules it, and the organizer marks attendance', async () => {
    const series = await createSeries(database.db, { communityId: community.id, slug: 'finder-series' });
    const session = await createSession(database.db, { seriesId: series.id, startsAt: null, capacity: 10 });
    await database.db.insertInto('session_facilitators').values({ session_id: session.id, person_id: learner.id }).execute();
    const client = await signedIn(organizer.username);
    const finder = await client.get(`/sessions/${session.id}/schedule?from=2026-12-02&to=2026-12-02`);
    expect(finder.status).toBe(200);
    // Kiran is free 18:00–21:00 in Kathmandu (12:15–15:15 UTC): a one-hour session fits from 12:30 to 14:00 UTC.
    const firstChoice = /name="startsAt" value="([^"]+)">Schedule at this time/.exec(finder.html)?.[1];
    expect(firstChoice).toBe('2026-12-02T12:30:00.000Z');
    expect(finder.html).toContain('1 of 1');

    const stranger = await signedIn('Sam Stranger');
    expect((await stranger.get(`/sessions/${session.id}/schedule`)).status).toBe(403);
    expect((await stranger.post(`/sessions/${session.id}/schedule`, { startsAt: firstChoice! })).status).toBe(403);

    expect((await client.post(`/sessions/${session.id}/schedule`, { startsAt: firstChoice! })).status).toBe(303);
    const row = await database.db.selectFrom('workshop_sessions').select('starts_at').where('id', '=', session.id).executeTakeFirstOrThrow();
    expect(row.starts_at).toEqual(new Date('2026-12-02T12:30:00Z'));
    expect((await client.post(`/sessions/${session.id}/schedule`, { startsAt: 'tomorrow' })).status).toBe(400);

    const sam = await signedIn('Sam Stranger');
    await sam.post(`/sessions/${session.id}/register`, {});
    const later = await signedIn(organizer.username, createTestApp(database.db, {}, () => new Date('2026-12-02T14:00:00Z')));
    const attendance = await later.get(`/sessions/${session.id}/attendance`);
    expect(attendance.html).toContain('Sam Stranger');
    expect((await later.post(`/sessions/${session.id}/attendance`, { attended: [] })).status).toBe(303);
    const marks = await database.db.selectFrom('session_registrations').select('attendance').where('session_id', '=', session.id).execute();
    expect(marks).toEqual([{ attendance: 'no-show' }]);
    const dashboard = await later.get('/series/finder-series/dashboard');
    expect(dashboard.status).toBe(200);
    expect(dashboard.html).toContain('0%');
    // The community's two members with hours (Kolkata and Kathmandu evenings) and Sam, registered, without any.
    expect(dashboard.html).toContain('Alternating between these 2 times reaches 2 of 3 people');
    expect((await later.get('/series/finder-series/dashboard?k=1')).html).toContain('This time reaches 2 of 3 people');
    expect((await later.get('/series/finder-series/dashboard?k=9')).status).toBe(400);
  });

  it('offers ranked times in a poll whose answers then rank the times, and refuses answers that are not options', async () => {
    const series = await createSeries(database.db, { communityId: community.id, slug: 'poll-series' });
    const session = await createSession(database.db, { seriesId: series.id, startsAt: null });
    const client = await signedIn(organizer.username);
    const options = ['2026-12-03T03:00:00.000Z', '2026-12-03T13:00:00.000Z'];
    expect((await client.post(`/sessions/${session.id}/poll`, { startsAt: options })).status).toBe(303);
    const voter = await signedIn('Sam Stranger');
    const page = await voter.get(`/sessions/${session.id}`);
    const ids = [...page.html.matchAll(/name="answers\.(\d+)" value="yes"/g)].map((m) => m[1]!);
    expect(ids).toHaveLength(2);
    // Sam has no hours on his profile: only his answer can make a time reach him, and 03:00 UTC is his "yes".
    expect((await voter.post(`/sessions/${session.id}/vote`, { [`answers.${ids[0]}`]: 'yes', [`answers.${ids[1]}`]: 'no' })).status).toBe(303);
    expect((await voter.post(`/sessions/${session.id}/vote`, { 'answers.99999999999': 'yes' })).status).toBe(400);
    expect((await voter.post(`/sessions/${session.id}/vote`, { 'answers.2147483647': 'yes' })).status).toBe(400);
    const finder = await client.get(`/sessions/${session.id}/schedule?from=2026-12-03&to=2026-12-03`);
    expect(/name="startsAt" value="([^"]+)">Schedule at this time/.exec(finder.html)?.[1]).toBe('2026-12-03T03:00:00.000Z');
  });

  it('lists upcoming sessions filtered by language and region, in the viewer’s zone, and in Hindi', async () => {
    const series = await createSeries(database.db, { communityId: community.id, slug: 'list-series' });
    await createSession(database.db, { seriesId: series.id, title: 'Lua in Hindi', language: 'hi', startsAt: new Date('2026-12-05T10:00:00Z') });
    await createSession(database.db, { seriesId: series.id, title: 'Templates in Bengali', language: 'bn', interpretation: ['hi'], startsAt: new Date('2026-12-06T10:00:00Z') });
    await createSession(database.db, { seriesId: series.id, title: 'Bots in Tamil', language: 'ta', startsAt: new Date('2026-12-07T10:00:00Z') });
    const client = new Client(app());
    const hindi = await client.get('/sessions?lang=hi');
    expect(hindi.html).toContain('Lua in Hindi');
    expect(hindi.html).toContain('Templates in Bengali'); // interpreted into Hindi
    expect(hindi.html).not.toContain('Bots in Tamil');
    // The language filter offers the languages sessions are given or interpreted in.
    expect(hindi.html).toContain('<option value="ta" lang="ta">');
    expect(hindi.html).not.toContain('<option value="sw"');
    const elsewhere = await client.get('/sessions?region=LAC');
    expect(elsewhere.html).not.toContain('Lua in Hindi');
    const dated = await client.get('/sessions?from=2026-12-07&to=2026-12-07');
    expect(dated.html).toContain('Bots in Tamil');
    expect(dated.html).not.toContain('Lua in Hindi');
    expect((await client.get('/sessions?region=Atlantis')).status).toBe(400);
    const inHindi = await client.get('/sessions?uselang=hi');
    expect(inHindi.html).toContain('<html lang="hi" dir="ltr">');
    expect((await client.get('/sessions/abc')).status).toBe(404);
    expect((await client.get('/series/no-such-series')).status).toBe(404);
  });
});
