import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/connection.js';
import { subtreeIds } from '../skills/data.js';
import type { SkillTree } from '../skills/types.js';
import { decodeSkillFacet, kindCode, skillFacets, skillScopes } from './facets.js';
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
  /** A skill; people with narrower skills under it are found too. */
  skillId: number | null;
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
  /** Language codes, best spoken first. */
  languages: string[];
  shares: { skillId: number; level: number }[];
  learns: { skillId: number; level: number }[];
  /** How many skills the viewer wants to learn that this person can teach (0 when anonymous). */
  helpsViewer: number;
}

export const DIRECTORY_PAGE_SIZE = 20;
/**
 * A search reads this many matches ahead of the page it shows: enough to say "37 people found", or
 * "more than 100", without a separate count that would scan every match of a broad search.
 */
export const DIRECTORY_LOOKAHEAD = 100;

/** Lexemes of a prefix query for to_tsquery, with the query syntax's own characters removed. */
function prefixQuery(text: string): string | null {
  const words = text.split(/\s+/).map((w) => w.replace(/[':&|!()<>*\\]/g, '')).filter(Boolean).slice(0, 8);
  return words.length ? words.map((w) => `'${w}':*`).join(' & ') : null;
}

/** What the directory needs to match a signed-in viewer: their UTC availability and what they want to learn. */
export async function matchingNeeds(db: Db, personId: number): Promise<{ availabilityUtc: string | null; learning: { skillId: number; level: number }[] }> {
  const row = await db.selectFrom('people as p').where('p.id', '=', personId)
    .select(['p.availability_utc'])
    .select(sql<{ skillId: number; level: number }[]>`coalesce((select json_agg(json_build_object('skillId', ps.skill_id, 'level', ps.level))
      from person_skills ps where ps.person_id = p.id and ps.kind = 'learn'), '[]')`.as('learning'))
    .executeTakeFirst();
  if (!row) return { availabilityUtc: null, learning: [] };
  return { availabilityUtc: row.availability_utc.includes('1') ? row.availability_utc : null, learning: row.learning };
}

/**
 * The skills a person wants to learn, with every narrower skill, each with the level they have now:
 * a sharer helps if their level is above it.
 */
export function wantedSkills(learning: { skillId: number; level: number }[], tree: SkillTree): Map<number, number> {
  const wanted = new Map<number, number>();
  for (const { skillId, level } of learning) {
    for (const id of tree.byId.has(skillId) ? subtreeIds(tree, skillId) : []) {
      wanted.set(id, Math.min(wanted.get(id) ?? level, level));
    }
  }
  return wanted;
}

export interface DirectoryViewer {
  id: number;
  /** From wantedSkills: skill id → the viewer's current level. */
  wanted: Map<number, number>;
}

/**
 * One page of the directory. Everything a filter touches respects the viewer's level (0 anonymous,
 * 1 member), so a hidden section can neither be seen nor be used to find someone. People who can
 * teach the viewer what they want to learn come first.
 */
export async function searchDirectory(
  db: Db, filters: DirectoryFilters, viewer: DirectoryViewer | null, page: number,
): Promise<{ total: number; totalIsCapped: boolean; entries: DirectoryEntry[] }> {
  // total: every match when known (totalIsCapped false), else the number there are more than.
  const level = viewer ? 1 : 0;
  const tsquery = prefixQuery(filters.text);
  const conditions = [sql`true`];
  if (tsquery) {
    conditions.push(sql`p.search_vector @@ to_tsquery('simple', ${tsquery})
      and (p.vis_about <= ${level} or to_tsvector('simple', p.username || ' ' || p.display_name) @@ to_tsquery('simple', ${tsquery}))`);
  }
  const kinds: SkillKind[] = filters.kind === 'any' ? ['share', 'learn', 'known'] : [filters.kind];
  if (filters.skillId) {
    conditions.push(sql`p.vis_skills <= ${level} and p.skill_scopes && ${skillScopes(filters.skillId, kinds)}::int[]`);
  } else if (filters.kind !== 'any') {
    conditions.push(sql`p.vis_skills <= ${level} and exists (select 1 from unnest(p.skill_facets) f where f / 4 % 4 = ${kindCode(filters.kind)})`);
  }
  if (filters.lang) conditions.push(sql`p.vis_languages <= ${level} and p.languages @> array[${filters.lang}]::text[]`);
  if (filters.region) conditions.push(sql`p.vis_location <= ${level} and p.region = ${filters.region}`);
  if (filters.overlapWith) {
    // "Available when I am" is about other people, so the viewer is left out.
    conditions.push(sql`p.id <> ${viewer?.id ?? 0} and p.vis_availability <= ${level}
      and bit_count(p.availability_utc & ${filters.overlapWith}::bit(336)) >= ${filters.minOverlapHours * 2}`);
  }
  const where = sql.join(conditions, sql` and `);
  const order = tsquery ? sql`ts_rank(p.search_vector, to_tsquery('simple', ${tsquery})) desc, p.id` : sql`p.id`;
  const offset = (page - 1) * DIRECTORY_PAGE_SIZE;
  const ahead = DIRECTORY_LOOKAHEAD + 1;
  const enough = offset + ahead;

  // Facets of sharing a wanted skill above the viewer's level in it.
  const teaching = viewer ? [...viewer.wanted].flatMap(([skillId, mine]) => skillFacets([skillId], ['share'], mine + 1)) : [];
  let pageQuery: RawBuilder<{ id: number; helps: number }>;
  if (!teaching.length) {
    // Read straight off the primary key (or the text index) and stop after one page.
    pageQuery = sql<{ id: number; helps: number }>`
      select p.id, 0 as helps from people p where ${where} order by ${order} limit ${ahead} offset ${offset}`;
  } else {
    // Helpers first, then everyone else, each in the usual order so that both halves stop early
    // (ranking helpers by how many skills they teach would read every helper: thousands with 100,000
    // people). How many wanted skills each teaches is counted for the page's badge; a person has one
    // level per skill and kind, so matching facets are distinct skills. Helpers are read only one past
    // this page: with a narrow filter they are rare, and reading 100 ahead walked tens of thousands of
    // rows. Rows past that come from everyone else and serve only to count (see `total` below).
    const helps = sql`(select count(*) from unnest(p.skill_facets) f where f = any(${teaching}::int[]))`;
    const isHelper = sql`(p.id <> ${viewer!.id} and p.vis_skills <= ${level} and p.skill_facets && ${teaching}::int[])`;
    pageQuery = sql<{ id: number; helps: number }>`
      (select p.id, ${helps} as helps from people p where ${isHelper} and ${where} order by ${order}
        limit ${offset + DIRECTORY_PAGE_SIZE + 1})
      union all
      (select p.id, 0 from people p where ${where} and not ${isHelper} order by ${order} limit ${enough})
      limit ${ahead} offset ${offset}`;
  }
  // One round trip: the matches ahead, counted, and the details of this page's people (languages best spoken first).
  const people = await sql<{
    found: number; helpers_found: number; id: number; helps: number; username: string; display_name: string; region: string | null;
    vis_location: number; vis_languages: number; vis_skills: number; skill_facets: number[]; langs: string[];
  }>`
    with page as materialized (select q.id, q.helps, row_number() over () as n from (${pageQuery}) q)
    select (select count(*) from page) as found, (select count(*) from page where helps > 0) as helpers_found, p.id, page.helps, p.username, p.display_name, p.region,
      p.vis_location, p.vis_languages, p.vis_skills, p.skill_facets,
      array(select pl.lang from person_languages pl where pl.person_id = p.id order by pl.level desc, pl.lang) as langs
    from page join people p on p.id = page.id where page.n <= ${DIRECTORY_PAGE_SIZE} order by page.n`.execute(db);
  // Every row read is a distinct match, so `found` is always a lower bound; it is the exact count unless
  // the lookahead filled up or the helpers were cut one past this page. Then the page says "more than".
  const found = people.rows[0]?.found ?? 0;
  const helpersCut = (people.rows[0]?.helpers_found ?? 0) > DIRECTORY_PAGE_SIZE;
  const totalIsCapped = found > DIRECTORY_LOOKAHEAD || helpersCut;
  // Past the last match nothing is known of the total; the page then simply shows no one.
  const total = !found ? 0 : totalIsCapped ? offset + Math.min(found - 1, DIRECTORY_LOOKAHEAD) : offset + found;
  const entries = people.rows.map((p): DirectoryEntry => {
    const skills = p.vis_skills <= level ? p.skill_facets.map(decodeSkillFacet).sort((a, b) => b.level - a.level) : [];
    return {
      id: p.id, username: p.username, displayName: p.display_name,
      region: p.vis_location <= level ? p.region : null,
      languages: p.vis_languages <= level ? p.langs : [],
      shares: skills.filter((s) => s.kind === 'share').map((s) => ({ skillId: s.skillId, level: s.level })),
      learns: skills.filter((s) => s.kind === 'learn').map((s) => ({ skillId: s.skillId, level: s.level })),
      helpsViewer: p.helps,
    };
  });
  return { total, totalIsCapped, entries };
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

/** The viewer's zone for showing times, when their profile has one. */
export async function personTimeZone(db: Db, personId: number): Promise<string | null> {
  const row = await db.selectFrom('people').select('time_zone').where('id', '=', personId).executeTakeFirst();
  return row?.time_zone ?? null;
}

/** The ways the wikis read a typed username: underscores are spaces, and the first letter may be a capital. */
export function usernameForms(typed: string): string[] {
  const spaced = typed.trim().replace(/_/g, ' ').replace(/\s+/g, ' ');
  return [...new Set([spaced, spaced.charAt(0).toUpperCase() + spaced.slice(1)])];
}
