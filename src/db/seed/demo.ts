import { sql } from 'kysely';
import { toUtcSlots } from '../../domain/people/availability.js';
import { VISIBILITIES } from '../../domain/people/types.js';
import type { RegionCode } from '../../domain/places/regions.js';
import { languagesOfTerritory } from '../../i18n/languages.js';
import type { Db } from '../connection.js';
import { seedDemoCommunities } from './demo-communities.js';
import { seedDemoExchanges } from './demo-exchanges.js';
import { seedDemoInterests } from './demo-interests.js';
import { seedDemoWorkshops } from './demo-workshops.js';
import { seedDemoMentorship } from './demo-mentorship.js';
import { seedDemoRecruitment } from './demo-recruitment.js';
import { generateDemoPeople } from './demo-people.js';
import type { DemoPerson, DemoReference } from './demo-people.types.js';

/** The real reference data the generator draws from: countries, their languages, open wikis, the taxonomy. */
export async function loadDemoReference(db: Db): Promise<DemoReference> {
  const [countries, wikis, skills] = await Promise.all([
    db.selectFrom('countries').select(['code', 'region']).where('region', 'is not', null).execute(),
    db.selectFrom('wikis').select(['dbname', 'lang', 'family']).where('closed', '=', false).execute(),
    sql<{ slug: string; category: string; depth: number }>`
      with recursive t(id, slug, category, depth) as (
        select id, slug, category, 0 from skills where parent_id is null and merged_into is null
        union all select s.id, s.slug, s.category, t.depth + 1 from skills s join t on s.parent_id = t.id where s.merged_into is null
      ) select slug, category, depth from t`.execute(db),
  ]);
  return {
    countries: countries.map((c) => ({ code: c.code, region: c.region as RegionCode, languages: languagesOfTerritory(c.code) }))
      .filter((c) => c.languages.length > 0),
    wikis,
    skills: skills.rows,
  };
}

const BATCH = 2000;

