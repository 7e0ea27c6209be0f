import { ForbiddenError, UnauthenticatedError } from '../../errors.js';
import type { Viewer } from '../people/types.js';
import type { InterestList } from './types.js';

// Lists and their members are visible to everyone, each member only as far as their privacy settings allow
// (data.ts applies them for the viewer). Exporting gathers channels for a mailing list or a chat group, so it
// is for the people who run one: the list's creator, organizers and administrators. They see in the export
// exactly what they may see on the page, never more.

/** Organizers and administrators start lists; members join the ones that exist. */
export function canCreateInterestList(viewer: Viewer | null): boolean {
  return viewer?.role === 'organizer' || viewer?.role === 'admin';
}

export function assertCanCreateInterestList(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer) throw new UnauthenticatedError();
  if (!canCreateInterestList(viewer)) throw new ForbiddenError();
}

/** Anyone signed in joins and leaves, for themself only. */
export function assertCanJoinInterestList(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer) throw new UnauthenticatedError();
}

export function canExportInterestList(viewer: Viewer | null, list: Pick<InterestList, 'createdBy'>): boolean {
  if (!viewer) return false;
  return viewer.role === 'organizer' || viewer.role === 'admin' || (list.createdBy !== null && list.createdBy === viewer.id);
}

export function assertCanExportInterestList(viewer: Viewer | null, list: Pick<InterestList, 'createdBy'>): asserts viewer is Viewer {
  if (!viewer) throw new UnauthenticatedError();
  if (!canExportInterestList(viewer, list)) throw new ForbiddenError();
}
