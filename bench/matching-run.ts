// Matching run benchmark: a weekly organizer run over about 10,000 open requests and 2,000 mentors, read
// from and written to the database. Seeds the demo plus 20,000 generated people in a throwaway PostgreSQL,
// adds the requests and offers with SQL, then times the phases (loadMatchingPool, candidate scoring,
// planProposals with its swap solve and assignment) on that data, then runMatching end to end, and finally
// GET /mentorship/pool through the app. Prints its figures; timings are reported, not asserted.
// See bench/README.md. Run with `npm run bench:matching-run`.

import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { DEMO_ORGANIZER } from '../src/db/seed/demo-mentorship.js';
import { planProposals } from '../src/domain/mentorship/planning.js';
import { runMatching } from '../src/domain/mentorship/mutations.js';
import { loadMatchingPool } from '../src/domain/mentorship/pool.js';
import { candidatesFor } from '../src/domain/mentorship/scoring.js';
import { UNMATCHED_REASONS, type UnmatchedReason } from '../src/domain/mentorship/types.js';
import { getSkillTree } from '../src/domain/skills/data.js';
import { loadConfig } from '../src/config/index.js';
import type { Db } from '../src/db/connection.js';
import { countSwapCycles, solveSwaps } from '../src/matching/swaps.js';
import {
  decoded, explainPage, loadInWorker, ms1, percentile, seconds, seedDemoAndPeople, serveApp, signIn, startBenchDatabase,
  type BenchApp, type BenchDatabase, type CapturedQuery,
} from './harness.js';

const EXTRA_PEOPLE = 20_000;
const EXTRA_SEED = 4_801; // neither the demo's seed nor the page bench's
/** About how many requests and extra mentor offers; BENCH_REQUESTS and BENCH_MENTORS override them (for trying other shapes). */
const REQUESTS = positive(process.env.BENCH_REQUESTS) ?? 10_000;
const MENTORS = positive(process.env.BENCH_MENTORS) ?? 2_000;
const SWAP_SHARE = 0.3; // of requests open to a swap, as in the demo
const DB_POOL_SIZE = 10;
const POOL_WARMUP = 10;
const POOL_REQUESTS = 50;
const POOL_TIME_LIMIT_MS = 30_000;
const POOL_P95_BUDGET_MS = 50;
const EXPLAIN_MIN_MS = 2;

const count = (n: number) => n.toLocaleString('en');

