// Mentorship swaps: in a directed "can teach" graph, choose vertex-disjoint cycles of length 2 (a teaches b,
// b teaches a) or 3 (a→b→c→a) that maximize the total weight of the edges they use. This is the
// kidney-exchange clearing problem; we solve its cycle formulation exactly with HiGHS:
//
//   maximize Σ_c w_c y_c   subject to   Σ_{c ∋ v} y_c ≤ 1 for every person v,   y_c ∈ {0, 1}.
//
// Pure computation (the HiGHS solver is WebAssembly running in this process); no I/O.

import type { Highs } from 'highs';
import type { SwapInput, SwapResult } from './types.js';

export interface SwapOptions {
  /** Longest cycle allowed: 2 (pairs only) or 3 (pairs and triangles). */
  maxCycle: 2 | 3;
  /** Wall-clock limit for the HiGHS solve itself (cycle enumeration is not counted). Default 60. */
  timeLimitSeconds?: number;
}

/** One candidate cycle, in the indices of the sorted people. */
interface Cycle {
  /** Starts at its smallest index (so at its lexicographically smallest id), then in edge order. */
  v: number[];
  /** Sum of the weights of its edges, added in edge order. */
  w: number;
}

interface Prepared {
  /** Person ids sorted by plain string comparison: index i is ids[i]. */
  ids: string[];
  /** Every cycle of length 2 (and 3, if asked) whose weight is > 0. */
  cycles: Cycle[];
}

const DEFAULT_TIME_LIMIT_SECONDS = 60;

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders cycles (as index lists over sorted ids) lexicographically; a proper prefix comes first. */
function compareIndexLists(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return a.length - b.length;
}

/**
 * Checks the input and enumerates the candidate cycles. People are indexed in sorted id order, so the
 * result does not depend on the order in which people or edges are given.
 */
function prepare(input: SwapInput, maxCycle: 2 | 3): Prepared {
  if (maxCycle !== 2 && maxCycle !== 3) throw new RangeError(`maxCycle must be 2 or 3, not ${String(maxCycle)}`);
  const ids = input.people.map((p) => p.id).sort(compareStrings);
  const n = ids.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (index.has(ids[i])) throw new Error(`Person ${JSON.stringify(ids[i])} is listed more than once`);
    index.set(ids[i], i);
  }

  // Adjacency in compressed form: out-neighbours (sorted) with their weights, and in-neighbours.
  const from = new Int32Array(input.edges.length);
  const to = new Int32Array(input.edges.length);
  const weight = new Float64Array(input.edges.length);
  const seen = new Set<number>();
  input.edges.forEach((e, k) => {
    const a = index.get(e.from);
    const b = index.get(e.to);
    if (a === undefined) throw new Error(`Edge from unknown person ${JSON.stringify(e.from)}`);
    if (b === undefined) throw new Error(`Edge to unknown person ${JSON.stringify(e.to)}`);
    if (a === b) throw new Error(`Edge from ${JSON.stringify(e.from)} to themselves`);
    if (typeof e.weight !== 'number' || !Number.isFinite(e.weight)) {
      throw new Error(`Edge ${JSON.stringify(e.from)}→${JSON.stringify(e.to)} has a weight that is not a finite number`);
    }
    const key = a * n + b;
    if (seen.has(key)) throw new Error(`Edge ${JSON.stringify(e.from)}→${JSON.stringify(e.to)} is listed more than once`);
    seen.add(key);
    from[k] = a;
    to[k] = b;
    weight[k] = e.weight;
  });
  const m = input.edges.length;
  const outStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) {
    outStart[from[k] + 1]++;
    inStart[to[k] + 1]++;
  }
  for (let i = 0; i < n; i++) {
    outStart[i + 1] += outStart[i];
    inStart[i + 1] += inStart[i];
  }
  const outTo = new Int32Array(m);
  const outW = new Float64Array(m);
  const inFrom = new Int32Array(m);
  const inW = new Float64Array(m);
  {
    const outFill = outStart.slice(0, n);
    const inFill = inStart.slice(0, n);
    // Edges sorted by (from, to) make every out-list sorted, which makes the enumeration order canonical.
    const order = Array.from({ length: m }, (_, k) => k).sort((x, y) => from[x] - from[y] || to[x] - to[y]);
    for (const k of order) {
      const o = outFill[from[k]]++;
      outTo[o] = to[k];
      outW[o] = weight[k];
      const i = inFill[to[k]]++;
      inFrom[i] = from[k];
      inW[i] = weight[k];
    }
  }

  // For each a, mark the people c with an edge c→a (stamp[c] === a + 1, closing weight in closeW[c]); then
  // every cycle whose smallest index is a is a→b(→c)→a with b, c > a, found exactly once in that rotation.
  const stamp = new Int32Array(n);
  const closeW = new Float64Array(n);
  const cycles: Cycle[] = [];
  for (let a = 0; a < n; a++) {
    if (outStart[a] === outStart[a + 1] || inStart[a] === inStart[a + 1]) continue;
    for (let i = inStart[a]; i < inStart[a + 1]; i++) {
      stamp[inFrom[i]] = a + 1;
      closeW[inFrom[i]] = inW[i];
    }
    for (let i = outStart[a]; i < outStart[a + 1]; i++) {
      const b = outTo[i];
      if (b < a) continue;
      const wab = outW[i];
      if (stamp[b] === a + 1) {
        const w = wab + closeW[b];
        if (w > 0) cycles.push({ v: [a, b], w });
      }
      if (maxCycle === 3) {
        for (let j = outStart[b]; j < outStart[b + 1]; j++) {
          const c = outTo[j];
          if (c <= a || stamp[c] !== a + 1) continue; // c !== b holds: there are no self-loops
          const w = wab + outW[j] + closeW[c];
          if (w > 0) cycles.push({ v: [a, b, c], w });
        }
      }
    }
  }
  return { ids, cycles };
}

