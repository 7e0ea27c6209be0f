import { ForbiddenError, UnauthenticatedError } from '../../errors.js';
import { viewerLevel } from '../people/policy.js';
import type { Viewer } from '../people/types.js';
import type { CommunityPerson, MemberRole } from './types.js';

// Communities are public: everyone, signed in or not, sees each one, its organizers and its member count.

/** Any signed-in person may start a community (and becomes its first organizer), join one or leave it. */
export function assertCanCreateCommunity(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer) throw new UnauthenticatedError();
}

export const assertCanJoinCommunity: (viewer: Viewer | null) => asserts viewer is Viewer = assertCanCreateCommunity;

/** The community's organizers and administrators change it and its channels. */
export function canEditCommunity(viewer: Viewer | null, role: MemberRole | null): boolean {
  return !!viewer && (viewer.role === 'admin' || role === 'organizer');
}

export function assertCanEditCommunity(viewer: Viewer | null, role: MemberRole | null): asserts viewer is Viewer {
  if (!viewer) throw new UnauthenticatedError();
  if (!canEditCommunity(viewer, role)) throw new ForbiddenError();
}

/**
 * Organizers act for the community, so their names are shown to everyone. Other members are named only to
 * viewers who may see the 'about' section of their profile; everyone else sees them only in the count.
 */
export function canSeeMemberName(viewer: Viewer | null, member: Pick<CommunityPerson, 'id' | 'aboutVisibility'>): boolean {
  return member.aboutVisibility <= viewerLevel(viewer, member.id);
}
