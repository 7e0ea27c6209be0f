import { describe, expect, it } from 'vitest';
import { countSwapCycles, greedySwaps, solveSwaps } from './swaps.js';
import type { SwapInput, SwapResult } from './types.js';
import { seededRandom } from '../seeded-random.js';

type Edge = [from: string, to: string, weight: number];

/** Shorthand: people by id, edges as [from, to, weight]. */
function instance(people: string[], edges: Edge[]): SwapInput {
  return { people: people.map((id) => ({ id })), edges: edges.map(([from, to, weight]) => ({ from, to, weight })) };
}

/** Both directions of a pair, a→b worth ab and b→a worth ba. */
function pair(a: string, b: string, ab: number, ba = ab): Edge[] {
  return [
    [a, b, ab],
    [b, a, ba],
  ];
}

/** The triangle a→b→c→a with the given edge weights. */
function triangle(a: string, b: string, c: string, ab: number, bc = ab, ca = ab): Edge[] {
  return [
    [a, b, ab],
    [b, c, bc],
    [c, a, ca],
  ];
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compareCycles(x: string[], y: string[]): number {
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const c = byString(x[i], y[i]);
    if (c !== 0) return c;
  }
  return x.length - y.length;
}

/**
 * Fails the test unless the result is a valid choice of swaps for the input: every cycle has 2..maxCycle
 * people, starts at its smallest id, uses only edges of the input (consecutive ones and the closing one),
 * no person appears twice, cycles are sorted, and total is the sum of the weights of the edges used.
 * Returns that sum.
 */
function checkValid(input: SwapInput, result: SwapResult, maxCycle: 2 | 3): number {
  const weight = new Map(input.edges.map((e) => [`${e.from}\u0000${e.to}`, e.weight]));
  const people = new Set(input.people.map((p) => p.id));
  const seen = new Set<string>();
  let total = 0;
  for (const cycle of result.cycles) {
    expect(cycle.length, `cycle ${cycle.join('→')} has a bad length`).toBeGreaterThanOrEqual(2);
    expect(cycle.length, `cycle ${cycle.join('→')} is too long`).toBeLessThanOrEqual(maxCycle);
    expect(cycle[0], `cycle ${cycle.join('→')} does not start at its smallest id`).toBe([...cycle].sort(byString)[0]);
    cycle.forEach((from, i) => {
      const to = cycle[(i + 1) % cycle.length];
      expect(people.has(from), `${from} is not a person`).toBe(true);
      expect(seen.has(from), `${from} is in two cycles (or twice in one)`).toBe(false);
      seen.add(from);
      const w = weight.get(`${from}\u0000${to}`);
      expect(w, `cycle ${cycle.join('→')} uses the missing edge ${from}→${to}`).toBeDefined();
      total += w!;
    });
  }
  expect(result.total).toBeCloseTo(total, 9);
  expect(result.cycles).toEqual([...result.cycles].sort(compareCycles));
  return total;
}

/**
 * Exhaustive search, independent of the implementation: lists every cycle of length 2..maxCycle by trying
 * all ordered tuples of distinct people, then tries every set of vertex-disjoint cycles.
 */
