import { DEFAULT_WEIGHTS, type Answers } from '../../domain/recruitment/readiness.js';
import type { ApplicationStatus } from '../../domain/recruitment/types.js';
import type { Db } from '../connection.js';

export const DEMO_CALL_SLUG = 'technical-capacity-2027';

interface DemoApplication {
  status: ApplicationStatus;
  /** People who joined the application (the call asks for 15). */
  confirmations: number;
  answers: Answers;
  override?: { criterion: string; score: number; reason: string };
  decision?: string;
}

// Five applications that differ where a reviewer would look: confirmed interest above and below the call's
// minimum, a community that will not lead the workshops, one that reports tension, one still a draft.
const APPLICATIONS: DemoApplication[] = [
  {
    status: 'accepted', confirmations: 18,
    answers: {
      'ready-for-help': { choice: 'yes', evidence: 'Our village pump discussion in March asked for help with Lua modules and bots; 30 editors took part.' },
      underserved: { choice: 'yes', evidence: 'Two volunteers maintain every template; nobody has interface administrator rights.' },
      interested: { choice: null, evidence: 'We asked on our Telegram group and at the monthly meetup.' },
      reach: { choice: null, evidence: 'Wikipedia, Wiktionary and Wikisource in our language.' },
      'takes-lead': { choice: 'yes', evidence: 'Our organizers will host the monthly sessions and book the university lab.' },
      'language-spoken': { choice: 'yes', evidence: 'Spoken by tens of millions of people as a first language.' },
      'no-conflict': { choice: 'yes', evidence: 'No political conflict affects the community or its meetings.' },
    },
    decision: 'Welcome to the programme! The first workshop on Lua modules will be scheduled with your organizers next month.',
  },
  {
    status: 'submitted', confirmations: 15,
    answers: {
      'ready-for-help': { choice: 'yes', evidence: 'We want to fix our citation templates before the next edit-a-thon season.' },
      underserved: { choice: 'partly', evidence: 'We have one active technical contributor, who is often away.' },
      interested: { choice: null, evidence: '' },
      reach: { choice: null, evidence: 'Wikipedia and Wikiquote.' },
      'takes-lead': { choice: 'partly', evidence: 'We can organize online sessions but need help with the curriculum.' },
      'language-spoken': { choice: 'yes', evidence: 'An official language of two countries.' },
      'no-conflict': { choice: 'yes', evidence: 'None known.' },
    },
    override: { criterion: 'takes-lead', score: 1, reason: 'Their organizers ran four online workshops last year; the curriculum is ours to provide.' },
  },
  {
    status: 'submitted', confirmations: 9,
    answers: {
      'ready-for-help': { choice: 'partly', evidence: 'Most of our effort goes to a translation contest this year.' },
      underserved: { choice: 'yes', evidence: 'Small wiki, no local administrators who edit templates.' },
      interested: { choice: null, evidence: 'More people will join after our next meetup.' },
      reach: { choice: null, evidence: 'Wikipedia only.' },
      'takes-lead': { choice: 'yes', evidence: 'Two organizers volunteered.' },
      'language-spoken': { choice: 'partly', evidence: 'Spoken in one region; most readers also read a neighbouring language.' },
      'no-conflict': { choice: 'partly', evidence: 'Tensions in part of the region sometimes make meetings hard to hold.' },
    },
  },
  {
    status: 'draft', confirmations: 4,
    answers: {
      'ready-for-help': { choice: 'yes', evidence: 'We need help with Wikidata infoboxes.' },
      underserved: { choice: 'yes', evidence: '' },
    },
  },
  {
    status: 'submitted', confirmations: 20,
    answers: {
      'ready-for-help': { choice: 'yes', evidence: 'Our technical village pump has a backlog of gadget requests.' },
      underserved: { choice: 'no', evidence: 'We have several technical contributors, but none who write bots.' },
      interested: { choice: null, evidence: 'Announced on our mailing list.' },
      reach: { choice: null, evidence: 'Four sister projects in one language.' },
      'takes-lead': { choice: 'no', evidence: 'We would prefer the programme to run the workshops.' },
      'language-spoken': { choice: 'yes', evidence: 'A widely spoken language.' },
      'no-conflict': { choice: 'yes', evidence: 'No conflict.' },
    },
  },
];

