import { describe, expect, it } from 'vitest';
import { ExchangeFormatError, parseAssignmentInput, parseSwapInput } from './exchange-format.js';

const assignment = (o: object) => JSON.stringify({ learners: [{ id: 'a' }], mentors: [{ id: 'x', capacity: 1 }], edges: [], ...o });
const swaps = (o: object) => JSON.stringify({ people: [{ id: 'a' }, { id: 'b' }], edges: [], ...o });

describe('the matching exchange format', () => {
  it.each([
    ['not JSON at all', '{nope', 'not valid JSON'],
    ['a missing list', JSON.stringify({ learners: [] }), 'mentors'],
    ['a negative capacity', assignment({ mentors: [{ id: 'x', capacity: -1 }] }), 'capacity must not be negative'],
    ['an unknown learner', assignment({ edges: [{ learner: 'zz', mentor: 'x', weight: 1 }] }), 'unknown learner "zz"'],
    ['an unknown mentor', assignment({ edges: [{ learner: 'a', mentor: 'zz', weight: 1 }] }), 'unknown mentor "zz"'],
    ['a duplicate edge', assignment({ edges: [{ learner: 'a', mentor: 'x', weight: 1 }, { learner: 'a', mentor: 'x', weight: 2 }] }), 'duplicate edge a → x'],
    ['a duplicate id', assignment({ learners: [{ id: 'a' }, { id: 'a' }] }), 'duplicate learner id "a"'],
  ])('refuses an assignment file with %s', (_name, text, message) => {
    expect(() => parseAssignmentInput(text)).toThrow(ExchangeFormatError);
    expect(() => parseAssignmentInput(text)).toThrow(message);
  });

  it.each([
    ['an unknown person', swaps({ edges: [{ from: 'a', to: 'q', weight: 1 }] }), 'unknown person "q"'],
    ['a self-edge', swaps({ edges: [{ from: 'a', to: 'a', weight: 1 }] }), 'cannot teach themself'],
    ['a duplicate edge', swaps({ edges: [{ from: 'a', to: 'b', weight: 1 }, { from: 'a', to: 'b', weight: 1 }] }), 'duplicate edge a → b'],
  ])('refuses a swaps file with %s', (_name, text, message) => {
    expect(() => parseSwapInput(text)).toThrow(message);
  });

  it('accepts a well-formed file as it is', () => {
    const text = assignment({ edges: [{ learner: 'a', mentor: 'x', weight: 2.5 }] });
    expect(parseAssignmentInput(text)).toEqual(JSON.parse(text));
  });
});
