import type { Db } from '../../db/connection.js';
import { ConflictError, NotFoundError, ValidationError, type FieldErrors } from '../../errors.js';
import { resolveLanguages, resolveWiki } from '../places/data.js';
import { MAX_CHANNELS, type ChannelInput, type CommunityInput } from './schema.js';

/** Country names in one language, from the platform's CLDR data (codes it does not know come back as codes). */
function countryNames(lang: string): Intl.DisplayNames {
  return new Intl.DisplayNames([lang, 'en'], { type: 'region', fallback: 'code' });
}

interface Resolved { wikis: string[]; languages: string[]; countries: string[] }

/**
 * Every wiki, language and country typed, checked against the site matrix, the language data and the
 * country table. A country may be written as its code, its English name or its name in `lang`.
 * All problems are reported together, one per field, naming the first value not understood.
 */
async function resolveReferences(db: Db, input: CommunityInput, lang: string): Promise<Resolved> {
  const errors: FieldErrors = {};
  const wikis: string[] = [];
  for (const value of input.wikis) {
    const wiki = await resolveWiki(db, value);
    if (!wiki) {
      errors.wikis = { key: 'sangam-error-unknown-wiki', params: [value] };
      break;
    }
    if (!wikis.includes(wiki.dbname)) wikis.push(wiki.dbname);
  }
  const languages = resolveLanguages(input.languages, 'languages', errors);
  const countries: string[] = [];
  if (input.countries.length) {
    const all = await db.selectFrom('countries').select(['code', 'name']).execute();
    const byName = new Map<string, string>();
    const names = countryNames(lang);
    for (const c of all) {
      byName.set(c.code.toLowerCase(), c.code);
      byName.set(c.name.toLowerCase(), c.code);
      byName.set((names.of(c.code) ?? c.code).toLowerCase(), c.code);
    }
    for (const value of input.countries) {
      const code = byName.get(value.toLowerCase());
      if (!code) {
        errors.countries = { key: 'sangam-community-error-unknown-country', params: [value] };
        break;
      }
      if (!countries.includes(code)) countries.push(code);
    }
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return { wikis, languages, countries };
}

async function writeReferences(trx: Db, communityId: number, refs: Resolved): Promise<void> {
  await trx.deleteFrom('community_wikis').where('community_id', '=', communityId).execute();
  await trx.deleteFrom('community_languages').where('community_id', '=', communityId).execute();
  await trx.deleteFrom('community_countries').where('community_id', '=', communityId).execute();
  if (refs.wikis.length) await trx.insertInto('community_wikis').values(refs.wikis.map((dbname) => ({ community_id: communityId, dbname }))).execute();
  if (refs.languages.length) await trx.insertInto('community_languages').values(refs.languages.map((l) => ({ community_id: communityId, lang: l }))).execute();
  if (refs.countries.length) await trx.insertInto('community_countries').values(refs.countries.map((country) => ({ community_id: communityId, country }))).execute();
}

/**
 * Starts a community; the person who starts it becomes its first organizer. References are checked
 * before the one transaction, so bad input stores nothing. `lang` is the language country names were typed in.
 */
export async function createCommunity(db: Db, createdBy: number, input: CommunityInput, now: Date, lang = 'en'): Promise<{ id: number; slug: string }> {
  const refs = await resolveReferences(db, input, lang);
  const taken = await db.selectFrom('communities').select('id').where('slug', '=', input.slug).executeTakeFirst();
  if (taken) throw new ValidationError({ slug: { key: 'sangam-community-error-slug-taken' } });
  return db.transaction().execute(async (trx) => {
    const inserted = await trx.insertInto('communities').values({
      slug: input.slug, name: input.name, kind: input.kind, description: input.description, created_by: createdBy, created_at: now, updated_at: now,
    }).onConflict((oc) => oc.column('slug').doNothing()).returning(['id', 'slug']).executeTakeFirst();
    // Someone took the address between the check and the insert.
    if (!inserted) throw new ValidationError({ slug: { key: 'sangam-community-error-slug-taken' } });
    await writeReferences(trx, inserted.id, refs);
    await trx.insertInto('community_members').values({ community_id: inserted.id, person_id: createdBy, role: 'organizer', joined_at: now }).execute();
    return inserted;
  });
}

/** Changes name, kind, description, wikis, languages and countries; the address (slug) stays. */
export async function updateCommunity(db: Db, id: number, input: Omit<CommunityInput, 'slug'>, now: Date, lang = 'en'): Promise<void> {
  const refs = await resolveReferences(db, { ...input, slug: '' }, lang);
  await db.transaction().execute(async (trx) => {
    const result = await trx.updateTable('communities')
      .set({ name: input.name, kind: input.kind, description: input.description, updated_at: now })
      .where('id', '=', id).executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw new NotFoundError();
    await writeReferences(trx, id, refs);
  });
}

/** Joins as a member; joining again changes nothing (an organizer stays one). */
export async function joinCommunity(db: Db, communityId: number, personId: number, now: Date): Promise<void> {
  await db.insertInto('community_members').values({ community_id: communityId, person_id: personId, role: 'member', joined_at: now })
    .onConflict((oc) => oc.columns(['community_id', 'person_id']).doNothing()).execute();
}

/**
 * Leaves a community. The last organizer may not leave, so that someone can always edit it; the
 * community's row is locked so that two organizers leaving at once cannot both succeed.
 */
export async function leaveCommunity(db: Db, communityId: number, personId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.selectFrom('communities').select('id').where('id', '=', communityId).forUpdate().executeTakeFirst();
    const organizers = await trx.selectFrom('community_members').select('person_id')
      .where('community_id', '=', communityId).where('role', '=', 'organizer').execute();
    if (organizers.length === 1 && organizers[0].person_id === personId) throw new ConflictError('sangam-community-error-last-organizer');
    await trx.deleteFrom('community_members').where('community_id', '=', communityId).where('person_id', '=', personId).execute();
  });
}

