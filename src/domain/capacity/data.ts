import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import { skillScopes } from '../people/facets.js';

// Needs and offers counted for the capacity map and its gaps. Privacy: only people whose skills are
// public are counted (what an anonymous visitor could see on their profile), for every viewer, so one
// cached figure serves everyone; a person is placed in a country or region only when their location is
// public too (otherwise their needs and offers count toward "not on the map"). Languages are matched only
// when public, and a person is listed by name only when both their skills and their languages are public.

/** Needs and offers at one place; `country` and `region` are null for people whose place is not public or not given. */
export interface PlaceCounts { country: string | null; region: string | null; needs: number; offers: number }

/**
 * Needs (people who want to learn the skills, plus open mentorship requests) and offers (people who
 * share them, plus mentors offering them with room left and not away) per country and region.
 * `roots` are the chosen skill, or every category for all skills; `skillIds` are those and everything
 * narrower (mentorship requests and offers name single skills).
 */
export async function capacityByPlace(db: Db, roots: number[], skillIds: number[], today: string): Promise<PlaceCounts[]> {
  const learn = roots.flatMap((id) => skillScopes(id, ['learn']));
  const share = roots.flatMap((id) => skillScopes(id, ['share']));
  const rows = await sql<PlaceCounts>`
    with counted as (
      select case when p.vis_location = 0 then p.country end as country, case when p.vis_location = 0 then p.region end as region,
             (p.skill_scopes && ${learn}::int[])::int as needs, (p.skill_scopes && ${share}::int[])::int as offers
      from people p where p.vis_skills = 0 and p.skill_scopes && ${[...learn, ...share]}::int[]
      union all
      select case when p.vis_location = 0 then p.country end, case when p.vis_location = 0 then p.region end, 1, 0
      from mentorship_requests r join people p on p.id = r.learner_id
      where r.status = 'open' and r.skill_id = any(${skillIds}::int[]) and p.vis_skills = 0
      union all
      select case when p.vis_location = 0 then p.country end, case when p.vis_location = 0 then p.region end, 0, 1
      from mentor_offers m join people p on p.id = m.person_id
      where m.capacity > 0 and (m.away_until is null or m.away_until <= ${today}::date) and p.vis_skills = 0
        and (m.skill_ids && ${skillIds}::int[] or (cardinality(m.skill_ids) = 0 and p.skill_scopes && ${share}::int[]))
    )
    select country, region, sum(needs)::int as needs, sum(offers)::int as offers from counted group by 1, 2`.execute(db);
  return rows.rows.map((r) => ({ ...r, country: r.country?.trim() ?? null }));
}

export interface RegionSkillCounts { region: string; skillId: number; needs: number; offers: number }

/**
 * Needs and offers per Wikimedia region and single skill (as people named it, narrower skills not
 * rolled up, so that a gap points at something specific), for every skill at once.
 */
export async function capacityByRegionAndSkill(db: Db, today: string): Promise<RegionSkillCounts[]> {
  const rows = await sql<RegionSkillCounts>`
    with counted as (
      select p.region, ps.skill_id, (ps.kind = 'learn')::int as needs, (ps.kind = 'share')::int as offers
      from person_skills ps join people p on p.id = ps.person_id
      where ps.kind in ('share', 'learn') and p.vis_skills = 0 and p.vis_location = 0 and p.region is not null
      union all
      select p.region, r.skill_id, 1, 0 from mentorship_requests r join people p on p.id = r.learner_id
      where r.status = 'open' and p.vis_skills = 0 and p.vis_location = 0 and p.region is not null
      union all
      select p.region, coalesce(s.id, ps.skill_id), 0, 1
      from mentor_offers m join people p on p.id = m.person_id
        left join lateral unnest(m.skill_ids) s(id) on true
        left join person_skills ps on cardinality(m.skill_ids) = 0 and ps.person_id = m.person_id and ps.kind = 'share'
      where m.capacity > 0 and (m.away_until is null or m.away_until <= ${today}::date)
        and p.vis_skills = 0 and p.vis_location = 0 and p.region is not null and coalesce(s.id, ps.skill_id) is not null
    )
    select region, skill_id as "skillId", sum(needs)::int as needs, sum(offers)::int as offers
    from counted group by 1, 2`.execute(db);
  return rows.rows;
}

export interface SupportPerson { username: string; displayName: string; regional: boolean; languages: string[] }
export interface SupportCommunity { slug: string; name: string; regional: boolean; sharers: number; languages: string[] }

/** At most this many people from the region and as many from elsewhere, per gap. */
const SUPPORT_PEOPLE_EACH = 2;
const SUPPORT_COMMUNITIES = 3;

/**
 * Who could help with a gap in `region`: people who share the skill (or a narrower one) and speak one
 * of `languages`: a few living in the region first, then a few from anywhere else.
 */
export async function supportPeople(db: Db, region: string, skillId: number, languages: string[]): Promise<SupportPerson[]> {
  if (!languages.length) return [];
  const share = skillScopes(skillId, ['share']);
  const rows = await sql<SupportPerson>`
    with candidates as (
      select p.id, p.username, p.display_name, p.languages, (p.region = ${region} and p.vis_location = 0) as regional
      from people p
      where p.vis_skills = 0 and p.vis_languages = 0 and p.skill_scopes && ${share}::int[] and p.languages && ${languages}::text[]
    )
    select username, display_name as "displayName", regional,
           array(select l from unnest(languages) l where l = any(${languages}::text[]) order by l) as languages
    from ((select * from candidates where regional order by id limit ${SUPPORT_PEOPLE_EACH})
          union all (select * from candidates where not regional order by id limit ${SUPPORT_PEOPLE_EACH})) c
    order by regional desc, id`.execute(db);
  return rows.rows;
}

/**
 * Communities whose members share the skill (counting members whose skills are public) and that work
 * in one of `languages`; those with a country in the region first, then by how many members share it.
 */
export async function supportCommunities(db: Db, region: string, skillId: number, languages: string[]): Promise<SupportCommunity[]> {
  if (!languages.length) return [];
  const share = skillScopes(skillId, ['share']);
  const rows = await sql<SupportCommunity>`
    select c.slug, c.name,
           exists (select 1 from community_countries cc join countries k on k.code = cc.country
                   where cc.community_id = c.id and k.region = ${region}) as regional,
           count(*)::int as sharers,
           array(select cl.lang from community_languages cl where cl.community_id = c.id and cl.lang = any(${languages}::text[]) order by cl.lang) as languages
    from communities c join community_members m on m.community_id = c.id join people p on p.id = m.person_id
    where p.vis_skills = 0 and p.skill_scopes && ${share}::int[]
      and exists (select 1 from community_languages cl where cl.community_id = c.id and cl.lang = any(${languages}::text[]))
    group by c.id
    order by regional desc, sharers desc, c.name, c.id limit ${SUPPORT_COMMUNITIES}`.execute(db);
  return rows.rows;
}

/** Countries and their Wikimedia region codes. */
export async function countryRegions(db: Db): Promise<{ code: string; region: string | null }[]> {
  return db.selectFrom('countries').select(['code', 'region']).execute();
}
