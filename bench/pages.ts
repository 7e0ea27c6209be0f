// Page benchmark: a throwaway PostgreSQL with the demo community plus 100,000 generated profiles,
// the real app served over loopback HTTP, and for each page its gzip size and latency under load.
// See bench/README.md. Run with `npm run bench`.

import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { CONCURRENCY, request, type LoadResult, type Reply } from './load.js';
import { serve } from '@hono/node-server';
import { CompiledQuery, Kysely, PostgresDialect, sql, type LogEvent } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../src/config/index.js';
import '../src/db/connection.js'; // for its pg type parser (bigint counts as numbers), as the app expects
import type { Db } from '../src/db/connection.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { prepareSchema } from '../src/db/prepare.js';
import { compactAfterBulkLoad, insertDemoPeople, loadDemoReference, seedDemo } from '../src/db/seed/demo.js';
import { generateDemoPeople } from '../src/db/seed/demo-people.js';
import type { DemoPerson } from '../src/db/seed/demo-people.types.js';
import type { Database } from '../src/db/schema.js';
import { createApp } from '../src/web/app.js';

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
// Small helpers

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const ms1 = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : '-');

/** The app's database handle, built like src/db/connection.ts's createDb but with a query log the bench can switch on. */
function benchDb(url: string, poolSize: number, onQuery: (event: LogEvent) => void): Db {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('error', (err) => console.error(`[db] idle client error: ${err.message}`));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: onQuery });
}

// ---------------------------------------------------------------------------------------------
// HTTP over loopback: raw bytes as served (never decompressed while measuring), keep-alive.

function decoded(reply: Reply): string {
  return (reply.headers['content-encoding'] === 'gzip' ? gunzipSync(reply.body) : reply.body).toString('utf8');
}

