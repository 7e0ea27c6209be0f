import type { Db } from '../src/db/connection.js';
import { addPersonSkill, findOrCreatePerson, updateAbout, updatePlace } from '../src/domain/people/mutations.js';
import type { Role, SkillKind, Visibility } from '../src/domain/people/types.js';

let counter = 0;

export interface PersonSpec {
  username?: string;
  displayName?: string;
  bio?: string;
  role?: Role;
  languages?: [string, number][];
  wikis?: string[];
  country?: string;
  timeZone?: string;
  /** Local hours of the week (0 = Monday 00:00). */
  availability?: number[];
  skills?: [slug: string, kind: SkillKind, level: 1 | 2 | 3 | 4][];
  contacts?: { kind: 'talk' | 'email' | 'telegram' | 'matrix' | 'irc' | 'other'; value: string }[];
  visibility?: Partial<Record<'about' | 'languages' | 'location' | 'availability' | 'skills' | 'contact', Visibility>>;
}

/** A person written through the same domain code the forms use, so every row is a real one. */
export async function createPerson(db: Db, spec: PersonSpec = {}): Promise<{ id: number; username: string }> {
  counter += 1;
  const username = spec.username ?? `Tester ${counter}`;
  const person = await findOrCreatePerson(db, { username, centralId: null }, {
    admins: new Set(spec.role === 'admin' ? [username] : []), organizers: new Set(spec.role === 'organizer' ? [username] : []),
  });
  const now = new Date('2026-11-22T12:00:00Z');
  await updateAbout(db, person.id, {
    displayName: spec.displayName ?? username,
    bio: spec.bio ?? '',
    affiliations: [],
    languages: (spec.languages ?? [['en', 3]]).map(([code, level]) => ({ code, level })),
    wikis: spec.wikis ?? [],
    contacts: spec.contacts ?? [],
    visibility: { about: 'public', languages: 'public', location: 'public', availability: 'members', skills: 'public', contact: 'members', ...spec.visibility },
  }, now);
  if (spec.country || spec.timeZone || spec.availability) {
    await updatePlace(db, person.id, { country: spec.country ?? '', timeZone: spec.timeZone ?? '', availability: spec.availability ?? [] }, now);
  }
  for (const [skill, kind, level] of spec.skills ?? []) await addPersonSkill(db, person.id, { skill, kind, level });
  return { id: person.id, username: person.username };
}

/** Local hours for "every day from `from` to `to` o'clock". */
export function dailyHours(from: number, to: number): number[] {
  const hours: number[] = [];
  for (let day = 0; day < 7; day++) for (let h = from; h < to; h++) hours.push(day * 24 + h);
  return hours;
}

export interface CommunitySpec {
  slug?: string;
  name?: string;
  kind?: 'wiki-community' | 'chapter' | 'user-group' | 'thematic' | 'regional-hub' | 'informal';
  wikis?: string[];
  languages?: string[];
  countries?: string[];
  /** People ids; the first is the organizer. */
  members?: number[];
}

let communityCounter = 0;

/** A community with its wikis, languages, countries and members, as rows in the real tables. */
export async function createCommunity(db: Db, spec: CommunitySpec = {}): Promise<{ id: number; slug: string }> {
  communityCounter += 1;
  const slug = spec.slug ?? `community-${communityCounter}`;
  const { id } = await db.insertInto('communities')
    .values({ slug, name: spec.name ?? `Community ${communityCounter}`, kind: spec.kind ?? 'user-group' })
    .returning('id').executeTakeFirstOrThrow();
  for (const dbname of spec.wikis ?? []) await db.insertInto('community_wikis').values({ community_id: id, dbname }).execute();
  for (const lang of spec.languages ?? []) await db.insertInto('community_languages').values({ community_id: id, lang }).execute();
  for (const country of spec.countries ?? []) await db.insertInto('community_countries').values({ community_id: id, country }).execute();
  for (const [i, personId] of (spec.members ?? []).entries()) {
    await db.insertInto('community_members').values({ community_id: id, person_id: personId, role: i === 0 ? 'organizer' : 'member' }).execute();
  }
  return { id, slug };
}
