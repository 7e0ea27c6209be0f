import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/db/seed/demo.js';
import { DEMO_EVENT_SLUG, DEMO_PROPOSAL_CALL_SLUG, DEMO_SERIES_SLUG, seedDemoWorkshops } from '../../src/db/seed/demo-workshops.js';
import { Client, createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';

const database = useTestDatabase();
const now = new Date('2026-11-22T12:00:00Z');
const app = () => createTestApp(database.db, {}, () => now);
const PAGE_BUDGET = 14 * 1024;

beforeAll(async () => {
  await seedDemo(database.db, now);
});

async function organizer(): Promise<Client> {
  const client = new Client(app());
  await client.signIn('Demo Organizer');
  return client;
}

describe('demo workshops', () => {
  it('give Indic-TechCom a monthly series with held sessions, three coming ones and a waitlist', async () => {
    const page = await new Client(app()).get(`/series/${DEMO_SERIES_SLUG}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('Monthly, on the second Saturday at 15:00 (Asia/Kolkata)');
    expect(page.html).toContain('Pywikibot for small wikis');
    expect(page.html).toContain('Your first Lua module'); // held, with its recording
    expect(page.html).toContain('Proposals for the 2027 workshops');
    const sessions = await database.db.selectFrom('workshop_sessions as ws').innerJoin('workshop_series as s', 's.id', 'ws.series_id')
      .select(['ws.starts_at', 'ws.capacity'])
      .select((eb) => eb.selectFrom('session_registrations as r').whereRef('r.session_id', '=', 'ws.id').where('r.status', '=', 'waitlisted').select(eb.fn.countAll<string>().as('n')).as('waiting'))
      .where('s.slug', '=', DEMO_SERIES_SLUG).orderBy('ws.starts_at').execute();
    expect(sessions.filter((s) => s.starts_at! < now)).toHaveLength(2);
    expect(sessions.filter((s) => s.starts_at! > now)).toHaveLength(3);
    expect(Number(sessions.find((s) => s.starts_at! > now)!.waiting)).toBeGreaterThan(0);
    expect(await seedDemoWorkshops(database.db, now)).toBe(false);
  });

  it('open a call whose review board shows interest apart from the scores', async () => {
    const client = await organizer();
    const call = await client.get(`/cfp/${DEMO_PROPOSAL_CALL_SLUG}`);
    expect(call.status).toBe(200);
    expect(call.html).toContain('Discussing a shared Indic citation template');
    const board = await client.get(`/cfp/${DEMO_PROPOSAL_CALL_SLUG}/review`);
    expect(board.status).toBe(200);
    expect(board.html).toContain('Lua error messages in your language');
  });

  it('show the hackathon and the upcoming sessions in the feeds', async () => {
    const client = new Client(app());
    const ics = await client.request('/feeds/sessions.ics');
    expect(ics.status).toBe(200);
    const text = await ics.text();
    expect(text).toContain('SUMMARY:Gadgets for Indic scripts');
    expect(text).toContain('SUMMARY:Pywikibot for small wikis');
    const frab = await client.request(`/series/${DEMO_EVENT_SLUG}/schedule.json`);
    expect(frab.status).toBe(200);
    expect(JSON.stringify(await frab.json())).toContain('SPARQL for list articles');
  });

  it('keep every workshop page within the 14 KB budget, in English and Hindi', async () => {
    const client = await organizer();
    const first = await database.db.selectFrom('workshop_sessions').select('id').where('starts_at', '>', now).orderBy('starts_at').executeTakeFirstOrThrow();
    for (const path of ['/sessions', '/series', `/series/${DEMO_SERIES_SLUG}`, `/series/${DEMO_SERIES_SLUG}/dashboard`, `/sessions/${first.id}`,
      `/sessions/${first.id}/attendance`, `/series/${DEMO_SERIES_SLUG}/sessions/new`, `/cfp/${DEMO_PROPOSAL_CALL_SLUG}`]) {
      for (const lang of ['en', 'hi']) {
        const page = await client.get(`${path}${path.includes('?') ? '&' : '?'}uselang=${lang}`);
        expect(page.status, path).toBe(200);
        expect(gzipSync(page.html).length, `${path} in ${lang}`).toBeLessThanOrEqual(PAGE_BUDGET);
      }
    }
  });
});
