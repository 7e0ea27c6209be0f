import type { ConfiguredRoles } from '../../config/index.js';
import type { Db } from '../../db/connection.js';
import { ConflictError, ValidationError, type FieldErrors } from '../../errors.js';
import { findCountry, resolveLanguage, resolveWiki } from '../places/data.js';
import { isValidTimeZone, toUtcSlots } from './availability.js';
import { getProfile } from './data.js';
import type { AboutFormInput, OfferInput, PlaceFormInput, SkillEntryInput } from './schema.js';
import { VISIBILITIES, type Profile, type Role } from './types.js';

/** The person behind a Wikimedia account, created on first sign-in. */
export async function findOrCreatePerson(
  db: Db, account: { username: string; centralId: number | null }, configured: ConfiguredRoles,
): Promise<{ id: number; username: string; role: Role }> {
  const role: Role = configured.admins.has(account.username) ? 'admin' : configured.organizers.has(account.username) ? 'organizer' : 'member';
  const existing = account.centralId !== null
    ? await db.selectFrom('people').select(['id', 'username', 'role']).where('central_id', '=', account.centralId).executeTakeFirst()
    : await db.selectFrom('people').select(['id', 'username', 'role']).where('username', '=', account.username).executeTakeFirst();
  if (existing) {
    // A global rename on the wikis carries over; people named in configuration are promoted, never demoted.
    const rank = (r: Role) => ['member', 'organizer', 'admin'].indexOf(r);
    const updated = { username: account.username, role: rank(role) > rank(existing.role) ? role : existing.role };
    await db.updateTable('people').set(updated).where('id', '=', existing.id).execute();
    return { id: existing.id, ...updated };
  }
  return db.insertInto('people')
    .values({ username: account.username, central_id: account.centralId, display_name: account.username, role })
    .onConflict((oc) => oc.column('username').doUpdateSet({ central_id: account.centralId }))
    .returning(['id', 'username', 'role']).executeTakeFirstOrThrow();
}

/**
 * Saves "about me". Every reference (language, wiki) is checked before anything is written, and all
 * of it is written in one transaction, so bad input stores nothing.
 */
export async function updateAbout(db: Db, personId: number, input: AboutFormInput, now: Date): Promise<void> {
  const errors: FieldErrors = {};
  const languages = new Map<string, number>();
  input.languages.forEach((row, i) => {
    if (!row.code) return;
    const code = resolveLanguage(row.code);
    if (!code) errors[`languages.${i}`] = { key: 'sangam-error-unknown-language', params: [row.code] };
    else languages.set(code, Math.max(languages.get(code) ?? 0, row.level));
  });
  const wikis = new Set<string>();
  for (const [i, value] of input.wikis.entries()) {
    if (!value) continue;
    const wiki = await resolveWiki(db, value);
    if (!wiki) errors[`wikis.${i}`] = { key: 'sangam-error-unknown-wiki', params: [value] };
    else wikis.add(wiki.dbname);
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);

  await db.transaction().execute(async (trx) => {
    await trx.updateTable('people').set({
      display_name: input.displayName,
      bio: input.bio,
      affiliations: input.affiliations.filter(Boolean),
      vis_about: VISIBILITIES.indexOf(input.visibility.about),
      vis_languages: VISIBILITIES.indexOf(input.visibility.languages),
      vis_location: VISIBILITIES.indexOf(input.visibility.location),
      vis_availability: VISIBILITIES.indexOf(input.visibility.availability),
      vis_skills: VISIBILITIES.indexOf(input.visibility.skills),
      vis_contact: VISIBILITIES.indexOf(input.visibility.contact),
      updated_at: now,
    }).where('id', '=', personId).execute();
    await trx.deleteFrom('person_languages').where('person_id', '=', personId).execute();
    if (languages.size) {
      await trx.insertInto('person_languages').values([...languages].map(([lang, level]) => ({ person_id: personId, lang, level }))).execute();
    }
    await trx.deleteFrom('person_wikis').where('person_id', '=', personId).execute();
    if (wikis.size) await trx.insertInto('person_wikis').values([...wikis].map((dbname) => ({ person_id: personId, dbname }))).execute();
    await trx.deleteFrom('person_contacts').where('person_id', '=', personId).execute();
    const contacts = input.contacts.filter((c) => c.value);
    if (contacts.length) await trx.insertInto('person_contacts').values(contacts.map((c) => ({ person_id: personId, ...c }))).execute();
  });
}

