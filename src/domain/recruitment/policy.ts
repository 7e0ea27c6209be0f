import type { Viewer } from '../people/types.js';
import type { CallStatus } from './types.js';

// Who may do what with recruitment calls and applications. Routes check these at the edge; mutations
// check them again inside their transactions, against the rows they read.

/** Coordinators (organizers and administrators) open calls, review applications and decide. */
export function canCoordinate(viewer: Pick<Viewer, 'role'> | null): boolean {
  return viewer?.role === 'organizer' || viewer?.role === 'admin';
}

/** A call in draft is seen only by coordinators; open and closed calls by everyone. */
export function canSeeCall(viewer: Pick<Viewer, 'role'> | null, call: { status: CallStatus }): boolean {
  return call.status !== 'draft' || canCoordinate(viewer);
}

/** A community's organizers apply for it, answer the criteria and submit. */
export function canEditApplication(viewer: Pick<Viewer, 'id'> | null, application: { organizerIds: number[] }): boolean {
  return !!viewer && application.organizerIds.includes(viewer.id);
}

/** Reviewers see override and decision forms; the score table itself is public, for transparency. */
export const canReview = canCoordinate;

/** Whether the call's deadline (its last day, in UTC) has passed. */
export function isPastDeadline(call: { closesOn: string | null }, now: Date): boolean {
  return call.closesOn !== null && now.toISOString().slice(0, 10) > call.closesOn;
}

/** Applications can be started, edited and submitted while the call is open and its deadline not passed. */
export function acceptsApplications(call: { status: CallStatus; closesOn: string | null }, now: Date): boolean {
  return call.status === 'open' && !isPastDeadline(call, now);
}
