import type { Db } from '../../db/connection.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import { resolveSkillSlug } from '../skills/data.js';
import type { ExchangeInput } from './schema.js';

/**
 * The live skill a slug names, as for a person's skills: merged slugs lead to the skill they were
 * merged into, and the five categories are too broad to be offered.
 */
async function skillIdForSlug(db: Db, slug: string): Promise<number> {
  const live = await resolveSkillSlug(db, slug);
  const skill = live && await db.selectFrom('skills').select('id').where('id', '=', live.id).where('parent_id', 'is not', null).executeTakeFirst();
  if (!skill) throw new ValidationError({ skill: { key: 'sangam-error-invalid-choice' } });
  return skill.id;
}

/** Records an exchange; every reference is checked before the one insert, so bad input stores nothing. */
export async function createExchange(db: Db, createdBy: number | null, input: ExchangeInput, now: Date): Promise<number> {
  const skillId = await skillIdForSlug(db, input.skill);
  const { id } = await db.insertInto('group_exchanges').values({
    offering_group: input.offering, receiving_group: input.receiving, skill_id: skillId, starts_on: input.startsOn,
    description: input.description, status: input.status, created_by: createdBy, created_at: now, updated_at: now,
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Changes an exchange's groups, skill, date, description and status. */
export async function updateExchange(db: Db, id: number, input: ExchangeInput, now: Date): Promise<void> {
  const skillId = await skillIdForSlug(db, input.skill);
  const result = await db.updateTable('group_exchanges').set({
    offering_group: input.offering, receiving_group: input.receiving, skill_id: skillId, starts_on: input.startsOn,
    description: input.description, status: input.status, updated_at: now,
  }).where('id', '=', id).executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new NotFoundError();
}
