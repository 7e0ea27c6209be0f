// Exact mentor–learner assignment (maximum-weight bipartite b-matching): each learner in at most one pair,
// each mentor in at most `capacity` pairs, only given edges, weights ≤ 0 never chosen. Pure code, no I/O.
//
// Algorithm: min-cost flow on  S → learner (cap 1, cost 0) → mentor (cap 1, cost −w) → T (cap capacity,
// cost 0), with a free arc T → S (cost 0) so that the flow value is free: the optimum is a min-cost
// circulation. S and T are merged into one node Z. Learners are added one at a time (the incremental
// form of successive shortest paths used by Hungarian / Jonker–Volgenant solvers): when learner s is
// added to an optimal circulation, the only arcs that can close a negative cycle are the new ones, so
// the new optimum is the old one plus the cheapest cycle Z → s → … → Z, i.e. the shortest path from s
// to Z in the residual graph, applied iff its cost is negative (successive-shortest-path theorem). A path
// ends either at a mentor with a free place (arc mentor → T) or at a matched learner who gives up its
// mentor (reverse arc learner → S); it alternates learner → mentor (cost −w) and mentor → its learner
// (reverse arc, cost +w). Paths are found with Dijkstra on reduced costs c + π(u) − π(v) ≥ 0 (Johnson
// potentials π, kept valid across rounds, π(Z) = 0), stopped as soon as nothing cheaper than the best
// end found (or than "no change", π(s)) remains in the heap; only the nodes settled in a round are
// touched, so a round costs about the size of the alternating tree it explores, not of the graph.
//
// Certificate: at the end every residual arc of the final flow is checked for a non-negative reduced
// cost under π (within 1e-9 × max|w|): no negative cycle, hence an optimal circulation. These are
// exactly the LP dual conditions of the b-matching (u_l = π(l), v_m = −π(m)). `optimal` is true only
// if that check (and a feasibility check of the pairs) passes.

import type { AssignmentInput, AssignmentResult } from './types.js';

