import type { Db } from '../../db/connection.js';
import { languagesOfTerritory } from '../../i18n/languages.js';
import { capacityByPlace, countryRegions, supportCommunities, supportPeople, type PlaceCounts, type RegionSkillCounts, type SupportCommunity, type SupportPerson } from './data.js';
import { largestGaps, regionLanguages, type Gap } from './gaps.js';

export const GAP_LIMIT = 5;

export interface GapWithSupport extends Gap { people: SupportPerson[]; communities: SupportCommunity[] }
export interface CapacityReport { places: PlaceCounts[]; gaps: GapWithSupport[]; countries: { code: string; region: string | null }[] }

/**
 * Everything the capacity page shows for one skill (or all skills): needs and offers per place, and the
 * largest region × skill gaps under it with who could help. `regionSkill` is the all-skills aggregate,
 * read once and shared by every choice of skill.
 */
export async function capacityReport(db: Db, input: {
  roots: number[]; skillIds: number[]; today: string; regionSkill: RegionSkillCounts[];
}): Promise<CapacityReport> {
  const [places, countries] = await Promise.all([capacityByPlace(db, input.roots, input.skillIds, input.today), countryRegions(db)]);
  const gaps = largestGaps(input.regionSkill, new Set(input.skillIds), GAP_LIMIT);
  const withSupport = await Promise.all(gaps.map(async (gap) => {
    const languages = regionLanguages(gap.region, countries, languagesOfTerritory);
    const [people, communities] = await Promise.all([
      supportPeople(db, gap.region, gap.skillId, languages), supportCommunities(db, gap.region, gap.skillId, languages),
    ]);
    return { ...gap, people, communities };
  }));
  return { places, gaps: withSupport, countries: countries.map((c) => ({ code: c.code.trim(), region: c.region })) };
}
