import { beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';
import { createPerson } from '../factories.js';
import { createSession, register } from '../workshops/factories.js';
import { parseCalendar } from './parse.js';
import { buildSeriesWorld, MEETING_HOST, NOW } from './world.js';

const database = useTestDatabase();
let world: Awaited<ReturnType<typeof buildSeriesWorld>>;
const app = () => createTestApp(database.db, {}, () => NOW);
const uid = (id: number) => `sangam-session-${id}@localhost`;

beforeAll(async () => {
  world = await buildSeriesWorld(database.db, 'ical');
});

async function calendar(path: string, headers: Record<string, string> = {}) {
  const response = await app().request(`http://localhost${path}`, { headers });
  const text = await response.text();
  return { response, text };
}

describe('public calendars', () => {
  it('lists every upcoming public session once, in UTC, with its sequence and no online link', async () => {
    const { response, text } = await calendar('/feeds/sessions.ics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(text).not.toContain(MEETING_HOST);
    const { events } = parseCalendar(text);
    const uids = events.map((e) => e.uid);
    // The session running now is still upcoming; past, cancelled and unscheduled ones are not.
    expect(uids).toEqual(expect.arrayContaining([uid(world.running.id), uid(world.upcoming.id)]));
    for (const gone of [world.recent, world.old, world.cancelled, world.unscheduled]) expect(uids).not.toContain(uid(gone.id));
    const lua = events.find((e) => e.uid === uid(world.upcoming.id))!;
    expect(lua.summary).toBe('Writing Lua modules <b>& "templates"</b>');
    expect(lua.start).toBe('2026-12-12T09:30:00.000Z');
    expect(lua.end).toBe('2026-12-12T11:00:00.000Z');
    expect(lua.startZone).toBe('UTC');
    expect(lua.sequence).toBe(2);
    expect(lua.status).toBe('CONFIRMED');
    expect(lua.stamp).toBe('2026-11-20T08:00:00.000Z');
    expect(lua.lastModified).toBe('2026-11-20T08:00:00.000Z');
    expect(lua.url).toBe(`http://localhost/sessions/${world.upcoming.id}`);
    expect(lua.location).toBeNull();
    expect(lua.description).toContain('Language: हिन्दी (hi)');
    expect(lua.description).toContain('Interpretation: বাংলা (bn), தமிழ் (ta)');
    expect(lua.description).toContain('Facilitators: Anjali Rao');
    expect(lua.description).toContain(`http://localhost/sessions/${world.upcoming.id}`);
  });

  it('answers 304 to a client that already has the current calendar', async () => {
    const first = await calendar('/feeds/sessions.ics');
    const etag = first.response.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await calendar('/feeds/sessions.ics', { 'if-none-match': etag });
    expect(again.response.status).toBe(304);
    expect(again.text).toBe('');
    expect((await calendar('/feeds/sessions.ics', { 'if-none-match': 'W/"something-else"' })).response.status).toBe(200);
  });

  it('gives a series calendar its upcoming and recent sessions, cancelled ones marked cancelled', async () => {
    const { response, text } = await calendar(`/series/${world.series.slug}/calendar.ics`);
    expect(response.status).toBe(200);
    expect(text).not.toContain(MEETING_HOST);
    const { name, events } = parseCalendar(text);
    expect(name).toBe('ical technical workshops');
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect([...byUid.keys()].sort()).toEqual([world.upcoming, world.cancelled, world.running, world.recent].map((s) => uid(s.id)).sort());
    expect(byUid.get(uid(world.cancelled.id))).toMatchObject({ status: 'CANCELLED', sequence: 1, start: '2026-12-19T09:30:00.000Z' });
    expect(byUid.get(uid(world.recent.id))).toMatchObject({ status: 'CONFIRMED', sequence: 0 });
  });

  it('offers one session as a file to import, cancelled or not', async () => {
    const { response, text } = await calendar(`/sessions/${world.cancelled.id}/calendar.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="sangam-session-${world.cancelled.id}.ics"`);
    const { events } = parseCalendar(text);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ uid: uid(world.cancelled.id), status: 'CANCELLED', summary: 'Gadgets for beginners' });
    expect(text).not.toContain(MEETING_HOST);
  });

  it('answers unknown, unscheduled and malformed addresses with the localized not-found page', async () => {
    for (const path of [`/sessions/${world.unscheduled.id}/calendar.ics`, '/sessions/999999/calendar.ics', '/sessions/abc/calendar.ics',
      '/series/no-such-series/calendar.ics', '/series/NOT_A_SLUG/calendar.ics']) {
      const { response, text } = await calendar(path, { 'accept-language': 'hi' });
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(text).toContain('lang="hi"');
    }
  });

  it('uses the configured public address in links and UIDs', async () => {
    const configured = createTestApp(database.db, { PUBLIC_URL: 'https://sangam.example.org/' }, () => NOW);
    const text = await (await configured.request('http://localhost/feeds/sessions.ics')).text();
    const lua = parseCalendar(text).events.find((e) => e.uid === `sangam-session-${world.upcoming.id}@sangam.example.org`);
    expect(lua?.url).toBe(`https://sangam.example.org/sessions/${world.upcoming.id}`);
  });
});