/** Writes generated people with their languages, wikis, skills, contacts and offers, in batches. */
export async function insertDemoPeople(db: Db, people: DemoPerson[], now: Date): Promise<void> {
  const [countries, skills] = await Promise.all([
    db.selectFrom('countries').select(['code', 'region']).execute(),
    db.selectFrom('skills').select(['id', 'slug']).execute(),
  ]);
  const regionOf = new Map(countries.map((c) => [c.code, c.region]));
  const skillId = new Map(skills.map((s) => [s.slug, s.id]));
  for (let start = 0; start < people.length; start += BATCH) {
    const batch = people.slice(start, start + BATCH);
    await db.transaction().execute(async (trx) => {
      const rows = batch.map((p) => ({
        username: p.username, display_name: p.displayName, bio: p.bio, time_zone: p.timeZone, country: p.country,
        region: regionOf.get(p.country) ?? null, availability_local: p.availability,
        availability_utc: toUtcSlots(p.availability, p.timeZone, now), affiliations: p.affiliations,
        vis_about: VISIBILITIES.indexOf(p.visibility.about), vis_languages: VISIBILITIES.indexOf(p.visibility.languages),
        vis_location: VISIBILITIES.indexOf(p.visibility.location), vis_availability: VISIBILITIES.indexOf(p.visibility.availability),
        vis_skills: VISIBILITIES.indexOf(p.visibility.skills), vis_contact: VISIBILITIES.indexOf(p.visibility.contact),
      }));
      const inserted = await sql<{ id: number; username: string }>`
        insert into people (username, display_name, bio, time_zone, country, region, availability_local, availability_utc,
          affiliations, vis_about, vis_languages, vis_location, vis_availability, vis_skills, vis_contact, created_at)
        select username, display_name, bio, time_zone, country, region, availability_local, availability_utc::bit(336),
          affiliations, vis_about, vis_languages, vis_location, vis_availability, vis_skills, vis_contact, ${now}
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(username text, display_name text, bio text,
          time_zone text, country text, region text, availability_local smallint[], availability_utc text, affiliations text[],
          vis_about smallint, vis_languages smallint, vis_location smallint, vis_availability smallint, vis_skills smallint, vis_contact smallint)
        returning id, username`.execute(trx);
      const idOf = new Map(inserted.rows.map((r) => [r.username, r.id]));
      const children = {
        languages: batch.flatMap((p) => p.languages.map((l) => ({ person_id: idOf.get(p.username), lang: l.code, level: l.level }))),
        wikis: batch.flatMap((p) => p.wikis.map((dbname) => ({ person_id: idOf.get(p.username), dbname }))),
        skills: batch.flatMap((p) => p.skills.filter((s) => skillId.has(s.slug))
          .map((s) => ({ person_id: idOf.get(p.username), skill_id: skillId.get(s.slug), kind: s.kind, level: s.level }))),
        contacts: batch.flatMap((p) => p.contacts.map((c) => ({ person_id: idOf.get(p.username), kind: c.kind, value: c.value }))),
        offers: batch.flatMap((p) => p.offers.map((o) => ({
          person_id: idOf.get(p.username), kind: o.kind, skill_id: o.skill ? skillId.get(o.skill) ?? null : null, description: o.description,
        }))),
      };
      await sql`insert into person_languages (person_id, lang, level)
        select * from jsonb_to_recordset(${JSON.stringify(children.languages)}::jsonb) as x(person_id int, lang text, level smallint)
        on conflict do nothing`.execute(trx);
      await sql`insert into person_wikis (person_id, dbname)
        select * from jsonb_to_recordset(${JSON.stringify(children.wikis)}::jsonb) as x(person_id int, dbname text)
        on conflict do nothing`.execute(trx);
      await sql`insert into person_skills (person_id, skill_id, kind, level)
        select * from jsonb_to_recordset(${JSON.stringify(children.skills)}::jsonb) as x(person_id int, skill_id int, kind text, level smallint)
        on conflict do nothing`.execute(trx);
      await sql`insert into person_contacts (person_id, kind, value)
        select * from jsonb_to_recordset(${JSON.stringify(children.contacts)}::jsonb) as x(person_id int, kind text, value text)`.execute(trx);
      await sql`insert into person_offers (person_id, kind, skill_id, description)
        select * from jsonb_to_recordset(${JSON.stringify(children.offers)}::jsonb) as x(person_id int, kind text, skill_id int, description text)`.execute(trx);
    });
  }
}

/**
 * The facet triggers rewrite each new person row twice during a bulk load; compacting once leaves the
 * table as a steady stream of sign-ups would, and a fresh visibility map allows index-only scans.
 */
export async function compactAfterBulkLoad(db: Db): Promise<void> {
  await sql`vacuum (full, analyze) people`.execute(db);
  await sql`vacuum analyze`.execute(db);
}

export const DEMO_PEOPLE = 320;
export const DEMO_SEED = 2026;

/** Seeds the demo community on an empty database; returns how many people were added. */
export async function seedDemo(db: Db, now: Date, count = DEMO_PEOPLE, seed = DEMO_SEED): Promise<number> {
  const existing = await db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (existing.n > 0) return 0;
  const people = generateDemoPeople(await loadDemoReference(db), count, seed);
  await insertDemoPeople(db, people, now);
  await seedDemoMentorship(db, now, seed);
  await seedDemoExchanges(db, now);
  // Communities draw on the demo people and the Demo Organizer; calls and interest lists on communities and people.
  await seedDemoCommunities(db, now);
  await seedDemoRecruitment(db, now);
  await seedDemoInterests(db, now);
  await seedDemoWorkshops(db, now);
  // The demo's history is not news: nobody gets a pile of unread notifications or emails about it.
  await db.updateTable('notifications').set({ read_at: now, email_state: 'skipped' }).where('read_at', 'is', null).execute();
  await compactAfterBulkLoad(db);
  return people.length;
}
