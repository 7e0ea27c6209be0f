// Recruitment journeys in a real browser with JavaScript disabled, in English and in Bengali: a coordinator
// opens a call; a community's organizer applies and answers the readiness criteria with evidence; members
// sign in and join the application, confirming their interest; the organizer submits; the coordinator
// reads the score table, overrides one criterion with a reason and accepts; the organizer sees the decision
// and its notification. Every page is checked with axe-core in each new state, and every text comes from
// the message files (numbers and scores through the same formatting the pages use).
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getApplication, readinessOf } from '../../src/domain/recruitment/data.js';
import { CHOICE_CRITERIA, CRITERIA, type Choice, type Criterion } from '../../src/domain/recruitment/readiness.js';
import { translatorFor, type Translator } from '../../src/i18n/messages.js';
import { CHOICE_KEYS, CRITERION_KEYS, formatScore } from '../../src/web/presenters/recruitment.js';
import { createCommunity, createPerson } from '../factories.js';
import { BrowserHarness, navigation, pathOf, textOf, type RunningApp, useJourneyApp } from './browser.js';

const JOURNEY_TIMEOUT = 120_000;
const en = translatorFor('en').t;

let app: RunningApp;
let harness: BrowserHarness;
useJourneyApp((started) => {
  ({ app, harness } = started);
});

interface Cast {
  tr: Translator;
  /** How the language is named in the header's language selector ('' for English, the default). */
  selectorName: string;
  call: { title: string; slug: string; description: string };
  community: { name: string; slug: string; wiki: string };
  coordinator: string;
  organizer: string;
  members: string[];
  answers: Record<Criterion, { choice?: Choice; evidence: string }>;
  override: { criterion: Criterion; score: string; reason: string };
  decision: string;
}

