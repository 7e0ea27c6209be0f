// The reviewers' quality score of session proposals, and the order of the review board. Pure code: the
// caller reads the reviews. Interest sign-ups ("I would attend") are demand, shown beside the score; nothing
// here takes them as input to a score, so they cannot change it.
import type { ReviewCategory } from './types.js';

export const SCORES = [1, 2, 3, 4, 5] as const;
export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

/**
 * One review's weighted score: Σ weight·score / Σ weight over the call's categories that the review scored.
 * A category added after the review was written does not count against it; a removed one no longer counts.
 * Null when the review scored no category of positive weight.
 */
export function weightedScore(categories: readonly ReviewCategory[], scores: Readonly<Record<string, number>>): number | null {
  let sum = 0;
  let weights = 0;
  for (const category of categories) {
    const score = scores[category.key];
    if (!(category.weight > 0) || typeof score !== 'number' || !Number.isFinite(score)) continue;
    sum += category.weight * score;
    weights += category.weight;
  }
  return weights > 0 ? sum / weights : null;
}

export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** The middle value; with an even count, the mean of the two middle ones. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface ProposalScore {
  reviews: number;
  /** Mean and median of the reviews' weighted scores; null before the first review. */
  mean: number | null;
  median: number | null;
  /** Category key → mean of the scores reviewers gave in it (null when nobody did). */
  categoryMeans: Record<string, number | null>;
}

export function scoreProposal(categories: readonly ReviewCategory[], reviews: readonly { scores: Readonly<Record<string, number>> }[]): ProposalScore {
  const weighted = reviews.map((r) => weightedScore(categories, r.scores)).filter((s): s is number => s !== null);
  const categoryMeans: Record<string, number | null> = {};
  for (const category of categories) {
    categoryMeans[category.key] = mean(reviews.map((r) => r.scores[category.key]).filter((s): s is number => typeof s === 'number'));
  }
  return { reviews: reviews.length, mean: mean(weighted), median: median(weighted), categoryMeans };
}

export const BOARD_SORTS = ['score', 'interest', 'reviews'] as const;
export type BoardSort = (typeof BOARD_SORTS)[number];

export interface BoardEntry {
  id: number;
  submittedAt: Date;
  reviews: number;
  mean: number | null;
  median: number | null;
  interest: number;
}

/** Descending, with "no value yet" last. */
const descending = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a);
const oldestFirst = (a: BoardEntry, b: BoardEntry) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.id - b.id;
const byScore = (a: BoardEntry, b: BoardEntry) => descending(a.mean, b.mean) || descending(a.median, b.median) || oldestFirst(a, b);

/**
 * The board's rows: by score (mean, then median, unreviewed last), by interest (most wanted first, then by
 * score), or by fewest reviews (oldest submitted first among equals). Ties always end oldest first.
 */
export function orderBoard<T extends BoardEntry>(entries: readonly T[], sort: BoardSort): T[] {
  const compare = sort === 'interest' ? (a: T, b: T) => b.interest - a.interest || byScore(a, b)
    : sort === 'reviews' ? (a: T, b: T) => a.reviews - b.reviews || oldestFirst(a, b)
    : byScore;
  return [...entries].sort(compare);
}

export interface ReviewCandidate {
  id: number;
  submittedAt: Date;
  reviewerIds: readonly number[];
  /** Everyone presenting (or invited to present) it: they never review their own proposal. */
  presenterIds: readonly number[];
}

/**
 * "Review the next proposal": of the proposals this reviewer has not reviewed and does not present, the one
 * with the fewest reviews; among equals the oldest submitted. Null when none is left.
 */
export function nextToReview(candidates: readonly ReviewCandidate[], reviewerId: number): number | null {
  let best: ReviewCandidate | null = null;
  for (const c of candidates) {
    if (c.reviewerIds.includes(reviewerId) || c.presenterIds.includes(reviewerId)) continue;
    if (!best || c.reviewerIds.length < best.reviewerIds.length
      || (c.reviewerIds.length === best.reviewerIds.length && (c.submittedAt.getTime() - best.submittedAt.getTime() || c.id - best.id) < 0)) best = c;
  }
  return best?.id ?? null;
}