/** Set-Cookie lines folded into a Cookie header value (name=value pairs only), later ones winning. */
function mergeCookies(previous: string, reply: Reply): string {
  const jar = new Map(previous.split('; ').filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
  for (const line of reply.headers['set-cookie'] ?? []) {
    const pair = line.split(';')[0];
    const name = pair.slice(0, pair.indexOf('='));
    const value = pair.slice(pair.indexOf('=') + 1);
    if (!value || /max-age=0/i.test(line)) jar.delete(name);
    else jar.set(name, value);
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

/** Runs `load` in a worker thread: the server keeps this thread's event loop to itself. */
function loadInWorker(port: number, path: string, cookie: string | undefined, count: number, timeLimitMs: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // The worker registers tsx itself: workers do not inherit the main thread's loader.
    const entry = new URL('./load-worker.ts', import.meta.url).href;
    const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
    const worker = new Worker(boot, { eval: true, workerData: { port, path, cookie, count, timeLimitMs } });
    worker.once('message', (result: LoadResult) => {
      if (result.first) result.first.body = Buffer.from(result.first.body);
      resolve(result);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => { if (code !== 0) reject(new Error(`load worker exited with ${code}`)); });
  });
}

// ---------------------------------------------------------------------------------------------
// Data

/** The 100,000 extra people, with any username the demo already uses renamed. */
function extraPeople(ref: Awaited<ReturnType<typeof loadDemoReference>>, taken: Set<string>): DemoPerson[] {
  const people = generateDemoPeople(ref, EXTRA_PEOPLE, EXTRA_SEED);
  let renamed = 0;
  people.forEach((p, i) => {
    if (taken.has(p.username)) {
      p.username = `${p.username} (b${i})`;
      renamed++;
    }
  });
  console.log(`  ${renamed} generated usernames collided with the demo's and were renamed`);
  return people;
}

/** Someone who wants to learn a technical skill, gives availability, and can use the development sign-in as is. */
function pickViewer(people: DemoPerson[], ref: Awaited<ReturnType<typeof loadDemoReference>>): DemoPerson {
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
  const dir = await mkdtemp(join(tmpdir(), 'sangam-bench-'));
  const pgPort = await freePort();
  console.log(`Sangam page benchmark: embedded PostgreSQL on 127.0.0.1:${pgPort} in ${dir}`);

  let pgServer: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
  let db: Db | null = null;
  let httpServer: ReturnType<typeof serve> | null = null;
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2 });
  let exitCode = 1;

  // Query capture, switched on only while diagnosing a slow page.
  let captured: { sql: string; parameters: readonly unknown[]; ms: number }[] | null = null;
  const onQuery = (event: LogEvent) => {
    if (captured && event.level === 'query') {
      captured.push({ sql: event.query.sql, parameters: event.query.parameters, ms: event.queryDurationMillis });
    }
  };

  try {
    // 1. Database and data ------------------------------------------------------------------
    let t = performance.now();
    pgServer = await startEmbeddedPostgres(join(dir, 'pg'), pgPort, { persistent: false });
    db = benchDb(pgServer.url, DB_POOL_SIZE, onQuery);
    await prepareSchema(db);
    console.log(`  PostgreSQL started and schema prepared in ${seconds(performance.now() - t)}`);

    const seedStarted = performance.now();
    const now = new Date();
    const demo = await seedDemo(db, now);
    const ref = await loadDemoReference(db);
    const taken = new Set((await db.selectFrom('people').select('username').execute()).map((r) => r.username));
    t = performance.now();
    const people = extraPeople(ref, taken);
    const generateMs = performance.now() - t;
    t = performance.now();
    await insertDemoPeople(db, people, now);
    const insertMs = performance.now() - t;
    t = performance.now();
    await compactAfterBulkLoad(db);
    const analyzeMs = performance.now() - t;
    const seedMs = performance.now() - seedStarted;
    const counts = await sql<{ people: number; skills: number; languages: number }>`
      select (select count(*) from people) as people, (select count(*) from person_skills) as skills,
             (select count(*) from person_languages) as languages`.execute(db);
    const c = counts.rows[0];
    console.log(`  seeded ${demo} demo + ${people.length} generated people in ${seconds(seedMs)} ` +
      `(generate ${seconds(generateMs)}, insert ${seconds(insertMs)}, compact ${seconds(analyzeMs)}); ` +
      `${c.people} people, ${c.skills} person_skills, ${c.languages} person_languages`);

    const demoProfile = await sql<{ username: string }>`
      select p.username from people p join person_skills ps on ps.person_id = p.id
      where p.id <= ${demo} and p.vis_about = 0 and p.vis_skills = 0 and p.vis_languages = 0 and p.username !~ '[_/?#%]'
      group by p.id order by count(*) desc, p.id limit 1`.execute(db);
    const profileName = demoProfile.rows[0]?.username;
    if (!profileName) throw new Error('no public demo profile found');
    const viewerPerson = pickViewer(people, ref);

    // 2. The app over loopback HTTP ----------------------------------------------------------
    const config = loadConfig({
      NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', DATA_DIR: dir, DB_POOL_SIZE: String(DB_POOL_SIZE),
    });
    const app = createApp({ db, config, now: () => new Date() });
    const port = await new Promise<number>((resolve, reject) => {
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
      server.on('error', reject);
      httpServer = server;
    });
    console.log(`  app listening on http://127.0.0.1:${port}`);

    const home = await request(agent, port, '/');
    const stylesheetPath = /<link rel="stylesheet" href="(\/assets\/style-[^"]+\.css)"/.exec(decoded(home))?.[1];
    if (!stylesheetPath) throw new Error('no stylesheet link on /');
    const stylesheet = await request(agent, port, stylesheetPath);

    // Sign in through the development sign-in, as a browser would.
    const signinPage = await request(agent, port, '/signin');
    const csrfToken = /name="_csrf" value="([^"]+)"/.exec(decoded(signinPage))?.[1];
    if (!csrfToken) throw new Error(`no _csrf field on /signin (status ${signinPage.status})`);
    let cookie = mergeCookies('', signinPage);
    const form = new URLSearchParams({ _csrf: csrfToken, username: viewerPerson.username, return: '/' }).toString();
    const signedIn = await request(agent, port, '/signin/dev', { method: 'POST', cookie, body: form });
    if (signedIn.status !== 303) throw new Error(`development sign-in failed with ${signedIn.status}: ${decoded(signedIn).slice(0, 300)}`);
    cookie = mergeCookies(cookie, signedIn);
    const me = await request(agent, port, '/me', { cookie }); // shows, and so clears, the welcome message
    if (me.status !== 200) throw new Error(`/me after sign-in answered ${me.status}`);
    const learns = viewerPerson.skills.filter((s) => s.kind === 'learn').map((s) => `${s.slug}@${s.level}`).join(', ');
    console.log(`  signed in as "${viewerPerson.username}" (learns ${learns}; ${viewerPerson.availability.length} h/week available)`);

    // 3. Pages ---------------------------------------------------------------------------------
    const profilePath = `/people/${encodeURIComponent(profileName.replace(/ /g, '_'))}`;
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
      { label: '/people (signed in)', path: '/people', cookie, directory: true },
      { label: '/people?overlap=1&skill=technical (signed in)', path: '/people?overlap=1&skill=technical', cookie, directory: true },
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
      if (spec.directory && spec.cookie && !decoded(first).includes(viewerPerson.username.replace(/&/g, '&amp;'))) {
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
      for (const r of diagnose) {
        captured = [];
        const reply = await request(agent, port, r.spec.path, { cookie: r.spec.cookie });
        const queries = captured;
        captured = null;
        console.log(`\n== ${r.spec.label}: ${ms1(reply.ms)} ms alone, ${queries.length} queries`);
        for (const q of [...queries].sort((a, b) => b.ms - a.ms).slice(0, 6)) {
          console.log(`  ${ms1(q.ms).padStart(7)} ms  ${q.sql.replace(/\s+/g, ' ').slice(0, 150)}`);
        }
        for (const q of [...queries].sort((a, b) => b.ms - a.ms).filter((q) => q.ms >= EXPLAIN_MIN_MS).slice(0, 2)) {
          const key = q.sql.replace(/\s+/g, ' ') + JSON.stringify(q.parameters);
          if (explained.has(key)) {
            console.log(`  (${ms1(q.ms)} ms query already explained above)`);
            continue;
          }
          explained.add(key);
          const plan = await db.executeQuery<Record<string, string>>(CompiledQuery.raw(`explain (analyze, buffers) ${q.sql}`, [...q.parameters]));
          console.log(`\n  -- ${ms1(q.ms)} ms in the app; parameters: ${clip(JSON.stringify(q.parameters), 300)}`);
          console.log(`  ${q.sql.replace(/\s+/g, ' ').trim()}`);
          for (const row of plan.rows) console.log(`    ${clip(String(Object.values(row)[0]), 240)}`);
        }
      }
    }
    console.log(`\nTotal time ${seconds(performance.now() - totalStarted)}; exit code ${exitCode}`);
  } catch (error) {
    console.error(`bench failed: ${(error as Error).stack ?? error}`);
    exitCode = 1;
  } finally {
    agent.destroy();
    const server = httpServer as ReturnType<typeof serve> | null;
    if (server) {
      if ('closeAllConnections' in server) (server as http.Server).closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    await db?.destroy().catch(() => {});
    await pgServer?.stop().catch((e: unknown) => console.error(`stopping PostgreSQL: ${(e as Error).message}`));
    await rm(dir, { recursive: true, force: true }).catch(() => {});
  }
  process.exit(exitCode);
}
