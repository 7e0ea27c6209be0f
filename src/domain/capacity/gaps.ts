import type { PlaceCounts, RegionSkillCounts } from './data.js';

// Pure parts of the capacity map: totals per area, the diverging classes of the fills, the largest
// gaps and the languages of a region.

export type Level = 'country' | 'region';
export const LEVELS: Level[] = ['country', 'region'];

export interface AreaCounts { area: string; needs: number; offers: number; gap: number }

/** Needs and offers summed per country or per region, largest gap (needs − offers) first; unplaced people apart. */
export function areaTotals(places: PlaceCounts[], level: Level): { areas: AreaCounts[]; unplaced: { needs: number; offers: number } } {
  const byArea = new Map<string, AreaCounts>();
  const unplaced = { needs: 0, offers: 0 };
  for (const p of places) {
    const area = level === 'country' ? p.country : p.region;
    if (!area) {
      unplaced.needs += p.needs;
      unplaced.offers += p.offers;
      continue;
    }
    const entry = byArea.get(area) ?? { area, needs: 0, offers: 0, gap: 0 };
    entry.needs += p.needs;
    entry.offers += p.offers;
    entry.gap = entry.needs - entry.offers;
    byArea.set(area, entry);
  }
  const areas = [...byArea.values()].sort((a, b) => b.gap - a.gap || b.needs - a.needs || a.area.localeCompare(b.area));
  return { areas, unplaced };
}

/** Classes per side of the diverging scale: 3 shades of "more needs", balanced, 3 of "more offers". */
export const SHADES = 3;

/**
 * Upper bounds of the shades for gaps of size 1…max: logarithmic, so that one very large country does
 * not leave every other one in the palest shade; whole numbers, strictly increasing, the last = max.
 */
export function shadeBounds(maxGap: number): number[] {
  const bounds: number[] = [];
  for (let k = 1; k <= SHADES; k++) {
    const raw = k === SHADES ? maxGap : Math.round(Math.pow(1 + maxGap, k / SHADES) - 1);
    bounds.push(Math.max(raw, (bounds[k - 2] ?? 0) + 1));
  }
  return bounds;
}

/** The class of a gap: −3…−1 more offers, 0 balanced, 1…3 more needs. */
export function gapClass(gap: number, bounds: number[]): number {
  if (gap === 0) return 0;
  const size = Math.abs(gap);
  const shade = bounds.findIndex((b) => size <= b);
  return Math.sign(gap) * (shade === -1 ? SHADES : shade + 1);
}

export interface Gap { region: string; skillId: number; needs: number; offers: number; gap: number }

/** The largest positive gaps among `skillIds`, ties by more needs, then stable by region and skill. */
export function largestGaps(rows: RegionSkillCounts[], skillIds: Set<number>, limit: number): Gap[] {
  return rows
    .filter((r) => skillIds.has(r.skillId) && r.needs > r.offers)
    .map((r) => ({ ...r, gap: r.needs - r.offers }))
    .sort((a, b) => b.gap - a.gap || b.needs - a.needs || a.region.localeCompare(b.region) || a.skillId - b.skillId)
    .slice(0, limit);
}

/**
 * The languages of a region: every language that the Unicode CLDR territory data (through the ULS
 * language data) lists for one of the region's countries, so widely used second languages (English in
 * India, French in Senegal) count as well as local ones.
 */
export function regionLanguages(region: string, countries: { code: string; region: string | null }[], languagesOf: (country: string) => string[]): string[] {
  const langs = new Set<string>();
  for (const c of countries) if (c.region === region) for (const l of languagesOf(c.code)) langs.add(l);
  return [...langs].sort();
}
