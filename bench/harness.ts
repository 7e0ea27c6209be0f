// Shared by the benchmarks that need a database and the app: a throwaway embedded PostgreSQL with the
// demo community plus generated people, the real app over loopback HTTP, the development sign-in, a
// load generator in a worker thread, and EXPLAIN (ANALYZE, BUFFERS) of the queries behind a slow page.

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
import { loadConfig, type Config } from '../src/config/index.js';
import '../src/db/connection.js'; // for its pg type parser (bigint counts as numbers), as the app expects
import type { Db } from '../src/db/connection.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { prepareSchema } from '../src/db/prepare.js';
import { compactAfterBulkLoad, insertDemoPeople, loadDemoReference, seedDemo } from '../src/db/seed/demo.js';
import { generateDemoPeople } from '../src/db/seed/demo-people.js';
import type { DemoPerson } from '../src/db/seed/demo-people.types.js';
import type { Database } from '../src/db/schema.js';
import { createApp } from '../src/web/app.js';

export type DemoRef = Awaited<ReturnType<typeof loadDemoReference>>;

// ---------------------------------------------------------------------------------------------
// Small helpers

export function freePort(): Promise<number> {
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

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
export const ms1 = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : '-');

/** The app's database handle, built like src/db/connection.ts's createDb but with a query log the bench can switch on. */
export function benchDb(url: string, poolSize: number, onQuery: (event: LogEvent) => void): Db {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('error', (err) => console.error(`[db] idle client error: ${err.message}`));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: onQuery });
}

// ---------------------------------------------------------------------------------------------
// The database: started, captured queries, stopped

export interface CapturedQuery { sql: string; parameters: readonly unknown[]; ms: number; endedAt: number }

export interface BenchDatabase {
  dir: string;
  db: Db;
  /** Set to an array to collect the app's queries (with their durations), to null to stop. */
  capture: { queries: CapturedQuery[] | null };
  stop(): Promise<void>;
}

