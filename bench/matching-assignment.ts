// Assignment benchmark: 10,000 learners, 2,000 mentors (capacity 1–10), 50 distinct candidate mentors per
// learner (500,000 edges), generated with a seeded PRNG. Times the exact solver, compares greedy's total,
// and, when the `highs` package is installed, solves the same instance as an LP with HiGHS as a generic
// reference (the LP relaxation of bipartite b-matching is integral, so its optimum is the same).
// Prints nothing: returns the lines to print.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { greedyAssignment, solveAssignment } from '../src/matching/assignment.js';
import type { AssignmentInput } from '../src/matching/types.js';
import { seededRandom } from '../src/seeded-random.js';

const LEARNERS = 10_000;
const MENTORS = 2_000;
const EDGES_PER_LEARNER = 50;
const SEED = 4_242;
const TARGET_SECONDS = 5;
const HIGHS_TARGET_RATIO = 2;

/**
 * Mentors have a popularity (some are asked for far more often than others: candidates are drawn with a
 * skew) and a quality; learners have a few "topics" of interest and mentors one topic each, and a shared
 * topic adds to the weight. Weights lie in [1, 100] and are not integers.
 */
export function generateAssignmentInstance(seed = SEED): AssignmentInput {
  const random = seededRandom(seed);
  const TOPICS = 40;
  const mentors = Array.from({ length: MENTORS }, (_, i) => ({
    id: `m${String(i).padStart(4, '0')}`,
    capacity: 1 + Math.floor(random() * 10),
  }));
  const quality = Float64Array.from({ length: MENTORS }, () => random());
  const topic = Int32Array.from({ length: MENTORS }, () => Math.floor(random() * TOPICS));
  const learners = Array.from({ length: LEARNERS }, (_, i) => ({ id: `l${String(i).padStart(5, '0')}` }));
  const edges: AssignmentInput['edges'] = [];
  const chosen = new Int32Array(MENTORS).fill(-1);
  for (let l = 0; l < LEARNERS; l++) {
    const interests = [0, 1, 2].map(() => Math.floor(random() * TOPICS));
    let count = 0;
    while (count < EDGES_PER_LEARNER) {
      const t = Math.floor(MENTORS * random() ** 1.6); // low-numbered mentors are popular
      if (chosen[t] === l) continue;
      chosen[t] = l;
      count++;
      const affinity = random();
      const shared = interests.includes(topic[t]) ? 1 : 0;
      const weight = 1 + 99 * (0.45 * affinity + 0.3 * quality[t] + 0.25 * shared * random());
      edges.push({ learner: learners[l].id, mentor: mentors[t].id, weight });
    }
  }
  return { learners, mentors, edges };
}

/** The instance as a CPLEX LP file: maximize Σ w x, one row per learner (≤ 1) and per mentor (≤ capacity). */
function toLp(input: AssignmentInput): string {
  const parts: string[] = ['Maximize', ' obj:'];
  const learnerRows = new Map<string, number[]>();
  const mentorRows = new Map<string, number[]>();
  let line: string[] = [];
  input.edges.forEach((e, i) => {
    if (e.weight > 0) line.push(`+ ${e.weight} x${i}`);
    if (line.length === 8) {
      parts.push(`  ${line.join(' ')}`);
      line = [];
    }
    (learnerRows.get(e.learner) ?? learnerRows.set(e.learner, []).get(e.learner)!).push(i);
    (mentorRows.get(e.mentor) ?? mentorRows.set(e.mentor, []).get(e.mentor)!).push(i);
  });
  if (line.length > 0) parts.push(`  ${line.join(' ')}`);
  parts.push('Subject To');
  const row = (name: string, vars: number[], rhs: number): void => {
    for (let k = 0; k < vars.length; k += 10) {
      const chunk = vars.slice(k, k + 10).map((v) => `+ x${v}`).join(' ');
      parts.push(k === 0 ? ` ${name}: ${chunk}` : `  ${chunk}`);
    }
    parts.push(`  <= ${rhs}`);
  };
  let r = 0;
  for (const vars of learnerRows.values()) row(`l${r++}`, vars, 1);
  const capacity = new Map(input.mentors.map((m) => [m.id, m.capacity]));
  r = 0;
  for (const [id, vars] of mentorRows) row(`m${r++}`, vars, capacity.get(id)!);
  parts.push('Bounds');
  for (let i = 0; i < input.edges.length; i++) parts.push(` 0 <= x${i} <= 1`);
  parts.push('End');
  return parts.join('\n');
}

