// Mentorship-swaps benchmark: a random "can teach" graph of 5,000 people, each able to teach 10 others
// (50,000 edges, integer weights 1–100, seeded), cleared with cycles of length ≤ 3. Reports how many
// cycles there are, how long the exact solve takes, whether it was proved optimal, and how far the greedy
// baseline falls short. Prints nothing: returns the lines for the caller to print.

import { performance } from 'node:perf_hooks';
import { countSwapCycles, greedySwaps, solveSwaps } from '../src/matching/swaps.js';
import type { SwapInput } from '../src/matching/types.js';
import { seededRandom } from '../src/seeded-random.js';

const PEOPLE = 5_000;
const OUT_DEGREE = 10;
const MAX_WEIGHT = 100;
const SEED = 20_260_501;
const TIME_LIMIT_SECONDS = 60;

/** Each person can teach OUT_DEGREE distinct others chosen uniformly at random, with weights 1..MAX_WEIGHT. */
export function randomSwapInstance(people = PEOPLE, outDegree = OUT_DEGREE, seed = SEED): SwapInput {
  const random = seededRandom(seed);
  const width = String(people - 1).length;
  const id = (i: number) => `p${String(i).padStart(width, '0')}`;
  const edges: SwapInput['edges'] = [];
  for (let a = 0; a < people; a++) {
    const targets = new Set<number>();
    while (targets.size < Math.min(outDegree, people - 1)) {
      const b = Math.floor(random() * people);
      if (b !== a) targets.add(b);
    }
    for (const b of targets) edges.push({ from: id(a), to: id(b), weight: 1 + Math.floor(random() * MAX_WEIGHT) });
  }
  return { people: Array.from({ length: people }, (_, i) => ({ id: id(i) })), edges };
}

const ms = (t: number) => `${t.toFixed(0)} ms`;

export async function benchSwaps(): Promise<{ lines: string[] }> {
  const lines: string[] = [];
  const input = randomSwapInstance();
  lines.push(
    `Mentorship swaps: ${PEOPLE.toLocaleString('en')} people, out-degree ${OUT_DEGREE} ` +
      `(${input.edges.length.toLocaleString('en')} edges), weights 1–${MAX_WEIGHT}, seed ${SEED}, cycles ≤ 3`,
  );

  let t = performance.now();
  const counts = countSwapCycles(input, 3);
  lines.push(
    `  cycles enumerated: ${counts.twoCycles} of length 2, ${counts.threeCycles} of length 3 ` +
      `(${ms(performance.now() - t)})`,
  );

  // The first solve also loads the HiGHS WebAssembly runtime; time it apart from a warm solve.
  t = performance.now();
  const cold = await solveSwaps(input, { maxCycle: 3, timeLimitSeconds: TIME_LIMIT_SECONDS });
  const coldMs = performance.now() - t;
  t = performance.now();
  const result = await solveSwaps(input, { maxCycle: 3, timeLimitSeconds: TIME_LIMIT_SECONDS });
  const warmMs = performance.now() - t;
  const people = result.cycles.reduce((s, c) => s + c.length, 0);
  const status = result.optimal ? 'proved optimal' : `NOT proved optimal, gap ${((result.gap ?? 1) * 100).toFixed(3)}%`;
  lines.push(
    `  solveSwaps: total ${result.total}, ${result.cycles.length} cycles covering ${people} people, ${status}; ` +
      `${ms(coldMs)} first call (with HiGHS load), ${ms(warmMs)} warm`,
  );
  if (cold.total !== result.total) lines.push(`  WARNING: the two solves disagree (${cold.total} vs ${result.total})`);

  t = performance.now();
  const greedy = greedySwaps(input, 3);
  const greedyMs = performance.now() - t;
  const ratio = result.total > 0 ? greedy.total / result.total : 1;
  lines.push(
    `  greedySwaps: total ${greedy.total}, ${greedy.cycles.length} cycles (${ms(greedyMs)}); ` +
      `greedy / exact = ${ratio.toFixed(4)}`,
  );
  return { lines };
}
