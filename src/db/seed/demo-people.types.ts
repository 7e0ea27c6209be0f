import type { RegionCode } from '../../domain/places/regions.js';

export type SkillKind = 'share' | 'learn' | 'known';
export type Visibility = 'public' | 'members' | 'private';
export type ContactKind = 'email' | 'talk' | 'telegram' | 'matrix' | 'irc' | 'other';

/** What the generator is given: real reference data, already loaded by the caller. */
export interface DemoReference {
  /** ISO 3166-1 alpha-2 code, Wikimedia region, and the language codes spoken there (from ULS territory data). */
  countries: { code: string; region: RegionCode; languages: string[] }[];
  /** Open Wikimedia wikis from the site matrix. family: 'wiki' (Wikipedia), 'wiktionary', 'wikisource', ..., or special codes such as 'commons', 'wikidata', 'meta'. lang: language code ('' for specials without one). */
  wikis: { dbname: string; lang: string; family: string }[];
  /** Skills of the taxonomy; depth 0 = category root (never assigned to people), 1 = broad skill, 2+ = narrower. */
  skills: { slug: string; category: string; depth: number }[];
}

export interface DemoPerson {
  username: string;            // unique across the generated set
  displayName: string;
  bio: string;                 // may be empty
  timeZone: string;            // IANA zone valid in Intl (e.g. 'Asia/Kolkata')
  country: string;             // ISO2 code from DemoReference.countries
  languages: { code: string; level: 1 | 2 | 3 | 4 | 5 }[]; // 5 = native
  wikis: string[];             // dbnames from DemoReference.wikis
  /** Local hours of the week when available: 0 = Monday 00:00–01:00 ... 167 = Sunday 23:00–24:00. */
  availability: number[];
  skills: { slug: string; kind: SkillKind; level: 1 | 2 | 3 | 4 }[];
  offers: { kind: 'guidance' | 'service'; skill: string | null; description: string }[];
  affiliations: string[];
  contacts: { kind: ContactKind; value: string }[];
  visibility: { about: Visibility; languages: Visibility; location: Visibility; availability: Visibility; skills: Visibility; contact: Visibility };
}