/** The input with string ids mapped once to integers, as CSR adjacency (learner → mentor, weight). */
interface Instance {
  learnerIds: string[];
  mentorIds: string[];
  /** Effective capacity: min(capacity, number of learners with a usable edge to the mentor). */
  capacity: Int32Array;
  /** Learner l's edges are adjMentor/adjWeight[start[l] .. start[l + 1]). */
  start: Int32Array;
  adjMentor: Int32Array;
  adjWeight: Float64Array;
  maxAbsWeight: number;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Validates the input and builds the CSR graph of usable edges: weight > 0, mentor capacity > 0.
 * Duplicate learner–mentor edges keep their largest weight (a pair can be chosen once).
 */
function buildInstance(input: AssignmentInput): Instance {
  const n = input.learners.length;
  const m = input.mentors.length;
  const learnerIndex = new Map<string, number>();
  const mentorIndex = new Map<string, number>();
  const learnerIds: string[] = new Array(n);
  const mentorIds: string[] = new Array(m);
  const rawCapacity = new Int32Array(m);
  for (let i = 0; i < n; i++) {
    const id = input.learners[i].id;
    if (learnerIndex.has(id)) throw new Error(`duplicate learner id ${JSON.stringify(id)}`);
    learnerIndex.set(id, i);
    learnerIds[i] = id;
  }
  for (let i = 0; i < m; i++) {
    const { id, capacity } = input.mentors[i];
    if (mentorIndex.has(id)) throw new Error(`duplicate mentor id ${JSON.stringify(id)}`);
    if (!Number.isInteger(capacity) || capacity < 0 || capacity > 0x7fffffff) {
      throw new RangeError(`mentor ${JSON.stringify(id)}: capacity must be a non-negative integer`);
    }
    mentorIndex.set(id, i);
    mentorIds[i] = id;
    rawCapacity[i] = capacity;
  }

  const edges = input.edges;
  const e = edges.length;
  const edgeLearner = new Int32Array(e);
  const edgeMentor = new Int32Array(e);
  const degree = new Int32Array(n + 1);
  let maxAbsWeight = 0;
  for (let k = 0; k < e; k++) {
    const edge = edges[k];
    const l = learnerIndex.get(edge.learner);
    const t = mentorIndex.get(edge.mentor);
    if (l === undefined) throw new Error(`edge to unknown learner ${JSON.stringify(edge.learner)}`);
    if (t === undefined) throw new Error(`edge to unknown mentor ${JSON.stringify(edge.mentor)}`);
    const w = edge.weight;
    if (typeof w !== 'number' || !Number.isFinite(w)) {
      throw new RangeError(`edge ${JSON.stringify(edge.learner)}–${JSON.stringify(edge.mentor)}: weight must be finite`);
    }
    if (Math.abs(w) > maxAbsWeight) maxAbsWeight = Math.abs(w);
    if (w > 0 && rawCapacity[t] > 0) {
      edgeLearner[k] = l;
      edgeMentor[k] = t;
      degree[l + 1]++;
    } else {
      edgeLearner[k] = -1;
    }
  }
  const start = new Int32Array(n + 1);
  for (let l = 0; l < n; l++) start[l + 1] = start[l] + degree[l + 1];
  const fill = start.slice(0, n);
  const total = start[n];
  const adjMentor = new Int32Array(total);
  const adjWeight = new Float64Array(total);
  for (let k = 0; k < e; k++) {
    const l = edgeLearner[k];
    if (l < 0) continue;
    const p = fill[l]++;
    adjMentor[p] = edgeMentor[k];
    adjWeight[p] = edges[k].weight;
  }

  // Remove duplicate pairs in place (keep the largest weight), and count each mentor's distinct learners.
  const seenBy = new Int32Array(m).fill(-1);
  const seenAt = new Int32Array(m);
  const mentorDegree = new Int32Array(m);
  const compactStart = new Int32Array(n + 1);
  let out = 0;
  for (let l = 0; l < n; l++) {
    compactStart[l] = out;
    for (let p = start[l]; p < start[l + 1]; p++) {
      const t = adjMentor[p];
      if (seenBy[t] === l) {
        const q = seenAt[t];
        if (adjWeight[p] > adjWeight[q]) adjWeight[q] = adjWeight[p];
        continue;
      }
      seenBy[t] = l;
      seenAt[t] = out;
      mentorDegree[t]++;
      adjMentor[out] = t;
      adjWeight[out] = adjWeight[p];
      out++;
    }
  }
  compactStart[n] = out;
  sortByWeightDescending(compactStart, n, adjMentor, adjWeight);
  const capacity = new Int32Array(m);
  for (let t = 0; t < m; t++) capacity[t] = Math.min(rawCapacity[t], mentorDegree[t]);

  return {
    learnerIds,
    mentorIds,
    capacity,
    start: compactStart,
    adjMentor: out === total ? adjMentor : adjMentor.slice(0, out),
    adjWeight: out === total ? adjWeight : adjWeight.slice(0, out),
    maxAbsWeight,
  };
}

/**
 * Sorts each learner's edges by weight, largest first (stable, so the order stays deterministic). The
 * solver relies on it to stop scanning a learner's edges early.
 */
function sortByWeightDescending(start: Int32Array, n: number, adjMentor: Int32Array, adjWeight: Float64Array): void {
  for (let l = 0; l < n; l++) {
    const lo = start[l];
    const hi = start[l + 1];
    if (hi - lo <= 64) {
      for (let i = lo + 1; i < hi; i++) {
        const w = adjWeight[i];
        const t = adjMentor[i];
        let j = i - 1;
        while (j >= lo && adjWeight[j] < w) {
          adjWeight[j + 1] = adjWeight[j];
          adjMentor[j + 1] = adjMentor[j];
          j--;
        }
        adjWeight[j + 1] = w;
        adjMentor[j + 1] = t;
      }
    } else {
      const order = Array.from({ length: hi - lo }, (_, i) => lo + i);
      order.sort((a, b) => adjWeight[b] - adjWeight[a] || a - b);
      const mentors = order.map((p) => adjMentor[p]);
      const weights = order.map((p) => adjWeight[p]);
      for (let i = 0; i < order.length; i++) {
        adjMentor[lo + i] = mentors[i];
        adjWeight[lo + i] = weights[i];
      }
    }
  }
}

/** Pairs as strings, sorted by learner id then mentor id, and their total weight. */
function buildResult(
  inst: Instance,
  match: Int32Array,
  matchWeight: Float64Array,
  optimal: boolean,
): AssignmentResult {
  const chosen: number[] = [];
  for (let l = 0; l < match.length; l++) if (match[l] >= 0) chosen.push(l);
  chosen.sort(
    (a, b) =>
      compareStrings(inst.learnerIds[a], inst.learnerIds[b]) ||
      compareStrings(inst.mentorIds[match[a]], inst.mentorIds[match[b]]),
  );
  let total = 0;
  const pairs = chosen.map((l) => {
    total += matchWeight[l];
    return { learner: inst.learnerIds[l], mentor: inst.mentorIds[match[l]] };
  });
  return { pairs, total, optimal };
}

/**
 * Maximum-weight assignment of learners to mentors, exact (see the header comment for the method and
 * the optimality certificate). Output pairs are sorted by learner id, then mentor id.
 */
export function solveAssignment(input: AssignmentInput): AssignmentResult {
  const inst = buildInstance(input);
  const { start, adjMentor, adjWeight, capacity } = inst;
  const n = inst.learnerIds.length;
  const m = inst.mentorIds.length;
  const nodes = n + m; // learners 0..n-1, mentors n..n+m-1; Z (merged S/T) is implicit with π(Z) = 0

  // Flow state: learner → mentor (−1: unmatched), each mentor's learners in slots[slotStart[t] ..+ load[t]).
  const match = new Int32Array(n).fill(-1);
  const matchWeight = new Float64Array(n);
  const slotOf = new Int32Array(n);
  const slotStart = new Int32Array(m + 1);
  for (let t = 0; t < m; t++) slotStart[t + 1] = slotStart[t] + capacity[t];
  const slots = new Int32Array(slotStart[m]);
  const load = new Int32Array(m);

  // Potentials (distance-like: reduced cost of u → v is c + pot[u] − pot[v]).
  const pot = new Float64Array(nodes);

  // Dijkstra state, reset lazily through `stamp`.
  const dist = new Float64Array(nodes);
  const stamp = new Int32Array(nodes);
  const predLearner = new Int32Array(m); // for a mentor: the learner whose edge reached it
  const predWeight = new Float64Array(m); // and that edge's weight
  const heap = new Int32Array(nodes);
  const heapPos = new Int32Array(nodes).fill(-1); // −1: not in the heap (settled, if stamped this round)
  const settled = new Int32Array(nodes);
  let heapSize = 0;
  let round = 0;

  const siftUp = (node: number, key: number, i: number): void => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent];
      if (dist[p] <= key) break;
      heap[i] = p;
      heapPos[p] = i;
      i = parent;
    }
    heap[i] = node;
    heapPos[node] = i;
  };
  const popMin = (): number => {
    const top = heap[0];
    heapPos[top] = -1;
    heapSize--;
    if (heapSize > 0) {
      const last = heap[heapSize];
      const key = dist[last];
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= heapSize) break;
        if (c + 1 < heapSize && dist[heap[c + 1]] < dist[heap[c]]) c++;
        const child = heap[c];
        if (dist[child] >= key) break;
        heap[i] = child;
        heapPos[child] = i;
        i = c;
      }
      heap[i] = last;
      heapPos[last] = i;
    }
    return top;
  };
  /** Offers distance d to node; returns true if it improved (caller then records the predecessor). */
  const relax = (node: number, d: number): boolean => {
    if (stamp[node] !== round) {
      stamp[node] = round;
      dist[node] = d;
      siftUp(node, d, heapSize++);
      return true;
    }
    const pos = heapPos[node];
    if (pos < 0 || d >= dist[node]) return false; // settled, or no better
    dist[node] = d;
    siftUp(node, d, pos);
    return true;
  };

  for (let s = 0; s < n; s++) {
    // π(s) must make every arc s → t non-negative: π(s) ≥ w + π(t). With π(Z) = 0, a path to Z of reduced
    // length D has real cost D − π(s), so only paths with D < π(s) improve the assignment.
    let ps = 0;
    for (let p = start[s]; p < start[s + 1]; p++) {
      const v = adjWeight[p] + pot[n + adjMentor[p]];
      if (v > ps) ps = v;
    }
    pot[s] = ps;
    if (ps <= 0) continue; // no positive-value way in: s stays unmatched (and π(s) = 0 certifies it)

    round++;
    heapSize = 0;
    let bound = ps; // min(π(s), best distance to Z found so far)
    let bestEnd = -1; // a spare mentor, or a matched learner who would give up its place
    let settledCount = 0;
    relax(s, 0);
    while (heapSize > 0) {
      const x = heap[0];
      const dx = dist[x];
      if (dx >= bound) break;
      popMin();
      settled[settledCount++] = x;
      if (x < n) {
        const px = pot[x];
        const own = match[x];
        const base = dx + px;
        for (let p = start[x]; p < start[x + 1]; p++) {
          const t = adjMentor[p];
          if (t === own) continue; // that arc is saturated; its reverse is how we got here
          const node = n + t;
          const w = adjWeight[p];
          const lower = base - w;
          // Mentors' π never rises above 0, so d ≥ base − w; edges are sorted by weight descending, so once
          // base − w reaches the bound no later edge of x can get under it either.
          if (lower >= bound) break;
          const d = lower - pot[node];
          if (d >= bound) continue;
          if (load[t] < capacity[t]) {
            // A free place: t → Z costs π(t) − π(Z) = 0 (a mentor with a free place is never settled, so
            // its π stays 0). Going on from t cannot be cheaper, so t ends a path and never enters the heap.
            bound = d + pot[node];
            bestEnd = node;
            predLearner[t] = x;
            predWeight[t] = w;
          } else if (relax(node, d)) {
            predLearner[t] = x;
            predWeight[t] = w;
          }
        }
      } else {
        const t = x - n;
        const base = dx + pot[x];
        for (let k = slotStart[t], end = slotStart[t] + load[t]; k < end; k++) {
          const y = slots[k];
          const py = pot[y];
          const d = base + matchWeight[y] - py;
          if (d >= bound) continue;
          // y → Z: y gives up its place (cost π(y) − π(Z)); the bound may tighten before y is settled.
          const viaDrop = d + py;
          if (viaDrop < bound) {
            bound = viaDrop;
            bestEnd = y;
          }
          if (d < bound) relax(y, d);
        }
      }
    }
    // Clear what is left in the heap so that heapPos stays −1 for nodes outside it.
    for (let i = 0; i < heapSize; i++) heapPos[heap[i]] = -1;

    // Potential update π ← π + min(d, C) − C with C = bound (valid for every arc, keeps π(Z) = 0);
    // only settled nodes have d < C, the others are unchanged.
    // (Clamped at 0 against rounding, so that mentors' π never rises above 0, which the scan relies on.)
    const c = bound;
    for (let i = 0; i < settledCount; i++) {
      const x = settled[i];
      const drop = c - dist[x];
      if (drop > 0) pot[x] -= drop;
    }
    if (bestEnd < 0) continue; // no improving path: s stays unmatched (now with π(s) = 0)

    // Augment along the path s → t1 → y1 → t2 → … → end.
    let t: number;
    let freeSlot: number;
    if (bestEnd < n) {
      t = match[bestEnd];
      freeSlot = slotOf[bestEnd];
      match[bestEnd] = -1;
      matchWeight[bestEnd] = 0;
    } else {
      t = bestEnd - n;
      freeSlot = slotStart[t] + load[t];
      load[t]++;
    }
    for (;;) {
      const x = predLearner[t];
      const oldMentor = match[x];
      const oldSlot = slotOf[x];
      slots[freeSlot] = x;
      slotOf[x] = freeSlot;
      match[x] = t;
      matchWeight[x] = predWeight[t];
      if (x === s) break;
      t = oldMentor;
      freeSlot = oldSlot;
    }
  }

  const optimal = verifyCertificate(inst, match, matchWeight, load, slots, slotStart, pot);
  return buildResult(inst, match, matchWeight, optimal);
}

