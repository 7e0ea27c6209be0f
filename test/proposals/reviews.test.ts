import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/i18n/messages.js';
import { Client, createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';
import { createCommunity, createPerson } from '../factories.js';
import { createSeries } from '../workshops/factories.js';
import { insertCall, insertProposal, text } from './helpers.js';

// Interest sign-ups, weighted reviews, the review board and decisions, through plain forms.

const handle = useTestDatabase();
const t = translatorFor('en').t;
let app: ReturnType<typeof createTestApp>;
const clock = new Date('2027-04-01T06:00:00Z');

async function signedIn(username: string) {
  const client = new Client(app);
  await client.signIn(username);
  return client;
}
const expectWithinBudget = (html: string) => expect(gzipSync(html).length).toBeLessThan(14 * 1024);

const people: Record<string, number> = {};
let seriesId = 0;
let callSlug = '';
let a = 0; // by Dev with Esha (confirmed) and Ivan (invited), day 1
let c = 0; // by Bina, a reviewer, day 2
let b = 0; // by Esha, day 3
let skills: number[] = [];

beforeAll(async () => {
  app = createTestApp(handle.db, {}, () => clock);
  const { db } = handle;
  for (const name of ['Organizer Asha', 'Reviewer Bina', 'Reviewer Chen', 'Presenter Dev', 'Presenter Esha', 'Invited Ivan', 'Learner Lata', 'Learner Lalit', 'Stranger Sam']) {
    people[name] = (await createPerson(db, { username: name })).id;
  }
  const community = await createCommunity(db, { slug: 'indic-techcom', members: [people['Organizer Asha']] });
  ({ id: seriesId } = await createSeries(db, {
    communityId: community.id, slug: 'indic-monthly', title: 'Indic monthly workshops', homeZone: 'Asia/Kolkata',
    team: [[people['Reviewer Bina'], 'support'], [people['Reviewer Chen'], 'support']],
  }));
  await db.updateTable('workshop_series').set({ default_capacity: 40 }).where('id', '=', seriesId).execute();
  const call = await insertCall(db, { seriesId, slug: 'review-2027', title: 'Sessions for 2027' });
  callSlug = call.slug;
  skills = (await db.selectFrom('skills').select('id').where('slug', 'in', ['lua-modules', 'css-skins']).orderBy('id').execute()).map((s) => s.id);
  a = await insertProposal(db, {
    callId: call.id, by: people['Presenter Dev'], title: 'Lua modules, hands on', submittedAt: new Date('2027-03-01T10:00:00Z'), interpretation: ['bn', 'ta'],
    plan: 'We write an infobox module together.', durationMinutes: 120, coPresenters: [[people['Presenter Esha'], 'confirmed'], [people['Invited Ivan'], 'invited']], skills,
  });
  c = await insertProposal(db, { callId: call.id, by: people['Reviewer Bina'], title: 'Bina’s bots', submittedAt: new Date('2027-03-02T10:00:00Z') });
  b = await insertProposal(db, { callId: call.id, by: people['Presenter Esha'], title: 'Esha’s gadgets', submittedAt: new Date('2027-03-03T10:00:00Z') });
  await insertProposal(db, { callId: call.id, by: people['Presenter Esha'], title: 'A draft of Esha', status: 'draft' });
});

const scores = (benefit: number, plan: number, readiness: number, feasibility: number, comment = '') =>
  ({ 'scores.c1': String(benefit), 'scores.c2': String(plan), 'scores.c3': String(readiness), 'scores.c4': String(feasibility), comment });

/** The board's row of a proposal as text: title, presenters, reviews, mean, median, interest, action. */
async function boardRow(client: Client, title: string, sort = ''): Promise<string> {
  const html = (await client.get(`/cfp/${callSlug}/review${sort}`)).html;
  const row = html.split('<tr>').find((r) => r.includes(title));
  return text(row ?? '').trim();
}

describe('interest sign-ups', () => {
  it('count once per person, as a demand column that never changes the score', async () => {
    const { db } = handle;
    const chen = await signedIn('Reviewer Chen');
    await chen.get(`/proposals/${a}/review`);
    expect((await chen.post(`/proposals/${a}/review`, scores(4, 4, 4, 4))).status).toBe(303);
    const before = await boardRow(chen, 'Lua modules, hands on');

    const lata = await signedIn('Learner Lata');
    const call = await lata.get(`/cfp/${callSlug}`);
    expect(text(call.html)).toContain(t('sangam-proposal-interest-count', 0));
    // The draft is not listed, so nobody can sign interest in it.
    expect(text(call.html)).not.toContain('A draft of Esha');
    const signed = await lata.post(`/proposals/${a}/interest`, { want: 'yes', return: `/cfp/${callSlug}` });
    expect(signed.status).toBe(303);
    expect(signed.headers.get('location')).toBe(`/cfp/${callSlug}`);
    expect((await lata.post(`/proposals/${a}/interest`, { want: 'yes' })).status).toBe(303);
    const lalit = await signedIn('Learner Lalit');
    await lalit.get(`/proposals/${a}`);
    await lalit.post(`/proposals/${a}/interest`, { want: 'yes' });
    expect(await db.selectFrom('proposal_interest').select('person_id').where('proposal_id', '=', a).execute()).toHaveLength(2);
    const page = text((await lata.get(`/cfp/${callSlug}`)).html);
    expect(page).toContain(t('sangam-proposal-interest-count', 2));
    expect(page).toContain(t('sangam-proposal-interest-withdraw'));

    // The board shows 2 in the interest column; the score columns are what they were.
    const after = await boardRow(chen, 'Lua modules, hands on');
    expect(before).toMatch(/ 1 4 4 0 /);
    expect(after).toMatch(/ 1 4 4 2 /);
    const board = (await chen.get(`/cfp/${callSlug}/review`)).html;
    expect(board).toContain(`<th scope="col">${t('sangam-review-demand')}</th>`);

    await lalit.post(`/proposals/${a}/interest`, { want: 'no' });
    expect(await boardRow(chen, 'Lua modules, hands on')).toMatch(/ 1 4 4 1 /);
    // Visitors see the count and are asked to sign in; they get no session, so a post from them is refused.
    const anonymous = new Client(app);
    const visit = await anonymous.get(`/proposals/${a}`);
    expect(text(visit.html)).toContain(t('sangam-proposal-interest-signin'));
    expect(visit.response.headers.get('set-cookie')).toBeNull();
    expect((await anonymous.post(`/proposals/${a}/interest`, { want: 'yes' })).status).toBe(403);
    expect(await db.selectFrom('proposal_interest').select('person_id').where('proposal_id', '=', a).execute()).toHaveLength(1);
    await db.deleteFrom('proposal_reviews').execute();
  });
});

describe('reviews', () => {
  it('weigh each category, and the board shows the mean and median of the weighted scores', async () => {
    const { db } = handle;
    // Weights 3, 2, 2, 1: all fives score 5; 4, 3, 5, 2 score 30/8 = 3.75; all ones score 1.
    for (const [reviewer, values] of [['Reviewer Bina', scores(5, 5, 5, 5)], ['Reviewer Chen', scores(4, 3, 5, 2, 'Clear plan, ambitious.')], ['Organizer Asha', scores(1, 1, 1, 1)]] as const) {
      const client = await signedIn(reviewer);
      const form = await client.get(`/proposals/${a}/review`);
      expect(form.status).toBe(200);
      expectWithinBudget(form.html);
      expect((await client.post(`/proposals/${a}/review`, values)).status).toBe(303);
    }
    const asha = await signedIn('Organizer Asha');
    // 3 reviews, mean (5 + 3.75 + 1) / 3 = 3.25, median 3.75, interest 1.
    expect(await boardRow(asha, 'Lua modules, hands on')).toMatch(/ 3 3\.25 3\.75 1 /);
    const proposalPage = await asha.get(`/proposals/${a}`);
    expectWithinBudget(proposalPage.html);
    const shown = text(proposalPage.html);
    expect(shown).toContain(t('sangam-review-summary', 3, '3.25', '3.75'));
    expect(shown).toContain('Clear plan, ambitious.');
    expect(shown).toMatch(/Reviewer Chen 4 3 5 2 3\.75 /);

    // Writing again replaces the review; a missing score is refused and nothing changes.
    const chen = await signedIn('Reviewer Chen');
    const edit = await chen.get(`/proposals/${a}/review`);
    expect(edit.html).toContain('name="scores.c2" value="3" checked=""');
    const missing = await chen.post(`/proposals/${a}/review`, { ...scores(5, 5, 5, 5), 'scores.c3': '' });
    expect(missing.status).toBe(400);
    expect(text(await missing.text())).toContain(t('sangam-review-error-score'));
    expect((await chen.post(`/proposals/${a}/review`, { ...scores(5, 5, 5, 5), 'scores.c4': '9' })).status).toBe(400);
    expect((await chen.post(`/proposals/${a}/review`, scores(5, 5, 5, 5))).status).toBe(303);
    expect(await db.selectFrom('proposal_reviews').select('reviewer_id').where('proposal_id', '=', a).execute()).toHaveLength(3);
    // (5 + 5 + 1) / 3 = 3.67, median 5.
    expect(await boardRow(asha, 'Lua modules, hands on')).toMatch(/ 3 3\.67 5 1 /);
    // Reviews are the organizers’: a learner sees neither scores nor comments.
    expect(text((await (await signedIn('Learner Lata')).get(`/proposals/${a}`)).html)).not.toContain('Clear plan');
  });

  it('are never of the reviewer’s own proposal', async () => {
    const { db } = handle;
    const bina = await signedIn('Reviewer Bina');
    expect(await boardRow(bina, 'Bina’s bots')).toContain(t('sangam-review-own'));
    const form = await bina.get(`/proposals/${c}/review`);
    expect(form.status).toBe(403);
    expect(text(form.html)).toContain(t('sangam-review-error-own'));
    await bina.get(`/proposals/${a}`);
    expect((await bina.post(`/proposals/${c}/review`, scores(5, 5, 5, 5))).status).toBe(403);
    expect(await db.selectFrom('proposal_reviews').select('reviewer_id').where('proposal_id', '=', c).execute()).toEqual([]);
    // Nor of one they co-present: Esha co-presents A.
    await db.insertInto('series_team').values({ series_id: seriesId, person_id: people['Presenter Esha'], role: 'support' }).execute();
    const esha = await signedIn('Presenter Esha');
    expect((await esha.get(`/proposals/${a}/review`)).status).toBe(403);
    await db.deleteFrom('series_team').where('person_id', '=', people['Presenter Esha']).execute();
  });

  it('go next to the proposal with the fewest reviews this reviewer has not reviewed, oldest first', async () => {
    // A has 3 reviews (Bina, Chen, Asha); B and C none. C (day 2) is older than B (day 3), but is Bina’s own.
    const next = async (client: Client) => (await client.request(`/cfp/${callSlug}/review/next`)).headers.get('location');
    const bina = await signedIn('Reviewer Bina');
    const chen = await signedIn('Reviewer Chen');
    expect(await next(bina)).toBe(`/proposals/${b}/review`);
    expect(await next(chen)).toBe(`/proposals/${c}/review`);
    await chen.get(`/proposals/${c}/review`);
    await chen.post(`/proposals/${c}/review`, scores(3, 3, 3, 3));
    expect(await next(chen)).toBe(`/proposals/${b}/review`);
    await chen.post(`/proposals/${b}/review`, scores(2, 2, 2, 2));
    // Everything reviewed: back to the board, saying so.
    expect(await next(chen)).toBe(`/cfp/${callSlug}/review`);
    expect(text((await chen.get(`/cfp/${callSlug}/review`)).html)).toContain(t('sangam-review-none-left'));

    // The board sorts by score, by interest and by fewest reviews, with plain links.
    const order = async (sort: string) => {
      const html = (await chen.get(`/cfp/${callSlug}/review${sort}`)).html;
      return ['Lua modules, hands on', 'Bina’s bots', 'Esha’s gadgets'].sort((x, y) => html.indexOf(x) - html.indexOf(y));
    };
    const board = await chen.get(`/cfp/${callSlug}/review`);
    expectWithinBudget(board.html);
    expect(board.html).toContain(`href="/cfp/${callSlug}/review?sort=interest"`);
    expect(await order('')).toEqual(['Lua modules, hands on', 'Bina’s bots', 'Esha’s gadgets']);
    expect(await order('?sort=reviews')).toEqual(['Bina’s bots', 'Esha’s gadgets', 'Lua modules, hands on']);
    expect(await order('?sort=interest')).toEqual(['Lua modules, hands on', 'Bina’s bots', 'Esha’s gadgets']);
    expect((await chen.get(`/cfp/${callSlug}/review?sort=nonsense`)).status).toBe(200);
    // Only reviewers see the board.
    expect((await (await signedIn('Learner Lata')).get(`/cfp/${callSlug}/review`)).status).toBe(403);
  });
});

describe('decisions', () => {
  it('turn an accepted proposal into a session with its presenters and skills, and tell the presenters', async () => {
    const { db } = handle;
    const bina = await signedIn('Reviewer Bina');
    await bina.get(`/proposals/${a}`);
    expect((await bina.post(`/proposals/${a}/decision`, { decision: 'accepted', message: '' })).status).toBe(403);

    const asha = await signedIn('Organizer Asha');
    const page = await asha.get(`/proposals/${a}`);
    expect(page.html).toContain(`action="/proposals/${a}/decision"`);
    const accepted = await asha.post(`/proposals/${a}/decision`, { decision: 'accepted', message: 'Welcome aboard!' });
    expect(accepted.status).toBe(303);
    const session = await db.selectFrom('workshop_sessions').selectAll().executeTakeFirstOrThrow();
    expect(accepted.headers.get('location')).toBe(`/sessions/${session.id}/schedule`);
    expect(session).toMatchObject({
      series_id: seriesId, proposal_id: a, title: 'Lua modules, hands on', description: 'We write an infobox module together.', starts_at: null,
      time_zone: 'Asia/Kolkata', duration_minutes: 120, language: 'hi', interpretation_languages: ['bn', 'ta'], capacity: 40,
      created_by: people['Organizer Asha'],
    });
    const facilitators = await db.selectFrom('session_facilitators').select('person_id').where('session_id', '=', session.id).orderBy('person_id').execute();
    expect(facilitators.map((f) => f.person_id)).toEqual([people['Presenter Dev'], people['Presenter Esha']].sort((x, y) => x - y));
    const sessionSkills = await db.selectFrom('session_skills').select('skill_id').where('session_id', '=', session.id).orderBy('skill_id').execute();
    expect(sessionSkills.map((s) => s.skill_id)).toEqual(skills);
    const told = await db.selectFrom('notifications').select(['person_id', 'kind', 'params', 'link']).where('kind', '=', 'proposal-accepted').orderBy('person_id').execute();
    expect(told).toEqual([people['Presenter Dev'], people['Presenter Esha']].sort((x, y) => x - y).map((personId) => ({
      person_id: personId, kind: 'proposal-accepted', params: ['Lua modules, hands on', 'Indic monthly workshops'], link: `/sessions/${session.id}`,
    })));
    expect((await db.selectFrom('proposals').select(['status', 'decided_by']).where('id', '=', a).executeTakeFirstOrThrow()))
      .toEqual({ status: 'accepted', decided_by: people['Organizer Asha'] });

    // Deciding twice is a conflict and creates nothing more; the accepted proposal leaves the board.
    const twice = await asha.post(`/proposals/${a}/decision`, { decision: 'rejected', message: 'Changed my mind.' });
    expect(twice.status).toBe(409);
    expect(text(await twice.text())).toContain(t('sangam-proposal-error-decided'));
    expect(await db.selectFrom('workshop_sessions').select('id').execute()).toHaveLength(1);
    expect(await boardRow(asha, 'Lua modules, hands on')).toBe('');
    // Interest closes with the decision.
    const lata = await signedIn('Learner Lata');
    await lata.get(`/proposals/${a}`);
    expect((await lata.post(`/proposals/${a}/interest`, { want: 'no' })).status).toBe(409);
  });

  it('to reject need a message, which the presenters read', async () => {
    const { db } = handle;
    const asha = await signedIn('Organizer Asha');
    await asha.get(`/proposals/${b}`);
    const blank = await asha.post(`/proposals/${b}/decision`, { decision: 'rejected', message: '  ' });
    expect(blank.status).toBe(400);
    expect(text(await blank.text())).toContain(t('sangam-proposal-error-reason'));
    expect((await db.selectFrom('proposals').select('status').where('id', '=', b).executeTakeFirstOrThrow()).status).toBe('submitted');
    expect(await db.selectFrom('notifications').select('id').where('kind', '=', 'proposal-rejected').execute()).toEqual([]);

    const rejected = await asha.post(`/proposals/${b}/decision`, { decision: 'rejected', message: 'Please propose it again next year.' });
    expect(rejected.status).toBe(303);
    expect(rejected.headers.get('location')).toBe(`/proposals/${b}`);
    expect(await db.selectFrom('notifications').select(['person_id', 'link']).where('kind', '=', 'proposal-rejected').execute())
      .toEqual([{ person_id: people['Presenter Esha'], link: `/proposals/${b}` }]);
    expect(text((await (await signedIn('Presenter Esha')).get(`/proposals/${b}`)).html)).toContain('Please propose it again next year.');
    const publicPage = text((await new Client(app).get(`/proposals/${b}`)).html);
    expect(publicPage).toContain(t('sangam-proposal-status-rejected'));
    expect(publicPage).not.toContain('Please propose it again next year.');
  });
});

describe('a stranger', () => {
  it('is refused every write with 403, and nothing changes', async () => {
    const { db } = handle;
    const count = async () => Promise.all(['proposal_calls', 'proposals', 'proposal_presenters', 'proposal_reviews', 'workshop_sessions'].map(async (table) =>
      Number((await db.selectFrom(table as 'proposals').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n)));
    const before = await count();
    const statuses = await db.selectFrom('proposals').select(['id', 'status', 'title']).orderBy('id').execute();
    const sam = await signedIn('Stranger Sam');
    await sam.get(`/proposals/${c}`);
    const writes: [string, Record<string, string>][] = [
      ['/series/indic-monthly/calls/new', { title: 'Mine', slug: 'mine', closesDate: '2027-05-01', closesTime: '12:00', status: 'open', 'categories.0.label': 'X', 'categories.0.weight': '1' }],
      [`/cfp/${callSlug}/edit`, { title: 'Mine', closesDate: '2027-05-01', closesTime: '12:00', status: 'closed', 'categories.0.label': 'X', 'categories.0.weight': '1' }],
      [`/proposals/${c}/edit`, { title: 'Mine', sessionType: 'talk', language: 'en', durationMinutes: '30', intent: 'submit' }],
      [`/proposals/${c}/withdraw`, {}],
      [`/proposals/${c}/presenters`, { username: 'Stranger Sam' }],
      [`/proposals/${c}/presenters/answer`, { answer: 'confirm' }],
      [`/proposals/${c}/review`, scores(1, 1, 1, 1)],
      [`/proposals/${c}/decision`, { decision: 'accepted', message: '' }],
    ];
    for (const [path, form] of writes) expect((await sam.post(path, form)).status, path).toBe(403);
    for (const path of ['/series/indic-monthly/calls/new', `/cfp/${callSlug}/edit`, `/cfp/${callSlug}/review`, `/cfp/${callSlug}/review/next`, `/proposals/${c}/edit`, `/proposals/${c}/review`]) {
      expect((await sam.get(path)).status, path).toBe(403);
    }
    expect(await count()).toEqual(before);
    expect(await db.selectFrom('proposals').select(['id', 'status', 'title']).orderBy('id').execute()).toEqual(statuses);
  });
});