async function recruitmentJourney(cast: Cast): Promise<void> {
  const { t, lang } = cast.tr;
  const expectPage = async (page: Page, { axe = true } = {}) => {
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    if (axe) await harness.expectNoAxeViolations(page);
  };
  const status = (page: Page) => textOf(page.getByRole('status'));
  const click = async (page: Page, target: Locator) => {
    const response = await navigation(page, () => target.click());
    expect(response.status(), `${response.request().method()} ${pathOf(page)}`).toBeLessThan(400);
  };
  const main = (page: Page) => page.getByRole('main');
  const link = (scope: Page | Locator, name: string) => scope.getByRole('link', { name, exact: true }).first();
  const button = (scope: Page | Locator, name: string) => scope.getByRole('button', { name, exact: true });
  const card = (page: Page, heading: string) =>
    page.locator('section', { has: page.getByRole('heading', { level: 2, name: heading, exact: true }) });
  const table = (page: Page, caption: string) => page.locator('table', { has: page.getByRole('caption').filter({ hasText: caption }) });

  const organizer = await createPerson(app.db, { username: cast.organizer, languages: [[lang, 5]] });
  await createPerson(app.db, { username: cast.coordinator, role: 'organizer', languages: [[lang, 4]] });
  const members = [];
  for (const username of cast.members) members.push(await createPerson(app.db, { username, languages: [[lang, 5]] }));
  await createCommunity(app.db, {
    slug: cast.community.slug, name: cast.community.name, kind: 'wiki-community', wikis: [cast.community.wiki], languages: [lang],
    members: [organizer.id, members[0].id],
  });

  /** A browser of the person's own: the address as a visitor, in the journey's language, then signed in. */
  const arrive = async (username: string, path: string, { axe = false, via }: { axe?: boolean; via?: string } = {}) => {
    const page = await harness.newPage({ javaScript: false });
    await navigation(page, () => page.goto(path));
    if (cast.selectorName) {
      await page.getByLabel(en('sangam-language-label'), { exact: true }).selectOption({ label: cast.selectorName });
      await click(page, button(page, en('sangam-language-submit')));
      expect(pathOf(page)).toBe(path);
    }
    if (axe) await expectPage(page);
    if (via) await click(page, link(main(page), via));
    else await navigation(page, () => page.goto(`/signin?return=${path}`));
    expect(pathOf(page)).toBe(`/signin?return=${path}`);
    // Each sign-in address (it names the page to return to) is checked once.
    if (!harness.checked.has(pathOf(page))) await expectPage(page);
    await page.getByLabel(t('sangam-signin-username'), { exact: true }).fill(username);
    await click(page, button(main(page), t('sangam-signin-dev-button')));
    expect(pathOf(page)).toBe(path);
    expect(await status(page)).toBe(t('sangam-signin-welcome', username));
    return page;
  };

  // The coordinator opens the call from the list of calls.
  const coordinatorPage = await arrive(cast.coordinator, '/calls', { axe: true });
  expect(await textOf(coordinatorPage.locator('h1'))).toBe(t('sangam-calls-title'));
  await click(coordinatorPage, link(main(coordinatorPage), t('sangam-calls-new')));
  expect(pathOf(coordinatorPage)).toBe('/calls/new');
  await expectPage(coordinatorPage);
  const closesOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await coordinatorPage.getByLabel(t('sangam-call-field-title'), { exact: true }).fill(cast.call.title);
  await coordinatorPage.getByLabel(t('sangam-call-field-slug'), { exact: true }).fill(cast.call.slug);
  await coordinatorPage.getByLabel(t('sangam-call-field-description'), { exact: true }).fill(cast.call.description);
  await coordinatorPage.getByLabel(t('sangam-call-field-closes'), { exact: true }).fill(closesOn);
  await coordinatorPage.getByLabel(t('sangam-call-field-min-confirmed'), { exact: true }).fill(String(cast.members.length));
  const weights = coordinatorPage.getByRole('group', { name: t('sangam-call-field-weights'), exact: true });
  expect(await weights.getByLabel(t('sangam-criterion-interested'), { exact: true }).inputValue()).toBe('20');
  await click(coordinatorPage, button(main(coordinatorPage), t('sangam-calls-create')));
  const callPath = `/calls/${cast.call.slug}`;
  expect(pathOf(coordinatorPage)).toBe(callPath);
  expect(await status(coordinatorPage)).toBe(t('sangam-call-created'));
  expect(await textOf(coordinatorPage.locator('h1'))).toBe(cast.call.title);
  const criteria = table(coordinatorPage, t('sangam-call-criteria'));
  expect(await criteria.getByRole('row').count()).toBe(1 + CRITERIA.length);
  expect(await textOf(criteria)).toContain(t('sangam-rule-interested', cast.members.length));
  expect(await textOf(main(coordinatorPage))).toContain(t('sangam-call-no-applications'));
  await expectPage(coordinatorPage);

  // The community's organizer applies for it and answers every criterion with evidence.
  const organizerPage = await arrive(cast.organizer, callPath, { axe: true });
  await click(organizerPage, link(main(organizerPage), t('sangam-call-apply')));
  expect(pathOf(organizerPage)).toBe(`${callPath}/apply`);
  expect(await textOf(organizerPage.locator('h1'))).toBe(t('sangam-apply-title', cast.call.title));
  await expectPage(organizerPage);
  await organizerPage.getByLabel(t('sangam-apply-community'), { exact: true }).selectOption({ label: cast.community.name });
  await click(organizerPage, button(main(organizerPage), t('sangam-apply-submit')));
  expect(pathOf(organizerPage)).toMatch(/^\/applications\/\d+$/);
  const applicationPath = pathOf(organizerPage);
  const applicationId = Number(applicationPath.split('/')[2]);
  expect(await status(organizerPage)).toBe(t('sangam-application-started'));
  expect(await textOf(organizerPage.locator('h1'))).toBe(t('sangam-application-title', cast.community.name));
  const confirmedCount = (n: number) => t('sangam-application-confirmed-count', n, cast.members.length);
  // The organizer is a member too: one confirmation so far would be theirs to give; none yet.
  expect(await textOf(card(organizerPage, t('sangam-criterion-interested')))).toContain(confirmedCount(0));
  await expectPage(organizerPage);
  const answersForm = organizerPage.locator('form', { has: organizerPage.getByRole('heading', { name: t('sangam-application-answers'), exact: true }) });
  for (const criterion of CRITERIA) {
    const group = answersForm.getByRole('group', { name: t(CRITERION_KEYS[criterion]), exact: true });
    const answer = cast.answers[criterion];
    if (CHOICE_CRITERIA.has(criterion)) await group.getByRole('radio', { name: t(CHOICE_KEYS[answer.choice!]), exact: true }).check();
    const label = criterion === 'no-conflict' ? t('sangam-application-explanation') : t('sangam-application-evidence');
    await group.getByLabel(label, { exact: true }).fill(answer.evidence);
  }
  await click(organizerPage, button(answersForm, t('sangam-application-save')));
  expect(pathOf(organizerPage)).toBe(applicationPath);
  expect(await status(organizerPage)).toBe(t('sangam-application-saved'));
  expect(await textOf(main(organizerPage))).toContain(t('sangam-application-status-draft'));
  expect(await textOf(table(organizerPage, t('sangam-readiness-title')))).toContain(cast.answers['ready-for-help'].evidence);
  await expectPage(organizerPage);

  // Members find the application, sign in from it and join: "I would attend and am willing to learn".
  for (const [i, username] of cast.members.entries()) {
    const page = await arrive(username, applicationPath, { axe: i === 0, via: t('sangam-application-signin') });
    const interest = card(page, t('sangam-criterion-interested'));
    expect(await textOf(interest)).toContain(confirmedCount(i));
    await click(page, button(interest, t('sangam-application-join')));
    expect(pathOf(page)).toBe(applicationPath);
    expect(await status(page)).toBe(t('sangam-application-joined'));
    expect(await textOf(interest)).toContain(confirmedCount(i + 1));
    expect(await interest.getByRole('link', { name: username, exact: true }).count()).toBe(1);
    if (i === 0) {
      await expectPage(page);
      // Changing one's mind is one button away, and joining again counts once.
      await click(page, button(interest, t('sangam-application-withdraw')));
      expect(await status(page)).toBe(t('sangam-application-withdrawn'));
      expect(await textOf(interest)).toContain(confirmedCount(0));
      await expectPage(page);
      await click(page, button(interest, t('sangam-application-join')));
      expect(await textOf(interest)).toContain(confirmedCount(1));
    }
    await page.context().close();
  }

  // The organizer sees everyone who joined, and submits.
  await navigation(organizerPage, () => organizerPage.goto(applicationPath));
  expect(await textOf(card(organizerPage, t('sangam-criterion-interested')))).toContain(confirmedCount(cast.members.length));
  await click(organizerPage, button(main(organizerPage), t('sangam-application-submit')));
  expect(pathOf(organizerPage)).toBe(applicationPath);
  expect(await status(organizerPage)).toBe(t('sangam-application-submitted'));
  expect(await textOf(main(organizerPage))).toContain(t('sangam-application-status-submitted'));
  expect(await organizerPage.getByRole('heading', { name: t('sangam-application-answers'), exact: true }).count()).toBe(0);
  await expectPage(organizerPage);

  // The coordinator finds the application ranked on the call page and reads the score table.
  const submitted = (await getApplication(app.db, applicationId))!;
  const before = readinessOf(submitted);
  await navigation(coordinatorPage, () => coordinatorPage.goto(callPath));
  const ranked = table(coordinatorPage, t('sangam-call-applications-ranked'));
  const row = ranked.getByRole('row').filter({ has: coordinatorPage.getByRole('link', { name: cast.community.name, exact: true }) });
  expect(await textOf(row)).toContain(t('sangam-application-status-submitted'));
  expect(await textOf(row)).toContain(cast.tr.formatNumber(before.total));
  await expectPage(coordinatorPage);
  await click(coordinatorPage, link(row, cast.community.name));
  expect(pathOf(coordinatorPage)).toBe(applicationPath);
  const scores = table(coordinatorPage, t('sangam-readiness-title'));
  const scoreRow = (criterion: Criterion) => scores.getByRole('row').filter({ has: coordinatorPage.getByRole('rowheader').filter({ hasText: t(CRITERION_KEYS[criterion]) }) });
  expect(await textOf(scoreRow('interested'))).toContain(t('sangam-basis-confirmations', cast.members.length, cast.members.length));
  expect(await textOf(scoreRow('no-conflict'))).toContain(cast.answers['no-conflict'].evidence);
  expect(await textOf(scoreRow('language-spoken'))).toContain(t('sangam-basis-answer', t(CHOICE_KEYS[cast.answers['language-spoken'].choice!])));
  expect(await textOf(scores.locator('tfoot th'))).toBe(t('sangam-readiness-total'));
  expect(await textOf(scores.locator('tfoot td'))).toBe(cast.tr.formatNumber(before.total));
  await expectPage(coordinatorPage);

  // An override, with its reason, replaces one criterion's score.
  const overrideForm = coordinatorPage.locator('form', { has: coordinatorPage.getByRole('heading', { name: t('sangam-override-title'), exact: true }) });
  await overrideForm.getByLabel(t('sangam-readiness-criterion'), { exact: true }).selectOption({ label: t(CRITERION_KEYS[cast.override.criterion]) });
  await overrideForm.getByLabel(t('sangam-override-score'), { exact: true }).fill(cast.override.score);
  await overrideForm.getByLabel(t('sangam-override-reason'), { exact: true }).fill(cast.override.reason);
  await click(coordinatorPage, button(overrideForm, t('sangam-override-submit')));
  expect(pathOf(coordinatorPage)).toBe(applicationPath);
  expect(await status(coordinatorPage)).toBe(t('sangam-override-saved'));
  const after = readinessOf((await getApplication(app.db, applicationId))!);
  const overridden = after.criteria.find((c) => c.criterion === cast.override.criterion)!;
  expect(overridden.score).toBe(Number(cast.override.score));
  const overriddenText = await textOf(scoreRow(cast.override.criterion));
  expect(overriddenText).toContain(`${t('sangam-readiness-override-by', cast.coordinator)}: ${cast.override.reason}`);
  expect(overriddenText).toContain(formatScore(lang, overridden.computed));
  expect(await textOf(scores.locator('tfoot td'))).toBe(cast.tr.formatNumber(after.total));
  expect(after.total).toBeGreaterThan(before.total);
  await expectPage(coordinatorPage);

  // The coordinator accepts, with a message.
  const decisionForm = coordinatorPage.locator('form', { has: coordinatorPage.getByRole('heading', { name: t('sangam-decision-title'), exact: true }) });
  await decisionForm.getByRole('group', { name: t('sangam-decision-field'), exact: true })
    .getByRole('radio', { name: t('sangam-application-status-accepted'), exact: true }).check();
  await decisionForm.getByLabel(t('sangam-decision-message'), { exact: true }).fill(cast.decision);
  await click(coordinatorPage, button(decisionForm, t('sangam-decision-submit')));
  expect(pathOf(coordinatorPage)).toBe(applicationPath);
  expect(await status(coordinatorPage)).toBe(t('sangam-decision-saved'));
  const decision = card(coordinatorPage, t('sangam-decision-title'));
  expect(await textOf(decision)).toContain(cast.decision);
  expect(await coordinatorPage.getByRole('heading', { name: t('sangam-override-title'), exact: true }).count()).toBe(0);
  await expectPage(coordinatorPage);

  // The organizer is notified, in their language, and reads the decision.
  await navigation(organizerPage, () => organizerPage.goto(callPath));
  await click(organizerPage, organizerPage.getByRole('link', { name: t('sangam-nav-notifications-unread', 1), exact: true }));
  expect(pathOf(organizerPage)).toBe('/notifications');
  const news = main(organizerPage).getByRole('listitem').first();
  expect(await textOf(news.getByRole('link'))).toBe(t('sangam-notification-application-accepted', cast.community.name, cast.call.title));
  await expectPage(organizerPage);
  await click(organizerPage, news.getByRole('link'));
  expect(pathOf(organizerPage)).toBe(applicationPath);
  const seen = await textOf(card(organizerPage, t('sangam-decision-title')));
  expect(seen).toContain(t('sangam-application-status-accepted'));
  expect(seen).toContain(cast.decision);
  expect(seen).toContain(cast.coordinator);
  await expectPage(organizerPage);
  await organizerPage.context().close();
  await coordinatorPage.context().close();
}

