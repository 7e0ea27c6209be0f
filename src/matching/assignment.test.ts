import { describe, expect, it } from 'vitest';
import { greedyAssignment, solveAssignment } from './assignment.js';
import type { AssignmentInput, AssignmentResult } from './types.js';
import { seededRandom } from '../seeded-random.js';

/** Shorthand: learners and mentors by id ("x:2" is mentor x with capacity 2), edges as [learner, mentor, weight]. */
function instance(learners: string[], mentors: string[], edges: [string, string, number][]): AssignmentInput {
  return {
    learners: learners.map((id) => ({ id })),
    mentors: mentors.map((spec) => {
      const [id, capacity] = spec.split(':');
      return { id, capacity: capacity === undefined ? 1 : Number(capacity) };
    }),
    edges: edges.map(([learner, mentor, weight]) => ({ learner, mentor, weight })),
  };
}

/** Throws unless the pairs form a valid assignment of the input; returns their total weight. */
function checkValid(input: AssignmentInput, result: AssignmentResult): number {
  const weight = new Map<string, number>();
  for (const e of input.edges) {
    const key = `${e.learner}\u0000${e.mentor}`;
    weight.set(key, Math.max(weight.get(key) ?? -Infinity, e.weight));
  }
  const capacity = new Map(input.mentors.map((m) => [m.id, m.capacity]));
  const learnersSeen = new Set<string>();
  const used = new Map<string, number>();
  let total = 0;
  for (const { learner, mentor } of result.pairs) {
    expect(learnersSeen.has(learner), `learner ${learner} twice`).toBe(false);
    learnersSeen.add(learner);
    const w = weight.get(`${learner}\u0000${mentor}`);
    expect(w, `pair ${learner}–${mentor} is not an edge`).toBeDefined();
    expect(w!, `pair ${learner}–${mentor} has weight ≤ 0`).toBeGreaterThan(0);
    used.set(mentor, (used.get(mentor) ?? 0) + 1);
    expect(used.get(mentor)!, `mentor ${mentor} over capacity`).toBeLessThanOrEqual(capacity.get(mentor)!);
    total += w!;
  }
  expect(result.total).toBeCloseTo(total, 9);
  const sorted = [...result.pairs].sort((a, b) =>
    a.learner < b.learner ? -1 : a.learner > b.learner ? 1 : a.mentor < b.mentor ? -1 : a.mentor > b.mentor ? 1 : 0,
  );
  expect(result.pairs).toEqual(sorted);
  return total;
}

/** Exhaustive search: every learner unassigned or on one of its edges, within capacities. */
function bruteForce(input: AssignmentInput): number {
  const capacity = new Map(input.mentors.map((m) => [m.id, m.capacity]));
  const options = input.learners.map((l) => input.edges.filter((e) => e.learner === l.id));
  const used = new Map<string, number>();
  let best = 0;
  const visit = (i: number, total: number): void => {
    if (i === options.length) {
      best = Math.max(best, total);
      return;
    }
    visit(i + 1, total);
    for (const e of options[i]) {
      const u = used.get(e.mentor) ?? 0;
      if (u >= capacity.get(e.mentor)!) continue;
      used.set(e.mentor, u + 1);
      visit(i + 1, total + e.weight);
      used.set(e.mentor, u);
    }
  };
  visit(0, 0);
  return best;
}

interface Case {
  name: string;
  input: AssignmentInput;
  total: number;
  /** When the optimum is unique. */
  pairs?: [string, string][];
  greedyTotal?: number;
}

