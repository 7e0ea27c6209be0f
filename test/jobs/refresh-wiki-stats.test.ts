import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { refreshWikiStats } from '../../src/jobs/refresh-wiki-stats.js';
import { useTestDatabase } from '../db.js';

const database = useTestDatabase();
const recorded = readFileSync(join(import.meta.dirname, '../fixtures/siteinfo-statistics.banwiki.json'), 'utf8');

/** What each fake wiki (a path prefix on one loopback server) answers, and what it was asked. */
type Answer = { status: number; body: string; headers?: Record<string, string> };
let answers: Record<string, Answer> = {};
let requests: { wiki: string; url: string; headers: IncomingHttpHeaders }[] = [];
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const wiki = req.url!.split('/')[1];
    requests.push({ wiki, url: req.url!, headers: req.headers });
    const answer = answers[wiki] ?? { status: 404, body: 'no such wiki' };
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const NOW = new Date('2026-12-01T03:00:00Z');
// Three wikis, made the stalest of all and pointed at the fake server (in that order: as_of, then dbname).
const WIKIS = ['banwiki', 'bugwiki', 'kgewiki'];

beforeEach(async () => {
  answers = {};
  requests = [];
  const { db } = database;
  await db.updateTable('wiki_stats').set({ as_of: '2026-11-20', source: 'siteinfo' }).execute();
  for (const dbname of WIKIS) {
    await db.updateTable('wikis').set({ url: `${base}/${dbname}` }).where('dbname', '=', dbname).execute();
    await db.updateTable('wiki_stats').set({ as_of: '2025-11-05', source: 'snapshot' }).where('dbname', '=', dbname).execute();
  }
});

const row = (dbname: string) => database.db.selectFrom('wiki_stats').selectAll().where('dbname', '=', dbname).executeTakeFirstOrThrow();

