import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listUpcomingSessions } from '../../src/domain/feeds/data.js';
import { sessionsAtom } from '../../src/web/feeds/atom.js';
import { sessionsCalendar } from '../../src/web/feeds/ical.js';
import { createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';
import { createCommunity, createPerson } from '../factories.js';
import { createSeries, createSession } from '../workshops/factories.js';
import { parseAtom, parseCalendar } from './parse.js';
import { MEETING_HOST, NOW } from './world.js';

// Sizes and build times of the two site-wide feeds with 50 upcoming sessions, printed for the record (the
// machine's load varies too much for limits on time).

const database = useTestDatabase();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed(run: () => unknown, times = 20): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

describe('the site-wide feeds with 50 sessions', () => {
  it('carry all 50, and their size and build time are printed', async () => {
    const db = database.db;
    const people = await Promise.all(['Asha', 'Bimal', 'Chitra', 'Deepak'].map((name) => createPerson(db, { username: `Size ${name}` })));
    const community = await createCommunity(db, { slug: 'size-techcom', name: 'Indic-TechCom', members: [people[0].id] });
    const series = await createSeries(db, { communityId: community.id, slug: 'size-monthly', title: 'Indic technical workshops', homeZone: 'Asia/Kolkata' });
    const languages = ['hi', 'bn', 'ta', 'te', 'ml'];
    for (let i = 0; i < 50; i++) {
      const session = await createSession(db, {
        seriesId: series.id, title: `Session ${i + 1}: writing Lua modules for infoboxes on small wikis`,
        startsAt: new Date(NOW.getTime() + (i + 1) * 3 * 86_400_000), durationMinutes: 90, language: languages[i % 5],
        interpretation: [languages[(i + 1) % 5], 'en'], facilitators: [people[i % 4].id, people[(i + 1) % 4].id], onlineUrl: `https://${MEETING_HOST}/${i}`,
      });
      await db.updateTable('workshop_sessions').set({
        description: 'We write a small Lua module together, test it on a sandbox page and move an infobox to it. Bring a wiki account; no programming experience is needed. '.repeat(2),
      }).where('id', '=', session.id).execute();
    }
    const app = createTestApp(db, {}, () => NOW);
    let start = performance.now();
    const ics = await (await app.request('http://localhost/feeds/sessions.ics')).text();
    const firstIcs = performance.now() - start;
    start = performance.now();
    const atom = await (await app.request('http://localhost/feeds/sessions.atom')).text();
    const firstAtom = performance.now() - start;
    expect(parseCalendar(ics).events).toHaveLength(50);
    expect(parseAtom(atom).entries).toHaveLength(50);
    expect(ics + atom).not.toContain(MEETING_HOST);

    const sessions = await listUpcomingSessions(db, NOW);
    const base = 'http://localhost';
    const buildIcs = await timed(() => sessionsCalendar(sessions, { base, name: 'Sangam: upcoming sessions' }));
    const buildAtom = await timed(() => sessionsAtom(sessions, { base, self: `${base}/feeds/sessions.atom`, alternate: `${base}/sessions`, title: 'Sangam: upcoming sessions', author: 'Sangam', emptyUpdated: NOW }));
    const query = await timed(() => listUpcomingSessions(db, NOW));
    const requestIcs = await timed(() => Promise.resolve(app.request('http://localhost/feeds/sessions.ics')).then((r) => r.text()));
    const requestAtom = await timed(() => Promise.resolve(app.request('http://localhost/feeds/sessions.atom')).then((r) => r.text()));
    const kb = (text: string) => `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB (${(gzipSync(text).length / 1024).toFixed(1)} KB gzip)`;
    console.log([
      'feeds with 50 upcoming sessions (median of 20 runs):',
      `  /feeds/sessions.ics  ${kb(ics)}; built in ${buildIcs.toFixed(1)} ms; first request ${firstIcs.toFixed(1)} ms, later ones (rendering reused) ${requestIcs.toFixed(1)} ms`,
      `  /feeds/sessions.atom ${kb(atom)}; built in ${buildAtom.toFixed(1)} ms; first request ${firstAtom.toFixed(1)} ms, later ones ${requestAtom.toFixed(1)} ms`,
      `  the query with facilitators and skills: ${query.toFixed(1)} ms`,
    ].join('\n'));
  });
});
