import { solveAssignment } from '../../matching/assignment.js';
import { solveSwaps } from '../../matching/swaps.js';
import type { SkillTree } from '../skills/types.js';
import { candidatesFor, type ScoringOptions } from './scoring.js';
import type { Candidate, MatchingPool, MatchReasons, UnmatchedReason } from './types.js';

// From a pool to proposals: swap circles first, then an optimal assignment of the remaining requests.
// Swaps go first because a circle gives every member something; they are chosen to maximize total
// weight among people who both asked (open to a swap) and offer mentoring with a place free.

export interface ProposedPair {
  requestId: number;
  learnerId: number;
  mentorId: number;
  weight: number;
  reasons: MatchReasons;
}

export interface Plan {
  /** Each circle in teaching order: cycle[i].mentorId teaches cycle[i].learnerId = cycle[i+1].mentorId. */
  swaps: ProposedPair[][];
  pairs: ProposedPair[];
  unmatched: { requestId: number; reason: UnmatchedReason }[];
  totalWeight: number;
  /** Both solvers proved their part optimal. */
  optimal: boolean;
}

export interface PlanOptions extends ScoringOptions {
  withSwaps: boolean;
  swapTimeLimitSeconds?: number;
}

export async function planProposals(tree: SkillTree, pool: MatchingPool, options: PlanOptions): Promise<Plan> {
  const all = candidatesFor(tree, pool, options);
  const spare = new Map(pool.mentors.map((m) => [m.person.id, m.spareCapacity]));
  const matched = new Set<number>();
  const swaps: ProposedPair[][] = [];
  let optimal = true;

  if (options.withSwaps) {
    // Edge mentor → learner: the best candidate pair over the learner's requests open to a swap.
    const best = new Map<string, ProposedPair>();
    for (const { request, candidates } of all) {
      if (!request.openToSwap) continue;
      for (const c of candidates) {
        const key = `${c.mentorId}>${request.learner.id}`;
        if ((best.get(key)?.weight ?? -1) < c.weight) best.set(key, pairOf(request.id, request.learner.id, c));
      }
    }
    if (best.size) {
      const people = new Set([...best.values()].flatMap((p) => [String(p.mentorId), String(p.learnerId)]));
      const result = await solveSwaps({
        people: [...people].map((id) => ({ id })),
        edges: [...best.values()].map((p) => ({ from: String(p.mentorId), to: String(p.learnerId), weight: p.weight })),
      }, { maxCycle: 3, timeLimitSeconds: options.swapTimeLimitSeconds ?? 20 });
      optimal &&= result.optimal;
      for (const cycle of result.cycles) {
        const edges = cycle.map((from, i) => best.get(`${from}>${cycle[(i + 1) % cycle.length]}`)!);
        swaps.push(edges);
        for (const e of edges) {
          matched.add(e.requestId);
          spare.set(e.mentorId, spare.get(e.mentorId)! - 1);
        }
      }
    }
  }

  const rest = all.filter(({ request }) => !matched.has(request.id));
  const edges = rest.flatMap(({ request, candidates }) => candidates
    .filter((c) => spare.get(c.mentorId)! > 0)
    .map((c) => ({ learner: String(request.id), mentor: String(c.mentorId), weight: c.weight })));
  const assignment = solveAssignment({
    learners: rest.map(({ request }) => ({ id: String(request.id) })),
    mentors: [...spare].filter(([, capacity]) => capacity > 0).map(([id, capacity]) => ({ id: String(id), capacity })),
    edges,
  });
  optimal &&= assignment.optimal;
  const byRequest = new Map(rest.map((r) => [String(r.request.id), r]));
  const pairs = assignment.pairs.map(({ learner, mentor }) => {
    const { request, candidates } = byRequest.get(learner)!;
    matched.add(request.id);
    return pairOf(request.id, request.learner.id, candidates.find((c) => String(c.mentorId) === mentor)!);
  });
  const unmatched = all.filter(({ request }) => !matched.has(request.id))
    .map(({ request, failed }) => ({ requestId: request.id, reason: failed ?? 'outweighed' as UnmatchedReason }));
  const totalWeight = [...swaps.flat(), ...pairs].reduce((sum, p) => sum + p.weight, 0);
  return { swaps, pairs, unmatched, totalWeight, optimal };
}

function pairOf(requestId: number, learnerId: number, c: Candidate): ProposedPair {
  return { requestId, learnerId, mentorId: c.mentorId, weight: c.weight, reasons: c.reasons };
}