function positive(text: string | undefined): number | undefined {
  const n = Number(text);
  return text && Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * About `n` open requests from generated and demo learners without one: each "learn" skill of theirs, in a
 * fixed pseudo-random order that takes everyone's first skill before anyone's second, at their level (at
 * most 3), in their languages at level 2 or more (best first); some open to swaps, some preferring their region.
 */
async function addRequests(db: Db, now: Date, n: number): Promise<number> {
  const result = await sql`
    insert into mentorship_requests (learner_id, skill_id, learner_level, goal, languages, format, open_to_swap,
      prefer_same_region, created_at, updated_at)
    select person_id, skill_id, least(level, 3), 'Matching benchmark request', languages,
      (array['one-off', 'few-sessions', 'ongoing'])[1 + (h % 3)], (h >> 4) % 100 < ${Math.round(SWAP_SHARE * 100)}, (h >> 12) % 5 = 0,
      ${now}, ${now}
    from (
      select ps.person_id, ps.skill_id, ps.level, (hashtext(ps.person_id || ':' || ps.skill_id) & 2147483647) as h,
        row_number() over (partition by ps.person_id order by hashtext(ps.skill_id || ':' || ps.person_id)) as nth,
        array(select l.lang from person_languages l where l.person_id = ps.person_id and l.level >= 2 order by l.level desc, l.lang) as languages
      from person_skills ps
      where ps.kind = 'learn'
        and not exists (select 1 from mentorship_requests r where r.learner_id = ps.person_id)
    ) s
    where cardinality(languages) > 0
    order by nth, h, person_id, skill_id
    limit ${n}
    on conflict do nothing`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** About `n` more mentor offers from people sharing a skill at level 2 or more: capacity 1–5, all their shared skills, one in 40 away. */
async function addOffers(db: Db, now: Date, n: number): Promise<number> {
  const awayUntil = new Date(now.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  const result = await sql`
    insert into mentor_offers (person_id, capacity, away_until, skill_ids, updated_at)
    select person_id, 1 + h % 5, case when (h >> 8) % 40 = 7 then ${awayUntil}::date end, '{}', ${now}
    from (
      select distinct ps.person_id, (hashtext('offer:' || ps.person_id) & 2147483647) as h
      from person_skills ps
      where ps.kind = 'share' and ps.level >= 2
        and not exists (select 1 from mentor_offers o where o.person_id = ps.person_id)
    ) s
    order by h, person_id
    limit ${n}
    on conflict do nothing`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** The requests and offers on top of the seeded people; prints what there is. */
export async function addMatchingData(db: Db, now: Date, requests = REQUESTS, mentors = MENTORS): Promise<void> {
  const t = performance.now();
  const addedRequests = await addRequests(db, now, requests);
  const addedOffers = await addOffers(db, now, mentors);
  await sql`vacuum analyze mentorship_requests, mentor_offers`.execute(db);
  const open = await sql<{ requests: number; swap: number; learners: number; offers: number; capacity: number; mentors_learning: number }>`
    select (select count(*)::int from mentorship_requests where status = 'open') as requests,
      (select count(*)::int from mentorship_requests where status = 'open' and open_to_swap) as swap,
      (select count(distinct learner_id)::int from mentorship_requests where status = 'open') as learners,
      (select count(*)::int from mentor_offers) as offers, (select coalesce(sum(capacity), 0)::int from mentor_offers) as capacity,
      (select count(*)::int from mentor_offers o where exists (select 1 from mentorship_requests r
        where r.learner_id = o.person_id and r.status = 'open' and r.open_to_swap)) as mentors_learning`.execute(db);
  const o = open.rows[0];
  console.log(`  added ${count(addedRequests)} requests and ${count(addedOffers)} mentor offers in ${seconds(performance.now() - t)}: ` +
    `${count(o.requests)} open requests from ${count(o.learners)} learners (${count(o.swap)} open to a swap), ` +
    `${count(o.offers)} mentor offers with ${count(o.capacity)} places (${count(o.mentors_learning)} of those mentors also asked, open to a swap)`);
}

/** The app's statements during a run, grouped by their first words: how many of each and their total time. */
function statementSummary(queries: CapturedQuery[]): string[] {
  const groups = new Map<string, { n: number; ms: number }>();
  for (const q of queries) {
    const key = q.sql.replace(/\s+/g, ' ').trim().replace(/^(select|insert into|update|delete from)\s+("?[\w.]+"?(\s+as\s+"?\w+"?)?).*$/i, '$1 $2').slice(0, 60);
    const g = groups.get(key) ?? { n: 0, ms: 0 };
    g.n++;
    g.ms += q.ms;
    groups.set(key, g);
  }
  return [...groups].sort((a, b) => b[1].ms - a[1].ms)
    .map(([key, g]) => `${seconds(g.ms).padStart(7)}  ${count(g.n).padStart(6)} × ${key}`);
}

const byReason = (unmatched: { reason: UnmatchedReason }[]) => {
  const counts = new Map<UnmatchedReason, number>();
  for (const u of unmatched) counts.set(u.reason, (counts.get(u.reason) ?? 0) + 1);
  return UNMATCHED_REASONS.map((r) => `${r} ${count(counts.get(r) ?? 0)}`).join(', ');
};

export async function runMatchingRunBenchmark(): Promise<void> {
  const totalStarted = performance.now();
  let database: BenchDatabase | null = null;
  let app: BenchApp | null = null;
  let exitCode = 1;
  try {
    // 1. Data -----------------------------------------------------------------------------------
    database = await startBenchDatabase('matching run benchmark', DB_POOL_SIZE);
    const db = database.db;
    const now = new Date();
    await seedDemoAndPeople(db, now, EXTRA_PEOPLE, EXTRA_SEED);
    await addMatchingData(db, now);

    const config = loadConfig({ NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', DATA_DIR: database.dir });
    const minOverlapHours = config.mentorship.minOverlapHours;
    const organizer = await db.selectFrom('people').select('id').where('username', '=', DEMO_ORGANIZER).executeTakeFirstOrThrow();

    // 2. The phases, timed one by one on the same data (nothing written) -------------------------
    console.log(`\nPhases (minimum overlap ${minOverlapHours} h), each run alone on the data above:`);
    let t = performance.now();
    const tree = await getSkillTree(db, 'en');
    const treeMs = performance.now() - t;
    t = performance.now();
    const pool = await loadMatchingPool(db, now);
    const loadMs = performance.now() - t;
    t = performance.now();
    const scored = candidatesFor(tree, pool, { minOverlapHours });
    const scoreColdMs = performance.now() - t;
    t = performance.now();
    candidatesFor(tree, pool, { minOverlapHours });
    const scoreMs = performance.now() - t;
    const edges = scored.reduce((n, r) => n + r.candidates.length, 0);
    const withCandidates = scored.filter((r) => r.candidates.length).length;
    // The swap graph as planProposals builds it: the best edge mentor → learner over requests open to a swap.
    const swapEdges = new Map<string, { from: string; to: string; weight: number }>();
    for (const { request, candidates } of scored) {
      if (!request.openToSwap) continue;
      for (const c of candidates) {
        const key = `${c.mentorId}>${request.learner.id}`;
        if ((swapEdges.get(key)?.weight ?? -1) < c.weight) swapEdges.set(key, { from: String(c.mentorId), to: String(request.learner.id), weight: c.weight });
      }
    }
    const swapInput = { people: [...new Set([...swapEdges.values()].flatMap((e) => [e.from, e.to]))].map((id) => ({ id })), edges: [...swapEdges.values()] };
    const cycles = countSwapCycles(swapInput, 3);
    t = performance.now();
    const swapResult = await solveSwaps(swapInput, { maxCycle: 3, timeLimitSeconds: 20 });
    const swapMs = performance.now() - t;
    t = performance.now();
    const plan = await planProposals(tree, pool, { minOverlapHours, withSwaps: true });
    const planMs = performance.now() - t;
    const swapPairs = plan.swaps.reduce((n, s) => n + s.length, 0);
    const cycleLengths = [2, 3].map((len) => `${plan.swaps.filter((s) => s.length === len).length} of ${len}`).join(', ');
    const spare = pool.mentors.filter((m) => !m.away && m.spareCapacity > 0);

    const phase = (name: string, ms: number, text: string) => console.log(`  ${name.padEnd(22)}${seconds(ms).padStart(7)}  ${text}`);
    phase('skill tree', treeMs, 'getSkillTree');
    phase('load', loadMs, `loadMatchingPool: ${count(pool.requests.length)} open requests, ` +
      `${count(pool.mentors.length)} mentors (${count(spare.length)} with a free place, ${count(spare.reduce((n, m) => n + m.spareCapacity, 0))} places), ` +
      `${count(pool.blocked.size)} blocks, ${count(pool.declined.size)} declines`);
    phase('scoring', scoreMs, `candidatesFor (warm; ${seconds(scoreColdMs)} the first time): ${count(edges)} candidate edges ` +
      `(${count(withCandidates)} requests with at least one; ${(edges / Math.max(1, withCandidates)).toFixed(1)} each on average)`);
    phase('swap solve', swapMs, `solveSwaps on the swap graph: ${count(swapInput.people.length)} people, ${count(swapInput.edges.length)} edges, ` +
      `${count(cycles.twoCycles)} 2-cycles + ${count(cycles.threeCycles)} 3-cycles; ${swapResult.cycles.length} chosen, optimal: ${swapResult.optimal ? 'yes' : 'no'}`);
    phase('plan', planMs, `planProposals = scoring + swap solve + assignment (assignment and the rest ≈ ${seconds(Math.max(0, planMs - scoreMs - swapMs))})`);
    phase('load + plan', loadMs + planMs, '');
    console.log(`  plan: ${plan.swaps.length} swap cycles (${cycleLengths}; ${swapPairs} pairs), ${count(plan.pairs.length)} assigned pairs, ` +
      `${count(plan.unmatched.length)} unmatched (${byReason(plan.unmatched)}); total weight ${count(plan.totalWeight)}; ` +
      `proven optimal: ${plan.optimal ? 'yes' : 'no'}`);

    // 3. The run, end to end, as an organizer starts it -----------------------------------------
    t = performance.now();
    database.capture.queries = [];
    const summary = await runMatching(db, { trigger: 'organizer', startedBy: organizer.id, now, minOverlapHours });
    const runMs = performance.now() - t;
    const runQueries = database.capture.queries;
    database.capture.queries = null;
    const row = await db.selectFrom('matching_runs').select(['duration_ms']).where('id', '=', summary.runId).executeTakeFirstOrThrow();
    const written = await sql<{ proposals: number; swaps: number; notifications: number; reasons: number }>`
      select (select count(*)::int from mentorships where run_id = ${summary.runId}) as proposals,
        (select count(*)::int from swap_proposals where run_id = ${summary.runId}) as swaps,
        (select count(*)::int from notifications where read_at is null) as notifications,
        (select count(*)::int from mentorship_requests where status = 'open' and unmatched_reason is not null) as reasons`.execute(db);
    const w = written.rows[0];
    const same = summary.proposals === plan.pairs.length + swapPairs && summary.swapCycles === plan.swaps.length && summary.unmatched === plan.unmatched.length;
    console.log(`\nrunMatching (organizer run) end to end: ${seconds(runMs)}`);
    console.log(`  read + solve ${seconds(row.duration_ms)} (as recorded in matching_runs), writing ${seconds(summary.durationMs - row.duration_ms)}, ` +
      `skill tree + lock + commit ${seconds(runMs - summary.durationMs)}`);
    console.log(`  ${count(summary.openRequests)} open requests → ${count(summary.proposals)} proposals (${summary.swapCycles} swap cycles), ` +
      `${count(summary.unmatched)} unmatched; total weight ${count(summary.totalWeight)}; proven optimal: ${summary.optimal ? 'yes' : 'no'}` +
      `${same ? ' (same counts as the plan above)' : ' (differs from the plan above!)'}`);
    console.log(`  written: ${count(w.proposals)} mentorship proposals, ${count(w.swaps)} swap proposals, ${count(w.notifications)} unread notifications, ` +
      `${count(w.reasons)} unmatched reasons`);
    console.log(`  its ${count(runQueries.length)} statements by kind (time in the database, as the app waited for each):`);
    for (const line of statementSummary(runQueries)) console.log(`    ${line}`);
    console.log(`  target: a weekly run over ${count(REQUESTS)} requests well under a minute (reported, not asserted)`);

    // 4. The organizers' pool page on this data -------------------------------------------------
    await sql`vacuum analyze mentorships, mentorship_requests, notifications`.execute(db);
    app = await serveApp(db, database.dir, DB_POOL_SIZE);
    const cookie = await signIn(app, DEMO_ORGANIZER);
    const paths = ['/mentorship/pool', '/mentorship/pool?page=40'];
    const explained = new Set<string>();
    for (const path of paths) {
      await loadInWorker(app.port, path, cookie, POOL_WARMUP, POOL_TIME_LIMIT_MS);
      const run = await loadInWorker(app.port, path, cookie, POOL_REQUESTS, POOL_TIME_LIMIT_MS);
      const sorted = [...run.latencies].sort((a, b) => a - b);
      const first = run.first!;
      const statuses = [...run.statuses].map(([s, n]) => `${s}×${n}`).join(' ');
      if (!decoded(first).includes(DEMO_ORGANIZER)) console.warn(`  warning: ${path} does not show the organizer's name; the session may not have held`);
      const p95 = percentile(sorted, 95);
      console.log(`\nGET ${path} as "${DEMO_ORGANIZER}": p50 ${ms1(percentile(sorted, 50))} ms, p95 ${ms1(p95)} ms ` +
        `(${run.done} requests, 4 at a time, after ${POOL_WARMUP} warm-up; status ${statuses}; ${first.body.length} bytes gzip) — ` +
        `${p95 < POOL_P95_BUDGET_MS ? 'PASS' : 'FAIL'} p95 < ${POOL_P95_BUDGET_MS} ms (reported, not asserted)`);
      if (process.env.BENCH_EXPLAIN !== '0') await explainPage(database, app, `GET ${path}`, path, cookie, EXPLAIN_MIN_MS, explained);
    }
    exitCode = 0;
    console.log(`\nTotal time ${seconds(performance.now() - totalStarted)}`);
  } catch (error) {
    console.error(`bench failed: ${(error as Error).stack ?? error}`);
    exitCode = 1;
  } finally {
    await app?.close();
    await database?.stop();
  }
  process.exit(exitCode);
}
