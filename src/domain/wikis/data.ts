import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import { capacityIndex, compareUnderserved, sizeClass } from './capacity.js';
import { regionsOfLanguage } from './regions.js';
import type { RankedWiki, WikiStatistics } from './types.js';

/** Open wikis whose statistics were read before `staleBefore` ('YYYY-MM-DD'), stalest first. */
export async function staleWikis(db: Db, staleBefore: string, limit: number): Promise<{ dbname: string; url: string }[]> {
  return db.selectFrom('wiki_stats as s').innerJoin('wikis as w', 'w.dbname', 's.dbname')
    .select(['w.dbname', 'w.url'])
    .where('w.closed', '=', false).where('s.as_of', '<', staleBefore)
    .orderBy('s.as_of').orderBy('w.dbname').limit(limit).execute();
}

/** Every wiki with statistics, with its address and language. A few hundred rows. */
export async function listWikiStatistics(db: Db): Promise<{ url: string; lang: string; stats: WikiStatistics }[]> {
  const rows = await db.selectFrom('wiki_stats as s').innerJoin('wikis as w', 'w.dbname', 's.dbname')
    .select(['s.dbname', 's.articles', 's.pages', 's.edits', 's.admins', 's.users', 's.active_users', 's.files', 's.as_of', 's.source', 'w.url', 'w.lang'])
    .execute();
  return rows.map((r) => ({
    url: r.url, lang: r.lang,
    stats: {
      dbname: r.dbname, articles: r.articles, pages: r.pages, edits: Number(r.edits), admins: r.admins, users: r.users,
      activeUsers: r.active_users, files: r.files, asOf: r.as_of, source: r.source,
    },
  }));
}

/**
 * Per wiki, the members who share a technical skill (the 'technical' category or anything under it)
 * and list the wiki among their home wikis. Only people whose skills and home wikis ('about') are both
 * public count, as on skill pages: the finder is public and the same for every viewer.
 */
export async function technicalSharersByWiki(db: Db): Promise<Map<string, number>> {
  const technical = await db.selectFrom('skills').select('id').where('slug', '=', 'technical').where('parent_id', 'is', null).executeTakeFirst();
  if (!technical) return new Map();
  // skill_scopes holds skill_id * 4 + kind for every broader skill too (migration 0002); kind 0 is 'share'.
  const { rows } = await sql<{ dbname: string; n: number }>`
    select pw.dbname, count(*)::int as n
    from people p join person_wikis pw on pw.person_id = p.id
    where p.skill_scopes && ${[technical.id * 4]}::int[] and p.vis_skills = 0 and p.vis_about = 0
    group by pw.dbname`.execute(db);
  return new Map(rows.map((r) => [r.dbname, r.n]));
}

/** Every wiki with its index, most underserved first, ranked 1…n. Pure. */
export function rankWikis(wikis: { url: string; lang: string; stats: WikiStatistics }[], sharers: Map<string, number>): RankedWiki[] {
  const scored = wikis.map((w) => {
    const technicalSharers = sharers.get(w.stats.dbname) ?? 0;
    return {
      dbname: w.stats.dbname, url: w.url, lang: w.lang, regions: regionsOfLanguage(w.lang), stats: w.stats, technicalSharers,
      sizeClass: sizeClass(w.stats.articles),
      index: capacityIndex({ articles: w.stats.articles, activeUsers: w.stats.activeUsers, admins: w.stats.admins, technicalSharers }),
      rank: 0,
    };
  });
  scored.sort((a, b) => compareUnderserved(
    { index: a.index, admins: a.stats.admins, activeUsers: a.stats.activeUsers, dbname: a.dbname },
    { index: b.index, admins: b.stats.admins, activeUsers: b.stats.activeUsers, dbname: b.dbname },
  ));
  scored.forEach((w, i) => { w.rank = i + 1; });
  return scored;
}