const cases: Case[] = [
  {
    name: 'takes the single edge of a one-pair instance',
    input: instance(['A'], ['x'], [['A', 'x', 5]]),
    total: 5,
    pairs: [['A', 'x']],
    greedyTotal: 5,
  },
  {
    name: 'beats greedy when the heaviest edge blocks two good ones',
    input: instance(['A', 'B'], ['x', 'y'], [['A', 'x', 10], ['A', 'y', 9], ['B', 'x', 8]]),
    total: 17,
    pairs: [['A', 'y'], ['B', 'x']],
    greedyTotal: 10,
  },
  {
    name: 'gives a mentor with capacity 0 nobody',
    input: instance(['A', 'B'], ['x:0', 'y'], [['A', 'x', 100], ['B', 'x', 50], ['B', 'y', 1]]),
    total: 1,
    pairs: [['B', 'y']],
    greedyTotal: 1,
  },
  {
    name: 'leaves isolated learners and mentors out',
    input: instance(['A', 'B', 'C'], ['x', 'y', 'z:3'], [['B', 'y', 2.5]]),
    total: 2.5,
    pairs: [['B', 'y']],
    greedyTotal: 2.5,
  },
  {
    name: 'returns nothing for an instance without people',
    input: instance([], [], []),
    total: 0,
    pairs: [],
    greedyTotal: 0,
  },
  {
    name: 'fills a mentor with capacity above 1 up to its capacity',
    input: instance(
      ['A', 'B', 'C', 'D'],
      ['x:3', 'y'],
      [['A', 'x', 4], ['B', 'x', 4], ['C', 'x', 4], ['D', 'x', 4], ['D', 'y', 1]],
    ),
    total: 13,
    greedyTotal: 13,
  },
  {
    name: 'moves a learner away from a shared mentor when capacity is short',
    input: instance(
      ['A', 'B', 'C'],
      ['x:2', 'y'],
      [['A', 'x', 10], ['B', 'x', 9], ['C', 'x', 8], ['A', 'y', 7], ['B', 'y', 1]],
    ),
    total: 24,
    pairs: [['A', 'y'], ['B', 'x'], ['C', 'x']],
    greedyTotal: 19,
  },
  {
    name: 'adds non-integer weights exactly enough to pick the better side',
    input: instance(['A', 'B'], ['x', 'y'], [['A', 'x', 0.3], ['A', 'y', 0.1], ['B', 'x', 0.25], ['B', 'y', 0.2]]),
    total: 0.5,
    pairs: [['A', 'x'], ['B', 'y']],
  },
  {
    name: 'ignores negative and zero weights',
    input: instance(['A', 'B', 'C'], ['x', 'y'], [['A', 'x', -3], ['B', 'y', 0], ['C', 'x', -0.5], ['C', 'y', 2]]),
    total: 2,
    pairs: [['C', 'y']],
    greedyTotal: 2,
  },
  {
    name: 'accepts any of several optimal answers when weights tie',
    input: instance(['A', 'B', 'C'], ['x', 'y'], [['A', 'x', 1], ['A', 'y', 1], ['B', 'x', 1], ['B', 'y', 1], ['C', 'x', 1]]),
    total: 2,
    greedyTotal: 2,
  },
  {
    name: 'keeps the largest weight when an edge is given twice',
    input: instance(['A'], ['x'], [['A', 'x', 1], ['A', 'x', 3]]),
    total: 3,
    pairs: [['A', 'x']],
  },
  {
    name: 'follows a long alternating path when a late learner arrives',
    input: instance(
      ['A', 'B', 'C', 'D'],
      ['w', 'x', 'y', 'z'],
      [['A', 'w', 5], ['B', 'x', 5], ['C', 'y', 5], ['A', 'x', 4], ['B', 'y', 4], ['C', 'z', 4], ['D', 'w', 6]],
    ),
    total: 18,
    pairs: [['A', 'x'], ['B', 'y'], ['C', 'z'], ['D', 'w']],
  },
  {
    name: 'drops a learner when a later one is worth more on the only mentor',
    input: instance(['A', 'B'], ['x'], [['A', 'x', 2], ['B', 'x', 7]]),
    total: 7,
    pairs: [['B', 'x']],
    greedyTotal: 7,
  },
];

