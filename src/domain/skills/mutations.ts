import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import { ConflictError, ValidationError } from '../../errors.js';
import { loadSkillTree, subtreeIds } from './data.js';

function slugify(label: string): string {
  const ascii = label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return ascii || 'skill';
}

/** People's directory scopes include broader skills (migration 0002), so a change to the tree refreshes them. */
async function refreshPeopleWithSkills(db: Db, skillIds: number[]): Promise<void> {
  if (!skillIds.length) return;
  await sql`select refresh_person_facets(array(select distinct person_id from person_skills where skill_id = any(${skillIds}::int[])))`.execute(db);
}

async function requireLiveSkill(db: Db, id: number, field: string) {
  const skill = await db.selectFrom('skills').select(['id', 'parent_id', 'category']).where('id', '=', id).where('merged_into', 'is', null).executeTakeFirst();
  if (!skill) throw new ValidationError({ [field]: { key: 'sangam-error-invalid-choice' } });
  return skill;
}

/** A new skill under `parentId`, labelled in English (other languages are added by renaming). */
export async function addSkill(db: Db, input: { label: string; parentId: number; wikidataQid: string | null }): Promise<string> {
  const parent = await requireLiveSkill(db, input.parentId, 'parent');
  return db.transaction().execute(async (trx) => {
    const base = slugify(input.label);
    const taken = await trx.selectFrom('skills').select('slug').where('slug', 'like', `${base}%`).execute();
    const takenSet = new Set(taken.map((r) => r.slug));
    let slug = base;
    for (let n = 2; takenSet.has(slug); n++) slug = `${base}-${n}`;
    const { id } = await trx.insertInto('skills')
      .values({ slug, parent_id: parent.id, category: parent.category, wikidata_qid: input.wikidataQid })
      .returning('id').executeTakeFirstOrThrow();
    await trx.insertInto('skill_labels').values({ skill_id: id, lang: 'en', label: input.label }).execute();
    return slug;
  });
}

export async function renameSkill(db: Db, input: { skillId: number; lang: string; label: string }): Promise<void> {
  await requireLiveSkill(db, input.skillId, 'skill');
  await db.insertInto('skill_labels').values({ skill_id: input.skillId, lang: input.lang, label: input.label })
    .onConflict((oc) => oc.columns(['skill_id', 'lang']).doUpdateSet({ label: input.label }))
    .execute();
}

/** Moves a skill (with everything below it) under another parent, possibly in another category. */
export async function moveSkill(db: Db, input: { skillId: number; parentId: number }): Promise<void> {
  const skill = await requireLiveSkill(db, input.skillId, 'skill');
  const parent = await requireLiveSkill(db, input.parentId, 'parent');
  if (skill.parent_id === null) throw new ConflictError('sangam-error-skill-category-fixed');
  const tree = await loadSkillTree(db, 'en');
  const moved = subtreeIds(tree, skill.id);
  if (moved.includes(parent.id)) throw new ConflictError('sangam-error-skill-cycle');
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('skills').set({ parent_id: parent.id }).where('id', '=', skill.id).execute();
    await trx.updateTable('skills').set({ category: parent.category }).where('id', 'in', moved).execute();
    await refreshPeopleWithSkills(trx, moved);
  });
}

/**
 * Merges one skill into another: people's entries move over (keeping the higher level where a
 * person had both), narrower skills are re-parented, and the old slug keeps resolving to the target.
 */
export async function mergeSkill(db: Db, input: { skillId: number; intoId: number }): Promise<void> {
  const source = await requireLiveSkill(db, input.skillId, 'skill');
  const target = await requireLiveSkill(db, input.intoId, 'into');
  if (source.parent_id === null) throw new ConflictError('sangam-error-skill-category-fixed');
  const tree = await loadSkillTree(db, 'en');
  const below = subtreeIds(tree, source.id).slice(1);
  if (below.includes(target.id)) throw new ConflictError('sangam-error-skill-cycle');
  if (source.id === target.id) throw new ConflictError('sangam-error-skill-cycle');
  await db.transaction().execute(async (trx) => {
    await sql`
      insert into person_skills (person_id, skill_id, kind, level)
      select person_id, ${target.id}, kind, level from person_skills where skill_id = ${source.id}
      on conflict (person_id, skill_id, kind) do update set level = greatest(person_skills.level, excluded.level)`.execute(trx);
    await trx.deleteFrom('person_skills').where('skill_id', '=', source.id).execute();
    await trx.updateTable('person_offers').set({ skill_id: target.id }).where('skill_id', '=', source.id).execute();
    await trx.updateTable('group_exchanges').set({ skill_id: target.id }).where('skill_id', '=', source.id).execute();
    // Mentorship follows the merge; a learner who asked for both skills keeps the request for the target.
    await sql`
      update mentorship_requests r set status = 'withdrawn' where r.skill_id = ${source.id} and r.status in ('open', 'proposed', 'matched')
        and exists (select 1 from mentorship_requests t where t.learner_id = r.learner_id and t.skill_id = ${target.id}
          and t.status in ('open', 'proposed', 'matched'))`.execute(trx);
    await trx.updateTable('mentorship_requests').set({ skill_id: target.id }).where('skill_id', '=', source.id).execute();
    await trx.updateTable('mentorships').set({ skill_id: target.id }).where('skill_id', '=', source.id).execute();
    await sql`update mentor_offers set skill_ids = array_replace(skill_ids, ${source.id}, ${target.id})
      where ${source.id} = any(skill_ids)`.execute(trx);
    await trx.updateTable('skills').set({ parent_id: target.id }).where('parent_id', '=', source.id).execute();
    if (below.length) await trx.updateTable('skills').set({ category: target.category }).where('id', 'in', below).execute();
    await trx.updateTable('skills').set({ merged_into: target.id }).where('id', '=', source.id).execute();
    await refreshPeopleWithSkills(trx, below);
  });
}
