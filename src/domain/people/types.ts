export type SkillKind = 'share' | 'learn' | 'known';
export const SKILL_KINDS: SkillKind[] = ['share', 'learn', 'known'];

export const SECTIONS = ['about', 'languages', 'location', 'availability', 'skills', 'contact'] as const;
export type Section = (typeof SECTIONS)[number];

/** Stored as 0, 1, 2 so that "may this viewer see it" is `visibility <= viewer level`. */
export const VISIBILITIES = ['public', 'members', 'private'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const CONTACT_KINDS = ['talk', 'email', 'telegram', 'matrix', 'irc', 'other'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const OFFER_KINDS = ['guidance', 'service'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/** 1 basic … 4 near-native, 5 native (the Babel scale without level 0). */
export const LANGUAGE_LEVELS = [1, 2, 3, 4, 5] as const;
/** 1 beginner, 2 intermediate, 3 advanced, 4 expert. */
export const SKILL_LEVELS = [1, 2, 3, 4] as const;

/** Organizers run mentorship matching and see the pool; administrators also edit the skill tree. */
export type Role = 'member' | 'organizer' | 'admin';

export interface Viewer {
  id: number;
  username: string;
  role: Role;
}

export interface Profile {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  bio: string;
  affiliations: string[];
  timeZone: string | null;
  country: string | null;
  region: string | null;
  availabilityLocal: number[];
  availabilityUtc: string;
  languages: { code: string; level: number }[];
  wikis: { dbname: string; url: string; name: string }[];
  skills: { skillId: number; slug: string; kind: SkillKind; level: number }[];
  contacts: { kind: ContactKind; value: string }[];
  offers: { id: number; kind: OfferKind; skillId: number | null; description: string }[];
  visibility: Record<Section, Visibility>;
  createdAt: Date;
  updatedAt: Date;
}
