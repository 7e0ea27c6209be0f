import { beforeAll, describe, expect, it } from 'vitest';
import { saveMentorOffer } from '../../src/domain/mentorship/mutations.js';
import { translatorFor } from '../../src/i18n/messages.js';
import { Client, createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';
import { createPerson, dailyHours } from '../factories.js';

const handle = useTestDatabase();
const t = translatorFor('en').t;
const ar = translatorFor('ar').t;
const evenings = { country: 'IN', timeZone: 'Asia/Kolkata', availability: dailyHours(18, 22) };
let app: ReturnType<typeof createTestApp>;

beforeAll(() => {
  app = createTestApp(handle.db);
});

async function signedIn(username: string) {
  const client = new Client(app);
  await client.signIn(username);
  return client;
}

/** The first link to a mentorship page on the dashboard. */
const mentorshipLink = (html: string) => /href="(\/mentorships\/\d+)"/.exec(html)?.[1];
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ');

describe('mentorship pages', () => {
  it('takes a request through a run, both acceptances, a check-in and completion, as plain forms', async () => {
    const { db } = handle;
    await createPerson(db, { username: 'Learner Mina', ...evenings, languages: [['hi', 5], ['en', 3]], skills: [['lua-modules', 'learn', 1]] });
    const mentor = await createPerson(db, { username: 'Mentor Arjun', ...evenings, languages: [['hi', 4]], skills: [['lua-modules', 'share', 4]] });
    await createPerson(db, { username: 'Organizer Oya', role: 'organizer' });
    const learner = await signedIn('Learner Mina');

    // The dashboard offers the skill from the profile in one click, with the form filled from the profile.
    const dashboard = await learner.get('/mentorship');
    expect(dashboard.html).toContain('href="/mentorship/ask?skill=lua-modules"');
    const form = await learner.get('/mentorship/ask?skill=lua-modules');
    expect(form.html).toContain('<option selected="" value="lua-modules"');
    expect(form.html).toMatch(/name="languages" value="hi" checked/);
    expect(form.html).toMatch(/<option value="1" selected/);

    const asked = await learner.post('/mentorship/ask', { skill: 'lua-modules', level: '1', goal: 'Write an infobox module', languages: ['hi'], format: 'few-sessions' });
    expect(asked.status).toBe(303);
    expect(text((await learner.get('/mentorship')).html)).toContain(t('sangam-request-status-open'));

    // Nobody offers mentoring yet: the organizer's run says why.
    const organizer = await signedIn('Organizer Oya');
    await organizer.get('/mentorship/pool');
    expect((await organizer.post('/mentorship/runs', {})).status).toBe(303);
    expect(text((await organizer.get('/mentorship/pool')).html)).toContain(t('sangam-unmatched-skill'));

    await saveMentorOffer(db, mentor.id, { capacity: 1, awayUntil: null, skillIds: [] }, new Date());
    await organizer.get('/mentorship/pool');
    await organizer.post('/mentorship/runs', {});
    const pool = text((await organizer.get('/mentorship/pool')).html);
    expect(pool).toContain(t('sangam-pool-load-value', 1, 1));

    const mentorClient = await signedIn('Mentor Arjun');
    const mentorDashboard = await mentorClient.get('/mentorship');
    expect(text(mentorDashboard.html)).toContain(t('sangam-mentorship-to-answer'));
    const href = mentorshipLink(mentorDashboard.html)!;
    const page = text((await mentorClient.get(href)).html);
    expect(page).toContain('shares हिन्दी · 28 h overlap · Lua and Scribunto modules 4 → 1 · same region');

    await mentorClient.post(`${href}/respond`, { decision: 'accept' });
    await learner.get(href);
    await learner.post(`${href}/respond`, { decision: 'accept' });
    expect(text((await learner.get(href)).html)).toContain(t('sangam-checkin-add'));

    const bad = await learner.post(`${href}/checkins`, { metOn: '2026-02-30', notes: '' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain(t('sangam-error-invalid-date'));
    await learner.post(`${href}/checkins`, { metOn: '2026-11-25', notes: 'Built the first version', nextStep: 'Add tests' });
    await mentorClient.get(href);
    await mentorClient.post(`${href}/end`, { outcome: 'completed', note: 'Well done' });
    const ended = text((await learner.get(href)).html);
    expect(ended).toContain('Built the first version');
    expect(ended).toContain(t('sangam-mentorship-status-completed'));

    // Their data export carries the request, the mentorship and its check-in.
    const exported = await (await learner.request('/me/export')).json() as {
      mentorship: { requests: { skill: string; status: string }[]; mentorships: { mentor: string; status: string }[]; checkins: { notes: string }[] };
      notifications: { kind: string }[];
    };
    expect(exported.mentorship.requests).toMatchObject([{ skill: 'lua-modules', status: 'closed' }]);
    expect(exported.mentorship.mentorships).toMatchObject([{ mentor: 'Mentor Arjun', status: 'completed' }]);
    expect(exported.mentorship.checkins).toMatchObject([{ notes: 'Built the first version' }]);
    expect(exported.notifications.map((n) => n.kind)).toContain('mentorship-ended');
  });

  it('keeps mentorships to their two people and organizers, and the pool to organizers', async () => {
    const { db } = handle;
    await createPerson(db, { username: 'Learner Lee', ...evenings, languages: [['en', 5]] });
    const mentor = await createPerson(db, { username: 'Mentor Mo', ...evenings, languages: [['en', 5]], skills: [['wikidata', 'share', 4]] });
    await createPerson(db, { username: 'Stranger Sam' });
    await saveMentorOffer(db, mentor.id, { capacity: 2, awayUntil: null, skillIds: [] }, new Date());
    const learner = await signedIn('Learner Lee');
    await learner.get('/mentorship/ask');
    await learner.post('/mentorship/ask', { skill: 'wikidata', level: '0', goal: 'Model my village', languages: ['en'], format: 'one-off' });
    const organizer = await signedIn('Organizer Oya');
    await organizer.get('/mentorship/pool');
    await organizer.post('/mentorship/runs', {});
    const href = mentorshipLink((await learner.get('/mentorship')).html)!;

    const stranger = await signedIn('Stranger Sam');
    expect((await stranger.get(href)).status).toBe(403);
    expect((await stranger.post(`${href}/respond`, { decision: 'accept' })).status).toBe(403);
    expect((await stranger.get('/mentorship/pool')).status).toBe(403);
    expect((await stranger.post('/mentorship/runs', {})).status).toBe(403);
    expect((await organizer.get(href)).status).toBe(200);
    expect((await new Client(app).get(href)).status).toBe(303);
    expect((await stranger.get('/mentorships/abc')).status).toBe(404);
    expect((await stranger.get('/mentorships/99999999999')).status).toBe(404);
    expect((await learner.post(`${href}/respond`, { decision: 'maybe' })).status).toBe(400);
    const early = await learner.post(`${href}/checkins`, { metOn: '2026-11-25', notes: 'x' });
    expect(early.status).toBe(400);
    expect(text(await early.text())).toContain(t('sangam-mentorship-error-not-active'));
  });

  it('answers bad requests with the form and its errors, storing nothing', async () => {
    const { db } = handle;
    await createPerson(db, { username: 'Careful Cai', languages: [['zh', 5]] });
    const client = await signedIn('Careful Cai');
    await client.get('/mentorship/ask');
    for (const fields of [
      { skill: 'no-such-skill', level: '0', goal: 'x', languages: ['zh'], format: 'ongoing' },
      { skill: 'wikidata', level: '4', goal: 'x', languages: ['zh'], format: 'ongoing' },
      { skill: 'wikidata', level: '0', goal: '', languages: ['zh'], format: 'ongoing' },
      { skill: 'wikidata', level: '0', goal: 'x', languages: ['fr'], format: 'ongoing' },
      { skill: 'wikidata', level: '0', goal: 'x', languages: ['zh'], format: 'forever' },
    ]) {
      const response = await client.post('/mentorship/ask', fields);
      expect(response.status, JSON.stringify(fields)).toBe(400);
    }
    await client.get('/mentorship/offer');
    expect((await client.post('/mentorship/offer', { capacity: '-1', awayUntil: '' })).status).toBe(400);
    expect((await client.post('/mentorship/offer', { capacity: '2', awayUntil: 'soon' })).status).toBe(400);
    expect((await client.post('/mentorship/offer', { capacity: '2', awayUntil: '', skills: ['1'] })).status).toBe(400);
    const person = await db.selectFrom('people').select('id').where('username', '=', 'Careful Cai').executeTakeFirstOrThrow();
    expect(await db.selectFrom('mentorship_requests').select('id').where('learner_id', '=', person.id).execute()).toEqual([]);
    expect(await db.selectFrom('mentor_offers').select('person_id').where('person_id', '=', person.id).execute()).toEqual([]);
  });

  it('shows the dashboard right to left in Arabic', async () => {
    await createPerson(handle.db, { username: 'Reader Rana', languages: [['ar', 5]] });
    const client = new Client(app, { 'accept-language': 'ar' });
    await client.signIn('Reader Rana');
    const { html } = await client.get('/mentorship');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain(ar('sangam-mentorship-ask'));
    expect(html).toContain(ar('sangam-mentorship-none-current'));
  });
});
