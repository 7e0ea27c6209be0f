import type { Db } from '../../db/connection.js';
import { ConflictError, ValidationError } from '../../errors.js';
import type { ContactKind } from '../people/types.js';
import type { InterestListInput } from './schema.js';

/** A new list; a slug already in use is a conflict, and nothing is stored. */
export async function createInterestList(db: Db, createdBy: number | null, input: InterestListInput, now: Date): Promise<string> {
  const row = await db.insertInto('interest_lists').values({
    slug: input.slug, title: input.title, description: input.description, created_by: createdBy, created_at: now,
  }).onConflict((oc) => oc.column('slug').doNothing()).returning('slug').executeTakeFirst();
  if (!row) throw new ConflictError('sangam-interest-error-slug-taken');
  return row.slug;
}

/**
 * Joins a list, or changes which channels are shared with it. Only kinds of channel the person has on
 * their profile may be chosen; anything else stores nothing.
 */
export async function joinInterestList(db: Db, listId: number, personId: number, channels: ContactKind[], now: Date): Promise<void> {
  const own = new Set((await db.selectFrom('person_contacts').select('kind').where('person_id', '=', personId).execute()).map((c) => c.kind));
  if (channels.some((kind) => !own.has(kind))) throw new ValidationError({ channels: { key: 'sangam-interest-error-channel-not-yours' } });
  await db.insertInto('interest_list_members').values({ list_id: listId, person_id: personId, shared_channels: channels, joined_at: now })
    .onConflict((oc) => oc.columns(['list_id', 'person_id']).doUpdateSet({ shared_channels: channels }))
    .execute();
}

export async function leaveInterestList(db: Db, listId: number, personId: number): Promise<void> {
  await db.deleteFrom('interest_list_members').where('list_id', '=', listId).where('person_id', '=', personId).execute();
}
