// Page benchmark: a throwaway PostgreSQL with the demo community plus 100,000 generated profiles,
// the real app served over loopback HTTP, and for each page its gzip size and latency under load.
// See bench/README.md. Run with `npm run bench`.

import { performance } from 'node:perf_hooks';
import { CONCURRENCY, request, type LoadResult } from './load.js';
import { sql } from 'kysely';
import { DEMO_ORGANIZER } from '../src/db/seed/demo-mentorship.js';
import type { DemoPerson } from '../src/db/seed/demo-people.types.js';
import {
  decoded, explainPage, loadInWorker, ms1, percentile, seconds, seedDemoAndPeople, serveApp, signIn, startBenchDatabase,
  type BenchApp, type BenchDatabase, type DemoRef,
} from './harness.js';

// ---------------------------------------------------------------------------------------------
// Settings and budgets

const EXTRA_PEOPLE = 100_000;
const EXTRA_SEED = 7_919; // not the demo's seed (2026), so these are other people
const WARMUP = 20;
const REQUESTS = 200;
const WARMUP_TIME_LIMIT_MS = 3_000; // a page's warm-up stops early past this
const PAGE_TIME_LIMIT_MS = 10_000; // and its measured requests too (slow pages get fewer samples: see the n column)
const THROUGHPUT_MS = 5_000;
const THROUGHPUT_MAX_REQUESTS = 200_000;
const DB_POOL_SIZE = 10;

const PAGE_BUDGET = 14_336; // 14 KB gzip: the first TCP round trip's worth (initial congestion window)
const STYLESHEET_BUDGET = 12_288; // 12 KB gzip
const DIRECTORY_P95_BUDGET_MS = 50;
const EXPLAIN_MIN_MS = 5; // queries at least this slow get an EXPLAIN (ANALYZE, BUFFERS) for slow pages

// ---------------------------------------------------------------------------------------------
// Data

