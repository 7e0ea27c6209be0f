import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/i18n/messages.js';
import { momentIn } from '../../src/web/presenters/names.js';
import { Client, createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';
import { createCommunity, createPerson } from '../factories.js';
import { createSeries } from '../workshops/factories.js';
import { insertCall, insertProposal, text } from './helpers.js';

// Calls, proposals, co-presenters and the proposal form, through plain forms as a browser without JavaScript.

const handle = useTestDatabase();
const t = translatorFor('en').t;
const hi = translatorFor('hi').t;
let app: ReturnType<typeof createTestApp>;
let clock = new Date('2027-03-01T06:00:00Z');

async function signedIn(username: string, headers: Record<string, string> = {}) {
  const client = new Client(app, headers);
  await client.signIn(username);
  return client;
}
const expectWithinBudget = (html: string) => expect(gzipSync(html).length).toBeLessThan(14 * 1024);

let seriesId = 0;
let organizer: { id: number };
let presenter: { id: number };

beforeAll(async () => {
  app = createTestApp(handle.db, {}, () => clock);
  const { db } = handle;
  organizer = await createPerson(db, { username: 'Organizer Asha', timeZone: 'Asia/Kolkata' });
  presenter = await createPerson(db, { username: 'Presenter Ravi', timeZone: 'Europe/Paris' });
  await createPerson(db, { username: 'Stranger Sam' });
  await createPerson(db, { username: 'Meera K' });
  await createPerson(db, { username: 'Nikhil P' });
  const community = await createCommunity(db, { slug: 'indic-techcom', name: 'Indic TechCom', members: [organizer.id] });
  ({ id: seriesId } = await createSeries(db, { communityId: community.id, slug: 'indic-monthly', title: 'Indic monthly workshops', homeZone: 'Asia/Kolkata' }));
});

const callForm = (over: Record<string, string> = {}) => ({
  title: 'Sessions for 2027', slug: 'indic-2027', description: 'Propose a workshop for the Indic wikis.', closesDate: '2027-03-15', closesTime: '23:59',
  status: 'open', 'questions.0.id': '', 'questions.0.label': 'Which wikis will you use as examples?', 'questions.1.id': '', 'questions.1.label': '',
  'categories.0.key': '', 'categories.0.label': 'Benefit to the communities', 'categories.0.weight': '3',
  'categories.1.key': '', 'categories.1.label': 'Clarity of the plan', 'categories.1.weight': '2',
  'categories.2.key': '', 'categories.2.label': 'Presenters’ readiness', 'categories.2.weight': '2',
  'categories.3.key': '', 'categories.3.label': 'Feasibility', 'categories.3.weight': '1',
  'categories.4.key': '', 'categories.4.label': '', 'categories.4.weight': '',
  ...over,
});

describe('calls for proposals', () => {
  it('are opened by the series’ organizers through a form, with the deadline read in the series’ zone', async () => {
    const { db } = handle;
    expect((await new Client(app).get('/series/indic-monthly/calls/new')).response.headers.get('location')).toMatch(/^\/signin\?return=/);
    const stranger = await signedIn('Stranger Sam');
    expect((await stranger.get('/series/indic-monthly/calls/new')).status).toBe(403);
    expect((await stranger.post('/series/indic-monthly/calls/new', callForm())).status).toBe(403);
    expect((await stranger.get('/series/no-such-series/calls/new')).status).toBe(404);

    const asha = await signedIn('Organizer Asha');
    const form = await asha.get('/series/indic-monthly/calls/new');
    expect(form.status).toBe(200);
    expectWithinBudget(form.html);
    // Default categories come from messages, with their weights.
    expect(form.html).toContain(`value="${t('sangam-cfp-category-benefit')}"`);
    expect(form.html).toContain('name="categories.0.weight" type="number" min="1" max="10" value="3"');
    expect(text(form.html)).toContain(t('sangam-cfp-field-deadline-hint', 'Asia/Kolkata'));

    // A weight out of range and a missing category are refused, and nothing is stored.
    const bad = await asha.post('/series/indic-monthly/calls/new', callForm({ 'categories.1.weight': '0' }));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain(t('sangam-cfp-error-weight'));
    const none = await asha.post('/series/indic-monthly/calls/new', callForm({
      'categories.0.label': '', 'categories.1.label': '', 'categories.2.label': '', 'categories.3.label': '',
    }));
    expect(none.status).toBe(400);
    expect(await none.text()).toContain(t('sangam-cfp-error-categories'));
    expect(await db.selectFrom('proposal_calls').select('id').execute()).toEqual([]);

    const created = await asha.post('/series/indic-monthly/calls/new', callForm());
    expect(created.status).toBe(303);
    expect(created.headers.get('location')).toBe('/cfp/indic-2027');
    const row = await db.selectFrom('proposal_calls').selectAll().executeTakeFirstOrThrow();
    // 23:59 in Asia/Kolkata (+5:30) is 18:29 UTC.
    expect(row.closes_at).toEqual(new Date('2027-03-15T18:29:00Z'));
    expect(row.questions).toEqual([{ id: 'q1', label: 'Which wikis will you use as examples?' }]);
    expect(row.review_categories.map((c) => [c.key, c.weight])).toEqual([['c1', 3], ['c2', 2], ['c3', 2], ['c4', 1]]);
    expect((await asha.post('/series/indic-monthly/calls/new', callForm())).status).toBe(400);

    // Each viewer reads the deadline in their own zone.
    const paris = momentIn('en', 'Europe/Paris', row.closes_at!);
    expect(paris).toContain('7:29');
    const ravi = await signedIn('Presenter Ravi');
    const page = await ravi.get('/cfp/indic-2027');
    expectWithinBudget(page.html);
    expect(text(page.html)).toContain(t('sangam-cfp-deadline', t('sangam-cfp-time-in-zone', paris, 'Europe/Paris')));
    expect(text(page.html)).toContain('Which wikis will you use as examples?');
    expect(page.html).toContain('href="/cfp/indic-2027/propose"');
    expect(page.html).not.toContain('href="/cfp/indic-2027/edit"');

    // The edit page keeps question ids, so answers stay with their question; a draft call is hidden.
    const edit = await asha.get('/cfp/indic-2027/edit');
    expect(edit.html).toContain('name="closesDate" type="date" value="2027-03-15"');
    const drafted = await asha.post('/cfp/indic-2027/edit', { ...callForm({ status: 'draft', 'questions.0.id': 'q1', 'questions.0.label': 'Which wikis?' }) });
    expect(drafted.status).toBe(303);
    expect((await ravi.get('/cfp/indic-2027')).status).toBe(404);
    expect((await asha.get('/cfp/indic-2027')).status).toBe(200);
    expect((await stranger.post('/cfp/indic-2027/edit', callForm())).status).toBe(404);
    await asha.post('/cfp/indic-2027/edit', callForm({ 'questions.0.id': 'q1' }));
    expect((await stranger.post('/cfp/indic-2027/edit', callForm())).status).toBe(403);
    const reopened = await db.selectFrom('proposal_calls').select(['status', 'questions']).executeTakeFirstOrThrow();
    expect(reopened).toEqual({ status: 'open', questions: [{ id: 'q1', label: 'Which wikis will you use as examples?' }] });
  });

  it('answers unknown addresses and ids that are not numbers with 404', async () => {
    const client = await signedIn('Stranger Sam');
    for (const path of ['/cfp/NO', '/cfp/no-such-call', '/proposals/abc', '/proposals/0', '/proposals/99999999999', '/proposals/123456/review', '/cfp/no-such-call/review']) {
      expect((await client.get(path)).status, path).toBe(404);
    }
    await client.get('/cfp/indic-2027');
    expect((await client.post('/proposals/abc/interest', { want: 'yes' })).status).toBe(404);
  });
});

const proposalForm = (over: Record<string, string | string[]> = {}) => ({
  title: 'Lua modules for Indic wikis', sessionType: 'workshop', language: 'Hindi', interpretation: 'bn, தமிழ்', durationMinutes: '90',
  plan: '', supportNeeded: '', benefit: '', skills: ['', '', ''], 'answers.q1': '', intent: 'draft', ...over,
});
const complete = {
  plan: 'We write an infobox module together.\n\nThen everyone adapts it to their wiki.', benefit: 'Small wikis get working templates.',
  supportNeeded: 'Interpretation into Bengali.', 'answers.q1': 'Hindi and Bengali Wikipedia.',
};

describe('a proposal', () => {
  let href = '';

  it('is drafted, submitted and edited until the deadline; a late edit is a 409 and stores nothing', async () => {
    const { db } = handle;
    clock = new Date('2027-03-10T06:00:00Z');
    expect((await new Client(app).get('/cfp/indic-2027/propose')).response.headers.get('location')).toMatch(/^\/signin/);
    const ravi = await signedIn('Presenter Ravi');
    const form = await ravi.get('/cfp/indic-2027/propose');
    expectWithinBudget(form.html);
    expect(form.html).toContain('name="durationMinutes" type="number" value="60"');

    // An unknown language is a field error.
    const unknown = await ravi.post('/cfp/indic-2027/propose', proposalForm({ language: 'Klingonese' }));
    expect(unknown.status).toBe(400);
    expect(text(await unknown.text())).toContain(t('sangam-error-unknown-language', 'Klingonese'));

    const lua = await db.selectFrom('skills').select('id').where('slug', '=', 'lua-modules').executeTakeFirstOrThrow();
    const saved = await ravi.post('/cfp/indic-2027/propose', proposalForm({ skills: [String(lua.id), '', ''] }));
    expect(saved.status).toBe(303);
    href = saved.headers.get('location')!;
    expect(href).toMatch(/^\/proposals\/\d+$/);
    const draft = await db.selectFrom('proposals').selectAll().executeTakeFirstOrThrow();
    expect(draft).toMatchObject({ status: 'draft', language: 'hi', interpretation_languages: ['bn', 'ta'], duration_minutes: 90, submitted_at: null });
    expect(await db.selectFrom('proposal_skills').select('skill_id').execute()).toEqual([{ skill_id: lua.id }]);

    // A draft is the presenters’ and the organizers’ only.
    const stranger = await signedIn('Stranger Sam');
    expect((await stranger.get(href)).status).toBe(404);
    expect(text((await stranger.get('/cfp/indic-2027')).html)).not.toContain('Lua modules for Indic wikis');
    expect((await (await signedIn('Organizer Asha')).get(href)).status).toBe(200);

    // Submitting needs the plan, the benefit and every answer.
    const editForm = await ravi.get(`${href}/edit`);
    expect(editForm.html).toContain('value="hi"');
    const incomplete = await ravi.post(`${href}/edit`, proposalForm({ intent: 'submit' }));
    expect(incomplete.status).toBe(400);
    const incompleteHtml = await incomplete.text();
    expect(incompleteHtml).toContain('id="plan-error"');
    expect(incompleteHtml).toContain('id="benefit-error"');
    expect(incompleteHtml).toContain('id="answers.q1-error"');
    expect(incompleteHtml).toContain(t('sangam-proposal-error-needed'));
    expect((await db.selectFrom('proposals').select('status').executeTakeFirstOrThrow()).status).toBe('draft');

    const submitted = await ravi.post(`${href}/edit`, proposalForm({ ...complete, intent: 'submit' }));
    expect(submitted.status).toBe(303);
    expect(await db.selectFrom('proposals').select(['status', 'submitted_at', 'answers']).executeTakeFirstOrThrow())
      .toEqual({ status: 'submitted', submitted_at: clock, answers: { q1: 'Hindi and Bengali Wikipedia.' } });
    const page = await stranger.get(href);
    expectWithinBudget(page.html);
    expect(text(page.html)).toContain('Then everyone adapts it to their wiki.');
    expect(page.html).toContain('<bdi lang="ta">');

    // Edited before the deadline; the deadline minute itself is still in time.
    clock = new Date('2027-03-15T18:29:30Z');
    const edited = await ravi.post(`${href}/edit`, proposalForm({ ...complete, title: 'Lua modules, hands on', intent: 'submit' }));
    expect(edited.status).toBe(303);
    expect((await db.selectFrom('proposals').select(['title', 'status']).executeTakeFirstOrThrow())).toEqual({ title: 'Lua modules, hands on', status: 'submitted' });

    // After it, edits and new proposals are a localized 409 and nothing is stored.
    clock = new Date('2027-03-15T18:30:00Z');
    expect((await ravi.get(`${href}/edit`)).status).toBe(409);
    const late = await ravi.post(`${href}/edit`, proposalForm({ ...complete, title: 'Too late', intent: 'submit' }));
    expect(late.status).toBe(409);
    expect(text(await late.text())).toContain(t('sangam-proposal-error-deadline'));
    expect((await db.selectFrom('proposals').select('title').executeTakeFirstOrThrow()).title).toBe('Lua modules, hands on');
    const lateNew = await ravi.post('/cfp/indic-2027/propose', proposalForm({ ...complete, intent: 'submit' }));
    expect(lateNew.status).toBe(409);
    expect(await db.selectFrom('proposals').select('id').execute()).toHaveLength(1);
    expect(text((await ravi.get(href)).html)).toContain(t('sangam-proposal-edit-closed'));
  });

  it('is withdrawn by its submitter before a decision, even after the deadline, and leaves the public list', async () => {
    const { db } = handle;
    const stranger = await signedIn('Stranger Sam');
    await stranger.get(href);
    expect((await stranger.post(`${href}/withdraw`, {})).status).toBe(403);
    const ravi = await signedIn('Presenter Ravi');
    await ravi.get(href);
    expect((await ravi.post(`${href}/withdraw`, {})).status).toBe(303);
    expect((await db.selectFrom('proposals').select('status').executeTakeFirstOrThrow()).status).toBe('withdrawn');
    expect((await stranger.get(href)).status).toBe(404);
    expect(text((await stranger.get('/cfp/indic-2027')).html)).not.toContain('Lua modules, hands on');
    expect(text((await ravi.get(href)).html)).toContain(t('sangam-proposal-status-withdrawn'));
    expect((await ravi.post(`${href}/withdraw`, {})).status).toBe(409);
  });

  it('takes co-presenters invited by username, who confirm or decline; an unknown username is a field error', async () => {
    const { db } = handle;
    clock = new Date('2027-04-01T06:00:00Z');
    const call = await insertCall(db, { seriesId, slug: 'indic-extra' });
    const id = await insertProposal(db, { callId: call.id, by: presenter.id, title: 'Gadgets for editors' });
    const ravi = await signedIn('Presenter Ravi');
    await ravi.get(`/proposals/${id}`);

    const unknown = await ravi.post(`/proposals/${id}/presenters`, { username: 'Nobody Here' });
    expect(unknown.status).toBe(400);
    const unknownHtml = await unknown.text();
    expect(unknownHtml).toContain('id="username-error"');
    expect(text(unknownHtml)).toContain(t('sangam-proposal-error-unknown-user', 'Nobody Here'));
    expect(await db.selectFrom('proposal_presenters').select('person_id').where('proposal_id', '=', id).execute()).toEqual([]);

    // Typed as on the wikis: underscores for spaces, a lower-case first letter.
    expect((await ravi.post(`/proposals/${id}/presenters`, { username: 'meera_K' })).status).toBe(303);
    expect((await ravi.post(`/proposals/${id}/presenters`, { username: 'Nikhil P' })).status).toBe(303);
    const again = await ravi.post(`/proposals/${id}/presenters`, { username: 'Meera K' });
    expect(again.status).toBe(400);
    expect(text(await again.text())).toContain(t('sangam-proposal-error-already-presenter', 'Meera K'));
    const meeraId = (await db.selectFrom('people').select('id').where('username', '=', 'Meera K').executeTakeFirstOrThrow()).id;
    const told = await db.selectFrom('notifications').select(['kind', 'params', 'link']).where('person_id', '=', meeraId).execute();
    expect(told).toEqual([{ kind: 'presenter-invited', params: ['Gadgets for editors', 'Presenter Ravi'], link: `/proposals/${id}` }]);

    // Invited people are listed to the presenters only, until they confirm.
    const stranger = await signedIn('Stranger Sam');
    expect(text((await stranger.get(`/proposals/${id}`)).html)).not.toContain('Meera K');
    expect(text((await ravi.get(`/proposals/${id}`)).html)).toContain(`${t('sangam-proposal-invited')}: Meera K , Nikhil P`);
    expect((await stranger.post(`/proposals/${id}/presenters`, { username: 'Stranger Sam' })).status).toBe(403);
    expect((await stranger.post(`/proposals/${id}/presenters/answer`, { answer: 'confirm' })).status).toBe(403);

    const meera = await signedIn('Meera K');
    const invitation = await meera.get(`/proposals/${id}`);
    expect(text(invitation.html)).toContain(t('sangam-proposal-invitation'));
    expect((await meera.post(`/proposals/${id}/presenters/answer`, { answer: 'confirm' })).status).toBe(303);
    expect((await meera.post(`/proposals/${id}/presenters/answer`, { answer: 'confirm' })).status).toBe(409);
    const nikhil = await signedIn('Nikhil P');
    await nikhil.get(`/proposals/${id}`);
    expect((await nikhil.post(`/proposals/${id}/presenters/answer`, { answer: 'decline' })).status).toBe(303);
    expect(await db.selectFrom('proposal_presenters').select(['person_id', 'status']).where('proposal_id', '=', id).execute())
      .toEqual([{ person_id: meeraId, status: 'confirmed' }]);
    expect(text((await stranger.get(`/proposals/${id}`)).html)).toContain('Presenter Ravi , Meera K');

    // A confirmed co-presenter edits the proposal too, but only the submitter withdraws it.
    const editForm = await meera.get(`/proposals/${id}/edit`);
    expect(editForm.status).toBe(200);
    expect((await meera.post(`/proposals/${id}/edit`, proposalForm({ ...complete, title: 'Gadgets for every editor', intent: 'submit' }))).status).toBe(303);
    expect((await db.selectFrom('proposals').select('title').where('id', '=', id).executeTakeFirstOrThrow()).title).toBe('Gadgets for every editor');
    expect((await meera.post(`/proposals/${id}/withdraw`, {})).status).toBe(403);
  });

  it('renders its form in Hindi', async () => {
    const ravi = await signedIn('Presenter Ravi', { 'accept-language': 'hi' });
    const form = await ravi.get('/cfp/indic-extra/propose');
    expect(form.status).toBe(200);
    expectWithinBudget(form.html);
    expect(form.html).toContain('<html lang="hi" dir="ltr">');
    const shown = text(form.html);
    for (const key of ['sangam-proposal-new-title', 'sangam-proposal-field-language', 'sangam-proposal-field-interpretation', 'sangam-proposal-field-plan',
      'sangam-proposal-field-benefit', 'sangam-proposal-field-support', 'sangam-session-type-workshop', 'sangam-session-type-hackathon',
      'sangam-proposal-save-draft', 'sangam-proposal-submit'] as const) {
      expect(shown).toContain(hi(key));
    }
    expect(shown).not.toContain(t('sangam-proposal-field-plan'));
    // Errors read in Hindi too.
    const refused = await ravi.post('/cfp/indic-extra/propose', proposalForm({ durationMinutes: '1000' }));
    expect(refused.status).toBe(400);
    expect(text(await refused.text())).toContain(hi('sangam-proposal-error-duration'));
  });
});
