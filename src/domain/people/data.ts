import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import { VISIBILITIES, type ContactKind, type OfferKind, type Profile, type Section, type SkillKind } from './types.js';

function visibilityOf(row: Record<`vis_${Section}`, number>): Profile['visibility'] {
  return {
    about: VISIBILITIES[row.vis_about], languages: VISIBILITIES[row.vis_languages], location: VISIBILITIES[row.vis_location],
    availability: VISIBILITIES[row.vis_availability], skills: VISIBILITIES[row.vis_skills], contact: VISIBILITIES[row.vis_contact],
  };
}

/** The whole profile, unfiltered: callers show only what people/policy.ts allows. */
export async function getProfile(db: Db, by: { id: number } | { username: string }): Promise<Profile | undefined> {
  const row = await db.selectFrom('people').selectAll()
    .where((eb) => ('id' in by ? eb('id', '=', by.id) : eb('username', '=', by.username)))
    .executeTakeFirst();
  if (!row) return undefined;
  const [languages, wikis, skills, contacts, offers] = await Promise.all([
    db.selectFrom('person_languages').select(['lang as code', 'level']).where('person_id', '=', row.id).orderBy('level', 'desc').orderBy('lang').execute(),
    db.selectFrom('person_wikis as pw').innerJoin('wikis as w', 'w.dbname', 'pw.dbname')
      .select(['w.dbname', 'w.url', 'w.english_name as name']).where('pw.person_id', '=', row.id).orderBy('w.dbname').execute(),
    db.selectFrom('person_skills as ps').innerJoin('skills as s', 's.id', 'ps.skill_id')
      .select(['ps.skill_id as skillId', 's.slug', 'ps.kind', 'ps.level']).where('ps.person_id', '=', row.id)
      .orderBy('ps.kind').orderBy('ps.level', 'desc').execute(),
    db.selectFrom('person_contacts').select(['kind', 'value']).where('person_id', '=', row.id).orderBy('id').execute(),
    db.selectFrom('person_offers').select(['id', 'kind', 'skill_id as skillId', 'description']).where('person_id', '=', row.id).orderBy('id').execute(),
  ]);
  return {
    id: row.id, username: row.username, displayName: row.display_name, role: row.role, bio: row.bio,
    affiliations: row.affiliations, timeZone: row.time_zone, country: row.country, region: row.region,
    availabilityLocal: row.availability_local, availabilityUtc: row.availability_utc,
    languages, wikis, skills: skills.map((s) => ({ ...s, kind: s.kind as SkillKind })),
    contacts: contacts.map((c) => ({ kind: c.kind as ContactKind, value: c.value })),
    offers: offers.map((o) => ({ ...o, kind: o.kind as OfferKind })),
    visibility: visibilityOf(row), createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

export interface DirectoryFilters {
  /** Words to find in names (and in bios the viewer may see); each word matches as a prefix. */
  text: string;
  /** A skill and its narrower skills. */
  skillIds: number[] | null;
  kind: 'any' | 'share' | 'learn';
  lang: string | null;
  region: string | null;
  /** The viewer's UTC availability, to require at least `minOverlapHours` in common. */
  overlapWith: string | null;
  minOverlapHours: number;
}

export interface DirectoryEntry {
  id: number;
  username: string;
  displayName: string;
  region: string | null;
  languages: { code: string; level: number }[];
  shares: { skillId: number; level: number }[];
  learns: { skillId: number; level: number }[];
  /** How many skills the viewer wants to learn that this person can teach (0 when anonymous). */
  helpsViewer: number;
}

export const DIRECTORY_PAGE_SIZE = 20;

/** Lexemes of a prefix query for to_tsquery, with the query syntax's own characters removed. */
function prefixQuery(text: string): string | null {
  const words = text.split(/\s+/).map((w) => w.replace(/[':&|!()<>*\\]/g, '')).filter(Boolean).slice(0, 8);
  return words.length ? words.map((w) => `'${w}':*`).join(' & ') : null;
}

/**
 * One page of the directory. Everything a filter touches respects the viewer's level (0 anonymous,
 * 1 member, 2 self), so a private section can neither be seen nor be used to find someone.
 * People who can teach the viewer what they want to learn come first.
 */
export async function searchDirectory(
  db: Db, filters: DirectoryFilters, viewer: { id: number } | null, page: number,
): Promise<{ total: number; entries: DirectoryEntry[] }> {
  const level = viewer ? 1 : 0;
  const tsquery = prefixQuery(filters.text);
  const conditions = [sql`true`];
  if (tsquery) {
    conditions.push(sql`p.search_vector @@ to_tsquery('simple', ${tsquery})
      and (p.vis_about <= ${level} or to_tsvector('simple', p.username || ' ' || p.display_name) @@ to_tsquery('simple', ${tsquery}))`);
  }
  if (filters.skillIds) {
    const kinds = filters.kind === 'any' ? ['share', 'learn', 'known'] : [filters.kind];
    conditions.push(sql`p.vis_skills <= ${level} and exists (select 1 from person_skills ps where ps.person_id = p.id
      and ps.skill_id = any(${filters.skillIds}::int[]) and ps.kind = any(${kinds}::text[]))`);
  } else if (filters.kind !== 'any') {
    conditions.push(sql`p.vis_skills <= ${level} and exists (select 1 from person_skills ps where ps.person_id = p.id and ps.kind = ${filters.kind})`);
  }
  if (filters.lang) {
    conditions.push(sql`p.vis_languages <= ${level} and exists (select 1 from person_languages pl where pl.person_id = p.id and pl.lang = ${filters.lang})`);
  }
  if (filters.region) conditions.push(sql`p.vis_location <= ${level} and p.region = ${filters.region}`);
  if (filters.overlapWith) {
    // "Available when I am" is about other people, so the viewer is left out.
    conditions.push(sql`p.id <> ${viewer?.id ?? 0} and p.vis_availability <= ${level}
      and bit_count(p.availability_utc & ${filters.overlapWith}::bit(336)) >= ${filters.minOverlapHours * 2}`);
  }
  const where = sql.join(conditions, sql` and `);

  // Skills the viewer wants to learn, with narrower ones, and the level they have now.
  const viewerId = viewer?.id ?? 0;
  const helpers = sql`
    with recursive wanted(id, level) as (
      select skill_id, level from person_skills where person_id = ${viewerId} and kind = 'learn'
      union
      select s.id, w.level from skills s join wanted w on s.parent_id = w.id
    )
    select ps.person_id, count(distinct ps.skill_id)::int as helps
    from person_skills ps join wanted w on w.id = ps.skill_id
    where ps.kind = 'share' and ps.level > w.level and ps.person_id <> ${viewerId}
    group by ps.person_id`;

  const offset = (page - 1) * DIRECTORY_PAGE_SIZE;
  const order = tsquery ? sql`ts_rank(p.search_vector, to_tsquery('simple', ${tsquery})) desc, p.id` : sql`p.id`;
  // Helpers first (a small set, sorted), then everyone else in a stable order read straight off an
  // index, so a page never sorts the whole table.
  const [count, page_] = await Promise.all([
    sql<{ total: number }>`select count(*) as total from people p where ${where}`.execute(db),
    sql<{ id: number; helps: number }>`
      with h as (${helpers})
      (select p.id, h.helps from h join people p on p.id = h.person_id where p.vis_skills <= ${level} and ${where}
        order by h.helps desc, ${order})
      union all
      (select p.id, 0 from people p where ${where}
        and not exists (select 1 from h where h.person_id = p.id and p.vis_skills <= ${level})
        order by ${order})
      limit ${DIRECTORY_PAGE_SIZE} offset ${offset}`.execute(db),
  ]);
  const ids = page_.rows.map((r) => r.id);
  if (!ids.length) return { total: count.rows[0].total, entries: [] };

  const [people, languages, skills] = await Promise.all([
    db.selectFrom('people').select(['id', 'username', 'display_name', 'region', 'vis_location', 'vis_languages', 'vis_skills'])
      .where('id', 'in', ids).execute(),
    db.selectFrom('person_languages').select(['person_id', 'lang', 'level']).where('person_id', 'in', ids).orderBy('level', 'desc').execute(),
    db.selectFrom('person_skills').select(['person_id', 'skill_id', 'kind', 'level']).where('person_id', 'in', ids)
      .where('kind', 'in', ['share', 'learn']).orderBy('level', 'desc').execute(),
  ]);
  const byId = new Map(people.map((p) => [p.id, p]));
  const entries = page_.rows.map(({ id, helps }): DirectoryEntry => {
    const p = byId.get(id)!;
    const mySkills = p.vis_skills <= level ? skills.filter((s) => s.person_id === id) : [];
    return {
      id, username: p.username, displayName: p.display_name,
      region: p.vis_location <= level ? p.region : null,
      languages: p.vis_languages <= level ? languages.filter((l) => l.person_id === id).map((l) => ({ code: l.lang, level: l.level })) : [],
      shares: mySkills.filter((s) => s.kind === 'share').map((s) => ({ skillId: s.skill_id, level: s.level })),
      learns: mySkills.filter((s) => s.kind === 'learn').map((s) => ({ skillId: s.skill_id, level: s.level })),
      helpsViewer: helps,
    };
  });
  return { total: count.rows[0].total, entries };
}

export async function countPeople(db: Db): Promise<{ people: number; languages: number; wikis: number }> {
  const row = await sql<{ people: number; languages: number; wikis: number }>`
    select (select count(*) from people) as people,
           (select count(distinct lang) from person_languages) as languages,
           (select count(distinct dbname) from person_wikis) as wikis`.execute(db);
  return row.rows[0];
}

/** Languages people list (publicly), most common first: the directory's language filter. */
export async function languagesInUse(db: Db, limit = 150): Promise<string[]> {
  const rows = await sql<{ lang: string }>`
    select pl.lang from person_languages pl join people p on p.id = pl.person_id
    where p.vis_languages = 0 group by pl.lang order by count(*) desc, pl.lang limit ${limit}`.execute(db);
  return rows.rows.map((r) => r.lang);
}

/** The viewer's own UTC availability, if they gave any. */
export async function availabilityOf(db: Db, personId: number): Promise<string | null> {
  const row = await db.selectFrom('people').select('availability_utc').where('id', '=', personId).executeTakeFirst();
  return row && row.availability_utc.includes('1') ? row.availability_utc : null;
}
