// Mentorship journeys in a real browser with JavaScript disabled, in English and in Arabic: a learner asks
// for a mentor, a mentor offers mentoring, an organizer runs matching, both sides accept, a check-in is
// written and the mentorship is marked completed. Every page, in every state that shows something new, is
// checked with axe-core, and every text is read from the message files, so the assertions are about what
// each person sees in their language.
//
// The demo community has its own mentors and open requests, and a matching run looks at all of them.
// Each journey's pair therefore speaks a language nobody in the demo speaks (checked first), and the
// learner asks to be taught only in that language: the pair is then the only possible one for both.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { skillTaxonomy } from '../../src/db/seed/skill-taxonomy.js';
import { translatorFor, type MessageKey, type MessageParam, type Translator } from '../../src/i18n/messages.js';
import { createPerson, dailyHours, type PersonSpec } from '../factories.js';
import { BrowserHarness, navigation, pathOf, textOf, type RunningApp, useJourneyApp } from './browser.js';

// A journey takes 15–25 s here; the margin is for a slower CI machine.
const JOURNEY_TIMEOUT = 120_000;
const en = translatorFor('en').t;

let app: RunningApp;
let harness: BrowserHarness;
useJourneyApp((started) => {
  ({ app, harness } = started);
});

interface Person { username: string; displayName: string }

/** Everything one journey needs: the interface language, the people, the skill and the shared language. */
interface Cast {
  tr: Translator;
  /** How the language is named in the interface's language selector ('' for the default, English). */
  selectorName: string;
  skill: { slug: string; label: string };
  /** The rare language the pair shares, and how the interface names it (its autonym). */
  language: { code: string; name: string };
  /** Another language of the learner's, which they leave out of the request. */
  otherLanguage: { code: string; name: string };
  timeZone: string;
  hours: [from: number, to: number];
  learner: Person;
  mentor: Person;
  organizer: Person;
  goal: string;
  checkin: { notes: string; nextStep: string };
  closingNote: string;
}

const skillLabel = (slug: string, lang: 'en' | 'ar') => skillTaxonomy.find((s) => s.slug === slug)!.labels[lang]!;

/** Writes the three people, and checks that nobody else could be matched with either of the pair. */
async function castPeople(cast: Cast): Promise<void> {
  const { code } = cast.language;
  const others = await app.db.selectFrom('person_languages').select('person_id')
    .where('lang', '=', code).where('level', '>=', 2).execute();
  expect(others, `the demo community must not speak ${code}, or the journey's pair would not be the only one`).toEqual([]);
  const place: PersonSpec = { timeZone: cast.timeZone, availability: dailyHours(...cast.hours) };
  await createPerson(app.db, {
    ...cast.learner, ...place,
    languages: [[cast.otherLanguage.code, 5], [code, 3]],
    skills: [[cast.skill.slug, 'learn', 1]],
  });
  // The mentor speaks no other language well enough to be matched with anyone from the demo.
  await createPerson(app.db, { ...cast.mentor, ...place, languages: [[code, 5]], skills: [[cast.skill.slug, 'share', 4]] });
  await createPerson(app.db, { ...cast.organizer, role: 'organizer', languages: [[cast.otherLanguage.code, 4]] });
}

