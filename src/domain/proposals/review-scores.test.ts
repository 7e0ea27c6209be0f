import { describe, expect, it } from 'vitest';
import { mean, median, nextToReview, orderBoard, scoreProposal, weightedScore, type BoardEntry, type BoardSort, type ReviewCandidate } from './review-scores.js';
import type { ReviewCategory } from './types.js';

const categories: ReviewCategory[] = [
  { key: 'benefit', label: 'Benefit to the communities', weight: 3 },
  { key: 'plan', label: 'Clarity of the plan', weight: 2 },
  { key: 'readiness', label: 'Presenters’ readiness', weight: 2 },
  { key: 'feasibility', label: 'Feasibility', weight: 1 },
];

describe('one review’s weighted score', () => {
  it.each([
    ['all fives score 5', { benefit: 5, plan: 5, readiness: 5, feasibility: 5 }, 5],
    ['all ones score 1', { benefit: 1, plan: 1, readiness: 1, feasibility: 1 }, 1],
    ['the heaviest category counts three eighths', { benefit: 5, plan: 1, readiness: 1, feasibility: 1 }, (15 + 2 + 2 + 1) / 8],
    ['the lightest category counts one eighth', { benefit: 1, plan: 1, readiness: 1, feasibility: 5 }, (3 + 2 + 2 + 5) / 8],
    ['mixed scores are Σ weight·score / Σ weight', { benefit: 4, plan: 3, readiness: 5, feasibility: 2 }, (12 + 6 + 10 + 2) / 8],
    ['a category the review did not score is left out of both sums', { benefit: 4, plan: 2 }, (12 + 4) / 5],
    ['scores under keys the call does not have are ignored', { benefit: 3, plan: 3, readiness: 3, feasibility: 3, removed: 1 }, 3],
    ['a review that scored nothing has no score', {}, null],
  ])('%s', (_name, scores: Record<string, number>, expected) => {
    const score = weightedScore(categories, scores);
    if (expected === null) expect(score).toBeNull();
    else expect(score).toBeCloseTo(expected, 12);
  });

  it('ignores categories weighted zero', () => {
    expect(weightedScore([{ key: 'a', label: 'A', weight: 0 }, { key: 'b', label: 'B', weight: 2 }], { a: 1, b: 4 })).toBe(4);
  });
});

describe('mean and median', () => {
  it.each([
    ['nothing has neither', [], null, null],
    ['one value is both', [3.5], 3.5, 3.5],
    ['an odd count takes the middle value', [5, 1, 4], 10 / 3, 4],
    ['an even count takes the mean of the two middle values', [1, 2, 4, 5], 3, 3],
    ['an outlier moves the mean but not the median', [4, 4, 4, 1], 3.25, 4],
  ])('%s', (_name, values: number[], expectedMean, expectedMedian) => {
    if (expectedMean === null) expect(mean(values)).toBeNull();
    else expect(mean(values)).toBeCloseTo(expectedMean, 12);
    expect(median(values)).toBe(expectedMedian);
  });
});

describe('a proposal’s score from its reviews', () => {
  it('takes the mean and median of the reviewers’ weighted scores, and each category’s mean', () => {
    const reviews = [
      { scores: { benefit: 5, plan: 5, readiness: 5, feasibility: 5 } }, // 5
      { scores: { benefit: 4, plan: 3, readiness: 5, feasibility: 2 } }, // 30/8 = 3.75
      { scores: { benefit: 1, plan: 1, readiness: 1, feasibility: 1 } }, // 1
    ];
    const score = scoreProposal(categories, reviews);
    expect(score.reviews).toBe(3);
    expect(score.mean).toBeCloseTo((5 + 3.75 + 1) / 3, 12);
    expect(score.median).toBe(3.75);
    expect(score.categoryMeans).toEqual({ benefit: 10 / 3, plan: 3, readiness: 11 / 3, feasibility: 8 / 3 });
  });

  it('has no score before the first review', () => {
    expect(scoreProposal(categories, [])).toEqual({
      reviews: 0, mean: null, median: null, categoryMeans: { benefit: null, plan: null, readiness: null, feasibility: null },
    });
  });
});

describe('the review board’s order', () => {
  const day = (d: number) => new Date(Date.UTC(2027, 0, d));
  const entries: BoardEntry[] = [
    { id: 1, submittedAt: day(1), reviews: 2, mean: 3.5, median: 3.5, interest: 1 },
    { id: 2, submittedAt: day(2), reviews: 0, mean: null, median: null, interest: 9 },
    { id: 3, submittedAt: day(3), reviews: 3, mean: 4.25, median: 4, interest: 2 },
    { id: 4, submittedAt: day(4), reviews: 1, mean: 3.5, median: 3.5, interest: 9 },
    { id: 5, submittedAt: day(5), reviews: 1, mean: 3.5, median: 4.5, interest: 0 },
  ];
  it.each([
    ['by score: highest mean first, then median, then oldest; unreviewed last', 'score', [3, 5, 1, 4, 2]],
    ['by interest: most sign-ups first, then by score', 'interest', [4, 2, 3, 1, 5]],
    ['by fewest reviews: oldest first among equals', 'reviews', [2, 4, 5, 1, 3]],
  ])('%s', (_name, sort, expected) => {
    expect(orderBoard(entries, sort as BoardSort).map((e) => e.id)).toEqual(expected);
  });

  it('does not change the order of the list it was given', () => {
    orderBoard(entries, 'score');
    expect(entries.map((e) => e.id)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('the next proposal to review', () => {
  const day = (d: number) => new Date(Date.UTC(2027, 0, d));
  const candidates: ReviewCandidate[] = [
    { id: 1, submittedAt: day(1), reviewerIds: [10, 11], presenterIds: [20] },
    { id: 2, submittedAt: day(3), reviewerIds: [11], presenterIds: [21] },
    { id: 3, submittedAt: day(2), reviewerIds: [12], presenterIds: [22, 10] },
    { id: 4, submittedAt: day(4), reviewerIds: [], presenterIds: [10] },
  ];
  it.each([
    ['is the one with the fewest reviews', 11, 4],
    ['skips the reviewer’s own proposals, then takes the oldest of the least reviewed', 10, 2],
    ['among equals, is the oldest submitted', 12, 4],
    ['skips what the reviewer has already reviewed', 20, 4],
  ])('%s', (_name, reviewer, expected) => {
    expect(nextToReview(candidates, reviewer)).toBe(expected);
  });

  it('is the oldest among equally reviewed when the reviewer has reviewed the least reviewed one', () => {
    expect(nextToReview(candidates.slice(0, 3), 12)).toBe(2);
  });

  it('is none when everything is reviewed or the reviewer’s own', () => {
    expect(nextToReview([{ id: 1, submittedAt: day(1), reviewerIds: [7], presenterIds: [8] }, { id: 2, submittedAt: day(1), reviewerIds: [], presenterIds: [7] }], 7)).toBeNull();
    expect(nextToReview([], 7)).toBeNull();
  });
});
