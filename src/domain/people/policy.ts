import { UnauthenticatedError } from '../../errors.js';
import { VISIBILITIES, type Profile, type Section, type Viewer, type Visibility } from './types.js';

/** 0 for anonymous visitors, 1 for signed-in members, 2 for the person themself. */
export function viewerLevel(viewer: Viewer | null, personId?: number): number {
  if (!viewer) return 0;
  return viewer.id === personId ? 2 : 1;
}

export function visibilityLevel(visibility: Visibility): number {
  return VISIBILITIES.indexOf(visibility);
}

export function canSeeSection(viewer: Viewer | null, profile: Pick<Profile, 'id' | 'visibility'>, section: Section): boolean {
  return visibilityLevel(profile.visibility[section]) <= viewerLevel(viewer, profile.id);
}

/** Everything under /me acts on the signed-in person's own profile, so being signed in is the check. */
export function assertSignedIn(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer) throw new UnauthenticatedError();
}
