import type { Db } from '../connection.js';

type Status = 'proposed' | 'agreed' | 'done' | 'cancelled';

interface DemoExchange {
  offering: string;
  receiving: string;
  skill: string;
  /** Days from the seeding day to the start, or null for no date yet. */
  startsInDays: number | null;
  /** Days before the seeding day that the exchange was recorded. */
  recordedDaysAgo: number;
  status: Status;
  description: string;
}

// Real affiliates, named as in CapX's list (wikimediabrasil/capx-backend, fixtures/orgs.json), from six
// Wikimedia regions; the pairings and plans are invented. Oldest first, so that ids grow with the
// recording date as they do for real records.
const EXCHANGES: DemoExchange[] = [
  {
    offering: 'Wikimedia Argentina', receiving: 'Wikimedistas de Bolivia User Group', skill: 'education-program',
    startsInDays: -150, recordedDaysAgo: 200, status: 'done',
    description: 'Four online sessions, in Spanish, on running a Wikipedia education program with a university: '
      + 'finding a partner teacher, course pages, and following students\' first articles.',
  },
  {
    offering: 'Wikimedia Bangladesh', receiving: 'Wikimedia Community User Group Sri Lanka', skill: 'grant-writing',
    startsInDays: 40, recordedDaysAgo: 120, status: 'cancelled',
    description: 'A review of a first rapid grant proposal, section by section. Called off when the grant round moved; '
      + 'both groups may propose it again for the next round.',
  },
  {
    offering: 'Dagbani Wikimedians User Group', receiving: 'Igbo Wikimedians User Group', skill: 'lingua-libre',
    startsInDays: -20, recordedDaysAgo: 75, status: 'agreed',
    description: 'Recording pronunciations of Wiktionary entries with Lingua Libre: setting up a recording session '
      + 'with several speakers and uploading the files to Commons.',
  },
  {
    offering: 'Wikimedia Indonesia', receiving: 'Philippine Wikimedia Community User Group', skill: 'wikisource-proofreading',
    startsInDays: 30, recordedDaysAgo: 45, status: 'agreed',
    description: 'Proofreading scanned books on Wikisource: the page namespace, the two validation steps, '
      + 'and how to run a monthly proofreading contest.',
  },
  {
    offering: 'Wikimedians of India technical user group', receiving: 'Odia Wikimedians User Group', skill: 'template-localisation',
    startsInDays: null, recordedDaysAgo: 20, status: 'proposed',
    description: 'Help with importing and localising citation and infobox templates and their Lua modules for Odia Wikipedia.',
  },
  {
    offering: 'Wikimedia Community User Group Nigeria', receiving: 'Hausa Wikimedians User Group', skill: 'wikidata',
    startsInDays: 100, recordedDaysAgo: 10, status: 'agreed',
    description: 'A Wikidata workshop series for the Hausa Wikipedia community: items and statements, adding Hausa labels, '
      + 'and a first query with the Query Service. Six evening sessions, in Hausa and English.',
  },
  {
    offering: 'Wikimedia Armenia', receiving: 'Wikimedians of the Levant User Group', skill: 'photo-contests',
    startsInDays: 150, recordedDaysAgo: 3, status: 'proposed',
    description: 'What Wikimedia Armenia learnt from running Wiki Loves Monuments: lists of monuments, the upload campaign, '
      + 'and the jury\'s work.',
  },
];

const DAY = 86_400_000;

/** A calendar date `days` from `now`, as 'YYYY-MM-DD' in UTC. */
function dateFrom(now: Date, days: number): string {
  return new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);
}

/**
 * Plausible group exchanges for a demo: real affiliates across regions, every status, skills from the
 * taxonomy. Recorded by no one (created_by null), so only organizers and administrators may edit them.
 * Meant for an empty database, once, as part of the demo seed.
 */
export async function seedDemoExchanges(db: Db, now: Date): Promise<void> {
  const skills = await db.selectFrom('skills').select(['id', 'slug'])
    .where('slug', 'in', EXCHANGES.map((e) => e.skill)).where('merged_into', 'is', null).execute();
  const skillId = new Map(skills.map((s) => [s.slug, s.id]));
  const rows = EXCHANGES.filter((e) => skillId.has(e.skill)).map((e) => {
    const recorded = new Date(now.getTime() - e.recordedDaysAgo * DAY);
    return {
      offering_group: e.offering, receiving_group: e.receiving, skill_id: skillId.get(e.skill)!,
      starts_on: e.startsInDays === null ? null : dateFrom(now, e.startsInDays), description: e.description,
      status: e.status, created_by: null, created_at: recorded, updated_at: recorded,
    };
  });
  if (rows.length) await db.insertInto('group_exchanges').values(rows).execute();
}