/** One journey, for one cast, in its language. */
async function mentorshipJourney(cast: Cast): Promise<void> {
  const { t, lang } = cast.tr;
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const { learner, mentor, organizer, skill } = cast;

  /**
   * The page is in the journey's language and direction, and axe finds nothing wrong with it. Axe runs
   * on every page and on every state of a page that shows something new; `axe: false` marks a page the
   * journey has already checked in the same state (the same page seen by the other side, say), which
   * keeps a journey well within its time-out on a busy machine.
   */
  const expectPage = async (page: Page, { axe = true } = {}) => {
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('html').getAttribute('dir')).toBe(dir);
    if (axe) await harness.expectNoAxeViolations(page);
  };
  const status = (page: Page) => textOf(page.getByRole('status'));
  const card = (page: Page, heading: string) =>
    page.locator('section', { has: page.getByRole('heading', { level: 2, name: heading, exact: true }) });
  const click = async (page: Page, target: Locator) => {
    const response = await navigation(page, () => target.click());
    expect(response.status(), `${response.request().method()} ${pathOf(page)}`).toBeLessThan(400);
  };
  const link = (scope: Page | Locator, name: string) => scope.getByRole('link', { name, exact: true }).first();
  const button = (scope: Page | Locator, name: string) => scope.getByRole('button', { name, exact: true });

  /**
   * A browser of the person's own, on the mentorship page as a visitor sees it: switched to the journey's
   * language, then signed in through its "Sign in to ask or offer" link, which comes back to the page.
   * The visitor's pages are checked with axe for the first person only (the others see the same); the
   * person's own dashboard when `axe` says so (the first person's by default).
   */
  let arrived = 0;
  const arrive = async (person: Person, { axe = arrived === 0 } = {}) => {
    const first = arrived++ === 0;
    const page = await harness.newPage({ javaScript: false });
    await navigation(page, () => page.goto('/mentorship'));
    if (cast.selectorName) {
      // The header's language selector (still in English) is a plain GET form; the choice is kept in a cookie.
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await page.getByLabel(en('sangam-language-label'), { exact: true }).selectOption({ label: cast.selectorName });
      await click(page, button(page, en('sangam-language-submit')));
      expect(pathOf(page)).toBe('/mentorship');
    }
    expect(await textOf(page.locator('h1'))).toBe(t('sangam-mentorship-title'));
    expect(await textOf(page.getByRole('main'))).toContain(t('sangam-mentorship-intro'));
    await expectPage(page, { axe: first });
    await click(page, link(page.getByRole('main'), t('sangam-mentorship-signin')));
    expect(pathOf(page)).toBe('/signin?return=/mentorship');
    await expectPage(page, { axe: first });
    await page.getByLabel(t('sangam-signin-username'), { exact: true }).fill(person.username);
    await click(page, button(page.getByRole('main'), t('sangam-signin-dev-button')));
    expect(pathOf(page)).toBe('/mentorship');
    expect(await status(page)).toBe(t('sangam-signin-welcome', person.username));
    expect(await textOf(page.locator('h1'))).toBe(t('sangam-mentorship-title'));
    await expectPage(page, { axe });
    return page;
  };
  /** The mentorship dashboard, from the main navigation. */
  const dashboard = async (page: Page, options?: { axe: boolean }) => {
    await click(page, link(page.getByRole('navigation', { name: t('sangam-nav-label'), exact: true }), t('sangam-nav-mentorship')));
    expect(pathOf(page)).toBe('/mentorship');
    expect(await textOf(page.locator('h1'))).toBe(t('sangam-mentorship-title'));
    await expectPage(page, options);
  };
  /** The newest notification on the dashboard: new, and naming the skill in the reader's language. */
  const latestNotification = async (page: Page, key: MessageKey, ...rest: MessageParam[]) => {
    const item = card(page, t('sangam-notifications-title')).getByRole('listitem').first();
    expect(await textOf(item.getByRole('link'))).toBe(t(key, skill.label, ...rest));
    expect(await textOf(item)).toContain(t('sangam-notifications-unread'));
    return item;
  };

  await castPeople(cast);
  const pair = t('sangam-mentorship-pair', mentor.displayName, learner.displayName);
  const explanation = [
    t('sangam-match-language', cast.language.name),
    t('sangam-match-overlap', 7 * (cast.hours[1] - cast.hours[0])),
    t('sangam-match-levels', skill.label, 4, 1),
  ].join(' · ');

  // The mentor offers mentoring in the skill they share, for one person at a time.
  const mentorPage = await arrive(mentor);
  const offerCard = card(mentorPage, t('sangam-mentorship-my-offer'));
  expect(await textOf(offerCard)).toContain(t('sangam-mentorship-no-offer'));
  await click(mentorPage, link(offerCard, t('sangam-mentorship-offer')));
  expect(pathOf(mentorPage)).toBe('/mentorship/offer');
  expect(await textOf(mentorPage.locator('h1'))).toBe(t('sangam-mentorship-offer'));
  await expectPage(mentorPage);
  await mentorPage.getByLabel(t('sangam-mentorship-field-capacity'), { exact: true }).fill('1');
  const skillsOffered = mentorPage.getByRole('group', { name: t('sangam-mentorship-field-offer-skills'), exact: true });
  await skillsOffered.getByRole('checkbox', { name: skill.label, exact: true }).check();
  await click(mentorPage, button(mentorPage.getByRole('main'), t('sangam-save')));
  expect(pathOf(mentorPage)).toBe('/mentorship');
  expect(await status(mentorPage)).toBe(t('sangam-saved'));
  expect(await textOf(offerCard)).toContain(t('sangam-mentorship-offer-summary', 0, 1));
  await expectPage(mentorPage);

  // The learner asks for a mentor, in one click from the skill they want to learn: the skill and their
  // level come from their profile, and of their two languages they keep only the one the mentor speaks.
  const learnerPage = await arrive(learner, { axe: true });
  const requests = card(learnerPage, t('sangam-mentorship-my-requests'));
  expect(await textOf(requests)).toContain(t('sangam-mentorship-no-requests'));
  expect(await textOf(requests)).toContain(t('sangam-mentorship-ask-for'));
  expect(await link(learnerPage.getByRole('main'), t('sangam-mentorship-ask')).getAttribute('href')).toBe('/mentorship/ask');
  await click(learnerPage, link(requests, skill.label));
  expect(pathOf(learnerPage)).toBe(`/mentorship/ask?skill=${skill.slug}`);
  expect(await textOf(learnerPage.locator('h1'))).toBe(t('sangam-mentorship-ask'));
  await expectPage(learnerPage);
  const selected = async (label: string) =>
    (await learnerPage.getByLabel(label, { exact: true }).locator('option:checked').textContent())?.trim();
  expect(await selected(t('sangam-field-skill'))).toBe(skill.label);
  expect(await selected(t('sangam-mentorship-field-level'))).toBe(t('sangam-skill-level-1'));
  await learnerPage.getByLabel(t('sangam-mentorship-field-goal'), { exact: true }).fill(cast.goal);
  const languages = learnerPage.getByRole('group', { name: t('sangam-mentorship-field-languages'), exact: true });
  const shared = languages.getByRole('checkbox', { name: cast.language.name, exact: true });
  const other = languages.getByRole('checkbox', { name: cast.otherLanguage.name, exact: true });
  expect([await shared.isChecked(), await other.isChecked()]).toEqual([true, true]);
  await other.uncheck();
  await learnerPage.getByRole('group', { name: t('sangam-mentorship-field-format'), exact: true })
    .getByRole('radio', { name: t('sangam-format-few-sessions'), exact: true }).check();
  await learnerPage.getByRole('checkbox', { name: t('sangam-mentorship-field-swap'), exact: true }).uncheck();
  await click(learnerPage, button(learnerPage.getByRole('main'), t('sangam-mentorship-ask-submit')));
  expect(pathOf(learnerPage)).toBe('/mentorship');
  expect(await status(learnerPage)).toBe(t('sangam-mentorship-asked'));
  const request = card(learnerPage, t('sangam-mentorship-my-requests')).getByRole('listitem');
  expect(await request.count()).toBe(1);
  const requestText = await textOf(request);
  for (const part of [skill.label, t('sangam-request-status-open'), t('sangam-format-few-sessions'), cast.language.name, cast.goal]) {
    expect(requestText).toContain(part);
  }
  expect(requestText).not.toContain(cast.otherLanguage.name);
  await expectPage(learnerPage);

  // The organizer finds the request in the pool and runs matching.
  const organizerPage = await arrive(organizer);
  await click(organizerPage, link(organizerPage.getByRole('main'), t('sangam-pool-title')));
  expect(pathOf(organizerPage)).toBe('/mentorship/pool');
  expect(await textOf(organizerPage.locator('h1'))).toBe(t('sangam-pool-title'));
  await expectPage(organizerPage);
  // The requests waiting, oldest first, a page at a time: the new one is on the last page with open ones.
  const waiting = organizerPage.locator('table', { has: organizerPage.getByRole('caption').filter({ hasText: t('sangam-pool-requests') }) })
    .getByRole('row').filter({ has: organizerPage.getByRole('link', { name: learner.displayName, exact: true }) });
  const pager = organizerPage.getByRole('navigation', { name: t('sangam-pager-label'), exact: true });
  for (let pages = 1; !(await waiting.count()); pages++) {
    expect(pages, 'the new request should be on one of the first pages of the pool').toBeLessThan(5);
    await click(organizerPage, link(pager, t('sangam-pager-next')));
    expect(pathOf(organizerPage)).toBe(`/mentorship/pool?page=${pages + 1}`);
    await expectPage(organizerPage);
  }
  expect(await textOf(waiting)).toContain(`${skill.label} (${t('sangam-skill-level-1')}, ${cast.language.name})`);
  expect(await textOf(waiting)).toContain(t('sangam-request-status-open'));
  await click(organizerPage, button(organizerPage.getByRole('main'), t('sangam-pool-run')));
  expect(pathOf(organizerPage)).toBe('/mentorship/pool');
  const run = await app.db.selectFrom('matching_runs as r').innerJoin('people as p', 'p.id', 'r.started_by')
    .select(['r.proposals', 'r.swap_cycles', 'r.unmatched']).where('p.username', '=', organizer.username)
    .orderBy('r.id', 'desc').executeTakeFirstOrThrow();
  expect(run.proposals).toBeGreaterThanOrEqual(1);
  expect(await status(organizerPage)).toBe(t('sangam-pool-run-done', run.proposals, run.swap_cycles, run.unmatched));
  const runs = organizerPage.locator('table', { has: organizerPage.getByRole('caption').filter({ hasText: t('sangam-pool-runs') }) });
  expect(await textOf(runs.getByRole('row').nth(1))).toContain(organizer.displayName);
  await expectPage(organizerPage);

  // The mentor sees the proposal, why it was made, and a notification about it; they accept.
  await dashboard(mentorPage);
  const toAnswer = card(mentorPage, t('sangam-mentorship-to-answer')).getByRole('listitem').filter({ hasText: pair });
  expect(await toAnswer.count()).toBe(1);
  expect(await textOf(toAnswer)).toContain(`${skill.label} ${pair} · ${t('sangam-mentorship-status-proposed')}`);
  expect(await textOf(toAnswer)).toContain(explanation);
  const proposed = await latestNotification(mentorPage, 'sangam-notification-mentorship-proposed', learner.displayName);
  expect(await textOf(card(mentorPage, t('sangam-mentorship-my-offer')))).toContain(t('sangam-mentorship-offer-summary', 1, 1));
  const proposalLink = await proposed.getByRole('link').getAttribute('href');
  await click(mentorPage, link(toAnswer, t('sangam-mentorship-answer')));
  expect(pathOf(mentorPage)).toMatch(/^\/mentorships\/\d+$/);
  const mentorshipPath = pathOf(mentorPage);
  expect(proposalLink).toBe(mentorshipPath);
  expect(await textOf(mentorPage.locator('h1'))).toBe(t('sangam-mentorship-page-title', skill.label));
  const why = card(mentorPage, t('sangam-mentorship-why'));
  expect(await textOf(why.locator('p').first())).toBe(explanation);
  expect(await textOf(why)).toContain(cast.goal);
  const people = await textOf(mentorPage.getByRole('main').locator('> p').first());
  expect(people).toBe(`${t('sangam-mentorship-mentor')}: ${mentor.displayName} · ${t('sangam-mentorship-learner')}: ${learner.displayName} · ${t('sangam-mentorship-status-proposed')}`);
  await expectPage(mentorPage);
  const answer = card(mentorPage, t('sangam-mentorship-answer'));
  await click(mentorPage, button(answer, t('sangam-mentorship-accept')));
  expect(pathOf(mentorPage)).toBe(mentorshipPath);
  expect(await status(mentorPage)).toBe(t('sangam-mentorship-accepted'));
  expect(await textOf(mentorPage.getByRole('main'))).toContain(t('sangam-mentorship-waiting-other'));
  expect(await answer.count()).toBe(0);
  // Nothing starts until both have accepted.
  expect(await mentorPage.getByRole('heading', { name: t('sangam-checkin-add'), exact: true }).count()).toBe(0);
  await expectPage(mentorPage);

  // The learner accepts too, from their dashboard: the mentorship starts.
  await dashboard(learnerPage, { axe: false });
  const learnerToAnswer = card(learnerPage, t('sangam-mentorship-to-answer')).getByRole('listitem').filter({ hasText: pair });
  expect(await textOf(learnerToAnswer)).toContain(explanation);
  await latestNotification(learnerPage, 'sangam-notification-mentorship-proposed', mentor.displayName);
  expect(await textOf(card(learnerPage, t('sangam-mentorship-my-requests')))).toContain(t('sangam-request-status-proposed'));
  await click(learnerPage, link(learnerToAnswer, t('sangam-mentorship-answer')));
  expect(pathOf(learnerPage)).toBe(mentorshipPath);
  expect(await textOf(card(learnerPage, t('sangam-mentorship-why')).locator('p').first())).toBe(explanation);
  await expectPage(learnerPage, { axe: false });
  await click(learnerPage, button(card(learnerPage, t('sangam-mentorship-answer')), t('sangam-mentorship-accept')));
  expect(pathOf(learnerPage)).toBe(mentorshipPath);
  expect(await status(learnerPage)).toBe(t('sangam-mentorship-accepted'));
  expect(await textOf(learnerPage.getByRole('main').locator('> p').first())).toContain(t('sangam-mentorship-status-active'));
  expect(await textOf(card(learnerPage, t('sangam-checkins-title')))).toContain(t('sangam-checkins-none'));
  await expectPage(learnerPage);

  // The mentor writes a check-in after their first meeting.
  await dashboard(mentorPage, { axe: false });
  const current = card(mentorPage, t('sangam-mentorship-current')).getByRole('listitem').filter({ hasText: pair });
  expect(await textOf(current)).toContain(`${pair} · ${t('sangam-mentorship-status-active')}`);
  await latestNotification(mentorPage, 'sangam-notification-mentorship-started', learner.displayName);
  await click(mentorPage, link(current, skill.label));
  expect(pathOf(mentorPage)).toBe(mentorshipPath);
  await expectPage(mentorPage, { axe: false });
  const checkinForm = mentorPage.locator('form', { has: mentorPage.getByRole('heading', { name: t('sangam-checkin-add'), exact: true }) });
  const metOn = checkinForm.getByLabel(t('sangam-checkin-date'), { exact: true });
  expect(await metOn.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await checkinForm.getByLabel(t('sangam-checkin-notes'), { exact: true }).fill(cast.checkin.notes);
  await checkinForm.getByLabel(t('sangam-checkin-next-step'), { exact: true }).fill(cast.checkin.nextStep);
  await click(mentorPage, button(checkinForm, t('sangam-checkin-submit')));
  expect(pathOf(mentorPage)).toBe(mentorshipPath);
  expect(await status(mentorPage)).toBe(t('sangam-checkin-saved'));
  const checkins = card(mentorPage, t('sangam-checkins-title')).getByRole('listitem');
  expect(await checkins.count()).toBe(1);
  const written = await textOf(checkins);
  for (const part of [mentor.displayName, cast.checkin.notes, `${t('sangam-checkin-next-step')}: ${cast.checkin.nextStep}`]) {
    expect(written).toContain(part);
  }
  await expectPage(mentorPage);

  // The learner is told about the check-in, reads it, and marks the mentorship completed.
  await dashboard(learnerPage, { axe: false });
  const checkinNews = await latestNotification(learnerPage, 'sangam-notification-mentorship-checkin', mentor.displayName);
  await click(learnerPage, checkinNews.getByRole('link'));
  expect(pathOf(learnerPage)).toBe(mentorshipPath);
  expect(await textOf(card(learnerPage, t('sangam-checkins-title')))).toContain(cast.checkin.notes);
  await expectPage(learnerPage, { axe: false });
  const endForm = learnerPage.locator('form', { has: learnerPage.getByRole('heading', { name: t('sangam-mentorship-end-title'), exact: true }) });
  await endForm.getByRole('group', { name: t('sangam-mentorship-end-outcome'), exact: true })
    .getByRole('radio', { name: t('sangam-mentorship-end-completed'), exact: true }).check();
  await endForm.getByLabel(t('sangam-mentorship-end-note'), { exact: true }).fill(cast.closingNote);
  await click(learnerPage, button(endForm, t('sangam-mentorship-end-submit')));
  expect(pathOf(learnerPage)).toBe(mentorshipPath);
  expect(await status(learnerPage)).toBe(t('sangam-mentorship-completed'));
  expect(await textOf(learnerPage.getByRole('main').locator('> p').first())).toContain(t('sangam-mentorship-status-completed'));
  expect(await textOf(card(learnerPage, t('sangam-mentorship-why')))).toContain(cast.closingNote);
  // The check-ins stay; there is nothing more to write or end.
  expect(await textOf(card(learnerPage, t('sangam-checkins-title')))).toContain(cast.checkin.notes);
  expect(await learnerPage.getByRole('heading', { name: t('sangam-checkin-add'), exact: true }).count()).toBe(0);
  expect(await learnerPage.getByRole('heading', { name: t('sangam-mentorship-end-title'), exact: true }).count()).toBe(0);
  await expectPage(learnerPage);

  // On the learner's dashboard: a past mentorship, completed; the request is closed, so no longer listed.
  await dashboard(learnerPage);
  const past = card(learnerPage, t('sangam-mentorship-past')).getByRole('listitem').filter({ hasText: pair });
  expect(await textOf(past)).toContain(`${pair} · ${t('sangam-mentorship-status-completed')}`);
  expect(await textOf(card(learnerPage, t('sangam-mentorship-current')))).toContain(t('sangam-mentorship-none-current'));
  expect(await card(learnerPage, t('sangam-mentorship-my-requests')).getByRole('listitem').count()).toBe(0);

  // The mentor is told it ended, and has room for someone new.
  await dashboard(mentorPage, { axe: false });
  await latestNotification(mentorPage, 'sangam-notification-mentorship-ended', learner.displayName, t('sangam-notification-ending-completed'));
  expect(await textOf(card(mentorPage, t('sangam-mentorship-past')).getByRole('listitem').filter({ hasText: pair })))
    .toContain(t('sangam-mentorship-status-completed'));
  expect(await textOf(card(mentorPage, t('sangam-mentorship-my-offer')))).toContain(t('sangam-mentorship-offer-summary', 0, 1));
}

