import type { ContactKind } from '../people/types.js';

/** A topic people sign up to, to be reached through the channels they already use. */
export interface InterestList {
  id: number;
  slug: string;
  title: string;
  description: string;
  createdBy: number | null;
  createdAt: Date;
  memberCount: number;
}

/**
 * A member as a given viewer may see them: only members whose 'about' section the viewer may see, and
 * only the channels the member chose for this list *and* whose 'contact' section the viewer may see.
 */
export interface VisibleMember {
  personId: number;
  username: string;
  displayName: string;
  channels: { kind: ContactKind; value: string }[];
}

/** The viewer's own membership: the channel kinds they chose, and which kinds they have at all. */
export interface OwnMembership {
  member: boolean;
  sharedChannels: ContactKind[];
  availableChannels: { kind: ContactKind; value: string }[];
  /** 'public' | 'members' | 'private': whether others will see the chosen channels at all. */
  contactVisibility: number;
}