/**
 * Checks that the flow is feasible and that no residual arc has a negative reduced cost under `pot`
 * (π(S) = π(T) = 0), within 1e-9 × max|weight|. Arcs: S→l (l unmatched) / l→S (l matched); l→t for
 * unused edges (cost −w) / t→l for used ones (cost +w); t→T (load < capacity) / T→t (load > 0).
 */
function verifyCertificate(
  inst: Instance,
  match: Int32Array,
  matchWeight: Float64Array,
  load: Int32Array,
  slots: Int32Array,
  slotStart: Int32Array,
  pot: Float64Array,
): boolean {
  const { start, adjMentor, adjWeight, capacity } = inst;
  const n = inst.learnerIds.length;
  const m = inst.mentorIds.length;
  const tol = 1e-9 * inst.maxAbsWeight;

  // Feasibility: loads and slots agree with `match`, capacities hold, matched pairs are edges.
  const counted = new Int32Array(m);
  for (let l = 0; l < n; l++) {
    const t = match[l];
    if (t < 0) continue;
    counted[t]++;
    let found = false;
    for (let p = start[l]; p < start[l + 1]; p++) {
      if (adjMentor[p] === t) {
        found = adjWeight[p] === matchWeight[l];
        break;
      }
    }
    if (!found) return false;
  }
  for (let t = 0; t < m; t++) {
    if (counted[t] !== load[t] || load[t] > capacity[t]) return false;
    for (let k = slotStart[t]; k < slotStart[t] + load[t]; k++) if (match[slots[k]] !== t) return false;
  }

  // Reduced costs of every residual arc.
  for (let l = 0; l < n; l++) {
    const pl = pot[l];
    const own = match[l];
    if (own >= 0 ? pl < -tol : -pl < -tol) return false; // l→S when matched, S→l when not
    for (let p = start[l]; p < start[l + 1]; p++) {
      const t = adjMentor[p];
      const w = adjWeight[p];
      const pt = pot[n + t];
      const reduced = t === own ? w + pt - pl : -w + pl - pt;
      if (!(reduced >= -tol)) return false;
    }
  }
  for (let t = 0; t < m; t++) {
    const pt = pot[n + t];
    if (load[t] < capacity[t] && !(pt >= -tol)) return false; // t→T
    if (load[t] > 0 && !(-pt >= -tol)) return false; // T→t
  }
  return true;
}