/** Saves country (which sets the Wikimedia region), time zone and weekly availability. */
export async function updatePlace(db: Db, personId: number, input: PlaceFormInput, now: Date): Promise<void> {
  const errors: FieldErrors = {};
  let region: string | null = null;
  if (input.country) {
    const country = await findCountry(db, input.country);
    if (!country) errors.country = { key: 'sangam-error-invalid-choice' };
    else region = country.region;
  }
  if (input.timeZone && !isValidTimeZone(input.timeZone)) errors.timeZone = { key: 'sangam-error-invalid-choice' };
  if (input.availability.length && !input.timeZone) errors.timeZone = { key: 'sangam-error-timezone-needed' };
  if (Object.keys(errors).length) throw new ValidationError(errors);
  const availability = [...new Set(input.availability)].sort((a, b) => a - b);
  await db.updateTable('people').set({
    country: input.country ? input.country.toUpperCase() : null,
    region,
    time_zone: input.timeZone || null,
    availability_local: availability,
    availability_utc: input.timeZone ? toUtcSlots(availability, input.timeZone, now) : '0'.repeat(336),
    updated_at: now,
  }).where('id', '=', personId).execute();
}

async function skillIdForSlug(db: Db, slug: string, field: string): Promise<number> {
  const skill = await db.selectFrom('skills').select('id').where('slug', '=', slug).where('merged_into', 'is', null)
    .where('parent_id', 'is not', null).executeTakeFirst();
  if (!skill) throw new ValidationError({ [field]: { key: 'sangam-error-invalid-choice' } });
  return skill.id;
}

/** Adds a skill to share, learn or list as known; the same skill may not be both shared and wanted. */
export async function addPersonSkill(db: Db, personId: number, input: SkillEntryInput): Promise<void> {
  const skillId = await skillIdForSlug(db, input.skill, 'skill');
  const opposite = input.kind === 'share' ? 'learn' : input.kind === 'learn' ? 'share' : null;
  if (opposite) {
    const clash = await db.selectFrom('person_skills').select('skill_id')
      .where('person_id', '=', personId).where('skill_id', '=', skillId).where('kind', '=', opposite).executeTakeFirst();
    if (clash) throw new ConflictError('sangam-error-skill-share-and-learn');
  }
  await db.insertInto('person_skills').values({ person_id: personId, skill_id: skillId, kind: input.kind, level: input.level })
    .onConflict((oc) => oc.columns(['person_id', 'skill_id', 'kind']).doUpdateSet({ level: input.level }))
    .execute();
  await db.updateTable('people').set({ updated_at: new Date() }).where('id', '=', personId).execute();
}

export async function removePersonSkill(db: Db, personId: number, skillId: number, kind: string): Promise<void> {
  await db.deleteFrom('person_skills').where('person_id', '=', personId).where('skill_id', '=', skillId)
    .where('kind', '=', kind as 'share').execute();
}

export async function addOffer(db: Db, personId: number, input: OfferInput): Promise<void> {
  const skillId = input.skill ? await skillIdForSlug(db, input.skill, 'skill') : null;
  const { count } = await db.selectFrom('person_offers').select((eb) => eb.fn.countAll<number>().as('count'))
    .where('person_id', '=', personId).executeTakeFirstOrThrow();
  if (count >= 20) throw new ConflictError('sangam-error-too-many');
  await db.insertInto('person_offers').values({ person_id: personId, kind: input.kind, skill_id: skillId, description: input.description }).execute();
}

export async function removeOffer(db: Db, personId: number, offerId: number): Promise<void> {
  await db.deleteFrom('person_offers').where('person_id', '=', personId).where('id', '=', offerId).execute();
}

/** Everything Sangam holds about a person, for "export my data". */
export async function exportPerson(db: Db, personId: number): Promise<Record<string, unknown>> {
  const profile = (await getProfile(db, { id: personId })) as Profile;
  const { id: _id, availabilityUtc: _derived, ...rest } = profile;
  return { format: 'sangam-person-export/1', exportedAt: new Date().toISOString(), profile: rest };
}

/** Deletes the person and, through foreign keys, everything that belongs to them (sessions included). */
export async function deletePerson(db: Db, personId: number): Promise<void> {
  await db.deleteFrom('people').where('id', '=', personId).execute();
}