/** Makes a member an organizer (organizers hand over this way before they leave). */
/** Makes a member, named by username, an organizer too; someone who has not joined cannot be made one. */
export async function makeOrganizerByUsername(db: Db, communityId: number, username: string): Promise<void> {
  const person = await db.selectFrom('people').select('id').where('username', '=', username.trim().replace(/_/g, ' ')).executeTakeFirst();
  const member = person && await db.selectFrom('community_members').select('person_id')
    .where('community_id', '=', communityId).where('person_id', '=', person.id).executeTakeFirst();
  if (!member) throw new ValidationError({ username: { key: 'sangam-community-error-not-member' } });
  await makeOrganizer(db, communityId, member.person_id);
}

export async function makeOrganizer(db: Db, communityId: number, personId: number): Promise<void> {
  const result = await db.updateTable('community_members').set({ role: 'organizer' })
    .where('community_id', '=', communityId).where('person_id', '=', personId).executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new NotFoundError();
}

/** Links a channel the community already uses. Wiki pages must be on a Wikimedia wiki of the site matrix. */
export async function addChannel(db: Db, communityId: number, input: ChannelInput): Promise<number> {
  if (input.kind === 'wiki-page') {
    const url = new URL(input.url);
    if (url.protocol !== 'https:' || !(await resolveWiki(db, url.origin))) {
      throw new ValidationError({ address: { key: 'sangam-community-error-wiki-page' } });
    }
  }
  const { n } = await db.selectFrom('community_channels').select((eb) => eb.fn.countAll<string>().as('n'))
    .where('community_id', '=', communityId).executeTakeFirstOrThrow();
  if (Number(n) >= MAX_CHANNELS) throw new ConflictError('sangam-error-too-many');
  const { id } = await db.insertInto('community_channels').values({ community_id: communityId, ...input }).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Removes a channel of this community; another community's channel id is "not found". */
export async function removeChannel(db: Db, communityId: number, channelId: number): Promise<void> {
  const result = await db.deleteFrom('community_channels').where('community_id', '=', communityId).where('id', '=', channelId).executeTakeFirst();
  if (result.numDeletedRows === 0n) throw new NotFoundError();
}
