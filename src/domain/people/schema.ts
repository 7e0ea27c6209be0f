import { z } from 'zod';
import { CONTACT_KINDS, LANGUAGE_LEVELS, OFFER_KINDS, SECTIONS, SKILL_KINDS, SKILL_LEVELS, VISIBILITIES, type Section, type Visibility } from './types.js';

// Form fields arrive as strings (or arrays of strings when repeated); these schemas turn them into
// domain input. Messages are message keys, so the route can show them in the user's language.
const text = (max: number) => z.string().trim().max(max, { message: 'sangam-error-too-long' });
const levelOf = <T extends readonly number[]>(levels: T) =>
  z.coerce.number().int().refine((n) => (levels as readonly number[]).includes(n), { message: 'sangam-error-invalid-choice' });

export const MAX_LANGUAGE_ROWS = 8;
export const MAX_WIKI_ROWS = 6;
export const MAX_CONTACT_ROWS = 4;
export const MAX_AFFILIATIONS = 6;

/** Who I am: name, bio, affiliations, wikis, languages, contact channels and who sees each section. */
export const AboutFormSchema = z.object({
  displayName: text(80).min(1, { message: 'sangam-error-required' }),
  bio: text(2000),
  affiliations: z.array(text(120)).max(MAX_AFFILIATIONS, { message: 'sangam-error-too-many' }),
  languages: z.array(z.object({ code: text(40), level: levelOf(LANGUAGE_LEVELS) })).max(MAX_LANGUAGE_ROWS),
  wikis: z.array(text(200)).max(MAX_WIKI_ROWS, { message: 'sangam-error-too-many' }),
  contacts: z.array(z.object({ kind: z.enum(CONTACT_KINDS, { message: 'sangam-error-invalid-choice' }), value: text(200) })).max(MAX_CONTACT_ROWS),
  visibility: z.object(
    Object.fromEntries(SECTIONS.map((s) => [s, z.enum(VISIBILITIES, { message: 'sangam-error-invalid-choice' })])) as Record<Section, z.ZodEnum<{ [K in Visibility]: K }>>,
  ),
});
export type AboutFormInput = z.infer<typeof AboutFormSchema>;

/** Where and when: country (and so region), time zone and weekly availability in local hours. */
export const PlaceFormSchema = z.object({
  country: text(2),
  timeZone: text(64),
  availability: z.array(z.coerce.number().int().min(0, { message: 'sangam-error-invalid-choice' }).max(167, { message: 'sangam-error-invalid-choice' })).max(168),
});
export type PlaceFormInput = z.infer<typeof PlaceFormSchema>;

export const SkillEntrySchema = z.object({
  skill: text(80).min(1, { message: 'sangam-error-required' }),
  kind: z.enum(SKILL_KINDS, { message: 'sangam-error-invalid-choice' }),
  level: levelOf(SKILL_LEVELS),
});
export type SkillEntryInput = z.infer<typeof SkillEntrySchema>;

export const OfferSchema = z.object({
  kind: z.enum(OFFER_KINDS, { message: 'sangam-error-invalid-choice' }),
  skill: text(80),
  description: text(500).min(1, { message: 'sangam-error-required' }),
});
export type OfferInput = z.infer<typeof OfferSchema>;

export const DirectoryQuerySchema = z.object({
  q: text(100).default(''),
  skill: text(80).default(''),
  kind: z.enum(['any', 'share', 'learn']).catch('any'),
  lang: text(40).default(''),
  region: text(8).default(''),
  overlap: z.enum(['', '1']).catch(''),
  page: z.coerce.number().int().min(1).max(500).catch(1),
});
export type DirectoryQueryInput = z.infer<typeof DirectoryQuerySchema>;
