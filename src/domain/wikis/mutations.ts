import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { WikiStatistics } from './types.js';

/**
 * Stores statistics read from a wiki. Running twice with the same figures changes nothing; an older
 * reading never replaces a newer one (two processes may refresh the same wiki).
 */
export async function saveWikiStatistics(db: Db, s: WikiStatistics): Promise<void> {
  await db.insertInto('wiki_stats').values({
    dbname: s.dbname, articles: s.articles, pages: s.pages, edits: s.edits, admins: s.admins, users: s.users,
    active_users: s.activeUsers, files: s.files, as_of: s.asOf, source: s.source,
  })
    .onConflict((oc) => oc.column('dbname').doUpdateSet({
      articles: sql`excluded.articles`, pages: sql`excluded.pages`, edits: sql`excluded.edits`, admins: sql`excluded.admins`,
      users: sql`excluded.users`, active_users: sql`excluded.active_users`, files: sql`excluded.files`,
      as_of: sql`excluded.as_of`, source: sql`excluded.source`,
    }).where(sql<boolean>`wiki_stats.as_of <= excluded.as_of`))
    .execute();
}
