import { sql } from 'kysely';
import type { Db } from '../connection.js';
import { DEMO_ORGANIZER } from './demo-mentorship.js';

const DAY = 86_400_000;

interface DemoList {
  slug: string;
  title: string;
  description: string;
  createdDaysAgo: number;
  /** Which demo people join: a SQL condition on people `p`, given the technical category's id. */
  members: (technical: number) => ReturnType<typeof sql<boolean>>;
  limit: number;
}

// Topics people asked to be reached about through the spaces they already use. Members are demo people
// chosen by what their profiles say; each shares the channels on their profile except email, and every
// fourth also shares their email, so that the export shows both cases.
const LISTS: DemoList[] = [
  {
    slug: 'technical-collaboration', title: 'People interested in technical collaboration', createdDaysAgo: 90, limit: 60,
    description: 'Templates, Lua modules, bots, gadgets and tools: for people who share or want to learn technical skills '
      + 'and would like to hear about workshops, hackathons and requests for help in their language.',
    members: (technical) => sql<boolean>`p.skill_scopes && ${[technical * 4, technical * 4 + 1]}::int[]`,
  },
  {
    slug: 'south-asia-wikidata', title: 'Wikidata meet-ups in South Asia', createdDaysAgo: 60, limit: 30,
    description: 'Online and in-person Wikidata sessions for South Asian language communities, announced on the Indic '
      + 'mailing list and Telegram groups.',
    members: () => sql<boolean>`p.region = 'SA'`,
  },
  {
    slug: 'african-languages-tech', title: 'Technical help for African language wikis', createdDaysAgo: 45, limit: 30,
    description: 'Templates and modules imported and translated for Wikipedias in African languages: who can help, '
      + 'who needs help.',
    members: (technical) => sql<boolean>`p.region = 'SSA' and p.skill_scopes && ${[technical * 4, technical * 4 + 1]}::int[]`,
  },
  {
    slug: 'tech-news-translators', title: 'Tech News translators', createdDaysAgo: 20, limit: 30,
    description: 'People who translate the weekly Tech News into their language and would like a reminder when a new issue is ready.',
    members: () => sql<boolean>`cardinality(p.languages) >= 3`,
  },
];

/**
 * Demo interest lists with members from the demo people (run after them). Adds only what is missing, so it
 * is safe to run again. Returns the number of lists it created.
 */
export async function seedDemoInterests(db: Db, now: Date): Promise<number> {
  const technical = await db.selectFrom('skills').select('id').where('slug', '=', 'technical').where('parent_id', 'is', null).executeTakeFirst();
  const organizer = await db.selectFrom('people').select('id').where('username', '=', DEMO_ORGANIZER).executeTakeFirst();
  let created = 0;
  for (const list of LISTS) {
    const at = new Date(now.getTime() - list.createdDaysAgo * DAY);
    const inserted = await db.insertInto('interest_lists').values({
      slug: list.slug, title: list.title, description: list.description, created_by: organizer?.id ?? null, created_at: at,
    }).onConflict((oc) => oc.column('slug').doNothing()).returning('id').executeTakeFirst();
    if (!inserted) continue;
    created += 1;
    if (!technical) continue;
    await sql`
      insert into interest_list_members (list_id, person_id, shared_channels, joined_at)
      select ${inserted.id}, p.id,
        coalesce((select array_agg(distinct c.kind) from person_contacts c
                  where c.person_id = p.id and (c.kind <> 'email' or p.id % 4 = 0)), '{}'),
        ${at}::timestamptz + (p.id % 20) * interval '1 day'
      from people p
      where ${list.members(technical.id)} and p.username <> ${DEMO_ORGANIZER}
      order by p.id limit ${list.limit}
      on conflict do nothing`.execute(db);
  }
  return created;
}