function bruteForce(input: SwapInput, maxCycle: 2 | 3): number {
  const ids = input.people.map((p) => p.id);
  const weight = new Map(input.edges.map((e) => [`${e.from}\u0000${e.to}`, e.weight]));
  const w = (a: string, b: string) => weight.get(`${a}\u0000${b}`);
  const cycles: { people: string[]; weight: number }[] = [];
  for (const a of ids) {
    for (const b of ids) {
      if (b <= a) continue; // a is the smallest id of the cycle
      const ab = w(a, b);
      if (ab === undefined) continue;
      const ba = w(b, a);
      if (ba !== undefined) cycles.push({ people: [a, b], weight: ab + ba });
      if (maxCycle < 3) continue;
      for (const c of ids) {
        if (c <= a || c === b) continue;
        const bc = w(b, c);
        const ca = w(c, a);
        if (bc !== undefined && ca !== undefined) cycles.push({ people: [a, b, c], weight: ab + bc + ca });
      }
    }
  }
  let best = 0;
  const used = new Set<string>();
  const visit = (from: number, total: number): void => {
    best = Math.max(best, total);
    for (let k = from; k < cycles.length; k++) {
      const c = cycles[k];
      if (c.people.some((p) => used.has(p))) continue;
      for (const p of c.people) used.add(p);
      visit(k + 1, total + c.weight);
      for (const p of c.people) used.delete(p);
    }
  };
  visit(0, 0);
  return best;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('solveSwaps on hand-checked instances', () => {
  const cases: { name: string; input: SwapInput; maxCycle: 2 | 3; total: number; cycles?: string[][] }[] = [
    {
      name: 'two people who can teach each other make one swap worth both edges',
      input: instance(['a', 'b'], pair('a', 'b', 3, 4)),
      maxCycle: 3,
      total: 7,
      cycles: [['a', 'b']],
    },
    {
      name: 'a 3-cycle beats the two 2-cycles it conflicts with when it is worth more',
      input: instance(['a', 'b', 'c', 'd', 'e'], [...triangle('a', 'b', 'c', 10), ...pair('a', 'd', 4), ...pair('b', 'e', 4)]),
      maxCycle: 3,
      total: 30,
      cycles: [['a', 'b', 'c']],
    },
    {
      name: 'two 2-cycles beat the 3-cycle they conflict with when together they are worth more',
      input: instance(['a', 'b', 'c', 'd', 'e'], [...triangle('a', 'b', 'c', 10), ...pair('a', 'd', 8), ...pair('b', 'e', 8)]),
      maxCycle: 3,
      total: 32,
      cycles: [
        ['a', 'd'],
        ['b', 'e'],
      ],
    },
    {
      name: 'with maxCycle 2 a valuable 3-cycle is ignored and the 2-cycles are taken',
      input: instance(['a', 'b', 'c', 'd', 'e'], [...triangle('a', 'b', 'c', 10), ...pair('a', 'd', 4), ...pair('b', 'e', 4)]),
      maxCycle: 2,
      total: 16,
      cycles: [
        ['a', 'd'],
        ['b', 'e'],
      ],
    },
    {
      name: 'with maxCycle 2 a lone 3-cycle gives no swap at all',
      input: instance(['a', 'b', 'c'], triangle('a', 'b', 'c', 10)),
      maxCycle: 2,
      total: 0,
      cycles: [],
    },
    {
      name: 'with maxCycle 3 a lone 3-cycle is taken in edge order',
      input: instance(['a', 'b', 'c'], triangle('a', 'b', 'c', 1, 2, 3)),
      maxCycle: 3,
      total: 6,
      cycles: [['a', 'b', 'c']],
    },
    {
      name: 'the two orientations of a triangle are different cycles and the heavier one wins',
      input: instance(['a', 'b', 'c'], [...triangle('a', 'b', 'c', 1), ...triangle('a', 'c', 'b', 2)]),
      maxCycle: 3,
      total: 6,
      cycles: [['a', 'c', 'b']],
    },
    {
      name: 'isolated people and people on paths that close no cycle are left out',
      input: instance(
        ['a', 'b', 'lonely', 'p', 'q', 'r', 's'],
        [...pair('a', 'b', 2), ['p', 'q', 50], ['q', 'r', 50], ['r', 's', 50], ['a', 'p', 50], ['s', 'b', 9]],
      ),
      maxCycle: 3,
      total: 4,
      cycles: [['a', 'b']],
    },
    {
      name: 'nobody and no edges give an empty, optimal result',
      input: instance([], []),
      maxCycle: 3,
      total: 0,
      cycles: [],
    },
    {
      name: 'a 2-cycle whose weights add up to zero is not worth choosing',
      input: instance(['a', 'b'], pair('a', 'b', 5, -5)),
      maxCycle: 3,
      total: 0,
      cycles: [],
    },
    {
      name: 'a 2-cycle with a negative edge is still chosen when its total is positive',
      input: instance(['a', 'b'], pair('a', 'b', 5, -2)),
      maxCycle: 3,
      total: 3,
      cycles: [['a', 'b']],
    },
    {
      name: 'zero and negative weights never make a cycle with a positive total lose to one without',
      input: instance(
        ['a', 'b', 'c', 'd'],
        [...triangle('a', 'b', 'c', 4, -1, 0), ...pair('c', 'd', 0, 0), ...pair('a', 'd', -3, -3)],
      ),
      maxCycle: 3,
      total: 3,
      cycles: [['a', 'b', 'c']],
    },
    {
      name: 'when every cycle has a negative total nothing is chosen',
      input: instance(['a', 'b', 'c'], [...triangle('a', 'b', 'c', -1), ['b', 'a', 1]]),
      maxCycle: 3,
      total: 0,
      cycles: [],
    },
    {
      name: 'ids are ordered as plain strings, so "10" comes before "9"',
      input: instance(['9', '10'], pair('9', '10', 1)),
      maxCycle: 2,
      total: 2,
      cycles: [['10', '9']],
    },
    {
      name: 'a cycle starts at its smallest id and follows its edges',
      input: instance(['zed', 'amy', 'bob'], triangle('zed', 'bob', 'amy', 5)),
      maxCycle: 3,
      total: 15,
      cycles: [['amy', 'zed', 'bob']],
    },
    {
      name: 'the optimum is not what greedy takes when the heaviest cycle blocks two others',
      input: instance(['a', 'b', 'c', 'd'], [...pair('a', 'b', 5), ...pair('a', 'c', 4), ...pair('b', 'd', 4)]),
      maxCycle: 2,
      total: 16,
      cycles: [
        ['a', 'c'],
        ['b', 'd'],
      ],
    },
    {
      name: 'separate groups are each solved, those with one cycle and those with a choice alike',
      input: instance(
        ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'],
        [
          ...pair('a', 'b', 1),
          ...triangle('c', 'd', 'e', 2),
          ...pair('f', 'g', 3),
          ...pair('g', 'h', 4),
          ...triangle('f', 'h', 'i', 5),
        ],
      ),
      maxCycle: 3,
      total: 2 + 6 + 15,
      cycles: [
        ['a', 'b'],
        ['c', 'd', 'e'],
        ['f', 'h', 'i'],
      ],
    },
  ];

  it.each(cases)('$name', async ({ input, maxCycle, total, cycles }) => {
    const result = await solveSwaps(input, { maxCycle });
    expect(checkValid(input, result, maxCycle)).toBe(total);
    expect(result.total).toBe(total);
    expect(result.optimal).toBe(true);
    expect(result).not.toHaveProperty('gap');
    if (cycles) expect(result.cycles).toEqual(cycles);
    expect(bruteForce(input, maxCycle)).toBe(total); // the hand-checked optimum agrees with exhaustive search
  });
});

describe('solveSwaps with ties and input order', () => {
  it.each([
    { name: 'two overlapping 2-cycles of equal worth give either one', people: ['a', 'b', 'c'], edges: [...pair('a', 'b', 5), ...pair('b', 'c', 5)], total: 10 },
    {
      name: 'a 3-cycle and a 2-cycle of equal worth give either one',
      people: ['a', 'b', 'c', 'd'],
      edges: [...triangle('a', 'b', 'c', 2), ...pair('a', 'd', 3)],
      total: 6,
    },
    {
      name: 'a ring of equal 2-cycles gives as many disjoint ones as fit',
      people: ['a', 'b', 'c', 'd', 'e'],
      edges: [...pair('a', 'b', 1), ...pair('b', 'c', 1), ...pair('c', 'd', 1), ...pair('d', 'e', 1), ...pair('e', 'a', 1)],
      total: 4,
    },
  ])('$name, valid and with the optimal total', async ({ people, edges, total }) => {
    const input = instance(people, edges as Edge[]);
    const result = await solveSwaps(input, { maxCycle: 3 });
    expect(checkValid(input, result, 3)).toBe(total);
    expect(result.optimal).toBe(true);
  });

  it('gives the same result however people and edges are ordered', async () => {
    const random = seededRandom(99);
    const people = ['m', 'c', 'x', 'a', 'q', 'f', 'b', 'z'];
    const edges: Edge[] = [
      ...pair('a', 'b', 5),
      ...pair('b', 'c', 5),
      ...triangle('c', 'x', 'q', 3),
      ...triangle('q', 'f', 'z', 4),
      ...pair('m', 'z', 6),
      ...pair('a', 'm', 1, 4),
      ['f', 'a', 2],
    ];
    const first = await solveSwaps(instance(people, edges), { maxCycle: 3 });
    checkValid(instance(people, edges), first, 3);
    for (let round = 0; round < 5; round++) {
      const input = instance(shuffled(people, random), shuffled(edges, random));
      expect(await solveSwaps(input, { maxCycle: 3 })).toEqual(first);
      expect(greedySwaps(input, 3)).toEqual(greedySwaps(instance(people, edges), 3));
    }
  });
});

describe('solveSwaps refuses inconsistent input', () => {
  it.each([
    { name: 'a person listed twice', input: instance(['a', 'a'], []), message: /more than once/ },
    { name: 'an edge from an unknown person', input: instance(['a'], [['x', 'a', 1]]), message: /unknown person/ },
    { name: 'an edge to an unknown person', input: instance(['a'], [['a', 'x', 1]]), message: /unknown person/ },
    { name: 'an edge from a person to themselves', input: instance(['a'], [['a', 'a', 1]]), message: /themselves/ },
    { name: 'the same edge twice', input: instance(['a', 'b'], [['a', 'b', 1], ['a', 'b', 2]]), message: /more than once/ },
    { name: 'a weight that is not a finite number', input: instance(['a', 'b'], pair('a', 'b', Number.NaN)), message: /finite/ },
  ])('rejects $name', async ({ input, message }) => {
    await expect(solveSwaps(input, { maxCycle: 3 })).rejects.toThrow(message);
    expect(() => greedySwaps(input, 3)).toThrow(message);
  });
});

describe('greedySwaps', () => {
  it('takes the heaviest cycle first and so can miss the optimum', () => {
    const input = instance(['a', 'b', 'c', 'd'], [...pair('a', 'b', 5), ...pair('a', 'c', 4), ...pair('b', 'd', 4)]);
    const result = greedySwaps(input, 2);
    expect(checkValid(input, result, 2)).toBe(10);
    expect(result).toEqual({ cycles: [['a', 'b']], total: 10, optimal: false });
  });

  it('breaks ties between equally heavy cycles by their ids', () => {
    const input = instance(['a', 'b', 'c'], [...pair('b', 'c', 5), ...pair('a', 'b', 5)]);
    expect(greedySwaps(input, 3).cycles).toEqual([['a', 'b']]);
  });

  it('ignores 3-cycles with maxCycle 2 and cycles whose total is not positive', () => {
    const input = instance(['a', 'b', 'c', 'd', 'e'], [...triangle('a', 'b', 'c', 9), ...pair('d', 'e', 1, -1)]);
    expect(greedySwaps(input, 2)).toEqual({ cycles: [], total: 0, optimal: false });
    expect(greedySwaps(input, 3).cycles).toEqual([['a', 'b', 'c']]);
  });
});

describe('countSwapCycles', () => {
  it('counts 2-cycles once and each orientation of a 3-cycle separately, skipping non-positive ones', () => {
    const input = instance(['a', 'b', 'c', 'd'], [...triangle('a', 'b', 'c', 1), ...triangle('a', 'c', 'b', 1), ...pair('c', 'd', 1, -1)]);
    expect(countSwapCycles(input, 3)).toEqual({ twoCycles: 3, threeCycles: 2 });
    expect(countSwapCycles(input, 2)).toEqual({ twoCycles: 3, threeCycles: 0 });
  });
});

describe('solveSwaps against exhaustive search', () => {
  /** A random instance: 2..9 people, each possible edge present with a per-instance probability. */
  function randomInstance(random: () => number): SwapInput {
    const n = 2 + Math.floor(random() * 8);
    const people = Array.from({ length: n }, (_, i) => `p${i}`);
    const density = 0.2 + 0.6 * random();
    const withNegatives = random() < 0.3;
    const edges: Edge[] = [];
    for (const from of people) {
      for (const to of people) {
        if (from === to || random() >= density) continue;
        const weight = withNegatives ? Math.floor(random() * 16) - 5 : 1 + Math.floor(random() * 10);
        edges.push([from, to, weight]);
      }
    }
    return instance(shuffled(people, random), shuffled(edges, random));
  }

  it('finds the optimal total, with valid disjoint cycles, on 100 random instances', async () => {
    const random = seededRandom(20260501);
    for (let round = 0; round < 100; round++) {
      const input = randomInstance(random);
      const maxCycle: 2 | 3 = round % 3 === 0 ? 2 : 3;
      const expected = bruteForce(input, maxCycle);
      const label = `round ${round}: ${JSON.stringify(input)} with maxCycle ${maxCycle}`;
      const result = await solveSwaps(input, { maxCycle });
      expect(result.optimal, label).toBe(true);
      expect(checkValid(input, result, maxCycle), label).toBe(expected);
      expect(result.total, label).toBe(expected);
      const greedy = greedySwaps(input, maxCycle);
      expect(greedy.optimal, label).toBe(false);
      expect(checkValid(input, greedy, maxCycle), label).toBeLessThanOrEqual(expected);
    }
  });

  it('returns a valid solution at least as good as greedy when the time limit allows no search', async () => {
    const random = seededRandom(7);
    for (let round = 0; round < 10; round++) {
      const input = randomInstance(random);
      const result = await solveSwaps(input, { maxCycle: 3, timeLimitSeconds: 0 });
      checkValid(input, result, 3);
      expect(result.total).toBeGreaterThanOrEqual(greedySwaps(input, 3).total);
      if (!result.optimal) {
        expect(result.gap).toBeGreaterThanOrEqual(0);
        expect(result.gap).toBeLessThanOrEqual(1);
      } else {
        expect(result.total).toBe(bruteForce(input, 3));
      }
    }
  });
});