/**
 * Baseline: edges by weight descending (ties by learner id, then mentor id), each taken when its learner
 * is still free and its mentor has a place left. Never claims optimality.
 */
export function greedyAssignment(input: AssignmentInput): AssignmentResult {
  const inst = buildInstance(input);
  const { start, adjMentor, adjWeight } = inst;
  const n = inst.learnerIds.length;
  const m = inst.mentorIds.length;
  const total = start[n];
  const edgeLearner = new Int32Array(total);
  for (let l = 0; l < n; l++) for (let p = start[l]; p < start[l + 1]; p++) edgeLearner[p] = l;
  // Rank ids once so that ties compare integers.
  const learnerRank = rankOf(inst.learnerIds);
  const mentorRank = rankOf(inst.mentorIds);
  const order = Array.from({ length: total }, (_, i) => i);
  order.sort(
    (a, b) =>
      adjWeight[b] - adjWeight[a] ||
      learnerRank[edgeLearner[a]] - learnerRank[edgeLearner[b]] ||
      mentorRank[adjMentor[a]] - mentorRank[adjMentor[b]],
  );
  const match = new Int32Array(n).fill(-1);
  const matchWeight = new Float64Array(n);
  const left = inst.capacity.slice(0, m);
  for (const p of order) {
    const l = edgeLearner[p];
    const t = adjMentor[p];
    if (match[l] >= 0 || left[t] === 0) continue;
    match[l] = t;
    matchWeight[l] = adjWeight[p];
    left[t]--;
  }
  return buildResult(inst, match, matchWeight, false);
}

function rankOf(ids: string[]): Int32Array {
  const order = ids.map((_, i) => i).sort((a, b) => compareStrings(ids[a], ids[b]));
  const rank = new Int32Array(ids.length);
  order.forEach((i, r) => (rank[i] = r));
  return rank;
}
