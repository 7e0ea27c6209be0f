import type { Db } from '../db/connection.js';
import { staleWikis } from '../domain/wikis/data.js';
import { saveWikiStatistics } from '../domain/wikis/mutations.js';
import { fetchSiteStatistics, SiteinfoError } from '../integrations/wiki/siteinfo.js';

/** Wikis read per run at most, one after another: about a minute of polite requests. */
export const WIKI_STATS_BATCH = 60;
/** Statistics younger than this are left alone, so a daily run spreads the Wikipedias over the month. */
export const WIKI_STATS_MAX_AGE_DAYS = 28;

export interface RefreshCounts { refreshed: number; failed: number; lagged: boolean }

/**
 * Refreshes the stalest open wikis' statistics from their siteinfo. A wiki that answers badly keeps
 * its row as it was (and stays stale, so it is tried again next run); a lagged wiki ends the run, as
 * maxlag asks: the rest wait for the next one.
 */
export async function refreshWikiStats(
  db: Db, now: Date, options: { limit?: number; fetchStatistics?: typeof fetchSiteStatistics } = {},
): Promise<RefreshCounts> {
  const { limit = WIKI_STATS_BATCH, fetchStatistics = fetchSiteStatistics } = options;
  const today = now.toISOString().slice(0, 10);
  const staleBefore = new Date(now.getTime() - WIKI_STATS_MAX_AGE_DAYS * 86_400_000).toISOString().slice(0, 10);
  const counts: RefreshCounts = { refreshed: 0, failed: 0, lagged: false };
  for (const wiki of await staleWikis(db, staleBefore, limit)) {
    try {
      await saveWikiStatistics(db, await fetchStatistics(wiki.dbname, wiki.url, today));
      counts.refreshed += 1;
    } catch (error) {
      if (!(error instanceof SiteinfoError)) throw error;
      console.warn(`[wiki-stats] ${wiki.dbname} not refreshed: ${error.reason} (${error.message})`);
      if (error.reason === 'lagged') {
        counts.lagged = true;
        break;
      }
      counts.failed += 1;
    }
  }
  return counts;
}