interface HighsSolution {
  Status: string;
  ObjectiveValue: number;
}
interface Highs {
  solve(problem: string, options?: Record<string, unknown>): HighsSolution;
}

/** The installed `highs` package's loader, or null when node_modules/highs is absent. */
async function loadHighs(): Promise<Highs | null> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  if (!existsSync(join(root, 'node_modules', 'highs'))) return null;
  const specifier = 'highs'; // a variable, so that type-checking does not need the package
  const mod = (await import(specifier)) as { default: (settings?: Record<string, unknown>) => Promise<Highs> };
  return mod.default();
}

function fmt(n: number, digits = 3): string {
  return n.toFixed(digits);
}

export async function benchAssignment(): Promise<{ lines: string[] }> {
  const lines: string[] = [];
  const t0 = performance.now();
  const input = generateAssignmentInstance();
  const genSeconds = (performance.now() - t0) / 1000;
  lines.push(
    `Assignment: ${LEARNERS} learners, ${MENTORS} mentors (capacity 1–10, total ${input.mentors.reduce((s, m) => s + m.capacity, 0)}), ` +
      `${input.edges.length} edges (seed ${SEED}, generated in ${fmt(genSeconds, 2)} s)`,
  );

  const t1 = performance.now();
  const exact = solveAssignment(input);
  const exactSeconds = (performance.now() - t1) / 1000;
  lines.push(
    `  exact (min-cost flow, Dijkstra + potentials): ${fmt(exactSeconds)} s, total ${fmt(exact.total, 4)}, ` +
      `${exact.pairs.length} pairs, optimal ${exact.optimal} ${exactSeconds <= TARGET_SECONDS ? 'PASS' : 'FAIL'} (≤ ${TARGET_SECONDS} s)`,
  );

  const t2 = performance.now();
  const greedy = greedyAssignment(input);
  const greedySeconds = (performance.now() - t2) / 1000;
  lines.push(
    `  greedy: ${fmt(greedySeconds)} s, total ${fmt(greedy.total, 4)}, ${greedy.pairs.length} pairs, ` +
      `greedy/optimal ${fmt(greedy.total / exact.total, 4)}`,
  );

  const highs = await loadHighs();
  if (highs === null) {
    lines.push('  HiGHS not installed (node_modules/highs absent): LP reference skipped');
    return { lines };
  }
  const t3 = performance.now();
  const lp = toLp(input);
  const t4 = performance.now();
  const solution = highs.solve(lp, { output_flag: false });
  const highsSeconds = (performance.now() - t4) / 1000; // the solve alone (LP text parsed by HiGHS included)
  const lpSeconds = (t4 - t3) / 1000;
  const agree = Math.abs(solution.ObjectiveValue - exact.total) <= 1e-6 * Math.max(1, Math.abs(exact.total));
  const ratio = highsSeconds / exactSeconds;
  lines.push(
    `  HiGHS LP: ${fmt(highsSeconds)} s (plus ${fmt(lpSeconds, 2)} s to write the LP text), status ${solution.Status}, objective ${fmt(solution.ObjectiveValue, 4)}, ` +
      `totals ${agree ? 'agree' : 'DISAGREE'} (1e-6 relative)`,
  );
  lines.push(
    `  time ratio HiGHS / exact: ${fmt(ratio, 1)} ${ratio >= HIGHS_TARGET_RATIO ? 'PASS' : 'FAIL'} (target ≥ ${HIGHS_TARGET_RATIO})`,
  );
  return { lines };
}
