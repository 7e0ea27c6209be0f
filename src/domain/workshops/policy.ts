import { ForbiddenError, UnauthenticatedError } from '../../errors.js';
import type { Viewer } from '../people/types.js';

// Series, their calls for proposals and their sessions are public. They are run by the series' organizers,
// the owning community's organizers and administrators; the supporting team helps with attendance.

/** What the viewer is to one series: its team role and their role in the owning community. */
export interface SeriesAccess {
  teamRole: 'organizer' | 'support' | null;
  communityRole: 'organizer' | 'member' | null;
}

/** Organizers edit the series, open calls, review, decide, schedule sessions and see registrations. */
export function canOrganizeSeries(viewer: Viewer | null, access: SeriesAccess): boolean {
  return !!viewer && (viewer.role === 'admin' || access.teamRole === 'organizer' || access.communityRole === 'organizer');
}

export function assertCanOrganizeSeries(viewer: Viewer | null, access: SeriesAccess): asserts viewer is Viewer {
  if (!viewer) throw new UnauthenticatedError();
  if (!canOrganizeSeries(viewer, access)) throw new ForbiddenError();
}

/** The supporting team also reviews proposals and marks attendance, but does not change the series. */
export function canSupportSeries(viewer: Viewer | null, access: SeriesAccess): boolean {
  return canOrganizeSeries(viewer, access) || (!!viewer && access.teamRole === 'support');
}

export function assertCanSupportSeries(viewer: Viewer | null, access: SeriesAccess): asserts viewer is Viewer {
  if (!viewer) throw new UnauthenticatedError();
  if (!canSupportSeries(viewer, access)) throw new ForbiddenError();
}

/** Any organizer of a community may start a series for it (administrators for any community). */
export function canStartSeries(viewer: Viewer | null, communityRole: 'organizer' | 'member' | null): boolean {
  return !!viewer && (viewer.role === 'admin' || communityRole === 'organizer');
}
