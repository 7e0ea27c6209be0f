import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { Community, CommunityKind, CommunityPerson, CommunitySummary, MemberRole } from './types.js';

export const COMMUNITY_PAGE_SIZE = 20;
/** How many members (besides organizers) a community's page reads; the rest are counted. */
export const MEMBER_SAMPLE = 200;

export interface CommunityFilters {
  kind: CommunityKind | null;
  region: string | null;
  lang: string | null;
  /** Words to find in the name or description. */
  text: string;
}

/** Communities by name, one page at a time, reading one row past the page to know whether another follows. */
export async function listCommunities(db: Db, filters: CommunityFilters, page: number): Promise<{ communities: CommunitySummary[]; hasNext: boolean }> {
  let query = db.selectFrom('communities as c')
    .select(['c.id', 'c.slug', 'c.name', 'c.kind', 'c.description'])
    .select(sql<string[]>`array(select cl.lang from community_languages cl where cl.community_id = c.id order by cl.lang)`.as('languages'))
    .select(sql<string[]>`array(select distinct co.region from community_countries cc join countries co on co.code = cc.country
      where cc.community_id = c.id and co.region is not null order by co.region)`.as('regions'))
    .select(sql<number>`(select count(*)::int from community_members cm where cm.community_id = c.id)`.as('memberCount'));
  if (filters.kind) query = query.where('c.kind', '=', filters.kind);
  if (filters.lang) query = query.where(sql<boolean>`exists (select 1 from community_languages cl where cl.community_id = c.id and cl.lang = ${filters.lang})`);
  if (filters.region) {
    query = query.where(sql<boolean>`exists (select 1 from community_countries cc join countries co on co.code = cc.country
      where cc.community_id = c.id and co.region = ${filters.region})`);
  }
  for (const word of filters.text.split(/\s+/).filter(Boolean).slice(0, 8)) {
    const pattern = `%${word.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    query = query.where((eb) => eb.or([eb('c.name', 'ilike', pattern), eb('c.slug', 'ilike', pattern), eb('c.description', 'ilike', pattern)]));
  }
  const rows = await query.orderBy(sql`lower(c.name)`).orderBy('c.id')
    .limit(COMMUNITY_PAGE_SIZE + 1).offset((page - 1) * COMMUNITY_PAGE_SIZE).execute();
  return { communities: rows.slice(0, COMMUNITY_PAGE_SIZE), hasNext: rows.length > COMMUNITY_PAGE_SIZE };
}

/** One community with its wikis, languages, countries, channels and people; callers show members as policy.ts allows. */
export async function getCommunityBySlug(db: Db, slug: string): Promise<Community | undefined> {
  const row = await db.selectFrom('communities').selectAll().where('slug', '=', slug.toLowerCase()).executeTakeFirst();
  if (!row) return undefined;
  const people = (role: MemberRole, limit: number) => db.selectFrom('community_members as cm').innerJoin('people as p', 'p.id', 'cm.person_id')
    .select(['p.id', 'p.username', 'p.display_name as displayName', 'p.vis_about as aboutVisibility'])
    .where('cm.community_id', '=', row.id).where('cm.role', '=', role)
    .orderBy('cm.joined_at').orderBy('p.id').limit(limit).execute();
  const [wikis, languages, countries, channels, organizers, members, count] = await Promise.all([
    db.selectFrom('community_wikis as cw').innerJoin('wikis as w', 'w.dbname', 'cw.dbname')
      .select(['w.dbname', 'w.url', 'w.english_name as name', 'w.closed']).where('cw.community_id', '=', row.id).orderBy('w.dbname').execute(),
    db.selectFrom('community_languages').select('lang').where('community_id', '=', row.id).orderBy('lang').execute(),
    db.selectFrom('community_countries as cc').innerJoin('countries as co', 'co.code', 'cc.country')
      .select(['co.code', 'co.name', 'co.region']).where('cc.community_id', '=', row.id).orderBy('co.name').execute(),
    db.selectFrom('community_channels').select(['id', 'kind', 'label', 'url']).where('community_id', '=', row.id).orderBy('id').execute(),
    people('organizer', 100),
    people('member', MEMBER_SAMPLE),
    db.selectFrom('community_members').select((eb) => eb.fn.countAll<string>().as('n')).where('community_id', '=', row.id).executeTakeFirstOrThrow(),
  ]);
  return {
    id: row.id, slug: row.slug, name: row.name, kind: row.kind as CommunityKind, description: row.description,
    createdBy: row.created_by, createdAt: row.created_at, updatedAt: row.updated_at,
    wikis, languages: languages.map((l) => l.lang), countries, channels,
    organizers: organizers as CommunityPerson[], members: members as CommunityPerson[], memberCount: Number(count.n),
  };
}

/** The viewer's role in a community, or null when they are not in it. */
export async function membershipOf(db: Db, communityId: number, personId: number): Promise<MemberRole | null> {
  const row = await db.selectFrom('community_members').select('role')
    .where('community_id', '=', communityId).where('person_id', '=', personId).executeTakeFirst();
  return row?.role ?? null;
}

/** Languages that communities list, for the list's filter. */
export async function communityLanguagesInUse(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('community_languages').select('lang').groupBy('lang').orderBy(sql`count(*)`, 'desc').orderBy('lang').limit(150).execute();
  return rows.map((r) => r.lang);
}

/** The communities a person belongs to, for their data export. */
export async function exportCommunityMemberships(db: Db, personId: number) {
  return db.selectFrom('community_members as m').innerJoin('communities as c', 'c.id', 'm.community_id')
    .select(['c.slug as community', 'm.role', 'm.joined_at']).where('m.person_id', '=', personId).orderBy('c.slug').execute();
}
