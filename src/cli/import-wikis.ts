import type { Db } from '../db/connection.js';
import { shippedWikis, upsertWikis } from '../db/reference/wikis.js';
import { fetchSiteMatrix, SiteMatrixUnavailable, wikisFromSiteMatrix } from '../integrations/wiki/sitematrix.js';

export interface ImportWikisResult {
  source: 'shipped' | 'live';
  added: number;
  changed: number;
  /** Why the live site matrix could not be used, when --live was asked for. */
  liveError?: string;
}

/**
 * Loads the wikis shipped with Sangam and, with `live`, refreshes them from Meta-Wiki's site matrix.
 * When the live site matrix is unreachable or malformed, the shipped data stays and `liveError` says why.
 */
export async function importWikis(db: Db, options: { live: boolean; fetchImpl?: typeof fetch }): Promise<ImportWikisResult> {
  const shipped = await upsertWikis(db, shippedWikis());
  if (!options.live) return { source: 'shipped', ...shipped };
  try {
    const matrix = await fetchSiteMatrix(options.fetchImpl);
    // The shipped English names come from canonical-data; the live matrix has none of its own.
    const live = await upsertWikis(db, wikisFromSiteMatrix(matrix), { keepNames: true });
    return { source: 'live', added: shipped.added + live.added, changed: shipped.changed + live.changed };
  } catch (error) {
    if (error instanceof SiteMatrixUnavailable) return { source: 'shipped', ...shipped, liveError: error.message };
    throw error;
  }
}
