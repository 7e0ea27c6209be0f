import { canExportInterestList } from '../../domain/interests/policy.js';
import type { InterestList, OwnMembership, VisibleMember } from '../../domain/interests/types.js';
import type { Viewer } from '../../domain/people/types.js';
import type { Translator } from '../../i18n/messages.js';
import { CONTACT_KEYS } from '../views/people.js';
import { profileHref } from './people.js';

export interface InterestListView {
  slug: string;
  href: string;
  title: string;
  description: string;
  memberCount: number;
  canExport: boolean;
  exportHref: string;
}

export interface InterestMemberView {
  name: string;
  username: string;
  href: string;
  isViewer: boolean;
  channels: string[];
}

export interface MembershipView {
  member: boolean;
  channels: { kind: string; label: string; value: string; checked: boolean }[];
  /** The person's channels are private: choosing them shares them with nobody. */
  contactPrivate: boolean;
}

export function presentInterestList(list: InterestList, viewer: Viewer | null): InterestListView {
  const href = `/interests/${list.slug}`;
  return {
    slug: list.slug, href, title: list.title, description: list.description, memberCount: list.memberCount,
    canExport: canExportInterestList(viewer, list), exportHref: `${href}/export.csv`,
  };
}

export function presentMember(member: VisibleMember, viewer: Viewer | null, tr: Translator): InterestMemberView {
  return {
    name: member.displayName || member.username, username: member.username, href: profileHref(member.username),
    isViewer: viewer?.id === member.personId,
    channels: member.channels.map((c) => tr.t('sangam-interest-channel', tr.t(CONTACT_KEYS[c.kind]), c.value)),
  };
}

/** One checkbox per channel on the person's profile (a kind is chosen as a whole), ticked as chosen. */
export function presentMembership(own: OwnMembership, tr: Translator, chosen: string[] = own.sharedChannels): MembershipView {
  const kinds = [...new Map(own.availableChannels.map((c) => [c.kind, c])).values()];
  return {
    member: own.member,
    channels: kinds.map((c) => ({
      kind: c.kind, label: tr.t(CONTACT_KEYS[c.kind]),
      value: own.availableChannels.filter((a) => a.kind === c.kind).map((a) => a.value).join(', '),
      checked: chosen.includes(c.kind),
    })),
    contactPrivate: own.contactVisibility === 2,
  };
}
