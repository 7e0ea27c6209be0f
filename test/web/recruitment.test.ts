import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { CRITERIA, DEFAULT_WEIGHTS } from '../../src/domain/recruitment/readiness.js';
import { translatorFor } from '../../src/i18n/messages.js';
import { Client, createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';
import { createCommunity, createPerson } from '../factories.js';

const handle = useTestDatabase();
const t = translatorFor('en').t;
const bn = translatorFor('bn').t;
let app: ReturnType<typeof createTestApp>;
let clock = new Date('2027-01-10T12:00:00Z');

beforeAll(() => {
  app = createTestApp(handle.db, {}, () => clock);
});

async function signedIn(username: string) {
  const client = new Client(app);
  await client.signIn(username);
  return client;
}
/** Every page fits the 14 KB (one round trip) budget, compressed. */
const expectWithinBudget = (html: string) => expect(gzipSync(html).length).toBeLessThan(14 * 1024);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ');

const weights = Object.fromEntries(CRITERIA.map((c) => [`weights.${c}`, String(DEFAULT_WEIGHTS[c])]));
const callForm = (over: Record<string, string> = {}) => ({
  title: 'Technical capacity program 2027', slug: 'tcp-2027', description: 'Workshops on templates and Lua.', closesOn: '2027-02-28',
  minConfirmed: '3', status: 'open', ...weights, ...over,
});
const fullAnswers = {
  'answers.ready-for-help.choice': 'yes', 'answers.ready-for-help.evidence': 'The village pump asked for help with templates.',
  'answers.underserved.choice': 'yes', 'answers.underserved.evidence': 'Two people maintain all modules.',
  'answers.interested.evidence': 'We ran a survey.',
  'answers.reach.evidence': 'Wikipedia and Wiktionary.',
  'answers.takes-lead.choice': 'yes', 'answers.takes-lead.evidence': 'Our organizers will host monthly sessions.',
  'answers.language-spoken.choice': 'partly', 'answers.language-spoken.evidence': 'Spoken by a million people.',
  'answers.no-conflict.choice': 'yes', 'answers.no-conflict.evidence': 'No conflict affects the community.',
};

describe('recruitment pages', () => {
  it('takes a call from creation to an application, confirmations, an override and a decision, as plain forms', async () => {
    const { db } = handle;
    await createPerson(db, { username: 'Coordinator Cora', role: 'organizer' });
    const organizer = await createPerson(db, { username: 'Organizer Ola' });
    const members = await Promise.all(['Member A', 'Member B', 'Member C'].map((username) => createPerson(db, { username })));
    await createCommunity(db, { slug: 'ola-wiki', name: 'Ola Wikipedians', wikis: ['satwiki'], languages: ['sat'], members: [organizer.id, members[0].id] });
    const stats = { articles: 11_000, pages: 40_000, edits: 500_000, admins: 3, users: 20_000, active_users: 150, files: 10, as_of: '2026-11-01', source: 'snapshot' as const };
    await db.insertInto('wiki_stats').values({ dbname: 'satwiki', ...stats }).onConflict((oc) => oc.column('dbname').doUpdateSet(stats)).execute();

    // Only coordinators create calls.
    const stranger = await signedIn('Member C');
    expect((await stranger.get('/calls/new')).status).toBe(403);
    const coordinator = await signedIn('Coordinator Cora');
    expect(text((await coordinator.get('/calls')).html)).toContain(t('sangam-calls-none'));
    expectWithinBudget((await coordinator.get('/calls/new')).html);
    expect((await coordinator.post('/calls/new', callForm())).headers.get('location')).toBe('/calls/tcp-2027');
    const callHtml = (await coordinator.get('/calls/tcp-2027')).html;
    expectWithinBudget(callHtml);
    const callPage = text(callHtml);
    expect(callPage).toContain(t('sangam-call-created'));
    expect(callPage).toContain(t('sangam-criterion-no-conflict'));
    expect(callPage).toContain(t('sangam-rule-interested', 3));
    expect(text((await new Client(app).get('/calls')).html)).toContain('Technical capacity program 2027');

    // The community's organizer applies; a non-organizer cannot apply for it.
    const ola = await signedIn('Organizer Ola');
    expect((await ola.get('/calls/tcp-2027')).html).toContain('href="/calls/tcp-2027/apply"');
    const applyForm = await ola.get('/calls/tcp-2027/apply');
    expect(applyForm.html).toContain('Ola Wikipedians');
    const communityId = /<option value="(\d+)"/.exec(applyForm.html)![1];
    const memberA = await signedIn('Member A');
    await memberA.get('/calls/tcp-2027/apply');
    const notOrganizer = await memberA.post('/calls/tcp-2027/apply', { community: communityId });
    expect(notOrganizer.status).toBe(403);
    expect(await notOrganizer.text()).toContain(t('sangam-recruitment-error-not-organizer'));
    expect(await db.selectFrom('call_applications').select('id').execute()).toEqual([]);

    const started = await ola.post('/calls/tcp-2027/apply', { community: communityId });
    expect(started.status).toBe(303);
    const href = started.headers.get('location')!;
    expect(href).toMatch(/^\/applications\/\d+$/);
    const again = await ola.post('/calls/tcp-2027/apply', { community: communityId });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain(t('sangam-recruitment-error-already-applied'));

    // Submitting without every answer is refused, and nothing is stored.
    expectWithinBudget((await ola.get(href)).html);
    const incomplete = await ola.post(`${href}/answers`, { ...fullAnswers, 'answers.takes-lead.choice': '', 'answers.no-conflict.evidence': '', intent: 'submit' });
    expect(incomplete.status).toBe(400);
    const incompleteHtml = await incomplete.text();
    expect(incompleteHtml).toContain(t('sangam-recruitment-error-answer-needed'));
    expect(incompleteHtml).toContain(t('sangam-recruitment-error-explain-conflict'));
    expect(incompleteHtml).toContain('Our organizers will host monthly sessions.');
    const stored = await db.selectFrom('call_applications').select(['status', 'answers']).executeTakeFirstOrThrow();
    expect(stored).toEqual({ status: 'draft', answers: {} });
    expect((await ola.post(`${href}/answers`, { ...fullAnswers, 'answers.takes-lead.choice': 'maybe', intent: 'save' })).status).toBe(400);

    // A stranger cannot edit the answers.
    await stranger.get(href);
    expect((await stranger.post(`${href}/answers`, { ...fullAnswers, intent: 'save' })).status).toBe(403);

    // Members join; joining twice counts once; withdrawing takes it back.
    for (const username of ['Member A', 'Member B', 'Member C']) {
      const client = username === 'Member A' ? memberA : username === 'Member C' ? stranger : await signedIn(username);
      await client.get(href);
      expect((await client.post(`${href}/confirm`, {})).status).toBe(303);
    }
    await memberA.get(href);
    await memberA.post(`${href}/confirm`, {});
    expect(text((await memberA.get(href)).html)).toContain(t('sangam-application-confirmed-count', 3, 3));
    await stranger.post(`${href}/withdraw`, {});
    const afterWithdraw = text((await stranger.get(href)).html);
    expect(afterWithdraw).toContain(t('sangam-application-confirmed-count', 2, 3));
    expect(afterWithdraw).toContain(t('sangam-application-join'));
    await stranger.post(`${href}/confirm`, {});
    // Visitors see the count, not the names.
    const visitor = text((await new Client(app).get(href)).html);
    expect(visitor).toContain(t('sangam-application-confirmed-count', 3, 3));
    expect(visitor).not.toContain('Member B');

    // The organizer saves a draft, then submits.
    await ola.get(href);
    expect((await ola.post(`${href}/answers`, { ...fullAnswers, intent: 'save' })).status).toBe(303);
    expect(text((await ola.get(href)).html)).toContain(t('sangam-application-saved'));
    expect((await ola.post(`${href}/answers`, { ...fullAnswers, intent: 'submit' })).status).toBe(303);
    const submitted = text((await ola.get(href)).html);
    expect(submitted).toContain(t('sangam-application-status-submitted'));
    expect(submitted).not.toContain(t('sangam-application-save'));
    expect((await ola.post(`${href}/answers`, { ...fullAnswers, intent: 'save' })).status).toBe(409);

    // The score table: every criterion with evidence, score, weight and points. A small wiki (150 active
    // users), 3 of 3 confirmed, one wiki and 3 people (reach 3/6), "partly" for the language: 15+15+20+5+15+5+15.
    const reviewPage = (await coordinator.get(href)).html;
    expectWithinBudget(reviewPage);
    const scores = text(reviewPage);
    expect(scores).toContain('The village pump asked for help with templates.');
    expect(scores).toContain(t('sangam-basis-confirmations', 3, 3));
    expect(scores).toContain(`${t('sangam-basis-answer', t('sangam-choice-yes'))} · ${t('sangam-basis-wiki-stats', 'satwiki', 11_000, 150, 3)}`);
    expect(scores).toContain(t('sangam-basis-reach', 1, 3));
    expect(scores).toMatch(/Total \(out of 100\) 90 /);

    // Reviewing is for coordinators only.
    expect((await ola.post(`${href}/overrides`, { criterion: 'reach', score: '1', reason: 'x' })).status).toBe(403);
    expect((await ola.post(`${href}/decision`, { decision: 'accepted', message: 'x' })).status).toBe(403);
    const noReason = await coordinator.post(`${href}/overrides`, { criterion: 'reach', score: '1', reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain(t('sangam-recruitment-error-reason'));
    expect((await coordinator.post(`${href}/overrides`, { criterion: 'reach', score: '1.5', reason: 'x' })).status).toBe(400);
    expect((await coordinator.post(`${href}/overrides`, { criterion: 'nonsense', score: '1', reason: 'x' })).status).toBe(400);
    expect(await db.selectFrom('application_overrides').selectAll().execute()).toEqual([]);
    await coordinator.get(href);
    expect((await coordinator.post(`${href}/overrides`, { criterion: 'reach', score: '1', reason: 'Three sister projects take part' })).status).toBe(303);
    const overridden = text((await coordinator.get(href)).html);
    expect(overridden).toContain(`${t('sangam-readiness-override-by', 'Coordinator Cora')}: Three sister projects take part`);
    expect(overridden).toMatch(/Total \(out of 100\) 95/);
    // An override can be taken back, and given again.
    expect((await ola.post(`${href}/overrides/remove`, { criterion: 'reach' })).status).toBe(403);
    expect((await coordinator.post(`${href}/overrides/remove`, { criterion: 'bogus' })).status).toBe(400);
    expect((await coordinator.post(`${href}/overrides/remove`, { criterion: 'reach' })).status).toBe(303);
    expect(text((await coordinator.get(href)).html)).toMatch(/Total \(out of 100\) 90 /);
    await coordinator.post(`${href}/overrides`, { criterion: 'reach', score: '1', reason: 'Three sister projects take part' });
    // Ranked on the call page for coordinators.
    expect(text((await coordinator.get('/calls/tcp-2027')).html)).toContain(t('sangam-call-applications-ranked'));

    expect((await coordinator.post(`${href}/decision`, { decision: 'maybe', message: 'x' })).status).toBe(400);
    expect((await coordinator.post(`${href}/decision`, { decision: 'accepted', message: '' })).status).toBe(400);
    expect((await coordinator.post(`${href}/decision`, { decision: 'accepted', message: 'Welcome to the programme!' })).status).toBe(303);
    const decided = await db.selectFrom('call_applications').select(['status', 'decided_by', 'decided_at', 'decision_message']).executeTakeFirstOrThrow();
    expect(decided).toMatchObject({ status: 'accepted', decision_message: 'Welcome to the programme!' });
    expect(decided.decided_by).not.toBeNull();
    expect((await coordinator.post(`${href}/decision`, { decision: 'rejected', message: 'Changed my mind' })).status).toBe(409);
    // After the decision, confirmations are closed.
    expect((await memberA.post(`${href}/withdraw`, {})).status).toBe(409);

    // The organizer sees the decision, and is notified (in Bengali, when they read in Bengali).
    const olaPage = text((await ola.get(href)).html);
    expect(olaPage).toContain('Welcome to the programme!');
    expect(olaPage).toContain(t('sangam-application-status-accepted'));
    const notifications = text((await ola.get('/notifications')).html);
    expect(notifications).toContain(t('sangam-notification-application-accepted', 'Ola Wikipedians', 'Technical capacity program 2027'));
    expect(text((await ola.get('/notifications?uselang=bn')).html))
      .toContain(bn('sangam-notification-application-accepted', 'Ola Wikipedians', 'Technical capacity program 2027'));
  });

  it('refuses applications after the deadline with a localized 409, and keeps drafts from being submitted', async () => {
    const { db } = handle;
    await createPerson(db, { username: 'Coordinator Dee', role: 'admin' });
    const organizer = await createPerson(db, { username: 'Organizer Late' });
    const second = await createCommunity(db, { slug: 'late-one', name: 'Late One', members: [organizer.id] });
    await createCommunity(db, { slug: 'late-two', name: 'Late Two', members: [organizer.id] });
    const coordinator = await signedIn('Coordinator Dee');
    await coordinator.get('/calls/new');
    expect((await coordinator.post('/calls/new', callForm({ slug: 'short-call', closesOn: '2027-01-15' }))).status).toBe(303);
    // A taken address, bad dates and weights: 400, nothing stored.
    for (const bad of [{ slug: 'short-call' }, { slug: 'Not A Slug' }, { closesOn: '2027-02-30' }, { 'weights.reach': '-1' }, { title: '' },
      Object.fromEntries(CRITERIA.map((c) => [`weights.${c}`, '0']))]) {
      const response = await coordinator.post('/calls/new', callForm({ slug: 'other-call', ...bad }));
      expect(response.status, JSON.stringify(bad)).toBe(400);
    }
    expect((await db.selectFrom('recruitment_calls').select('slug').execute()).map((r) => r.slug).sort()).toEqual(['short-call', 'tcp-2027']);

    const late = await signedIn('Organizer Late');
    await late.get('/calls/short-call/apply');
    const started = await late.post('/calls/short-call/apply', { community: String(second.id) });
    const href = started.headers.get('location')!;

    clock = new Date('2027-01-16T08:00:00Z');
    try {
      const blocked = await late.post('/calls/short-call/apply', { community: String(second.id + 1) });
      expect(blocked.status).toBe(409);
      expect(await blocked.text()).toContain(t('sangam-recruitment-error-deadline', '2027-01-15'));
      const page = await late.get(href);
      expect(text(page.html)).toContain(t('sangam-application-edit-closed'));
      const submit = await late.post(`${href}/answers`, { ...fullAnswers, intent: 'submit' });
      expect(submit.status).toBe(409);
      expect(await submit.text()).toContain(t('sangam-recruitment-error-deadline', '2027-01-15'));
      const bengali = await late.request(`${href}/answers?uselang=bn`, {
        method: 'POST', body: new URLSearchParams({ _csrf: late.csrf, ...fullAnswers, intent: 'submit' }),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(bengali.status).toBe(409);
      expect(await bengali.text()).toContain(bn('sangam-recruitment-error-deadline', '2027-01-15'));
      expect(await db.selectFrom('call_applications').select('status').where('community_id', '=', second.id).executeTakeFirst()).toEqual({ status: 'draft' });
    } finally {
      clock = new Date('2027-01-10T12:00:00Z');
    }
  });

  it('answers unknown and malformed addresses with 404, drafts of calls only to coordinators', async () => {
    const { db } = handle;
    await createPerson(db, { username: 'Coordinator Eve', role: 'organizer' });
    const coordinator = await signedIn('Coordinator Eve');
    await coordinator.get('/calls/new');
    await coordinator.post('/calls/new', callForm({ slug: 'hidden-draft', status: 'draft' }));
    expect((await coordinator.get('/calls/hidden-draft')).status).toBe(200);
    const visitor = new Client(app);
    expect((await visitor.get('/calls/hidden-draft')).status).toBe(404);
    expect(text((await visitor.get('/calls')).html)).not.toContain('hidden-draft');
    for (const path of ['/calls/nope', '/calls/UPPER%20case', '/applications/999999', '/applications/abc', '/applications/99999999999']) {
      expect((await visitor.get(path)).status, path).toBe(404);
    }
    expect((await coordinator.post('/applications/999999/confirm', {})).status).toBe(404);
    expect((await coordinator.post('/applications/999999/decision', { decision: 'accepted', message: 'x' })).status).toBe(404);
    // Opening the draft makes it public.
    await coordinator.get('/calls/hidden-draft');
    expect((await coordinator.post('/calls/hidden-draft/status', { status: 'open' })).status).toBe(303);
    expect((await visitor.get('/calls/hidden-draft')).status).toBe(200);
    expect((await coordinator.post('/calls/hidden-draft/status', { status: 'weird' })).status).toBe(400);
  });
});
