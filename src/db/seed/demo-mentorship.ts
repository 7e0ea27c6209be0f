import { sql } from 'kysely';
import { getMentorship } from '../../domain/mentorship/data.js';
import { addCheckin, endMentorship, respondToProposal, runMatching } from '../../domain/mentorship/mutations.js';
import { isoDate } from '../../domain/mentorship/pool.js';
import { REQUEST_FORMATS } from '../../domain/mentorship/types.js';
import { seededRandom } from '../../seeded-random.js';
import type { Db } from '../connection.js';

// Mentorship for the demo community, made through the same domain code as the pages: offers, requests,
// one matching run, then some proposals accepted into active mentorships with check-ins, a few
// completed, the rest left for people to answer, and at least one swap circle proposed.

export const DEMO_ORGANIZER = 'Demo Organizer';

/** Goals, written in the language the learner asked to be taught in when there is one here, else English. */
const GOALS: Record<string, string[]> = {
  en: [
    'Fix the broken templates on our small wiki',
    'Write my first module and understand how others work',
    'Run an edit-a-thon with a local library',
    'Help my community write its first grant proposal',
    'Add our village and its monuments to Wikidata',
    'Start a bot for routine maintenance',
  ],
  hi: ['हमारी विकि के लिए साँचे ठीक करना सीखना', 'अपना पहला मॉड्यूल लिखना'],
  bn: ['আমাদের উইকির জন্য একটি ছোট টুল বানাতে শেখা', 'উইকিউপাত্তে আমাদের গ্রামের তথ্য যোগ করা'],
  ar: ['تعلم كتابة قوالب لويكيبيديا العربية', 'تنظيم ماراثون تحرير مع مكتبة محلية'],
  es: ['Aprender a organizar un concurso de fotografía', 'Escribir mi primer módulo en Lua'],
  fr: ['Apprendre à relire sur Wikisource', 'Organiser un atelier avec une bibliothèque'],
};

const CHECKINS = [
  ['First call: went through the basics and set up a sandbox.', 'Try the examples before next week'],
  ['Reviewed the first draft together; fixed two errors.', 'Publish it on the wiki'],
  ['Talked about the community discussion and how to answer it.', 'Write the summary'],
];

export async function seedDemoMentorship(db: Db, now: Date, seed = 2026): Promise<void> {
  const random = seededRandom(seed);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

  await db.insertInto('people').values({ username: DEMO_ORGANIZER, display_name: DEMO_ORGANIZER, role: 'organizer' })
    .onConflict((oc) => oc.column('username').doNothing()).execute();

  // Mentors: about half of the people who share a skill, one to three mentees each; two are away.
  const sharers = await sql<{ person_id: number }>`
    select distinct person_id from person_skills where kind = 'share' and level >= 2 order by person_id`.execute(db);
  const mentors = sharers.rows.filter(() => random() < 0.5).map((r) => r.person_id);
  await db.insertInto('mentor_offers').values(mentors.map((id, i) => ({
    person_id: id, capacity: 1 + Math.floor(random() * 3), skill_ids: [],
    away_until: i % 40 === 7 ? isoDate(new Date(now.getTime() + 30 * 86_400_000)) : null,
  }))).execute();

  // Swap-ready pairs: two mentors who share a language and hours, each asking for what the other teaches.
  const swapPairs = await sql<{ a: number; b: number; a_skill: number; b_skill: number; lang: string }>`
    select distinct on (sa.person_id) sa.person_id as a, sb.person_id as b, sb.skill_id as a_skill, sa.skill_id as b_skill, la.lang
    from person_skills sa
    join mentor_offers oa on oa.person_id = sa.person_id
    join person_skills sb on sb.kind = 'share' and sb.level >= 3 and sb.person_id > sa.person_id and sb.skill_id <> sa.skill_id
    join mentor_offers ob on ob.person_id = sb.person_id
    join person_languages la on la.person_id = sa.person_id and la.level >= 3
    join person_languages lb on lb.person_id = sb.person_id and lb.lang = la.lang and lb.level >= 3
    join people pa on pa.id = sa.person_id
    join people pb on pb.id = sb.person_id
    where sa.kind = 'share' and sa.level >= 3
      and bit_count(pa.availability_utc & pb.availability_utc) >= 8
      and not exists (select 1 from person_skills x where x.person_id = sa.person_id and x.skill_id = sb.skill_id)
      and not exists (select 1 from person_skills x where x.person_id = sb.person_id and x.skill_id = sa.skill_id)
      and (oa.away_until is null and ob.away_until is null)
    order by sa.person_id, sb.person_id
    limit 3`.execute(db);
  const requests: { learner: number; skill: number; level: number; languages: string[]; swap: boolean }[] = [];
  const used = new Set<number>();
  for (const p of swapPairs.rows) {
    if (used.has(p.a) || used.has(p.b)) continue;
    used.add(p.a).add(p.b);
    requests.push({ learner: p.a, skill: p.a_skill, level: 0, languages: [p.lang], swap: true });
    requests.push({ learner: p.b, skill: p.b_skill, level: 0, languages: [p.lang], swap: true });
  }

  // Learners: one request each from about a third of the people who want to learn something.
  const learners = await sql<{ person_id: number; skill_id: number; level: number; languages: string[] }>`
    select distinct on (ps.person_id) ps.person_id, ps.skill_id, least(ps.level, 3)::int as level,
      array(select lang from person_languages l where l.person_id = ps.person_id and l.level >= 2 order by l.level desc, l.lang) as languages
    from person_skills ps where ps.kind = 'learn' order by ps.person_id, ps.level, ps.skill_id`.execute(db);
  for (const l of learners.rows) {
    if (used.has(l.person_id) || !l.languages.length || random() >= 0.35) continue;
    requests.push({ learner: l.person_id, skill: l.skill_id, level: l.level, languages: l.languages, swap: random() < 0.3 });
  }
  await db.insertInto('mentorship_requests').values(requests.map((r) => {
    const created = daysAgo(1 + Math.floor(random() * 60));
    return {
      learner_id: r.learner, skill_id: r.skill, learner_level: r.level, goal: pick(GOALS[r.languages[0]] ?? GOALS.en), languages: r.languages,
      format: pick(REQUEST_FORMATS), open_to_swap: r.swap, prefer_same_region: random() < 0.2, created_at: created, updated_at: created,
    };
  })).execute();

  await runMatching(db, { trigger: 'demo', startedBy: null, now, minOverlapHours: 2 });

  // About a third of the plain proposals were accepted by both; some have check-ins, a few are completed.
  const proposals = await db.selectFrom('mentorships').select(['id', 'learner_id', 'mentor_id'])
    .where('status', '=', 'proposed').where('swap_id', 'is', null).orderBy('id').execute();
  let active = 0;
  for (const p of proposals) {
    if (random() >= 0.35) continue;
    await respondToProposal(db, p.learner_id, p.id, { decision: 'accept', block: false }, daysAgo(20));
    await respondToProposal(db, p.mentor_id, p.id, { decision: 'accept', block: false }, daysAgo(20));
    const checkins = active % 3;
    for (let i = 0; i < checkins; i++) {
      const [notes, nextStep] = CHECKINS[i];
      await addCheckin(db, i % 2 ? p.learner_id : p.mentor_id, p.id, { metOn: isoDate(daysAgo(14 - i * 7)), notes, nextStep });
    }
    if (active % 4 === 3 && (await getMentorship(db, p.id))?.status === 'active') {
      await endMentorship(db, p.mentor_id, p.id, { outcome: 'completed', note: 'Goal reached.' }, daysAgo(2));
    }
    active++;
  }
}
