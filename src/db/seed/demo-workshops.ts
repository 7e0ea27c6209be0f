import { sql } from 'kysely';
import { nextOccurrences, zonedToUtc } from '../../domain/workshops/cadence.js';
import { markAttendance, registerForSession } from '../../domain/workshops/mutations.js';
import type { Db } from '../connection.js';

export const DEMO_SERIES_SLUG = 'indic-techcom-monthly';
export const DEMO_EVENT_SLUG = 'south-asia-hackathon-2027';
export const DEMO_PROPOSAL_CALL_SLUG = 'indic-techcom-2027';

const DAY = 86_400_000;

interface DemoSession {
  title: string; description: string; language: string; interpretation: string[]; skills: string[]; minutes: number;
}

// The monthly series' past and coming sessions, in order: two held, three to come.
const MONTHLY: DemoSession[] = [
  { title: 'Your first Lua module', description: 'Write a small Lua module that formats dates, call it from a template, and test it in the debug console.', language: 'hi', interpretation: ['bn', 'ta'], skills: ['lua-modules'], minutes: 90 },
  { title: 'Localising templates from English Wikipedia', description: 'Copy a template with its modules and TemplateData, translate its parameters and keep it in sync.', language: 'en', interpretation: ['hi', 'ml'], skills: ['template-localisation', 'templatedata'], minutes: 90 },
  { title: 'Pywikibot for small wikis', description: 'Install Pywikibot on PAWS, run a safe replace script on a test page, and ask for a bot flag on your wiki.', language: 'bn', interpretation: ['hi', 'as'], skills: ['pywikibot', 'paws'], minutes: 120 },
  { title: 'Wikidata infoboxes in Indic languages', description: 'Build an infobox that reads labels and statements from Wikidata in your language, with a local fallback.', language: 'ta', interpretation: ['en', 'te'], skills: ['infoboxes', 'wikidata'], minutes: 90 },
  { title: 'Abuse filters without fear', description: 'Read, test and write abuse filters for the vandalism your wiki actually sees.', language: 'hi', interpretation: ['mr', 'gu'], skills: ['abuse-filters'], minutes: 60 },
];

// The hackathon: one day of remote sessions at hours that suit South Asia.
const HACKATHON: (DemoSession & { localTime: string })[] = [
  { localTime: '10:00', title: 'Opening and project pitches', description: 'Teams present the tools and fixes they want to build during the day.', language: 'en', interpretation: ['hi', 'bn'], skills: ['project-management'], minutes: 60 },
  { localTime: '11:30', title: 'SPARQL for list articles', description: 'Generate and update list articles from Wikidata with SPARQL and Listeria.', language: 'en', interpretation: ['hi'], skills: ['sparql', 'listeria'], minutes: 90 },
  { localTime: '14:00', title: 'Gadgets for Indic scripts', description: 'Input tools, transliteration and font gadgets: how they load and how to fix them.', language: 'hi', interpretation: ['en'], skills: ['gadgets-user-scripts'], minutes: 90 },
  { localTime: '16:00', title: 'Demos and closing', description: 'Every team shows what it built.', language: 'en', interpretation: ['hi', 'bn', 'ta'], skills: [], minutes: 60 },
];

// An open call for the next half-year, with proposals in several states of review.
const PROPOSALS = [
  { title: 'Lua error messages in your language', type: 'workshop', language: 'hi', interpretation: ['bn'], minutes: 60, skills: ['lua-debugging'], interest: 14, reviews: [[5, 4, 4, 4], [4, 4, 5, 3]],
    plan: 'We start from three real broken modules on Hindi Wikipedia, read their error messages together, and translate the Scribunto messages on translatewiki.net.', support: 'A moderator for the chat and Bengali interpretation.', benefit: 'Editors who see a red error stop being afraid of modules.' },
  { title: 'Ten-minute tour of Toolforge', type: 'lightning', language: 'en', interpretation: ['hi', 'ta'], minutes: 15, skills: ['toolforge'], interest: 6, reviews: [[3, 4, 4, 5]],
    plan: 'A live tour: create a tool account, start a webservice and read the logs.', support: 'None.', benefit: 'More people can keep community tools running.' },
  { title: 'Discussing a shared Indic citation template', type: 'discussion', language: 'en', interpretation: ['hi', 'bn', 'ml'], minutes: 45, skills: ['referencing', 'templates'], interest: 21, reviews: [],
    plan: 'Representatives of each wiki list what their citation templates do differently; we agree on the parameters a shared module would need.', support: 'Note takers for each language.', benefit: 'One maintained module instead of twenty diverging copies.' },
  { title: 'OCR and proofreading on Wikisource', type: 'workshop', language: 'bn', interpretation: ['as', 'or'], minutes: 90, skills: ['ocr', 'wikisource-proofreading'], interest: 9, reviews: [[4, 3, 3, 4]],
    plan: 'Upload a scanned book, run OCR, fix the text page by page and transclude it.', support: 'Sample scans in three scripts.', benefit: 'Public-domain books in Bengali, Assamese and Odia become readable online.' },
  { title: 'Lexemes for Malayalam verbs', type: 'workshop', language: 'ml', interpretation: ['en'], minutes: 60, skills: ['wikidata-lexemes'], interest: 4, reviews: [],
    plan: 'Model Malayalam verb forms as lexemes, with the Lexeme forms tool.', support: 'A Wikidata lexicographer as co-presenter.', benefit: 'Language tools and Wiktionary can reuse the data.' },
] as const;

