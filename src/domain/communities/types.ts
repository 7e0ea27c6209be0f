/** The kinds of community Sangam knows; the order is the one forms and filters list them in. */
export const COMMUNITY_KINDS = ['wiki-community', 'chapter', 'user-group', 'thematic', 'regional-hub', 'informal'] as const;
export type CommunityKind = (typeof COMMUNITY_KINDS)[number];

/** Where a community already talks: Sangam links these spaces, it does not replace them. */
export const CHANNEL_KINDS = ['mailing-list', 'telegram', 'irc', 'matrix', 'wiki-page', 'other'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export type MemberRole = 'organizer' | 'member';

export interface CommunityChannel { id: number; kind: ChannelKind; label: string; url: string }

export interface CommunityPerson {
  id: number;
  username: string;
  displayName: string;
  /** The person's 'about' visibility (0 public, 1 members, 2 private): whether their name may be listed as a member. */
  aboutVisibility: number;
}

export interface CommunitySummary {
  id: number;
  slug: string;
  name: string;
  kind: CommunityKind;
  description: string;
  languages: string[];
  /** Wikimedia region codes of the community's countries. */
  regions: string[];
  memberCount: number;
}

export interface Community {
  id: number;
  slug: string;
  name: string;
  kind: CommunityKind;
  description: string;
  createdBy: number | null;
  createdAt: Date;
  updatedAt: Date;
  wikis: { dbname: string; url: string; name: string; closed: boolean }[];
  languages: string[];
  countries: { code: string; name: string; region: string | null }[];
  channels: CommunityChannel[];
  organizers: CommunityPerson[];
  /** Members who are not organizers, oldest first, at most MEMBER_SAMPLE of them. */
  members: CommunityPerson[];
  /** Everyone in the community, organizers included. */
  memberCount: number;
}
