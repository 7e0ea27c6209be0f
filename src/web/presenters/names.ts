import type { SkillKind, Visibility } from '../../domain/people/types.js';
import type { RegionCode } from '../../domain/places/regions.js';
import type { Category } from '../../domain/skills/types.js';
import { autonym } from '../../i18n/languages.js';
import type { MessageKey, Translator } from '../../i18n/messages.js';

// Message keys are spelled out in full so that the i18n test can find every one of them.
export const REGION_KEYS: Record<RegionCode, MessageKey> = {
  CEECA: 'sangam-region-ceeca', ESEAP: 'sangam-region-eseap', LAC: 'sangam-region-lac', MENA: 'sangam-region-mena',
  NA: 'sangam-region-na', NWE: 'sangam-region-nwe', SA: 'sangam-region-sa', SSA: 'sangam-region-ssa',
};
export const CATEGORY_KEYS: Record<Category, MessageKey> = {
  technical: 'sangam-category-technical', editing: 'sangam-category-editing', organizational: 'sangam-category-organizational',
  governance: 'sangam-category-governance', communication: 'sangam-category-communication',
};
export const SKILL_LEVEL_KEYS: MessageKey[] = ['sangam-skill-level-1', 'sangam-skill-level-2', 'sangam-skill-level-3', 'sangam-skill-level-4'];
export const LANGUAGE_LEVEL_KEYS: MessageKey[] = [
  'sangam-language-level-1', 'sangam-language-level-2', 'sangam-language-level-3', 'sangam-language-level-4', 'sangam-language-level-5',
];
export const KIND_KEYS: Record<SkillKind, MessageKey> = {
  share: 'sangam-kind-share', learn: 'sangam-kind-learn', known: 'sangam-kind-known',
};
export const VISIBILITY_KEYS: Record<Visibility, MessageKey> = {
  public: 'sangam-visibility-public', members: 'sangam-visibility-members', private: 'sangam-visibility-private',
};

export function regionName(tr: Translator, region: string | null): string | null {
  return region && region in REGION_KEYS ? tr.t(REGION_KEYS[region as RegionCode]) : null;
}

const displayNames = new Map<string, Intl.DisplayNames>();
/** A country's name in the interface language, from the platform's CLDR data. */
export function countryName(lang: string, code: string): string {
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang, 'en'], { type: 'region', fallback: 'code' });
    displayNames.set(lang, names);
  }
  return names.of(code.toUpperCase()) ?? code;
}

/** A language by its own name (its autonym), as the Universal Language Selector shows it. */
export function languageName(code: string): string {
  return autonym(code);
}

export function skillLevel(tr: Translator, level: number): string {
  return tr.t(SKILL_LEVEL_KEYS[level - 1] ?? SKILL_LEVEL_KEYS[0]);
}

export function languageLevel(tr: Translator, level: number): string {
  return tr.t(LANGUAGE_LEVEL_KEYS[level - 1] ?? LANGUAGE_LEVEL_KEYS[0]);
}

// Calendar dates are shown in UTC, so that no time zone moves them by a day; moments go through momentIn().
const DATE_STYLES = {
  medium: { dateStyle: 'medium', timeZone: 'UTC' },
  long: { dateStyle: 'long', timeZone: 'UTC' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date formatter for the interface language, made once per language and style. */
export function dateFormat(lang: string, style: keyof typeof DATE_STYLES): Intl.DateTimeFormat {
  const key = `${lang}:${style}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(lang, DATE_STYLES[style])));
  return format;
}

const zonedFormats = new Map<string, Intl.DateTimeFormat>();
/** An instant as a reader in `zone` reads it: weekday, date, time and the zone's short name. */
export function momentIn(lang: string, zone: string, at: Date): string {
  const key = `${lang}:${zone}`;
  let format = zonedFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: zone, timeZoneName: 'short' });
    zonedFormats.set(key, format);
  }
  return format.format(at);
}