/** Someone who wants to learn a technical skill, gives availability, and can use the development sign-in as is. */
function pickViewer(people: DemoPerson[], ref: DemoRef): DemoPerson {
  const category = new Map(ref.skills.map((s) => [s.slug, s.category]));
  const signInable = (u: string) => /^[A-Z][^#<>[\]|{}/@:_\u0000-\u001f]*$/u.test(u) && u.length <= 85 && u.trim() === u;
  const candidates = people.filter((p) => signInable(p.username) && p.availability.length >= 10 && p.skills.some((s) => s.kind === 'learn'));
  const best = candidates.find((p) => p.skills.some((s) => s.kind === 'learn' && category.get(s.slug) === 'technical' && s.level <= 2));
  const chosen = best ?? candidates[0];
  if (!chosen) throw new Error('no generated person fits as the signed-in viewer');
  return chosen;
}

// ---------------------------------------------------------------------------------------------

interface PageSpec {
  label: string;
  path: string;
  cookie?: string;
  /** Signed in: the username every page shows in its header, checked on the first reply. */
  signedInAs?: string;
  /** A directory search: held to the p95 budget. */
  directory: boolean;
}

interface PageResult {
  spec: PageSpec;
  statuses: Map<number, number>;
  encoding: string;
  wireBytes: number;
  htmlBytes: number;
  p50: number;
  p95: number;
  done: number;
}

export async function runBenchmark(): Promise<void> {
  const totalStarted = performance.now();
  let database: BenchDatabase | null = null;
  let app: BenchApp | null = null;
  let exitCode = 1;

  try {
    // 1. Database and data ------------------------------------------------------------------
    database = await startBenchDatabase('page benchmark', DB_POOL_SIZE);
    const db = database.db;
    const now = new Date();
    const { demo, people, ref, seedMs } = await seedDemoAndPeople(db, now, EXTRA_PEOPLE, EXTRA_SEED);

    const demoProfile = await sql<{ username: string }>`
      select p.username from people p join person_skills ps on ps.person_id = p.id
      where p.id <= ${demo} and p.vis_about = 0 and p.vis_skills = 0 and p.vis_languages = 0 and p.username !~ '[_/?#%]'
      group by p.id order by count(*) desc, p.id limit 1`.execute(db);
    const profileName = demoProfile.rows[0]?.username;
    if (!profileName) throw new Error('no public demo profile found');
    const viewerPerson = pickViewer(people, ref);
    // An active demo mentorship with the most check-ins: its page, as an organizer sees it.
    const mentorship = await sql<{ id: number; checkins: number }>`
      select m.id, count(*)::int as checkins from mentorships m join mentorship_checkins c on c.mentorship_id = m.id
      where m.status = 'active' group by m.id order by count(*) desc, m.id limit 1`.execute(db);
    const mentorshipId = mentorship.rows[0]?.id;
    if (!mentorshipId) throw new Error('no active demo mentorship with check-ins found');
    // The demo series' next session (full, with a waitlist), as a signed-in learner sees it.
    const nextSession = await db.selectFrom('workshop_sessions').select('id').where('starts_at', '>', now).orderBy('starts_at').executeTakeFirst();
    if (!nextSession) throw new Error('no upcoming demo session found');

    // 2. The app over loopback HTTP ----------------------------------------------------------
    app = await serveApp(db, database.dir, DB_POOL_SIZE);
    const { agent, port } = app;

    const home = await request(agent, port, '/');
    const stylesheetPath = /<link rel="stylesheet" href="(\/assets\/style-[^"]+\.css)"/.exec(decoded(home))?.[1];
    if (!stylesheetPath) throw new Error('no stylesheet link on /');
    const stylesheet = await request(agent, port, stylesheetPath);

    // Sign in through the development sign-in, as a browser would: a generated learner, and the demo organizer.
    const cookie = await signIn(app, viewerPerson.username);
    const learns = viewerPerson.skills.filter((s) => s.kind === 'learn').map((s) => `${s.slug}@${s.level}`).join(', ');
    console.log(`  signed in as "${viewerPerson.username}" (learns ${learns}; ${viewerPerson.availability.length} h/week available)`);
    const organizerCookie = await signIn(app, DEMO_ORGANIZER);
    console.log(`  signed in as "${DEMO_ORGANIZER}" (organizer); mentorship page: /mentorships/${mentorshipId} (active, ${mentorship.rows[0].checkins} check-ins)`);

    // 3. Pages ---------------------------------------------------------------------------------
    const profilePath = `/people/${encodeURIComponent(profileName.replace(/ /g, '_'))}`;
    const viewer = viewerPerson.username;
    const pages: PageSpec[] = [
      { label: '/', path: '/', directory: false },
      { label: '/people', path: '/people', directory: true },
      { label: '/people?skill=technical', path: '/people?skill=technical', directory: true },
      { label: '/people?skill=lua-modules&kind=share', path: '/people?skill=lua-modules&kind=share', directory: true },
      { label: '/people?lang=hi', path: '/people?lang=hi', directory: true },
      { label: '/people?region=SSA&kind=learn', path: '/people?region=SSA&kind=learn', directory: true },
      { label: '/people?q=asha', path: '/people?q=asha', directory: true },
      { label: '/people?skill=wikidata&lang=es&region=LAC', path: '/people?skill=wikidata&lang=es&region=LAC', directory: true },
      { label: '/people?page=40', path: '/people?page=40', directory: true },
      { label: '/skills', path: '/skills', directory: false },
      { label: '/skills/lua-modules', path: '/skills/lua-modules', directory: false },
      { label: '/skills/technical', path: '/skills/technical', directory: false },
      { label: `/people/<demo profile>`, path: profilePath, directory: false },
      { label: '/signin', path: '/signin', directory: false },
      { label: '/about', path: '/about', directory: false },
      { label: '/healthz', path: '/healthz', directory: false },
      { label: '/people (signed in)', path: '/people', cookie, signedInAs: viewer, directory: true },
      { label: '/people?overlap=1&skill=technical (signed in)', path: '/people?overlap=1&skill=technical', cookie, signedInAs: viewer, directory: true },
      { label: '/exchanges', path: '/exchanges', directory: false },
      { label: '/capacity', path: '/capacity', directory: false },
      { label: '/capacity?skill=technical&by=region', path: '/capacity?skill=technical&by=region', directory: false },
      { label: '/mentorship', path: '/mentorship', directory: false },
      { label: '/mentorship (signed in)', path: '/mentorship', cookie, signedInAs: viewer, directory: false },
      { label: '/mentorship/ask (signed in)', path: '/mentorship/ask', cookie, signedInAs: viewer, directory: false },
      { label: '/mentorship/offer (signed in)', path: '/mentorship/offer', cookie, signedInAs: viewer, directory: false },
      { label: '/notifications (signed in)', path: '/notifications', cookie, signedInAs: viewer, directory: false },
      { label: '/mentorship/pool (organizer)', path: '/mentorship/pool', cookie: organizerCookie, signedInAs: DEMO_ORGANIZER, directory: false },
      { label: '/mentorships/<active> (organizer)', path: `/mentorships/${mentorshipId}`, cookie: organizerCookie, signedInAs: DEMO_ORGANIZER, directory: false },
      { label: '/wikis', path: '/wikis', directory: false },
      { label: '/wikis?region=SSA&size=1k-10k', path: '/wikis?region=SSA&size=1k-10k', directory: false },
      { label: '/wikis?lang=hi&page=1', path: '/wikis?lang=hi&page=1', directory: false },
      { label: '/interests', path: '/interests', directory: false },
      { label: '/interests/technical-collaboration', path: '/interests/technical-collaboration', directory: false },
      { label: '/communities', path: '/communities', directory: false },
      { label: '/communities?region=SA&kind=wiki-community', path: '/communities?region=SA&kind=wiki-community', directory: false },
      { label: '/communities/indic-techcom', path: '/communities/indic-techcom', directory: false },
      { label: '/calls', path: '/calls', directory: false },
      { label: '/calls/technical-capacity-2027 (organizer)', path: '/calls/technical-capacity-2027', cookie: organizerCookie, signedInAs: DEMO_ORGANIZER, directory: false },
      { label: '/sessions', path: '/sessions', directory: false },
      { label: '/sessions?lang=hi&region=SA', path: '/sessions?lang=hi&region=SA', directory: false },
      { label: '/series', path: '/series', directory: false },
      { label: '/series/indic-techcom-monthly', path: '/series/indic-techcom-monthly', directory: false },
      { label: '/series/indic-techcom-monthly/dashboard (organizer)', path: '/series/indic-techcom-monthly/dashboard', cookie: organizerCookie, signedInAs: DEMO_ORGANIZER, directory: false },
      { label: '/sessions/<next> (signed in)', path: `/sessions/${nextSession.id}`, cookie, signedInAs: viewer, directory: false },
      { label: '/sessions/<next>/schedule (organizer)', path: `/sessions/${nextSession.id}/schedule`, cookie: organizerCookie, signedInAs: DEMO_ORGANIZER, directory: false },
      { label: '/cfp/indic-techcom-2027', path: '/cfp/indic-techcom-2027', directory: false },
      { label: '/cfp/indic-techcom-2027/review (organizer)', path: '/cfp/indic-techcom-2027/review', cookie: organizerCookie, signedInAs: DEMO_ORGANIZER, directory: false },
      { label: '/feeds/sessions.ics', path: '/feeds/sessions.ics', directory: false },
      { label: '/feeds/sessions.atom', path: '/feeds/sessions.atom', directory: false },
      { label: '/series/south-asia-hackathon-2027/schedule.json', path: '/series/south-asia-hackathon-2027/schedule.json', directory: false },
    ];
    console.log(`  profile page: ${profilePath}`);
    console.log(`\nMeasuring ${pages.length} pages: ${WARMUP} warm-up + ${REQUESTS} requests each, ${CONCURRENCY} at a time ...`);

    const results: PageResult[] = [];
    for (const spec of pages) {
      await loadInWorker(port, spec.path, spec.cookie, WARMUP, WARMUP_TIME_LIMIT_MS);
      const run = await loadInWorker(port, spec.path, spec.cookie, REQUESTS, PAGE_TIME_LIMIT_MS);
      const sorted = [...run.latencies].sort((a, b) => a - b);
      const first = run.first!;
      const encoding = String(first.headers['content-encoding'] ?? 'identity');
      results.push({
        spec, statuses: run.statuses, encoding, wireBytes: first.body.length, htmlBytes: Buffer.byteLength(decoded(first)),
        p50: percentile(sorted, 50), p95: percentile(sorted, 95), done: run.done,
      });
      if (spec.signedInAs && !decoded(first).includes(spec.signedInAs.replace(/&/g, '&amp;'))) {
        console.warn(`  warning: ${spec.label} does not show the signed-in username; the session may not have held`);
      }
    }

    // 4. Throughput ratio ----------------------------------------------------------------------
    const directoryPath = '/people?skill=technical&kind=share';
    await loadInWorker(port, directoryPath, undefined, WARMUP, WARMUP_TIME_LIMIT_MS);
    const dirRun = await loadInWorker(port, directoryPath, undefined, THROUGHPUT_MAX_REQUESTS, THROUGHPUT_MS);
    await loadInWorker(port, '/healthz', undefined, WARMUP, WARMUP_TIME_LIMIT_MS);
    const healthRun = await loadInWorker(port, '/healthz', undefined, THROUGHPUT_MAX_REQUESTS, THROUGHPUT_MS);
    const rps = (r: LoadResult) => (r.done * 1000) / r.elapsedMs;
    const ratio = rps(dirRun) / rps(healthRun);

    // 5. Report ---------------------------------------------------------------------------------
    const statusText = (m: Map<number, number>) => [...m].map(([s, n]) => (m.size === 1 ? String(s) : `${s}×${n}`)).join(' ');
    const rows = [
      ['page', 'status', 'gzip bytes', 'html bytes', 'p50 ms', 'p95 ms', 'n'],
      ...results.map((r) => [
        r.spec.label + (r.spec.directory ? ' *' : ''), statusText(r.statuses),
        String(r.wireBytes) + (r.encoding === 'gzip' ? '' : ` (${r.encoding})`), String(r.htmlBytes), ms1(r.p50), ms1(r.p95), String(r.done),
      ]),
      [`stylesheet ${stylesheetPath}`, String(stylesheet.status),
        String(stylesheet.body.length) + (stylesheet.headers['content-encoding'] === 'gzip' ? '' : ` (${stylesheet.headers['content-encoding'] ?? 'identity'})`),
        String(Buffer.byteLength(decoded(stylesheet))), '', '', ''],
    ];
    const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
    const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
    console.log(`\n${line(rows[0])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
    for (const row of rows.slice(1)) console.log(line(row));
    console.log(`(* directory search. Per page: up to ${WARMUP} warm-up requests, then n of up to ${REQUESTS} measured requests ` +
      `(fewer when a page needs more than ${seconds(PAGE_TIME_LIMIT_MS)}), ${CONCURRENCY} at a time. ` +
      'gzip bytes = body as sent for Accept-Encoding: gzip; html bytes = decompressed.)');

    console.log(`\nSeeding: ${seconds(seedMs)} for ${demo} demo + ${people.length} generated people`);
    console.log(`Throughput (${CONCURRENCY} concurrent, ${seconds(THROUGHPUT_MS)} each): ` +
      `${directoryPath} ${rps(dirRun).toFixed(1)} req/s (${dirRun.done} requests, ${statusText(dirRun.statuses)}); ` +
      `/healthz ${rps(healthRun).toFixed(1)} req/s (${healthRun.done} requests, ${statusText(healthRun.statuses)})`);
    console.log(`Throughput ratio directory / trivial: ${ratio.toFixed(3)}`);

    // Budgets.
    const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
    const badStatus = results.filter((r) => [...r.statuses.keys()].some((s) => s >= 400));
    const oversized = results.filter((r) => r.wireBytes > PAGE_BUDGET);
    const styleOk = stylesheet.status === 200 && stylesheet.body.length <= STYLESHEET_BUDGET;
    const slow = results.filter((r) => r.spec.directory && !(r.p95 < DIRECTORY_P95_BUDGET_MS));
    console.log('\nBudgets:');
    console.log(`  ${verdict(!oversized.length)}  every page ≤ ${PAGE_BUDGET} bytes gzip` +
      (oversized.length ? `: over: ${oversized.map((r) => `${r.spec.label} (${r.wireBytes})`).join(', ')}` : ` (largest ${Math.max(...results.map((r) => r.wireBytes))})`));
    console.log(`  ${verdict(styleOk)}  stylesheet ≤ ${STYLESHEET_BUDGET} bytes gzip (${stylesheet.body.length})`);
    console.log(`  ${verdict(!slow.length)}  directory searches p95 < ${DIRECTORY_P95_BUDGET_MS} ms (timing: reported, does not set the exit code)` +
      (slow.length ? `: slow: ${slow.map((r) => `${r.spec.label} (${ms1(r.p95)} ms)`).join(', ')}` : ''));
    if (badStatus.length) console.log(`  note: error statuses on ${badStatus.map((r) => `${r.spec.label} (${statusText(r.statuses)})`).join(', ')}`);
    exitCode = oversized.length || !styleOk ? 1 : 0;

    // 6. Diagnostics: the queries behind pages over the p95 budget ------------------------------
    const diagnose = results.filter((r) => r.p95 >= DIRECTORY_P95_BUDGET_MS);
    if (diagnose.length && process.env.BENCH_EXPLAIN !== '0') {
      console.log(`\nQueries behind pages with p95 ≥ ${DIRECTORY_P95_BUDGET_MS} ms (one request each, alone; BENCH_EXPLAIN=0 to skip):`);
      const explained = new Set<string>();
      for (const r of diagnose) await explainPage(database, app, r.spec.label, r.spec.path, r.spec.cookie, EXPLAIN_MIN_MS, explained);
    }
    console.log(`\nTotal time ${seconds(performance.now() - totalStarted)}; exit code ${exitCode}`);
  } catch (error) {
    console.error(`bench failed: ${(error as Error).stack ?? error}`);
    exitCode = 1;
  } finally {
    await app?.close();
    await database?.stop();
  }
  process.exit(exitCode);
}