describe('solveAssignment', () => {
  it.each(cases)('$name', ({ input, total, pairs, greedyTotal }) => {
    const result = solveAssignment(input);
    expect(result.optimal).toBe(true);
    expect(result.total).toBeCloseTo(total, 12);
    expect(checkValid(input, result)).toBeCloseTo(total, 12);
    if (pairs) expect(result.pairs.map((p) => [p.learner, p.mentor])).toEqual(pairs);
    const greedy = greedyAssignment(input);
    expect(greedy.optimal).toBe(false);
    const greedyValid = checkValid(input, greedy);
    expect(greedyValid).toBeLessThanOrEqual(total + 1e-12);
    if (greedyTotal !== undefined) expect(greedy.total).toBeCloseTo(greedyTotal, 12);
  });

  it('gives the same answer whatever the order of the input', () => {
    const input = cases[6].input;
    const reversed: AssignmentInput = {
      learners: [...input.learners].reverse(),
      mentors: [...input.mentors].reverse(),
      edges: [...input.edges].reverse(),
    };
    expect(solveAssignment(reversed)).toEqual(solveAssignment(input));
  });

  it('rejects edges to unknown people, duplicate ids, bad capacities and non-finite weights', () => {
    expect(() => solveAssignment(instance(['A'], ['x'], [['B', 'x', 1]]))).toThrow(/unknown learner/);
    expect(() => solveAssignment(instance(['A'], ['x'], [['A', 'y', 1]]))).toThrow(/unknown mentor/);
    expect(() => solveAssignment(instance(['A', 'A'], ['x'], []))).toThrow(/duplicate learner/);
    expect(() => solveAssignment(instance(['A'], ['x:-1'], []))).toThrow(/capacity/);
    expect(() => solveAssignment(instance(['A'], ['x:1.5'], []))).toThrow(/capacity/);
    expect(() => solveAssignment(instance(['A'], ['x'], [['A', 'x', Number.NaN]]))).toThrow(/finite/);
    expect(() => greedyAssignment(instance(['A'], ['x'], [['A', 'x', Infinity]]))).toThrow(/finite/);
  });

  it('matches exhaustive search on 300 random small instances', () => {
    const random = seededRandom(20_260_301);
    let greedyWorse = 0;
    for (let round = 0; round < 300; round++) {
      const learners = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, i) => `L${i}`);
      const mentors = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, i) => `M${i}:${Math.floor(random() * 4)}`);
      const density = random();
      const integer = random() < 0.4; // integer weights make ties, hence several optima
      const edges: [string, string, number][] = [];
      for (const l of learners) {
        for (const spec of mentors) {
          if (random() >= density) continue;
          const w = integer ? Math.floor(random() * 7) - 1 : Math.round((random() * 20 - 2) * 1e6) / 1e6;
          edges.push([l, spec.split(':')[0], w]);
        }
      }
      const input = instance(learners, mentors, edges);
      const expected = bruteForce(input);
      const result = solveAssignment(input);
      const context = JSON.stringify(input);
      expect(result.optimal, context).toBe(true);
      expect(checkValid(input, result), context).toBeCloseTo(expected, 9);
      expect(result.total, context).toBeCloseTo(expected, 9);
      const greedy = greedyAssignment(input);
      expect(checkValid(input, greedy), context).toBeLessThanOrEqual(expected + 1e-9);
      if (greedy.total < expected - 1e-9) greedyWorse++;
    }
    expect(greedyWorse).toBeGreaterThan(0); // the random instances do exercise non-greedy optima
  });

  it('matches exhaustive search when many learners compete for a few mentors with capacity', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 100; round++) {
      const learners = Array.from({ length: 7 + Math.floor(random() * 3) }, (_, i) => `L${i}`);
      const mentors = Array.from({ length: 2 + Math.floor(random() * 2) }, (_, i) => `M${i}:${1 + Math.floor(random() * 3)}`);
      const edges: [string, string, number][] = [];
      for (const l of learners) {
        for (const spec of mentors) if (random() < 0.7) edges.push([l, spec.split(':')[0], 1 + random() * 9]);
      }
      const input = instance(learners, mentors, edges);
      const result = solveAssignment(input);
      expect(result.optimal).toBe(true);
      expect(checkValid(input, result)).toBeCloseTo(bruteForce(input), 9);
    }
  });
});