/**
 * How many candidate cycles solveSwaps and greedySwaps consider (those with weight > 0): 2-cycles and,
 * when maxCycle is 3, 3-cycles (a→b→c→a and a→c→b→a counted separately). For reports and benchmarks.
 */
export function countSwapCycles(input: SwapInput, maxCycle: 2 | 3): { twoCycles: number; threeCycles: number } {
  const { cycles } = prepare(input, maxCycle);
  const twoCycles = cycles.filter((c) => c.v.length === 2).length;
  return { twoCycles, threeCycles: cycles.length - twoCycles };
}

/** Picks cycles in order of weight (descending, ties by ids), each whose people are all still free. */
function greedyPick(cycles: readonly Cycle[], used: Uint8Array): Cycle[] {
  const order = [...cycles].sort((x, y) => y.w - x.w || compareIndexLists(x.v, y.v));
  const chosen: Cycle[] = [];
  for (const c of order) {
    if (c.v.some((v) => used[v])) continue;
    for (const v of c.v) used[v] = 1;
    chosen.push(c);
  }
  return chosen;
}

function toResult(ids: readonly string[], chosen: Cycle[], optimal: boolean): SwapResult {
  const sorted = [...chosen].sort((x, y) => compareIndexLists(x.v, y.v));
  let total = 0;
  for (const c of sorted) total += c.w;
  return { cycles: sorted.map((c) => c.v.map((v) => ids[v])), total, optimal };
}

/**
 * Baseline: all cycles of length 2 (and 3 when maxCycle is 3) with positive weight, by weight descending
 * (ties by ids), each taken when none of its people is taken yet. Never claims optimality.
 */
export function greedySwaps(input: SwapInput, maxCycle: 2 | 3): SwapResult {
  const { ids, cycles } = prepare(input, maxCycle);
  return toResult(ids, greedyPick(cycles, new Uint8Array(ids.length)), false);
}

let highsPromise: Promise<Highs> | undefined;