const CATEGORIES = [
  { key: 'c1', label: 'Benefit to the communities', weight: 3 },
  { key: 'c2', label: 'Clarity of the plan', weight: 2 },
  { key: 'c3', label: "Presenters' readiness", weight: 2 },
  { key: 'c4', label: 'Feasibility', weight: 1 },
];

async function skillIds(db: Db, slugs: readonly string[]): Promise<number[]> {
  if (!slugs.length) return [];
  const rows = await db.selectFrom('skills').select('id').where('slug', 'in', [...slugs]).execute();
  return rows.map((r) => r.id);
}

async function addSession(db: Db, seriesId: number, spec: DemoSession, startsAt: Date, zone: string, capacity: number, facilitatorId: number, extra: { recording?: string; proposalId?: number } = {}): Promise<number> {
  const { id } = await db.insertInto('workshop_sessions').values({
    series_id: seriesId, proposal_id: extra.proposalId ?? null, title: spec.title, description: spec.description, starts_at: startsAt, time_zone: zone,
    duration_minutes: spec.minutes, language: spec.language, interpretation_languages: spec.interpretation, capacity,
    online_url: `https://meet.jit.si/sangam-demo-${seriesId}-${startsAt.getTime() / 60_000}`,
    materials_url: extra.recording ? 'https://www.mediawiki.org/wiki/Help:Lua' : '', recording_url: extra.recording ?? '',
  }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('session_facilitators').values({ session_id: id, person_id: facilitatorId }).execute();
  const skills = await skillIds(db, spec.skills);
  if (skills.length) await db.insertInto('session_skills').values(skills.map((skill_id) => ({ session_id: id, skill_id }))).execute();
  return id;
}

/**
 * Indic-TechCom's monthly technical workshop (two sessions held with attendance, three to come, one of them
 * full with a waitlist), an open call for proposals with interest and reviews, and a one-day hackathon, so the
 * pages and feeds show real content on first start. Does nothing without Indic-TechCom or if already seeded.
 */
export async function seedDemoWorkshops(db: Db, now: Date): Promise<boolean> {
  const community = await db.selectFrom('communities').select('id').where('slug', '=', 'indic-techcom').executeTakeFirst();
  if (!community || await db.selectFrom('workshop_series').select('id').where('slug', '=', DEMO_SERIES_SLUG).executeTakeFirst()) return false;
  const members = await db.selectFrom('community_members as m').innerJoin('people as p', 'p.id', 'm.person_id')
    .select(['p.id', 'p.username', 'm.role']).where('m.community_id', '=', community.id).orderBy('m.joined_at').orderBy('p.id').execute();
  const organizer = members.find((m) => m.username === 'Demo Organizer') ?? members[0]!;
  const others = members.filter((m) => m.id !== organizer.id);
  // Everyone else who may register: the demo's people from South Asia first.
  const audience = (await sql<{ id: number }>`select id from people where region = 'SA' and id <> ${organizer.id} order by id limit 120`.execute(db)).rows.map((r) => r.id);
  const zone = 'Asia/Kolkata';

  const { id: seriesId } = await db.insertInto('workshop_series').values({
    slug: DEMO_SERIES_SLUG, community_id: community.id, title: 'Indic-TechCom monthly technical workshop',
    description: 'One remote technical workshop a month for the 25+ Indic language wikis, given in one language with simultaneous interpretation into others.\n\nOpen to everyone in South Asia; recordings and materials stay on this page.',
    scope: 'regional', cadence: 'monthly', cadence_week: 2, cadence_weekday: 5, cadence_time: '15:00', home_zone: zone,
    languages: ['hi', 'bn', 'ta', 'te', 'ml', 'en'], default_capacity: 40, default_duration_minutes: 90, created_by: organizer.id,
    created_at: new Date(now.getTime() - 120 * DAY),
  }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('series_team').values([
    { series_id: seriesId, person_id: organizer.id, role: 'organizer' },
    ...others.slice(0, 2).map((m) => ({ series_id: seriesId, person_id: m.id, role: 'support' as const })),
  ]).execute();
  const topics = await skillIds(db, ['lua-modules', 'templates', 'bots', 'wikidata', 'gadgets-user-scripts']);
  await db.insertInto('series_skills').values(topics.map((skill_id) => ({ series_id: seriesId, skill_id }))).execute();

  // Two held sessions (the two previous second Saturdays) and three to come.
  const past = nextOccurrences({ week: 2, weekday: 5, time: '15:00', zone }, new Date(now.getTime() - 75 * DAY), 3).filter((d) => d < now).slice(-2);
  const coming = nextOccurrences({ week: 2, weekday: 5, time: '15:00', zone }, now, 3);
  const facilitator = (i: number) => others[(i * 3) % Math.max(1, others.length)]?.id ?? organizer.id;
  for (const [i, startsAt] of past.entries()) {
    const id = await addSession(db, seriesId, MONTHLY[i]!, startsAt, zone, 40, facilitator(i), { recording: `https://commons.wikimedia.org/wiki/File:Indic-TechCom_workshop_${i + 1}.webm` });
    const registrants = audience.slice(i * 10, i * 10 + 24);
    for (const personId of registrants) await registerForSession(db, { id: personId, username: '', role: 'member' }, id, new Date(startsAt.getTime() - 5 * DAY));
    await markAttendance(db, { id: organizer.id, username: organizer.username, role: 'organizer' }, id, registrants.filter((_, n) => n % 4 !== 3), now);
  }
  for (const [i, startsAt] of coming.entries()) {
    const spec = MONTHLY[i + 2]!;
    // The first coming session is full with a short waitlist; the others are filling up.
    const capacity = i === 0 ? 12 : 40;
    const id = await addSession(db, seriesId, spec, startsAt, zone, capacity, facilitator(i + 2));
    for (const [n, personId] of audience.slice(40 + i * 20, 40 + i * 20 + (i === 0 ? 15 : 8 - i * 2)).entries()) {
      await registerForSession(db, { id: personId, username: '', role: 'member' }, id, new Date(now.getTime() - (20 - n) * 3_600_000));
    }
  }

  // The open call, with proposals by community members, interest sign-ups and some reviews.
  const { id: callId } = await db.insertInto('proposal_calls').values({
    slug: DEMO_PROPOSAL_CALL_SLUG, series_id: seriesId, title: 'Proposals for the 2027 workshops',
    description: 'Propose a workshop, a lightning talk or a discussion for the monthly series. Sessions are remote; say which languages you can present in and which interpretation you need.',
    closes_at: zonedToUtc(new Date(now.getTime() + 21 * DAY).toISOString().slice(0, 10), '23:59', zone), status: 'open',
    questions: JSON.stringify([{ id: 'q1', label: 'Which wikis will use what participants learn?' }]),
    review_categories: JSON.stringify(CATEGORIES), created_by: organizer.id, created_at: new Date(now.getTime() - 10 * DAY),
  }).returning('id').executeTakeFirstOrThrow();
  const reviewers = [organizer.id, ...others.slice(0, 2).map((m) => m.id)];
  for (const [i, p] of PROPOSALS.entries()) {
    const submitter = others[2 + i]?.id ?? organizer.id;
    const submittedAt = new Date(now.getTime() - (9 - i) * DAY);
    const { id: proposalId } = await db.insertInto('proposals').values({
      call_id: callId, submitted_by: submitter, title: p.title, session_type: p.type, language: p.language,
      interpretation_languages: [...p.interpretation], duration_minutes: p.minutes, plan: p.plan, support_needed: p.support, benefit: p.benefit,
      answers: JSON.stringify({ q1: 'Hindi, Bengali and Tamil Wikipedia first; the others through the regional hub.' }),
      status: 'submitted', submitted_at: submittedAt, created_at: submittedAt, updated_at: submittedAt,
    }).returning('id').executeTakeFirstOrThrow();
    const skills = await skillIds(db, p.skills);
    if (skills.length) await db.insertInto('proposal_skills').values(skills.map((skill_id) => ({ proposal_id: proposalId, skill_id }))).execute();
    const fans = audience.slice(i * 7, i * 7 + p.interest).filter((id) => id !== submitter);
    if (fans.length) await db.insertInto('proposal_interest').values(fans.map((person_id) => ({ proposal_id: proposalId, person_id }))).execute();
    for (const [n, scores] of p.reviews.entries()) {
      await db.insertInto('proposal_reviews').values({
        proposal_id: proposalId, reviewer_id: reviewers[n]!, comment: n === 0 ? 'Clear plan; the interpretation needs to be booked early.' : '',
        scores: JSON.stringify(Object.fromEntries(CATEGORIES.map((c, k) => [c.key, scores[k]]))),
      }).execute();
    }
  }

  // A one-day, global hackathon: an "event" is a series with sessions scheduled one by one.
  const { id: eventId } = await db.insertInto('workshop_series').values({
    slug: DEMO_EVENT_SLUG, community_id: community.id, title: 'South Asia Hackathon 2027 (online)',
    description: 'A day of remote hacking on tools, gadgets and templates for South Asian wikis. Everyone is welcome.',
    scope: 'global', cadence: 'ad-hoc', home_zone: zone, languages: ['en', 'hi', 'bn'], default_capacity: 100, default_duration_minutes: 60,
    created_by: organizer.id, created_at: new Date(now.getTime() - 30 * DAY),
  }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('series_team').values({ series_id: eventId, person_id: organizer.id, role: 'organizer' }).execute();
  const day = new Date(coming[1]!.getTime() + 7 * DAY).toISOString().slice(0, 10);
  for (const [i, spec] of HACKATHON.entries()) {
    await addSession(db, eventId, spec, zonedToUtc(day, spec.localTime, zone), zone, 100, facilitator(i + 5));
  }
  return true;
}
