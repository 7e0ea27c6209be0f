import { sql } from 'kysely';
import type { Db } from '../connection.js';
import type { WikiRow } from '../../integrations/wiki/sitematrix.js';
import { readWikis } from './import.js';

/** The wikis shipped with Sangam (src/db/reference/wikis.csv), as rows of the `wikis` table. */
export function shippedWikis(): (WikiRow & { size_class: string | null })[] {
  return readWikis().map(({ langNameEn: _, ...w }) => w);
}

/**
 * Inserts new wikis and updates known ones; running it twice changes nothing the second time. Wikis
 * missing from `rows` are kept (people and communities refer to them). A row without a size class keeps
 * the stored one, and the live site matrix's made-up English names never replace canonical ones.
 */
export async function upsertWikis(db: Db, rows: (WikiRow & { size_class?: string | null })[], options: { keepNames?: boolean } = {}): Promise<{ added: number; changed: number }> {
  let added = 0;
  let changed = 0;
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500).map((r) => ({ ...r, size_class: r.size_class ?? null }));
      const result = await trx.insertInto('wikis').values(chunk)
        .onConflict((oc) => oc.column('dbname').doUpdateSet({
          family: sql`excluded.family`, lang: sql`excluded.lang`, url: sql`excluded.url`, sitename: sql`excluded.sitename`,
          english_name: options.keepNames ? sql`wikis.english_name` : sql`excluded.english_name`,
          closed: sql`excluded.closed`, size_class: sql`coalesce(excluded.size_class, wikis.size_class)`,
        }).where(sql<boolean>`(wikis.family, wikis.lang, wikis.url, wikis.sitename, wikis.closed, wikis.english_name, wikis.size_class)
          is distinct from (excluded.family, excluded.lang, excluded.url, excluded.sitename, excluded.closed,
            ${options.keepNames ? sql`wikis.english_name` : sql`excluded.english_name`}, coalesce(excluded.size_class, wikis.size_class))`))
        .returning(sql<boolean>`(xmax = 0)`.as('inserted')).execute();
      for (const r of result) if (r.inserted) added += 1; else changed += 1;
    }
  });
  return { added, changed };
}
