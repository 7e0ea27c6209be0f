import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';
import { createCommunity } from '../factories.js';
import { createSeries, createSession } from '../workshops/factories.js';
import { parseAtom } from './parse.js';
import { buildSeriesWorld, MEETING_HOST, NOW } from './world.js';

const database = useTestDatabase();
let world: Awaited<ReturnType<typeof buildSeriesWorld>>;
let sibling: { id: number; slug: string };
let siblingSession: { id: number };
let elsewhere: { id: number };
const app = () => createTestApp(database.db, {}, () => NOW);
const page = (id: number) => `http://localhost/sessions/${id}`;

beforeAll(async () => {
  world = await buildSeriesWorld(database.db, 'atom');
  // A second series of the same community, and a session of another community.
  sibling = await createSeries(database.db, { communityId: world.community.id, slug: 'atom-hackathons', title: 'Atom hackathons' });
  siblingSession = await createSession(database.db, { seriesId: sibling.id, title: 'Bot hackathon', startsAt: new Date('2026-12-20T14:00:00Z'), onlineUrl: `https://${MEETING_HOST}/hack` });
  const other = await createCommunity(database.db, { slug: 'atom-other', name: 'Other community' });
  const otherSeries = await createSeries(database.db, { communityId: other.id, slug: 'atom-other-series' });
  elsewhere = await createSession(database.db, { seriesId: otherSeries.id, title: 'Elsewhere', startsAt: new Date('2026-12-21T14:00:00Z') });
});

async function feed(path: string, headers: Record<string, string> = {}) {
  const response = await app().request(`http://localhost${path}`, { headers });
  return { response, text: await response.text() };
}

describe('Atom feeds', () => {
  it('lists all upcoming public sessions with what RFC 4287 requires, and no online link', async () => {
    const { response, text } = await feed('/feeds/sessions.atom');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(text).not.toContain(MEETING_HOST);
    const atom = parseAtom(text);
    expect(atom.id).toBe('http://localhost/feeds/sessions.atom');
    expect(atom.links).toEqual(expect.arrayContaining([
      { rel: 'self', href: 'http://localhost/feeds/sessions.atom' }, { rel: 'alternate', href: 'http://localhost/sessions' },
    ]));
    expect(atom.entries.map((e) => e.id)).toEqual([world.running, world.upcoming, siblingSession, elsewhere].map((s) => page(s.id)));
    // The feed was last updated when its latest entry was.
    const latest = atom.entries.map((e) => e.updated).sort().at(-1);
    expect(atom.updated).toBe(latest);
  });

  it('shows titles as the plain text they are, and the time in UTC and in the home zone', async () => {
    const atom = parseAtom((await feed('/feeds/sessions.atom')).text);
    const lua = atom.entries.find((e) => e.id === page(world.upcoming.id))!;
    expect(lua.title).toBe('Writing Lua modules <b>& "templates"</b>');
    expect(lua.updated).toBe('2026-11-20T08:00:00.000Z');
    expect(lua.links).toEqual([{ rel: 'alternate', href: page(world.upcoming.id) }]);
    expect(lua.authors).toEqual(['Anjali Rao']);
    expect(lua.summary).toContain('2026-12-12 09:30 UTC · 2026-12-12 15:00 (Asia/Kolkata, UTC+05:30)');
    expect(lua.summary).toContain('Language: हिन्दी (hi)');
    expect(lua.summary).toContain('Interpretation: বাংলা (bn), தமிழ் (ta)');
    // Markup in a title reaches the reader as text, not as markup.
    expect((await feed('/feeds/sessions.atom')).text).not.toContain('<b>');
  });

  it('gives a series its upcoming and recent sessions, cancelled ones said to be cancelled', async () => {
    const { response, text } = await feed(`/series/${world.series.slug}/feed.atom`);
    expect(response.status).toBe(200);
    expect(text).not.toContain(MEETING_HOST);
    const atom = parseAtom(text);
    expect(atom.title).toBe('atom technical workshops');
    expect(atom.authors).toEqual(['atom TechCom']);
    expect(atom.links).toEqual(expect.arrayContaining([
      { rel: 'self', href: `http://localhost/series/${world.series.slug}/feed.atom` }, { rel: 'alternate', href: `http://localhost/series/${world.series.slug}` },
    ]));
    expect(atom.entries.map((e) => e.id)).toEqual([world.recent, world.running, world.upcoming, world.cancelled].map((s) => page(s.id)));
    const cancelled = atom.entries.find((e) => e.id === page(world.cancelled.id))!;
    expect(cancelled.title).toBe('Gadgets for beginners (cancelled)');
    expect(cancelled.summary).toContain('CANCELLED');
  });

  it('gives a community the sessions of all its series and no one else’s', async () => {
    const atom = parseAtom((await feed(`/communities/${world.community.slug}/feed.atom`)).text);
    expect(atom.title).toBe('atom TechCom: sessions');
    const ids = atom.entries.map((e) => e.id);
    expect(ids).toContain(page(siblingSession.id));
    expect(ids).toContain(page(world.upcoming.id));
    expect(ids).not.toContain(page(elsewhere.id));
    expect(ids).not.toContain(page(world.old.id));
  });

  it('is a valid feed with no entries, and answers 304 when unchanged', async () => {
    const empty = await createSeries(database.db, { communityId: world.community.id, slug: 'atom-empty', title: 'Nothing yet' });
    const { response, text } = await feed(`/series/${empty.slug}/feed.atom`);
    const atom = parseAtom(text);
    expect(atom.entries).toEqual([]);
    expect(atom.title).toBe('Nothing yet');
    const again = await feed(`/series/${empty.slug}/feed.atom`, { 'if-none-match': response.headers.get('etag')! });
    expect(again.response.status).toBe(304);
  });

  it('answers unknown series and communities with the not-found page', async () => {
    for (const path of ['/series/no-such/feed.atom', '/communities/no-such/feed.atom', '/communities/Not%20A%20Slug/feed.atom']) {
      const { response } = await feed(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    }
  });
});