/** Loads the HiGHS WebAssembly runtime once per process. */
function loadHighs(): Promise<Highs> {
  if (!highsPromise) {
    highsPromise = import('highs').then((mod) => {
      // Node's ESM loader resolves 'highs' to its ES module, whose default export is the loader; the package's
      // types describe it as CommonJS, so TypeScript would expect one more `.default`. Accept either.
      type Loader = () => Promise<Highs>;
      const ns = mod as unknown as { default: Loader | { default: Loader } };
      return typeof ns.default === 'function' ? ns.default() : ns.default.default();
    });
    highsPromise.catch(() => {
      highsPromise = undefined; // let a later call try again
    });
  }
  return highsPromise;
}

/** Appends `items` to `lines`, several to a line, each line starting with `indent`, joined by `sep`. */
function wrapTerms(lines: string[], items: string[], indent: string, sep: string): void {
  const PER_LINE = 12;
  for (let i = 0; i < items.length; i += PER_LINE) {
    const chunk = items.slice(i, i + PER_LINE).join(sep);
    lines.push(i === 0 ? `${indent}${chunk}` : `${indent}${sep.trimStart()}${chunk}`);
  }
}

/**
 * The cycle formulation in CPLEX LP format, as HiGHS reads it: column y<k> is cycles[k], row v<i> says that
 * person i is in at most one chosen cycle (only for people on two or more of these cycles).
 * Objective coefficients are the cycle weights times `scale`, a power of two (so exact).
 */
function buildLp(cycles: readonly Cycle[], n: number, scale: number): string {
  const lines: string[] = ['Maximize'];
  wrapTerms(
    lines,
    cycles.map((c, k) => `${c.w * scale} y${k}`),
    ' ',
    ' + ',
  );
  lines[1] = ` obj: ${lines[1].trimStart()}`;
  lines.push('Subject To');
  const onCycles: number[][] = Array.from({ length: n }, () => []);
  cycles.forEach((c, k) => {
    for (const v of c.v) onCycles[v].push(k);
  });
  for (let v = 0; v < n; v++) {
    const ks = onCycles[v];
    if (ks.length < 2) continue;
    const terms = ks.map((k) => `y${k}`);
    const start = lines.length;
    wrapTerms(lines, terms, '  ', ' + ');
    lines[start] = ` v${v}: ${lines[start].trimStart()}`;
    lines[lines.length - 1] += ' <= 1';
  }
  lines.push('Binary');
  wrapTerms(
    lines,
    cycles.map((_, k) => `y${k}`),
    ' ',
    ' ',
  );
  lines.push('End', '');
  return lines.join('\n');
}

/**
 * Chooses vertex-disjoint cycles of length ≤ maxCycle maximizing the total weight of their edges, and proves
 * it (optimal: true) unless HiGHS hits the time limit, in which case the best solution found is returned
 * (never worse than greedySwaps) with `gap` = (upper bound − total) / upper bound, between 0 and 1.
 * `gap` is present only when optimal is false.
 *
 * Cycles with total weight ≤ 0 are never chosen. Cycles are returned starting at their smallest id (plain
 * string comparison), in edge order, sorted by their ids.
 */
