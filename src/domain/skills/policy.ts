import { ForbiddenError, UnauthenticatedError } from '../../errors.js';
import type { Viewer } from '../people/types.js';

export function canManageSkills(viewer: Viewer | null): boolean {
  return viewer?.role === 'admin';
}

/** Adding, renaming, moving and merging skills is for administrators. */
export function assertCanManageSkills(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer) throw new UnauthenticatedError();
  if (!canManageSkills(viewer)) throw new ForbiddenError();
}
