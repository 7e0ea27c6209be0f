import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { MatchingPerson, MatchingPool, Mentor, OpenRequest } from './types.js';

/** A calendar date in UTC, as the database compares `away_until` with it. */
export const isoDate = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Everything a matching run needs, read in one go: open requests (all, or the given ones), every mentor
 * with their load, blocks and earlier declines. Call inside the run's transaction so it sees one state.
 */
export async function loadMatchingPool(db: Db, now: Date, requestIds?: number[]): Promise<MatchingPool> {
  let requestQuery = db.selectFrom('mentorship_requests')
    .select(['id', 'learner_id', 'skill_id', 'learner_level', 'languages', 'open_to_swap', 'prefer_same_region'])
    .where('status', '=', 'open').orderBy('id');
  if (requestIds) requestQuery = requestQuery.where('id', 'in', requestIds.length ? requestIds : [0]);
  const [requests, offers, blocks, declines] = await Promise.all([
    requestQuery.execute(),
    sql<{ person_id: number; capacity: number; away: boolean; skill_ids: number[]; load: number }>`
      select o.person_id, o.capacity, coalesce(o.away_until > ${isoDate(now)}::date, false) as away, o.skill_ids,
        (select count(*)::int from mentorships m where m.mentor_id = o.person_id and m.status in ('proposed', 'active')) as load
      from mentor_offers o`.execute(db).then((r) => r.rows),
    db.selectFrom('mentorship_blocks').select(['person_id', 'blocked_id']).execute(),
    db.selectFrom('mentorships').select(['request_id', 'mentor_id']).where('status', '=', 'declined').execute(),
  ]);
  const people = await loadPeople(db, [...new Set([...requests.map((r) => r.learner_id), ...offers.map((o) => o.person_id)])]);
  const shares = offers.length
    ? await db.selectFrom('person_skills').select(['person_id', 'skill_id', 'level'])
      .where('kind', '=', 'share').where('person_id', 'in', offers.map((o) => o.person_id)).execute()
    : [];
  const sharesOf = new Map<number, { skill_id: number; level: number }[]>();
  for (const s of shares) sharesOf.set(s.person_id, [...(sharesOf.get(s.person_id) ?? []), s]);
  const mentors: Mentor[] = offers.map((o) => {
    const offered = new Set(o.skill_ids);
    const skills = new Map((sharesOf.get(o.person_id) ?? []).filter((s) => !offered.size || offered.has(s.skill_id))
      .map((s) => [s.skill_id, s.level]));
    return { person: people.get(o.person_id)!, skills, spareCapacity: o.capacity - o.load, away: o.away };
  });
  const openRequests: OpenRequest[] = requests.map((r) => ({
    id: r.id, learner: people.get(r.learner_id)!, skillId: r.skill_id, learnerLevel: r.learner_level,
    languages: r.languages, openToSwap: r.open_to_swap, preferSameRegion: r.prefer_same_region,
  }));
  return {
    requests: openRequests, mentors,
    blocked: new Set(blocks.map((b) => `${b.person_id}:${b.blocked_id}`)),
    declined: new Set(declines.map((d) => `${d.request_id}:${d.mentor_id}`)),
  };
}

async function loadPeople(db: Db, ids: number[]): Promise<Map<number, MatchingPerson>> {
  if (!ids.length) return new Map();
  const [rows, languages, wikis] = await Promise.all([
    db.selectFrom('people').select(['id', 'availability_utc', 'region']).where('id', 'in', ids).execute(),
    db.selectFrom('person_languages').select(['person_id', 'lang', 'level']).where('person_id', 'in', ids).execute(),
    db.selectFrom('person_wikis').select(['person_id', 'dbname']).where('person_id', 'in', ids).execute(),
  ]);
  const people = new Map<number, MatchingPerson>(rows.map((r) => [r.id, {
    id: r.id, languages: new Map(), availabilityUtc: r.availability_utc, region: r.region, wikis: [],
  }]));
  for (const l of languages) people.get(l.person_id)!.languages.set(l.lang, l.level);
  for (const w of wikis) people.get(w.person_id)!.wikis.push(w.dbname);
  return people;
}
