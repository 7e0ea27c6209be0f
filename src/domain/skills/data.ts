import fallbacks from 'banana-i18n/src/languages/fallbacks.json' with { type: 'json' };
import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import { ValidationError } from '../../errors.js';
import { CATEGORIES, type Category, type Skill, type SkillTree } from './types.js';

/** Languages whose labels may stand in for `lang`, best first (MediaWiki's fallbacks, then English). */
function labelLanguages(lang: string): string[] {
  return [...new Set([lang, ...(fallbacks[lang] ?? []), 'en'])];
}

/** The whole live taxonomy (merged skills left out) with labels in `lang`; a few hundred rows at most. */
export async function loadSkillTree(db: Db, lang: string): Promise<SkillTree> {
  const langs = labelLanguages(lang);
  const rows = await db
    .selectFrom('skills as s')
    .leftJoin('skill_labels as l', (join) => join.onRef('l.skill_id', '=', 's.id').on('l.lang', 'in', langs))
    .select(['s.id', 's.slug', 's.parent_id', 's.category', 's.wikidata_qid', 'l.lang', 'l.label'])
    .where('s.merged_into', 'is', null)
    .execute();
  const byId = new Map<number, Skill & { rank: number }>();
  for (const row of rows) {
    const rank = row.lang ? langs.indexOf(row.lang) : langs.length;
    const existing = byId.get(row.id);
    if (existing && existing.rank <= rank) continue;
    byId.set(row.id, {
      id: row.id, slug: row.slug, parentId: row.parent_id, category: row.category as Category,
      wikidataQid: row.wikidata_qid, label: row.label ?? row.slug, depth: 0, rank,
    });
  }
  const children = new Map<number | null, Skill[]>();
  for (const skill of byId.values()) {
    const list = children.get(skill.parentId) ?? [];
    list.push(skill);
    children.set(skill.parentId, list);
  }
  const collator = new Intl.Collator(lang);
  const skills: Skill[] = [];
  const walk = (parentId: number | null, depth: number) => {
    const list = (children.get(parentId) ?? []).sort((a, b) => collator.compare(a.label, b.label));
    if (parentId === null) list.sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
    for (const skill of list) {
      skill.depth = depth;
      skills.push(skill);
      walk(skill.id, depth + 1);
    }
  };
  walk(null, 0);
  return { skills, byId, bySlug: new Map(skills.map((s) => [s.slug, s])), children };
}

const trees = new WeakMap<Db, Map<string, { revision: number; tree: Promise<SkillTree> }>>();

/**
 * The taxonomy for pages: kept in memory per language and rebuilt when the taxonomy's revision
 * (bumped by a trigger on any change, by any process) moves on. Costs one one-row read per call.
 */
export async function getSkillTree(db: Db, lang: string): Promise<SkillTree> {
  const { revision } = await db.selectFrom('taxonomy_revision').select('revision').executeTakeFirstOrThrow();
  let byLang = trees.get(db);
  if (!byLang) trees.set(db, (byLang = new Map()));
  const cached = byLang.get(lang);
  if (cached?.revision === revision) return cached.tree;
  const tree = loadSkillTree(db, lang);
  byLang.set(lang, { revision, tree });
  tree.catch(() => byLang.delete(lang));
  return tree;
}


/** The skill and every narrower skill below it. */
export function subtreeIds(tree: SkillTree, skillId: number): number[] {
  const ids: number[] = [];
  const visit = (id: number) => {
    ids.push(id);
    for (const child of tree.children.get(id) ?? []) visit(child.id);
  };
  visit(skillId);
  return ids;
}

/** The live skill a slug names, following merges (an old slug keeps working after a merge). */
export async function resolveSkillSlug(db: Db, slug: string): Promise<{ id: number; slug: string } | undefined> {
  const found = await sql<{ id: number; slug: string }>`
    with recursive chain(id, slug, merged_into, hops) as (
      select id, slug, merged_into, 0 from skills where slug = ${slug}
      union all
      select s.id, s.slug, s.merged_into, c.hops + 1 from skills s join chain c on s.id = c.merged_into where c.hops < 20
    )
    select id, slug from chain where merged_into is null limit 1`.execute(db);
  return found.rows[0];
}

/** The skill a list's filter names, following merges so old links keep working; an unknown slug is bad input. */
export async function skillForFilter(db: Db, tree: SkillTree, slug: string): Promise<Skill | undefined> {
  if (!slug) return undefined;
  const skill = tree.bySlug.get(slug) ?? tree.bySlug.get((await resolveSkillSlug(db, slug))?.slug ?? '');
  if (!skill) throw new ValidationError({ skill: { key: 'sangam-error-invalid-choice' } });
  return skill;
}

export interface SkillPeopleStats {
  sharers: number;
  learners: number;
  byRegion: { region: string | null; sharers: number; learners: number }[];
  byLanguage: { lang: string; sharers: number; learners: number }[];
}

/**
 * Who shares and who wants a skill (narrower skills included), counted by region and by language.
 * Counts only what the viewer may see of each person. One round trip: the people are found once and
 * then counted three ways.
 */
export async function skillPeopleStats(db: Db, skillIds: number[], viewerLevel: number): Promise<SkillPeopleStats> {
  const result = await sql<{ stats: SkillPeopleStats }>`
    with x as materialized (
      select ps.person_id, bool_or(ps.kind = 'share') as shares, bool_or(ps.kind = 'learn') as learns
      from person_skills ps join people p on p.id = ps.person_id
      where ps.skill_id = any(${skillIds}::int[]) and ps.kind in ('share', 'learn') and p.vis_skills <= ${viewerLevel}
      group by ps.person_id
    ),
    by_region as (
      select case when p.vis_location <= ${viewerLevel} then p.region end as region,
             count(*) filter (where shares) as sharers, count(*) filter (where learns) as learners
      from x join people p on p.id = x.person_id group by 1
    ),
    by_language as (
      select pl.lang, count(*) filter (where shares) as sharers, count(*) filter (where learns) as learners
      from x join people p on p.id = x.person_id join person_languages pl on pl.person_id = x.person_id
      where p.vis_languages <= ${viewerLevel}
      group by pl.lang order by 2 desc, 3 desc, 1 limit 15
    )
    select json_build_object(
      'sharers', (select count(*) filter (where shares) from x),
      'learners', (select count(*) filter (where learns) from x),
      'byRegion', coalesce((select json_agg(r order by r.sharers desc, r.learners desc) from by_region r), '[]'),
      'byLanguage', coalesce((select json_agg(l order by l.sharers desc, l.learners desc, l.lang) from by_language l), '[]')
    ) as stats`.execute(db);
  return result.rows[0].stats;
}

/** Public counts of sharers and learners per skill (people who keep their skills public). */
export async function skillCounts(db: Db): Promise<Map<number, { share: number; learn: number }>> {
  const rows = await sql<{ skill_id: number; share: number; learn: number }>`
    select ps.skill_id, count(*) filter (where ps.kind = 'share') as share, count(*) filter (where ps.kind = 'learn') as learn
    from person_skills ps join people p on p.id = ps.person_id
    where p.vis_skills = 0 group by ps.skill_id`.execute(db);
  return new Map(rows.rows.map((r) => [r.skill_id, { share: r.share, learn: r.learn }]));
}
