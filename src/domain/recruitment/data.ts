import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import { assessReadiness, parseAnswers, parseWeights, type Criterion, type Override, type Readiness, type WikiStatsFact } from './readiness.js';
import type { Application, Call, CallStatus, CommunityRef, PersonRef } from './types.js';

// Reads for recruitment calls and applications. Community facts (wikis, languages, members, wiki
// statistics) are read straight from the communities' tables, in one query per kind for a whole call.

const callColumns = ['id', 'slug', 'title', 'description', 'closes_on', 'status', 'weights', 'min_confirmed', 'created_at'] as const;
type CallRow = { id: number; slug: string; title: string; description: string; closes_on: string | Date | null; status: CallStatus; weights: unknown; min_confirmed: number; created_at: Date };

const dateOnly = (d: string | Date | null) => (d === null ? null : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

const toCall = (r: CallRow): Call => ({
  id: r.id, slug: r.slug, title: r.title, description: r.description, closesOn: dateOnly(r.closes_on), status: r.status,
  weights: parseWeights(r.weights), minConfirmed: r.min_confirmed, createdAt: r.created_at,
});

export interface CallSummary extends Call { applications: number }

/** Calls, open ones first, then by deadline; drafts only when asked for (for coordinators). */
export async function listCalls(db: Db, options: { includeDrafts: boolean }): Promise<CallSummary[]> {
  let query = db.selectFrom('recruitment_calls as c').select(callColumns.map((c) => `c.${c}` as const))
    .select((eb) => eb.selectFrom('call_applications as a').select(eb.fn.countAll<number>().as('n')).whereRef('a.call_id', '=', 'c.id')
      .where('a.status', '<>', 'draft').as('applications'));
  if (!options.includeDrafts) query = query.where('c.status', '<>', 'draft');
  const rows = await query.orderBy(sql`case c.status when 'open' then 0 when 'draft' then 1 else 2 end`).orderBy('c.closes_on', 'desc').orderBy('c.id', 'desc').execute();
  return rows.map((r) => ({ ...toCall(r as CallRow), applications: Number(r.applications) }));
}

export async function getCallBySlug(db: Db, slug: string): Promise<Call | undefined> {
  const row = await db.selectFrom('recruitment_calls').select(callColumns).where('slug', '=', slug).executeTakeFirst();
  return row && toCall(row as CallRow);
}

async function getCallById(db: Db, id: number): Promise<Call> {
  const row = await db.selectFrom('recruitment_calls').select(callColumns).where('id', '=', id).executeTakeFirstOrThrow();
  return toCall(row as CallRow);
}

function applicationQuery(db: Db) {
  return db.selectFrom('call_applications as a').innerJoin('communities as cm', 'cm.id', 'a.community_id')
    .leftJoin('people as s', 's.id', 'a.submitted_by').leftJoin('people as d', 'd.id', 'a.decided_by')
    .select(['a.id', 'a.call_id', 'a.status', 'a.answers', 'a.submitted_at', 'a.decided_at', 'a.decision_message',
      'cm.id as community_id', 'cm.slug as community_slug', 'cm.name as community_name',
      's.id as s_id', 's.username as s_username', 's.display_name as s_name',
      'd.id as d_id', 'd.username as d_username', 'd.display_name as d_name']);
}
type ApplicationRow = Awaited<ReturnType<ReturnType<typeof applicationQuery>['execute']>>[number];

const personRef = (id: number | null, username: string | null, name: string | null): PersonRef | null =>
  id === null ? null : { id, username: username!, displayName: name! };

/** Adds the facts, overrides and organizers of each application, one query per kind for all of them. */
async function withFacts(db: Db, rows: ApplicationRow[], calls: Map<number, Call>): Promise<Application[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const communities = [...new Set(rows.map((r) => r.community_id))];
  const [confirmations, wikis, languages, members, stats, overrides] = await Promise.all([
    db.selectFrom('application_confirmations').select(['application_id as id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('application_id', 'in', ids).groupBy('application_id').execute(),
    db.selectFrom('community_wikis').select(['community_id as id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('community_id', 'in', communities).groupBy('community_id').execute(),
    db.selectFrom('community_languages').select(['community_id as id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('community_id', 'in', communities).groupBy('community_id').execute(),
    db.selectFrom('community_members').select(['community_id', 'person_id', 'role']).where('community_id', 'in', communities).execute(),
    db.selectFrom('community_wikis as w').innerJoin('wiki_stats as s', 's.dbname', 'w.dbname')
      .select(['w.community_id', 's.dbname', 's.articles', 's.active_users', 's.admins']).where('w.community_id', 'in', communities).orderBy('s.dbname').execute(),
    db.selectFrom('application_overrides as o').leftJoin('people as p', 'p.id', 'o.reviewer_id')
      .select(['o.application_id', 'o.criterion', 'o.score', 'o.reason', 'p.display_name']).where('o.application_id', 'in', ids).execute(),
  ]);
  const count = (list: { id: number; n: number }[]) => new Map(list.map((r) => [r.id, Number(r.n)]));
  const confirmed = count(confirmations);
  const wikiCount = count(wikis);
  const languageCount = count(languages);
  return rows.map((r): Application => {
    const own = members.filter((m) => m.community_id === r.community_id);
    const call = calls.get(r.call_id)!;
    const wikiStats: WikiStatsFact[] = stats.filter((s) => s.community_id === r.community_id)
      .map((s) => ({ dbname: s.dbname, articles: s.articles, activeUsers: s.active_users, admins: s.admins }));
    const applicationOverrides: Partial<Record<Criterion, Override>> = {};
    for (const o of overrides.filter((x) => x.application_id === r.id)) {
      applicationOverrides[o.criterion as Criterion] = { score: Number(o.score), reason: o.reason, reviewer: o.display_name };
    }
    return {
      id: r.id, call, community: { id: r.community_id, slug: r.community_slug, name: r.community_name }, status: r.status,
      answers: parseAnswers(r.answers),
      facts: {
        confirmations: confirmed.get(r.id) ?? 0, minConfirmed: call.minConfirmed, wikis: wikiCount.get(r.community_id) ?? 0,
        languages: languageCount.get(r.community_id) ?? 0, members: own.length, wikiStats,
      },
      overrides: applicationOverrides,
      organizerIds: own.filter((m) => m.role === 'organizer').map((m) => m.person_id),
      submittedBy: personRef(r.s_id, r.s_username, r.s_name), submittedAt: r.submitted_at,
      decidedBy: personRef(r.d_id, r.d_username, r.d_name), decidedAt: r.decided_at, decisionMessage: r.decision_message,
    };
  });
}

/** The readiness assessment of an application, with the call's weights. */
export function readinessOf(application: Application): Readiness {
  return assessReadiness(application.answers, application.facts, application.call.weights, application.overrides);
}

export async function getApplication(db: Db, id: number): Promise<Application | undefined> {
  const row = await applicationQuery(db).where('a.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const call = await getCallById(db, row.call_id);
  return (await withFacts(db, [row], new Map([[call.id, call]])))[0];
}

/** Every application to a call (drafts too), in no particular order: the page ranks or sorts them. */
export async function listApplications(db: Db, call: Call): Promise<Application[]> {
  const rows = await applicationQuery(db).where('a.call_id', '=', call.id).orderBy('a.id').execute();
  return withFacts(db, rows, new Map([[call.id, call]]));
}

/** People who joined the application, in the order they did. */
export async function listConfirmations(db: Db, applicationId: number): Promise<PersonRef[]> {
  const rows = await db.selectFrom('application_confirmations as c').innerJoin('people as p', 'p.id', 'c.person_id')
    .select(['p.id', 'p.username', 'p.display_name']).where('c.application_id', '=', applicationId)
    .orderBy('c.confirmed_at').orderBy('p.id').execute();
  return rows.map((r) => ({ id: r.id, username: r.username, displayName: r.display_name }));
}

/** Communities the person organizes, by name. */
export async function organizedCommunities(db: Db, personId: number): Promise<CommunityRef[]> {
  return db.selectFrom('community_members as m').innerJoin('communities as c', 'c.id', 'm.community_id')
    .select(['c.id', 'c.slug', 'c.name']).where('m.person_id', '=', personId).where('m.role', '=', 'organizer')
    .orderBy('c.name').execute();
}

/** The application each community already has for the call (community id → application id). */
export async function applicationsByCommunity(db: Db, callId: number): Promise<Map<number, number>> {
  const rows = await db.selectFrom('call_applications').select(['id', 'community_id']).where('call_id', '=', callId).execute();
  return new Map(rows.map((r) => [r.community_id, r.id]));
}

/** The applications a person joined (confirmed interest in), for their data export. */
export async function exportConfirmations(db: Db, personId: number) {
  return db.selectFrom('application_confirmations as f').innerJoin('call_applications as a', 'a.id', 'f.application_id')
    .innerJoin('recruitment_calls as r', 'r.id', 'a.call_id').innerJoin('communities as c', 'c.id', 'a.community_id')
    .select(['a.id as application', 'r.slug as call', 'c.slug as community', 'f.confirmed_at'])
    .where('f.person_id', '=', personId).orderBy('f.confirmed_at').execute();
}
