// Wikimedia regions, keyed by the short codes the movement uses; the names are those of
// the canonical-data country table (src/db/reference/countries.tsv).
export const REGIONS = {
  CEECA: 'Central & Eastern Europe & Central Asia',
  ESEAP: 'East, Southeast Asia, & Pacific',
  LAC: 'Latin America & Caribbean',
  MENA: 'Middle East & North Africa',
  NA: 'North America',
  NWE: 'Northern & Western Europe',
  SA: 'South Asia',
  SSA: 'Sub-Saharan Africa',
} as const;

export type RegionCode = keyof typeof REGIONS;
export const REGION_CODES = Object.keys(REGIONS) as RegionCode[];

export function regionCodeFromName(name: string): RegionCode | null {
  const entry = Object.entries(REGIONS).find(([, n]) => n === name);
  return entry ? (entry[0] as RegionCode) : null;
}
