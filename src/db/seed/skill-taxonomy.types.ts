export type SkillCategory = 'technical' | 'editing' | 'organizational' | 'governance' | 'communication';

export interface SkillSeed {
  /** Stable kebab-case id, e.g. 'lua-modules'. The five category roots use their category as slug. */
  slug: string;
  /** Slug of the parent skill; null only for the five category roots. */
  parent: string | null;
  /** Wikidata item id, only when certain (optional). */
  wikidata?: string;
  labels: { en: string; hi: string; bn: string; ar: string; es: string; fr: string };
}
