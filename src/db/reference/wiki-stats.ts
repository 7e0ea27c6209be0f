// Statistics of the 343 Wikipedias, from the "List of Wikipedias" table of 5 November 2025
// (wikipedias-stats-2025-11.csv): List of Wikipedias, Wikipedia contributors, CC BY-SA 4.0
// (https://creativecommons.org/licenses/by-sa/4.0/). The table's figures are each wiki's
// meta=siteinfo&siprop=statistics; the refresh job (src/jobs/refresh-wiki-stats.ts) replaces them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../connection.js';
import type { WikiStatistics } from '../../domain/wikis/types.js';
import { parseDelimited } from './csv.js';

export const SNAPSHOT_FILE = 'wikipedias-stats-2025-11.csv';
export const SNAPSHOT_AS_OF = '2025-11-05';

/** The snapshot's rows as statistics, one per Wikipedia, in the table's order (most articles first). */
export function readWikiStatsSnapshot(): WikiStatistics[] {
  return parseDelimited(readFileSync(join(import.meta.dirname, SNAPSHOT_FILE), 'utf8')).map((r) => ({
    dbname: r.dbname,
    articles: Number(r.articles), pages: Number(r.pages), edits: Number(r.edits), admins: Number(r.admins),
    users: Number(r.users), activeUsers: Number(r.activeusers), files: Number(r.files),
    asOf: SNAPSHOT_AS_OF, source: 'snapshot',
  }));
}

/**
 * Loads the snapshot into wiki_stats. Safe at every start: a row refreshed from the wiki itself
 * ('siteinfo'), or any newer row, is kept; wikis the site matrix does not know are skipped and counted.
 */
export async function importWikiStats(db: Db, rows = readWikiStatsSnapshot()): Promise<{ loaded: number; skipped: number }> {
  const known = new Set((await db.selectFrom('wikis').select('dbname').execute()).map((w) => w.dbname));
  const usable = rows.filter((r) => known.has(r.dbname));
  if (usable.length) {
    await db.insertInto('wiki_stats').values(usable.map((r) => ({
      dbname: r.dbname, articles: r.articles, pages: r.pages, edits: r.edits, admins: r.admins, users: r.users,
      active_users: r.activeUsers, files: r.files, as_of: r.asOf, source: r.source,
    })))
      .onConflict((oc) => oc.column('dbname').doUpdateSet({
        articles: sql`excluded.articles`, pages: sql`excluded.pages`, edits: sql`excluded.edits`, admins: sql`excluded.admins`,
        users: sql`excluded.users`, active_users: sql`excluded.active_users`, files: sql`excluded.files`,
        as_of: sql`excluded.as_of`, source: sql`excluded.source`,
      }).where(sql<boolean>`wiki_stats.source = 'snapshot' and wiki_stats.as_of <= excluded.as_of`))
      .execute();
  }
  return { loaded: usable.length, skipped: rows.length - usable.length };
}
