import type { SizeClass } from './types.js';

// The technical-capacity index (docs/decisions/0016): 0–100, lower is more underserved. Pure, so the
// ranking on the real statistics file is tested without a database.

export interface CapacityInputs {
  articles: number;
  activeUsers: number;
  admins: number;
  /** Sangam members who publicly share a technical skill and list the wiki among their home wikis. */
  technicalSharers: number;
}

/** Each part is 0–1; the index is their weighted sum, times 100. */
export const CAPACITY_WEIGHTS = { activeUsers: 0.35, admins: 0.4, sharers: 0.15, coverage: 0.1 } as const;
/** Where each part reaches 1. Counts grow on a logarithmic scale: the first admins matter most. */
export const CAPACITY_SATURATION = { activeUsers: 100_000, admins: 1_000, sharers: 10, activeUsersPer1000Articles: 10 } as const;

const logShare = (value: number, full: number) => Math.min(1, Math.log10(1 + Math.max(0, value)) / Math.log10(1 + full));

export interface CapacityParts { activeUsers: number; admins: number; sharers: number; coverage: number }

export function capacityParts(input: CapacityInputs): CapacityParts {
  // A wiki without articles has nothing to look after yet, so its coverage is full.
  const perThousand = input.articles > 0 ? (input.activeUsers * 1000) / input.articles : Infinity;
  return {
    activeUsers: logShare(input.activeUsers, CAPACITY_SATURATION.activeUsers),
    admins: logShare(input.admins, CAPACITY_SATURATION.admins),
    sharers: logShare(input.technicalSharers, CAPACITY_SATURATION.sharers),
    coverage: Math.min(1, perThousand / CAPACITY_SATURATION.activeUsersPer1000Articles),
  };
}

/** The index, rounded to one decimal as shown. */
export function capacityIndex(input: CapacityInputs): number {
  const p = capacityParts(input);
  const w = CAPACITY_WEIGHTS;
  const sum = w.activeUsers * p.activeUsers + w.admins * p.admins + w.sharers * p.sharers + w.coverage * p.coverage;
  return Math.round(sum * 1000) / 10;
}

export function sizeClass(articles: number): SizeClass {
  if (articles < 1_000) return 'under-1k';
  if (articles < 10_000) return '1k-10k';
  if (articles < 100_000) return '10k-100k';
  if (articles < 1_000_000) return '100k-1m';
  return 'over-1m';
}

/**
 * Most underserved first: by index, then fewer admins, fewer active users, then name, so that equal
 * indexes keep one order.
 */
export function compareUnderserved(
  a: { index: number; admins: number; activeUsers: number; dbname: string },
  b: { index: number; admins: number; activeUsers: number; dbname: string },
): number {
  return a.index - b.index || a.admins - b.admins || a.activeUsers - b.activeUsers || (a.dbname < b.dbname ? -1 : a.dbname > b.dbname ? 1 : 0);
}