export async function solveSwaps(input: SwapInput, options: SwapOptions): Promise<SwapResult> {
  const { ids, cycles } = prepare(input, options.maxCycle);
  const n = ids.length;
  if (cycles.length === 0) return { cycles: [], total: 0, optimal: true };

  // Split by connected components of "shares a person": a component with a single cycle is simply taken;
  // all the others go to one integer program (HiGHS handles the block structure itself).
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (const c of cycles) {
    for (let i = 1; i < c.v.length; i++) {
      const r0 = find(c.v[0]);
      const ri = find(c.v[i]);
      if (r0 !== ri) parent[ri] = r0;
    }
  }
  const perRoot = new Map<number, number>();
  for (const c of cycles) {
    const r = find(c.v[0]);
    perRoot.set(r, (perRoot.get(r) ?? 0) + 1);
  }
  const taken: Cycle[] = [];
  const contested: Cycle[] = [];
  for (const c of cycles) (perRoot.get(find(c.v[0])) === 1 ? taken : contested).push(c);
  if (contested.length === 0) return toResult(ids, taken, true);

  // Scale the objective by a power of two so that the largest coefficient is about 2^20: HiGHS treats
  // coefficients ≥ 1e20 as infinite, and its absolute gap tolerance (1e-6) would swamp tiny weights.
  let maxW = 0;
  for (const c of contested) maxW = Math.max(maxW, c.w);
  const scale = 2 ** (20 - Math.ceil(Math.log2(maxW)));

  const greedy = greedyPick(contested, new Uint8Array(n));
  const greedyStart = new Float64Array(contested.length);
  {
    const position = new Map(contested.map((c, k) => [c, k]));
    for (const c of greedy) greedyStart[position.get(c)!] = 1;
  }

  const highs = await loadHighs();
  const lp = buildLp(contested, n, scale);
  const timeLimit = options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
  const outcome = highs.withModel({ format: 'lp', data: lp }, (model) => {
    model.options.set({ output_flag: false, time_limit: timeLimit, mip_rel_gap: 0 });
    // Column k must be y<k>: the LP reader numbers columns in order of first appearance.
    const numCols = model.getDimensions().numCols;
    if (numCols !== contested.length) throw new Error(`HiGHS read ${numCols} columns, expected ${contested.length}`);
    for (let k = 0; k < numCols; k++) {
      if (model.getColName(k) !== `y${k}`) throw new Error(`HiGHS column ${k} is ${model.getColName(k)}`);
    }
    model.setSolution({ colValue: greedyStart }); // the greedy solution as a starting incumbent
    const { modelStatus } = model.run();
    const hasSolution = model.info.get('primal_solution_status') === highs.constants.solutionStatus.feasible;
    return {
      optimal: modelStatus === highs.constants.modelStatus.optimal,
      status: modelStatus,
      values: hasSolution ? Array.from(model.getSolution().colValue) : undefined,
      dualBound: Number(model.info.get('mip_dual_bound')) / scale,
    };
  });

  const limited = outcome.status === highs.constants.modelStatus.timeLimit
    || outcome.status === highs.constants.modelStatus.iterationLimit
    || outcome.status === highs.constants.modelStatus.interrupted
    || outcome.status === highs.constants.modelStatus.solutionLimit;
  if (!outcome.optimal && !limited) throw new Error(`HiGHS ended with model status ${outcome.status}`);

  let chosen = greedy;
  if (outcome.values) {
    const fromSolver = contested.filter((_, k) => outcome.values![k] > 0.5);
    const used = new Uint8Array(n);
    for (const c of fromSolver) {
      for (const v of c.v) {
        if (used[v]) throw new Error('HiGHS returned cycles that share a person');
        used[v] = 1;
      }
    }
    const sum = (cs: Cycle[]) => cs.reduce((s, c) => s + c.w, 0);
    if (outcome.optimal || sum(fromSolver) >= sum(greedy)) chosen = fromSolver;
  }
  const result = toResult(ids, [...taken, ...chosen], outcome.optimal);
  if (!outcome.optimal) {
    // Upper bound on the contested part: the smaller of HiGHS's dual bound (if it got one) and the sum over
    // people of the best share w_c / |c| of a cycle through them.
    const share = new Float64Array(n);
    for (const c of contested) for (const v of c.v) share[v] = Math.max(share[v], c.w / c.v.length);
    const simpleBound = share.reduce((s, x) => s + x, 0);
    const takenWeight = taken.reduce((s, c) => s + c.w, 0);
    const dualBound = Number.isFinite(outcome.dualBound) ? outcome.dualBound : Infinity;
    const bound = Math.min(dualBound, simpleBound) + takenWeight;
    result.gap = bound > 0 ? Math.min(1, Math.max(0, (bound - result.total) / bound)) : 0;
  }
  return result;
}
