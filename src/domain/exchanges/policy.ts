import { ForbiddenError, UnauthenticatedError } from '../../errors.js';
import type { Viewer } from '../people/types.js';
import type { GroupExchange } from './types.js';

// Exchanges are public records between groups: everyone, signed in or not, may see every one of them.

/** Any signed-in member may record an exchange. */
export function assertCanCreateExchange(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer) throw new UnauthenticatedError();
}

/** The person who recorded it, organizers and administrators may change an exchange and its status. */
export function canEditExchange(viewer: Viewer | null, exchange: Pick<GroupExchange, 'createdBy'>): boolean {
  if (!viewer) return false;
  return viewer.role === 'organizer' || viewer.role === 'admin' || (exchange.createdBy !== null && exchange.createdBy === viewer.id);
}

export function assertCanEditExchange(viewer: Viewer | null, exchange: Pick<GroupExchange, 'createdBy'>): asserts viewer is Viewer {
  if (!viewer) throw new UnauthenticatedError();
  if (!canEditExchange(viewer, exchange)) throw new ForbiddenError();
}