describe('recruitment journeys, with JavaScript disabled', () => {
  it('in English: a call, an application with members confirming, an override and an acceptance', async () => {
    await recruitmentJourney({
      tr: translatorFor('en'),
      selectorName: '',
      call: { title: 'Journey capacity call (English)', slug: 'journey-call-en', description: 'Monthly workshops on Lua modules and templates.' },
      community: { name: 'Santali Journey Wikimedians', slug: 'santali-journey', wiki: 'satwiki' },
      coordinator: 'Journey Coordinator En',
      organizer: 'Journey Organizer En',
      members: ['Journey Member En 1', 'Journey Member En 2', 'Journey Member En 3', 'Journey Member En 4'],
      answers: {
        'ready-for-help': { choice: 'yes', evidence: 'Our village pump asked for help with Lua modules.' },
        underserved: { choice: 'yes', evidence: 'Nobody maintains the templates.' },
        interested: { evidence: 'Announced on our Telegram group.' },
        reach: { evidence: 'Santali Wikipedia and Wiktionary.' },
        'takes-lead': { choice: 'partly', evidence: 'We will host the sessions; we need a curriculum.' },
        'language-spoken': { choice: 'yes', evidence: 'Spoken by seven million people.' },
        'no-conflict': { choice: 'yes', evidence: 'No political conflict affects the community.' },
      },
      override: { criterion: 'takes-lead', score: '1', reason: 'They ran three workshops last year.' },
      decision: 'Welcome to the programme!',
    });
  }, JOURNEY_TIMEOUT);

  it('in Bengali: the same journey with the texts of i18n/bn.json', async () => {
    const bn = translatorFor('bn');
    expect(bn.lang).toBe('bn');
    await recruitmentJourney({
      tr: bn,
      selectorName: 'বাংলা',
      call: { title: 'প্রযুক্তিগত সক্ষমতা কর্মসূচি (যাত্রা)', slug: 'journey-call-bn', description: 'লুয়া মডিউল ও টেমপ্লেট নিয়ে মাসিক কর্মশালা।' },
      community: { name: 'সিলেটি উইকিমিডিয়ান (যাত্রা)', slug: 'sylheti-journey', wiki: 'bnwiki' },
      coordinator: 'Journey Coordinator Bn',
      organizer: 'Journey Organizer Bn',
      members: ['Journey Member Bn 1', 'Journey Member Bn 2', 'Journey Member Bn 3', 'Journey Member Bn 4'],
      answers: {
        'ready-for-help': { choice: 'yes', evidence: 'আমাদের আলোচনাসভায় লুয়া মডিউল নিয়ে সাহায্য চাওয়া হয়েছে।' },
        underserved: { choice: 'partly', evidence: 'মাত্র দুজন স্বেচ্ছাসেবক টেমপ্লেট রক্ষণাবেক্ষণ করেন।' },
        interested: { evidence: 'টেলিগ্রাম গ্রুপে ঘোষণা দেওয়া হয়েছে।' },
        reach: { evidence: 'বাংলা উইকিপিডিয়া ও উইকিঅভিধান।' },
        'takes-lead': { choice: 'yes', evidence: 'আমাদের আয়োজকেরা প্রতি মাসে অধিবেশন করবেন।' },
        'language-spoken': { choice: 'yes', evidence: 'কোটি কোটি মানুষের ভাষা।' },
        'no-conflict': { choice: 'yes', evidence: 'কোনো রাজনৈতিক সংঘাত নেই।' },
      },
      override: { criterion: 'underserved', score: '1', reason: 'প্রযুক্তিগত অবদানকারীর তীব্র অভাব।' },
      decision: 'কর্মসূচিতে স্বাগতম!',
    });
  }, JOURNEY_TIMEOUT);

  it('every page the journeys showed was checked with axe', () => {
    const unchecked = [...harness.visited].filter((url) => !harness.checked.has(url));
    expect(unchecked).toEqual([]);
    const required: (string | RegExp)[] = ['/calls', '/calls/new', /^\/calls\/journey-call-(en|bn)$/, /^\/calls\/[a-z-]+\/apply$/, /^\/applications\/\d+$/, '/notifications'];
    const checked = [...harness.checked];
    expect(required.filter((r) => !checked.some((url) => (typeof r === 'string' ? url === r : r.test(url))))).toEqual([]);
  });
});