describe('refreshing wiki statistics from siteinfo', () => {
  it('reads the stalest wikis one by one, politely, and stores their figures as of today', async () => {
    const bigger = JSON.parse(recorded);
    bigger.query.statistics.admins = 4;
    bigger.query.statistics.activeusers = 170;
    answers = {
      banwiki: { status: 200, body: JSON.stringify(bigger) },
      bugwiki: { status: 200, body: recorded },
      kgewiki: { status: 200, body: recorded },
    };
    const counts = await refreshWikiStats(database.db, NOW, { limit: 2 });
    expect(counts).toEqual({ refreshed: 2, failed: 0, lagged: false });
    expect(requests.map((r) => r.wiki)).toEqual(['banwiki', 'bugwiki']);
    const url = new URL(requests[0].url, base);
    expect(url.pathname).toBe('/banwiki/w/api.php');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      action: 'query', meta: 'siteinfo', siprop: 'statistics', format: 'json', formatversion: '2', maxlag: '5',
    });
    expect(requests[0].headers['user-agent']).toMatch(/^Sangam\/[\d.]+ \(.*https:\/\//);
    expect(await row('banwiki')).toMatchObject({ admins: 4, active_users: 170, articles: 33792, files: 143, as_of: '2026-12-01', source: 'siteinfo' });
    expect(await row('kgewiki')).toMatchObject({ as_of: '2025-11-05', source: 'snapshot' });

    // Run again: the refreshed wikis are no longer stale, so only the third is read; nothing else changes.
    requests = [];
    expect(await refreshWikiStats(database.db, NOW, { limit: 2 })).toEqual({ refreshed: 1, failed: 0, lagged: false });
    expect(requests.map((r) => r.wiki)).toEqual(['kgewiki']);
    expect(await row('banwiki')).toMatchObject({ admins: 4, as_of: '2026-12-01' });
    expect(await refreshWikiStats(database.db, NOW, { limit: 2 })).toEqual({ refreshed: 0, failed: 0, lagged: false });
  });

  it('keeps a wiki’s row as it was when it answers with something malformed or an HTTP error, and goes on', async () => {
    const before = await row('banwiki');
    const bugBefore = await row('bugwiki');
    answers = {
      banwiki: { status: 200, body: JSON.stringify({ batchcomplete: true, query: { statistics: { pages: 'many' } } }) },
      bugwiki: { status: 500, body: '<html>Internal error</html>' },
      kgewiki: { status: 200, body: recorded },
    };
    expect(await refreshWikiStats(database.db, NOW, { limit: 3 })).toEqual({ refreshed: 1, failed: 2, lagged: false });
    expect(await row('banwiki')).toEqual(before);
    expect(await row('bugwiki')).toEqual(bugBefore);
    expect(await row('kgewiki')).toMatchObject({ source: 'siteinfo', as_of: '2026-12-01' });

    answers = { banwiki: { status: 200, body: 'not json at all' } };
    expect(await refreshWikiStats(database.db, NOW, { limit: 1 })).toEqual({ refreshed: 0, failed: 1, lagged: false });
    expect(await row('banwiki')).toEqual(before);
  });

  it('stops the run when a wiki says its replicas lag (maxlag), leaving the rest for the next run', async () => {
    answers = {
      banwiki: { status: 200, body: recorded },
      bugwiki: { status: 200, body: JSON.stringify({ error: { code: 'maxlag', info: 'Waiting for a database server: 6 seconds lagged.' } }), headers: { 'retry-after': '5' } },
      kgewiki: { status: 200, body: recorded },
    };
    expect(await refreshWikiStats(database.db, NOW, { limit: 3 })).toEqual({ refreshed: 1, failed: 0, lagged: true });
    expect(requests.map((r) => r.wiki)).toEqual(['banwiki', 'bugwiki']);
    expect(await row('bugwiki')).toMatchObject({ source: 'snapshot' });

    requests = [];
    answers.bugwiki = { status: 503, body: 'lagged', headers: { 'retry-after': '5' } };
    expect(await refreshWikiStats(database.db, NOW, { limit: 3 })).toEqual({ refreshed: 0, failed: 0, lagged: true });
    expect(requests.map((r) => r.wiki)).toEqual(['bugwiki']);
  });

  it('never replaces newer statistics with an older reading', async () => {
    await database.db.updateTable('wiki_stats').set({ as_of: '2027-01-01', source: 'siteinfo', admins: 9 }).where('dbname', '=', 'kgewiki').execute();
    const { saveWikiStatistics } = await import('../../src/domain/wikis/mutations.js');
    await saveWikiStatistics(database.db, {
      dbname: 'kgewiki', articles: 1, pages: 1, edits: 1, admins: 0, users: 1, activeUsers: 1, files: 0, asOf: '2026-12-01', source: 'siteinfo',
    });
    expect(await row('kgewiki')).toMatchObject({ as_of: '2027-01-01', admins: 9 });
  });
});

describe('the snapshot at every start', () => {
  it('loaded the 343 Wikipedias, and loading again keeps refreshed rows', async () => {
    const { importWikiStats, readWikiStatsSnapshot } = await import('../../src/db/reference/wiki-stats.js');
    await database.db.updateTable('wiki_stats').set({ as_of: '2026-12-01', source: 'siteinfo', admins: 42 }).where('dbname', '=', 'banwiki').execute();
    await database.db.updateTable('wiki_stats').set({ admins: 42 }).where('dbname', '=', 'bugwiki').execute();
    await database.db.updateTable('wiki_stats').set({ as_of: '2025-11-05', source: 'snapshot' }).where('dbname', '=', 'bugwiki').execute();
    const rows = readWikiStatsSnapshot();
    expect(await importWikiStats(database.db, [...rows, { ...rows[0], dbname: 'nosuchwiki' }])).toEqual({ loaded: 343, skipped: 1 });
    expect(await row('banwiki')).toMatchObject({ admins: 42, source: 'siteinfo' });
    expect(await row('bugwiki')).toMatchObject({ admins: 1, source: 'snapshot' });
    const { n } = await database.db.selectFrom('wiki_stats').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(n)).toBe(343);
  });
});