/**
 * An open call, "Technical capacity program 2027", with applications from up to five of the demo's wiki
 * communities and user groups (seeded before this), confirmations from demo people, one override with its
 * reason and one decision. Without such communities it creates nothing; a second run changes nothing.
 */
export async function seedDemoRecruitment(db: Db, now: Date): Promise<void> {
  const communities = await db.selectFrom('communities').select(['id', 'name'])
    .where('kind', 'in', ['wiki-community', 'user-group']).orderBy('id').limit(APPLICATIONS.length).execute();
  if (!communities.length) return;
  await db.transaction().execute(async (trx) => {
    const coordinator = await trx.selectFrom('people').select('id').where('role', 'in', ['organizer', 'admin']).orderBy('id').executeTakeFirst();
    const closesOn = new Date(now.getTime() + 45 * 86_400_000).toISOString().slice(0, 10);
    const call = await trx.insertInto('recruitment_calls').values({
      slug: DEMO_CALL_SLUG, title: 'Technical capacity program 2027', status: 'open', closes_on: closesOn, min_confirmed: 15,
      description: 'Communities apply to host a series of technical workshops (templates, Lua modules, bots, gadgets and Wikidata) '
        + 'over 3–4 months, led by their own organizers with support from the programme. At least 15 contributors who would attend '
        + 'confirm by joining the application.',
      weights: JSON.stringify(DEFAULT_WEIGHTS), created_by: coordinator?.id ?? null, created_at: now,
    }).onConflict((oc) => oc.column('slug').doNothing()).returning('id').executeTakeFirst();
    if (!call) return;
    // Confirmations come from the community's own members first, then from other demo people.
    const people = (await trx.selectFrom('people').select('id').orderBy('id').limit(200).execute()).map((p) => p.id);
    const day = 86_400_000;
    for (const [i, community] of communities.entries()) {
      const demo = APPLICATIONS[i];
      const members = await trx.selectFrom('community_members').select(['person_id', 'role']).where('community_id', '=', community.id)
        .orderBy('role', 'desc').orderBy('person_id').execute();
      const organizer = members.find((m) => m.role === 'organizer')?.person_id ?? null;
      const submitted = demo.status !== 'draft';
      const decided = demo.decision !== undefined;
      const application = await trx.insertInto('call_applications').values({
        call_id: call.id, community_id: community.id, status: demo.status, answers: JSON.stringify(demo.answers),
        created_at: new Date(now.getTime() - (20 - i) * day),
        submitted_by: submitted ? organizer : null, submitted_at: submitted ? new Date(now.getTime() - (10 - i) * day) : null,
        decided_by: decided ? coordinator?.id ?? null : null, decided_at: decided ? new Date(now.getTime() - day) : null,
        decision_message: demo.decision ?? '',
      }).returning('id').executeTakeFirstOrThrow();
      const memberIds = members.map((m) => m.person_id);
      const joiners = [...new Set([...memberIds, ...people.slice(i * 7), ...people.slice(0, i * 7)])].slice(0, demo.confirmations);
      if (joiners.length) {
        await trx.insertInto('application_confirmations').values(joiners.map((personId, k) => ({
          application_id: application.id, person_id: personId, confirmed_at: new Date(now.getTime() - (15 - i) * day + k * 3_600_000),
        }))).execute();
      }
      if (demo.override) {
        await trx.insertInto('application_overrides').values({
          application_id: application.id, ...demo.override, reviewer_id: coordinator?.id ?? null, created_at: new Date(now.getTime() - 2 * day),
        }).execute();
      }
      if (decided && organizer) {
        await trx.insertInto('notifications').values({
          person_id: organizer, kind: 'application-accepted', params: JSON.stringify([community.name, 'Technical capacity program 2027']),
          link: `/applications/${application.id}`,
        }).execute();
      }
    }
  });
}
