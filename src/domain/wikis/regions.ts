import { readCountries } from '../../db/reference/import.js';
import { canonicalLanguage, languagesOfTerritory } from '../../i18n/languages.js';
import { REGION_CODES, type RegionCode } from '../places/regions.js';

// A wiki's regions are the Wikimedia regions of the countries where its language is spoken, as the
// language data behind the Universal Language Selector lists them (its territories). Languages without
// territories there (Esperanto, Latin, Simple English) have no region; a variant without territories of
// its own (be-tarask, nds-nl) takes those of its base language.
let byLanguage: Map<string, RegionCode[]> | null = null;

function build(): Map<string, RegionCode[]> {
  const sets = new Map<string, Set<RegionCode>>();
  for (const country of readCountries()) {
    if (!country.region) continue;
    for (const lang of languagesOfTerritory(country.code)) {
      let set = sets.get(lang);
      if (!set) sets.set(lang, (set = new Set()));
      set.add(country.region);
    }
  }
  return new Map([...sets].map(([lang, set]) => [lang, REGION_CODES.filter((r) => set.has(r))]));
}

export function regionsOfLanguage(lang: string): RegionCode[] {
  byLanguage ??= build();
  return byLanguage.get(canonicalLanguage(lang)) ?? byLanguage.get(lang) ?? byLanguage.get(lang.split('-')[0]) ?? [];
}