describe("a person's private calendar", () => {
  async function signedIn(username: string) {
    const client = new Client(app());
    await client.signIn(username);
    return client;
  }

  /** Creates or replaces the address through the page, as a person would, and reads it back from the page. */
  async function newAddress(client: Client): Promise<string> {
    await client.get('/me/calendar');
    const response = await client.post('/me/calendar', {});
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/me/calendar');
    const { html } = await client.get('/me/calendar');
    const address = /id="calendar-address" type="url" value="([^"]+)"/.exec(html)?.[1];
    expect(address).toMatch(/^http:\/\/localhost\/feeds\/me\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(html).toContain(`href="${address!.replace('http:', 'webcal:')}"`);
    return address!;
  }

  it('holds the sessions I take part in, with the online link only where I may join', async () => {
    const db = database.db;
    const me = await createPerson(db, { username: 'Private Learner' });
    const { series } = world;
    const waiting = await createSession(db, { seriesId: series.id, title: 'Full workshop', startsAt: new Date('2026-12-05T10:00:00Z'), onlineUrl: `https://${MEETING_HOST}/full` });
    const leaving = await createSession(db, { seriesId: series.id, title: 'I changed my mind', startsAt: new Date('2026-12-06T10:00:00Z'), onlineUrl: `https://${MEETING_HOST}/left` });
    const leading = await createSession(db, { seriesId: series.id, title: 'I lead this one', startsAt: new Date('2026-12-07T10:00:00Z'), facilitators: [me.id], onlineUrl: `https://${MEETING_HOST}/lead` });
    const other = await createSession(db, { seriesId: series.id, title: 'Someone else’s', startsAt: new Date('2026-12-08T10:00:00Z') });
    await register(db, world.upcoming.id, me.id);
    await register(db, world.cancelled.id, me.id);
    await register(db, world.old.id, me.id);
    await register(db, waiting.id, me.id, 'waitlisted');
    await register(db, leaving.id, me.id, 'cancelled');
    const upcomingLink = (await db.selectFrom('workshop_sessions').select('online_url').where('id', '=', world.upcoming.id).executeTakeFirstOrThrow()).online_url;

    const client = await signedIn('Private Learner');
    const address = await newAddress(client);
    const response = await app().request(address);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const { events } = parseCalendar(await response.text());
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect([...byUid.keys()].sort()).toEqual([world.upcoming, world.cancelled, waiting, leading].map((s) => uid(s.id)).sort());
    expect(byUid.has(uid(leaving.id))).toBe(false);
    expect(byUid.has(uid(other.id))).toBe(false);
    // More than 30 days ago: gone.
    expect(byUid.has(uid(world.old.id))).toBe(false);

    const registered = byUid.get(uid(world.upcoming.id))!;
    expect(registered).toMatchObject({ status: 'CONFIRMED', sequence: 2, location: upcomingLink });
    expect(registered.description).toContain(`Join online: ${upcomingLink}`);
    expect(byUid.get(uid(leading.id))).toMatchObject({ status: 'CONFIRMED', location: `https://${MEETING_HOST}/lead` });
    const waitlisted = byUid.get(uid(waiting.id))!;
    expect(waitlisted).toMatchObject({ status: 'TENTATIVE', location: null });
    expect(waitlisted.description).not.toContain(MEETING_HOST);
    const cancelled = byUid.get(uid(world.cancelled.id))!;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', location: null });
    expect(cancelled.description).not.toContain(MEETING_HOST);
  });

  it('stops answering at the old address once I replace it, and never hints why', async () => {
    await createPerson(database.db, { username: 'Token Replacer' });
    const client = await signedIn('Token Replacer');
    const first = await newAddress(client);
    expect((await app().request(first)).status).toBe(200);
    const second = await newAddress(client);
    expect(second).not.toBe(first);
    const old = await app().request(first);
    expect(old.status).toBe(404);
    const unknown = await app().request('http://localhost/feeds/me/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics');
    expect(unknown.status).toBe(404);
    // The same page either way (it only repeats the address asked for, in the language selector's return path).
    const tokenOf = (address: string) => /([A-Za-z0-9_-]{43})\.ics$/.exec(address)![1];
    expect((await unknown.text()).replaceAll('A'.repeat(43), '')).toBe((await old.text()).replaceAll(tokenOf(first), ''));
    for (const path of ['/feeds/me/short.ics', '/feeds/me/..%2F..%2Fetc.ics', `/feeds/me/${'x'.repeat(5000)}.ics`]) {
      expect((await app().request(`http://localhost${path}`)).status, path).toBe(404);
    }
    expect((await app().request(second)).status).toBe(200);
  });

  it('is explained on a page reached from my profile, in my language, and only for me', async () => {
    const visitor = await app().request('http://localhost/me/calendar');
    expect(visitor.status).toBe(303);
    expect(visitor.headers.get('location')).toBe('/signin?return=%2Fme%2Fcalendar');
    await createPerson(database.db, { username: 'Hindi Reader' });
    const client = new Client(app(), { 'accept-language': 'hi' });
    await client.signIn('Hindi Reader');
    expect((await client.get('/me')).html).toContain('href="/me/calendar"');
    const before = await client.get('/me/calendar');
    expect(before.html).toContain('आपका कैलेंडर');
    expect(before.html).toContain('कैलेंडर पता बनाएँ');
    expect(before.html).not.toContain('/feeds/me/');
    await client.post('/me/calendar', {});
    const after = await client.get('/me/calendar');
    expect(after.html).toContain('आपका कैलेंडर पता तैयार है।');
    expect(after.html).toContain('पता बदलें');
    // Without the form's token nothing is created or replaced.
    const forged = await client.post('/me/calendar', {}, false);
    expect(forged.status).toBe(403);
    expect((await client.get('/me/calendar')).html).toContain(/value="([^"]+)"/.exec(after.html.slice(after.html.indexOf('calendar-address')))![1]);
  });
});