describe('mentorship journeys, with JavaScript disabled', () => {
  it('in English: ask, offer, match, both accept, a check-in, completed', async () => {
    await mentorshipJourney({
      tr: translatorFor('en'),
      selectorName: '',
      skill: { slug: 'lua-modules', label: skillLabel('lua-modules', 'en') },
      // Santali, in Ol Chiki; the learner also speaks Hindi, which they leave out of the request.
      language: { code: 'sat', name: 'ᱥᱟᱱᱛᱟᱲᱤ' },
      otherLanguage: { code: 'hi', name: 'हिन्दी' },
      timeZone: 'Asia/Kolkata',
      hours: [18, 22],
      learner: { username: 'Sunita Hembram', displayName: 'Sunita Hembram' },
      mentor: { username: 'Baha Murmu', displayName: 'Baha Murmu' },
      organizer: { username: 'Kavya Organizer', displayName: 'Kavya Rao' },
      goal: 'Write an infobox module for Santali Wikipedia',
      checkin: { notes: 'Read Module:Infobox together and wrote a first function.', nextStep: 'Add the date fields' },
      closingNote: 'The infobox module is live.',
    });
  }, JOURNEY_TIMEOUT);

  it('in Arabic, right to left: the same journey with the texts of i18n/ar.json', async () => {
    const ar = translatorFor('ar');
    expect(ar.lang).toBe('ar');
    await mentorshipJourney({
      tr: ar,
      selectorName: 'العربية',
      skill: { slug: 'wikidata', label: skillLabel('wikidata', 'ar') },
      // Central Kurdish, written in Arabic script; the learner also speaks Arabic, left out of the request.
      language: { code: 'ckb', name: 'کوردی' },
      otherLanguage: { code: 'ar', name: 'العربية' },
      timeZone: 'Asia/Baghdad',
      hours: [17, 21],
      learner: { username: 'Layla Hassan', displayName: 'ليلى حسن' },
      mentor: { username: 'Karwan Aziz', displayName: 'كاروان عزيز' },
      organizer: { username: 'Nour Organizer', displayName: 'نور' },
      goal: 'أريد إضافة قرى كردستان ومعالمها إلى ويكي بيانات',
      checkin: { notes: 'أضفنا أول عشر قرى مع إحداثياتها.', nextStep: 'إضافة المعالم' },
      closingNote: 'اكتمل المشروع.',
    });
  }, JOURNEY_TIMEOUT);

  it('every page the journeys showed was checked with axe', () => {
    const unchecked = [...harness.visited].filter((url) => !harness.checked.has(url));
    expect(unchecked).toEqual([]);
    const required: (string | RegExp)[] = ['/mentorship', /^\/mentorship\/ask\?skill=/, '/mentorship/offer', '/mentorship/pool', /^\/mentorships\/\d+$/];
    const checked = [...harness.checked];
    expect(required.filter((r) => !checked.some((url) => (typeof r === 'string' ? url === r : r.test(url))))).toEqual([]);
  });
});
