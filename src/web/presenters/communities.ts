import { canEditCommunity, canSeeMemberName } from '../../domain/communities/policy.js';
import type { ChannelKind, Community, CommunityKind, CommunitySummary, MemberRole } from '../../domain/communities/types.js';
import type { Viewer } from '../../domain/people/types.js';
import type { MessageKey, Translator } from '../../i18n/messages.js';
import { countryName, languageName, regionName } from './names.js';
import { profileHref } from './people.js';

// Message keys are spelled out in full so that the i18n test can find every one of them.
export const COMMUNITY_KIND_KEYS: Record<CommunityKind, MessageKey> = {
  'wiki-community': 'sangam-community-kind-wiki-community', chapter: 'sangam-community-kind-chapter',
  'user-group': 'sangam-community-kind-user-group', thematic: 'sangam-community-kind-thematic',
  'regional-hub': 'sangam-community-kind-regional-hub', informal: 'sangam-community-kind-informal',
};
export const CHANNEL_KIND_KEYS: Record<ChannelKind, MessageKey> = {
  'mailing-list': 'sangam-channel-kind-mailing-list', telegram: 'sangam-channel-kind-telegram', irc: 'sangam-channel-kind-irc',
  matrix: 'sangam-channel-kind-matrix', 'wiki-page': 'sangam-channel-kind-wiki-page', other: 'sangam-channel-kind-other',
};

/** How much of a description the list shows; the whole text is on the community's page. */
const EXCERPT_LENGTH = 200;

function excerpt(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  if (chars.length <= EXCERPT_LENGTH) return chars.join('');
  const cut = chars.slice(0, EXCERPT_LENGTH).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function communityHref(slug: string): string {
  return `/communities/${slug}`;
}

export interface CommunitySummaryView {
  href: string;
  name: string;
  kind: string;
  regions: string[];
  languages: { code: string; name: string }[];
  memberCount: number;
  description: string;
}

export function presentCommunitySummary(community: CommunitySummary, tr: Translator): CommunitySummaryView {
  return {
    href: communityHref(community.slug),
    name: community.name,
    kind: tr.t(COMMUNITY_KIND_KEYS[community.kind]),
    regions: community.regions.map((r) => regionName(tr, r)).filter((r): r is string => !!r),
    // A long list of languages is cut short in the list; the page lists them all.
    languages: community.languages.slice(0, 8).map((code) => ({ code, name: languageName(code) })),
    memberCount: community.memberCount,
    description: excerpt(community.description),
  };
}

/** What a channel's link says: its label, else the address as people write it (#channel, @handle, list address). */
function channelText(kind: ChannelKind, url: string): string {
  if (url.startsWith('mailto:')) return url.slice(7);
  try {
    const parsed = new URL(url);
    if (kind === 'irc') return `${decodeURIComponent(parsed.pathname.slice(1) || parsed.hash)} (${parsed.hostname})`;
    if (kind === 'telegram' && /^\/[a-z][a-z0-9_]{4,31}$/i.test(parsed.pathname)) return `@${parsed.pathname.slice(1)}`;
    if (kind === 'matrix' && parsed.hostname === 'matrix.to') return decodeURIComponent(parsed.hash.replace(/^#\//, ''));
    return decodeURIComponent(`${parsed.hostname}${parsed.pathname === '/' ? '' : parsed.pathname}`);
  } catch {
    return url;
  }
}

export interface ChannelView { id: number; kind: string; text: string; href: string }
export interface PersonLink { name: string; href: string }

export interface CommunityView {
  slug: string;
  href: string;
  editHref: string;
  name: string;
  kind: CommunityKind;
  kindLabel: string;
  description: string;
  wikis: { name: string; host: string; url: string }[];
  languages: { code: string; name: string }[];
  countries: { name: string; region: string | null }[];
  channels: ChannelView[];
  organizers: PersonLink[];
  /** Members the viewer may see by name (organizers not included). */
  namedMembers: PersonLink[];
  memberCount: number;
  viewerRole: MemberRole | null;
  canEdit: boolean;
}

export function presentCommunity(community: Community, tr: Translator, viewer: Viewer | null, viewerRole: MemberRole | null): CommunityView {
  const link = (p: { username: string; displayName: string }): PersonLink => ({ name: p.displayName || p.username, href: profileHref(p.username) });
  return {
    slug: community.slug,
    href: communityHref(community.slug),
    editHref: `${communityHref(community.slug)}/edit`,
    name: community.name,
    kind: community.kind,
    kindLabel: tr.t(COMMUNITY_KIND_KEYS[community.kind]),
    description: community.description,
    // A wiki is named by its address (hi.wikipedia.org), which reads the same in every language.
    wikis: community.wikis.map((w) => ({ name: w.name, host: new URL(w.url).host, url: w.url })),
    languages: community.languages.map((code) => ({ code, name: languageName(code) })),
    countries: community.countries.map((c) => ({ name: countryName(tr.lang, c.code), region: regionName(tr, c.region) })),
    channels: community.channels.map((ch) => ({ id: ch.id, kind: tr.t(CHANNEL_KIND_KEYS[ch.kind]), text: ch.label || channelText(ch.kind, ch.url), href: ch.url })),
    organizers: community.organizers.map(link),
    namedMembers: community.members.filter((m) => canSeeMemberName(viewer, m)).map(link),
    memberCount: community.memberCount,
    viewerRole,
    canEdit: canEditCommunity(viewer, viewerRole),
  };
}