/** A throwaway embedded PostgreSQL in a temporary directory on a free loopback port, schema prepared. */
export async function startBenchDatabase(name: string, poolSize: number): Promise<BenchDatabase> {
  const dir = await mkdtemp(join(tmpdir(), 'sangam-bench-'));
  const pgPort = await freePort();
  console.log(`Sangam ${name}: embedded PostgreSQL on 127.0.0.1:${pgPort} in ${dir}`);
  const capture: BenchDatabase['capture'] = { queries: null };
  const onQuery = (event: LogEvent) => {
    if (capture.queries && event.level === 'query') {
      capture.queries.push({ sql: event.query.sql, parameters: event.query.parameters, ms: event.queryDurationMillis, endedAt: performance.now() });
    }
  };
  let pgServer: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
  let db: Db | null = null;
  const stop = async () => {
    await db?.destroy().catch(() => {});
    await pgServer?.stop().catch((e: unknown) => console.error(`stopping PostgreSQL: ${(e as Error).message}`));
    await rm(dir, { recursive: true, force: true }).catch(() => {});
  };
  try {
    const t = performance.now();
    pgServer = await startEmbeddedPostgres(join(dir, 'pg'), pgPort, { persistent: false });
    db = benchDb(pgServer.url, poolSize, onQuery);
    await prepareSchema(db);
    console.log(`  PostgreSQL started and schema prepared in ${seconds(performance.now() - t)}`);
    return { dir, db, capture, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Data

/** `count` generated people, with any username the demo already uses renamed. */
function extraPeople(ref: DemoRef, taken: Set<string>, count: number, seed: number): DemoPerson[] {
  const people = generateDemoPeople(ref, count, seed);
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

export interface Seeded {
  demo: number;
  people: DemoPerson[];
  ref: DemoRef;
  seedMs: number;
}

/** The demo community (with its mentorship and exchanges), then `count` generated people, then compaction; prints the timings. */
export async function seedDemoAndPeople(db: Db, now: Date, count: number, seed: number): Promise<Seeded> {
  const seedStarted = performance.now();
  let t = performance.now();
  const demo = await seedDemo(db, now);
  const demoMs = performance.now() - t;
  const ref = await loadDemoReference(db);
  const taken = new Set((await db.selectFrom('people').select('username').execute()).map((r) => r.username));
  t = performance.now();
  const people = extraPeople(ref, taken, count, seed);
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
    `(demo ${seconds(demoMs)}, generate ${seconds(generateMs)}, insert ${seconds(insertMs)}, compact ${seconds(analyzeMs)}); ` +
    `${c.people} people, ${c.skills} person_skills, ${c.languages} person_languages`);
  return { demo, people, ref, seedMs };
}

// ---------------------------------------------------------------------------------------------
// The app over loopback HTTP: raw bytes as served (never decompressed while measuring), keep-alive.

export function decoded(reply: Reply): string {
  return (reply.headers['content-encoding'] === 'gzip' ? gunzipSync(reply.body) : reply.body).toString('utf8');
}

/** Set-Cookie lines folded into a Cookie header value (name=value pairs only), later ones winning. */
export function mergeCookies(previous: string, reply: Reply): string {
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

export interface BenchApp {
  port: number;
  agent: http.Agent;
  config: Config;
  close(): Promise<void>;
}

/** The real app (`NODE_ENV=test`) served with @hono/node-server on 127.0.0.1, and a keep-alive agent for it. */
export async function serveApp(db: Db, dir: string, poolSize: number): Promise<BenchApp> {
  const config = loadConfig({ NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', DATA_DIR: dir, DB_POOL_SIZE: String(poolSize) });
  const app = createApp({ db, config, now: () => new Date() });
  let httpServer: ReturnType<typeof serve> | null = null;
  const port = await new Promise<number>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
    server.on('error', reject);
    httpServer = server;
  });
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2 });
  console.log(`  app listening on http://127.0.0.1:${port}`);
  return {
    port, agent, config,
    async close() {
      agent.destroy();
      const server = httpServer as ReturnType<typeof serve> | null;
      if (!server) return;
      if ('closeAllConnections' in server) (server as http.Server).closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Signs in through the development sign-in form, as a browser would; returns the session's Cookie header. */
export async function signIn(app: BenchApp, username: string): Promise<string> {
  const { agent, port } = app;
  const signinPage = await request(agent, port, '/signin');
  const csrfToken = /name="_csrf" value="([^"]+)"/.exec(decoded(signinPage))?.[1];
  if (!csrfToken) throw new Error(`no _csrf field on /signin (status ${signinPage.status})`);
  let cookie = mergeCookies('', signinPage);
  const form = new URLSearchParams({ _csrf: csrfToken, username, return: '/' }).toString();
  const signedIn = await request(agent, port, '/signin/dev', { method: 'POST', cookie, body: form });
  if (signedIn.status !== 303) throw new Error(`development sign-in as "${username}" failed with ${signedIn.status}: ${decoded(signedIn).slice(0, 300)}`);
  cookie = mergeCookies(cookie, signedIn);
  const me = await request(agent, port, '/me', { cookie }); // shows, and so clears, the welcome message
  if (me.status !== 200) throw new Error(`/me after signing in as "${username}" answered ${me.status}`);
  return cookie;
}

/** Runs `load` in a worker thread: the server keeps this thread's event loop to itself. */
export function loadInWorker(port: number, path: string, cookie: string | undefined, count: number, timeLimitMs: number): Promise<LoadResult> {
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
// Diagnostics

/**
 * Repeats one request alone with the app's queries captured, prints the slowest ones, and
 * EXPLAIN (ANALYZE, BUFFERS) for up to two of those at least `minMs` slow (each distinct query once per `explained`).
 */
export async function explainPage(
  database: BenchDatabase, app: BenchApp, label: string, path: string, cookie: string | undefined, minMs: number, explained: Set<string>,
): Promise<void> {
  database.capture.queries = [];
  const reply = await request(app.agent, app.port, path, { cookie });
  const queries = database.capture.queries;
  database.capture.queries = null;
  console.log(`\n== ${label}: ${ms1(reply.ms)} ms alone, ${queries.length} queries`);
  const slowest = [...queries].sort((a, b) => b.ms - a.ms);
  for (const q of slowest.slice(0, 6)) {
    console.log(`  ${ms1(q.ms).padStart(7)} ms  ${q.sql.replace(/\s+/g, ' ').slice(0, 150)}`);
  }
  for (const q of slowest.filter((q) => q.ms >= minMs).slice(0, 2)) {
    const text = q.sql.replace(/\s+/g, ' ').trim();
    const key = text + JSON.stringify(q.parameters);
    if (explained.has(key)) {
      console.log(`  (${ms1(q.ms)} ms query already explained above)`);
      continue;
    }
    explained.add(key);
    console.log(`\n  -- ${ms1(q.ms)} ms in the app; parameters: ${clip(JSON.stringify(q.parameters), 300)}`);
    console.log(`  ${text}`);
    // EXPLAIN ANALYZE runs the statement: only reads are explained, and inside a transaction that is rolled back.
    if (!/^(select|with)\b/i.test(text) || /\b(insert|update|delete)\b/i.test(text)) {
      console.log('    (a write: not explained, since EXPLAIN ANALYZE would run it again)');
      continue;
    }
    try {
      const plan = await database.db.connection().execute(async (conn) => {
        await sql`begin read only`.execute(conn);
        try {
          return await conn.executeQuery<Record<string, string>>(CompiledQuery.raw(`explain (analyze, buffers) ${q.sql}`, [...q.parameters]));
        } finally {
          await sql`rollback`.execute(conn);
        }
      });
      for (const row of plan.rows) console.log(`    ${clip(String(Object.values(row)[0]), 240)}`);
    } catch (error) {
      console.log(`    (EXPLAIN failed: ${(error as Error).message})`);
    }
  }
}
