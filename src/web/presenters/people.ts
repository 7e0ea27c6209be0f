import { overlapHours } from '../../domain/people/availability.js';
import type { DirectoryEntry } from '../../domain/people/data.js';
import { canSeeSection } from '../../domain/people/policy.js';
import type { ContactKind, OfferKind, Profile, SkillKind, Viewer } from '../../domain/people/types.js';
import type { SkillTree } from '../../domain/skills/types.js';
import type { Translator } from '../../i18n/messages.js';
import { countryName, languageLevel, languageName, regionName, skillLevel } from './names.js';

export interface SkillChip { label: string; slug: string; level: string; kind: SkillKind }

export interface ProfileView {
  username: string;
  displayName: string;
  href: string;
  isSelf: boolean;
  about: { bio: string; affiliations: string[]; wikis: { name: string; url: string }[] } | null;
  languages: { code: string; name: string; level: string }[] | null;
  location: { country: string | null; region: string | null; timeZone: string | null } | null;
  availability: { hours: number; localHours: number[]; overlapWithViewer: number | null } | null;
  skills: { share: SkillChip[]; learn: SkillChip[]; known: SkillChip[]; offers: { kind: OfferKind; skill: string | null; description: string }[] } | null;
  contact: { kind: ContactKind; value: string; href: string | null }[] | null;
  memberSince: string;
}

export function profileHref(username: string): string {
  return `/people/${encodeURIComponent(username.replace(/ /g, '_'))}`;
}

function contactHref(kind: ContactKind, value: string): string | null {
  if (kind === 'email' && /^[^@\s]+@[^@\s]+$/.test(value)) return `mailto:${value}`;
  if (kind === 'telegram') return `https://t.me/${value.replace(/^@/, '')}`;
  if (kind === 'matrix' && /^@[^:]+:.+$/.test(value)) return `https://matrix.to/#/${value}`;
  return null;
}

/** Only the sections the viewer may see; a hidden section is null, not empty. */
export function presentProfile(profile: Profile, viewer: Viewer | null, tree: SkillTree, tr: Translator, viewerAvailability: string | null): ProfileView {
  const sees = (section: Parameters<typeof canSeeSection>[2]) => canSeeSection(viewer, profile, section);
  const chips = (kind: SkillKind): SkillChip[] =>
    profile.skills.filter((s) => s.kind === kind && tree.byId.has(s.skillId)).map((s) => ({
      label: tree.byId.get(s.skillId)!.label, slug: s.slug, level: skillLevel(tr, s.level), kind,
    }));
  const hours = profile.availabilityLocal.length;
  return {
    username: profile.username,
    displayName: profile.displayName,
    href: profileHref(profile.username),
    isSelf: viewer?.id === profile.id,
    // A wiki is named by its address (hi.wikipedia.org), which reads the same in every language.
    about: sees('about') ? { bio: profile.bio, affiliations: profile.affiliations, wikis: profile.wikis.map((w) => ({ name: new URL(w.url).host, url: w.url })) } : null,
    languages: sees('languages') ? profile.languages.map((l) => ({ code: l.code, name: languageName(l.code), level: languageLevel(tr, l.level) })) : null,
    location: sees('location')
      ? { country: profile.country ? countryName(tr.lang, profile.country) : null, region: regionName(tr, profile.region), timeZone: profile.timeZone }
      : null,
    availability: sees('availability') && hours
      ? {
          hours, localHours: profile.availabilityLocal,
          overlapWithViewer: viewerAvailability && viewer?.id !== profile.id ? overlapHours(viewerAvailability, profile.availabilityUtc) : null,
        }
      : null,
    skills: sees('skills')
      ? {
          share: chips('share'), learn: chips('learn'), known: chips('known'),
          offers: profile.offers.map((o) => ({ kind: o.kind, skill: o.skillId ? tree.byId.get(o.skillId)?.label ?? null : null, description: o.description })),
        }
      : null,
    contact: sees('contact') ? profile.contacts.map((c) => ({ ...c, href: contactHref(c.kind, c.value) })) : null,
    memberSince: new Intl.DateTimeFormat(tr.lang, { year: 'numeric', month: 'long' }).format(profile.createdAt),
  };
}

export interface DirectoryEntryView {
  username: string;
  displayName: string;
  href: string;
  region: string | null;
  languages: string[];
  shares: SkillChip[];
  learns: SkillChip[];
  helpsViewer: number;
}

export function presentDirectoryEntry(entry: DirectoryEntry, tree: SkillTree, tr: Translator, highlight: Set<number> | null): DirectoryEntryView {
  // Skills matching the search come first, so the reason a person is listed is visible.
  const chips = (list: DirectoryEntry['shares'], kind: SkillKind) =>
    [...list]
      .filter((s) => tree.byId.has(s.skillId))
      .sort((a, b) => Number(highlight?.has(b.skillId) ?? 0) - Number(highlight?.has(a.skillId) ?? 0))
      .slice(0, 5)
      .map((s) => ({ label: tree.byId.get(s.skillId)!.label, slug: tree.byId.get(s.skillId)!.slug, level: skillLevel(tr, s.level), kind }));
  return {
    username: entry.username,
    displayName: entry.displayName,
    href: profileHref(entry.username),
    region: regionName(tr, entry.region),
    languages: entry.languages.slice(0, 4).map(languageName),
    shares: chips(entry.shares, 'share'),
    learns: chips(entry.learns, 'learn'),
    helpsViewer: entry.helpsViewer,
  };
}
