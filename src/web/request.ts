import { personTimeZone } from '../domain/people/data.js';
import { assertSignedIn } from '../domain/people/policy.js';
import type { Viewer } from '../domain/people/types.js';
import { RowId } from '../domain/validation.js';
import { NotFoundError } from '../errors.js';
import type { AppContext } from './env.js';

/** The signed-in person; anyone else gets the sign-in page (GET) or a 401. */
export function signedInViewer(c: AppContext): Viewer {
  const viewer = c.get('viewer');
  assertSignedIn(viewer);
  return viewer;
}

/** The path's :id as a row id; anything else (abc, 0, a huge number) is "not found", never a database error. */
export function idParam(c: AppContext): number {
  const parsed = RowId.safeParse(c.req.param('id'));
  if (!parsed.success) throw new NotFoundError();
  return parsed.data;
}

/**
 * The path's :slug when it can be one (letters in either case, digits, dashes); anything else is "not found",
 * never a database error. Callers that look slugs up case-insensitively lower-case it themselves.
 */
export function slugParam(c: AppContext): string {
  const slug = c.req.param('slug') ?? '';
  if (!/^[a-z0-9][a-z0-9-]{1,60}$/i.test(slug)) throw new NotFoundError();
  return slug;
}

/** The zone the viewer reads times in: their profile's, else the fallback (usually the series' or session's own). */
export async function viewerTimeZone(c: AppContext, fallback: string): Promise<string> {
  const viewer = c.get('viewer');
  return (viewer && (await personTimeZone(c.get('deps').db, viewer.id))) || fallback;
}
