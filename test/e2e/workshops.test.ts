// Workshop journeys in a real browser with JavaScript disabled, in English and in Hindi: an organizer starts
// a monthly series and opens a call for proposals; a presenter proposes a session; two people say they would
// attend; the organizer reviews it on the review board and accepts it; the time finder ranks times for the
// presenter and the two interested people, and the organizer schedules the best one; a learner registers and
// only then sees the online link; once the session has taken place the organizer marks attendance, and the
// dashboard shows the attendance rate and the interest. Every page is checked with axe-core in each new
// state, and every text comes from the message files (dates, scores and percentages through the same
// formatting the pages use).
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translatorFor, type Translator } from '../../src/i18n/messages.js';
import { formatScore, SESSION_TYPE_KEYS } from '../../src/web/presenters/proposals.js';
import { momentIn } from '../../src/web/presenters/names.js';
import { weekdayName } from '../../src/web/presenters/workshops.js';
import { createCommunity, createPerson, dailyHours } from '../factories.js';
import { BrowserHarness, navigation, pathOf, textOf, type RunningApp, useJourneyApp } from './browser.js';

const JOURNEY_TIMEOUT = 180_000;
const en = translatorFor('en').t;
/** Everyone in the journeys reads times in the organizer's zone, which is also the series' home zone. */
const HOME_ZONE = 'Asia/Kolkata';

let app: RunningApp;
let harness: BrowserHarness;
useJourneyApp((started) => {
  ({ app, harness } = started);
});

interface Cast {
  tr: Translator;
  /** How the language is named in the header's language selector ('' for English, the default). */
  selectorName: string;
  community: { name: string; slug: string };
  series: { title: string; slug: string; description: string; languages: string };
  call: { title: string; slug: string };
  proposal: { title: string; language: string; plan: string; benefit: string };
  review: { scores: { category: 'benefit' | 'plan' | 'readiness' | 'feasibility'; score: number }[]; comment: string };
  decision: string;
  onlineUrl: string;
  organizer: string;
  presenter: string;
  /** Two people who would attend, in zones other than the organizer's. */
  interested: [{ username: string; timeZone: string }, { username: string; timeZone: string }];
  learner: string;
}

/** The call form's default review categories and their weights (src/web/routes/proposals.tsx). */
const CATEGORIES = {
  benefit: { key: 'sangam-cfp-category-benefit', weight: 3 },
  plan: { key: 'sangam-cfp-category-plan', weight: 2 },
  readiness: { key: 'sangam-cfp-category-readiness', weight: 2 },
  feasibility: { key: 'sangam-cfp-category-feasibility', weight: 1 },
} as const;

const SERIES_CAPACITY = 40;
const SESSION_MINUTES = 60;

async function workshopJourney(cast: Cast): Promise<void> {
  const { t, lang } = cast.tr;
  const expectPage = async (page: Page) => {
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    await harness.expectNoAxeViolations(page);
  };
  const status = (page: Page) => textOf(page.getByRole('status'));
  const click = async (page: Page, target: Locator) => {
    const response = await navigation(page, () => target.click());
    expect(response.status(), `${response.request().method()} ${pathOf(page)}`).toBeLessThan(400);
  };
  const open = async (page: Page, path: string) => {
    const response = await navigation(page, () => page.goto(path));
    expect(response.status(), `GET ${path}`).toBeLessThan(400);
  };
  const main = (page: Page) => page.getByRole('main');
  const link = (scope: Page | Locator, name: string) => scope.getByRole('link', { name, exact: true }).first();
  const button = (scope: Page | Locator, name: string) => scope.getByRole('button', { name, exact: true });
  const field = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });
  const table = (page: Page, caption: string) => page.locator('table', { has: page.getByRole('caption').filter({ hasText: caption }) });
  const rowOf = (tableLocator: Locator, linkText: string) =>
    tableLocator.locator('tbody tr').filter({ has: tableLocator.page().getByRole('link', { name: linkText, exact: true }) });
  /** The text of a row's cell under the column headed `header` (the row's own header cell counts as a column). */
  const cellUnder = async (tableLocator: Locator, row: Locator, header: string) => {
    const headers = (await tableLocator.locator('thead th').allTextContents()).map((h) => h.replace(/\s+/g, ' ').trim());
    const index = headers.indexOf(header);
    expect(index, `a column headed ${header}`).toBeGreaterThanOrEqual(0);
    return textOf(row.locator(':scope > th, :scope > td').nth(index));
  };

  // The cast. The presenter and both interested people share evening hours across three zones whose clocks
  // differ by minutes, so the time finder can reach all three at once; the organizer's hours are not asked.
  const organizer = await createPerson(app.db, { username: cast.organizer, country: 'IN', timeZone: HOME_ZONE, availability: dailyHours(17, 21), languages: [[lang, 5]] });
  const presenter = await createPerson(app.db, { username: cast.presenter, country: 'IN', timeZone: HOME_ZONE, availability: dailyHours(17, 21), languages: [[lang, 5]] });
  const interested = [];
  for (const person of cast.interested) {
    interested.push(await createPerson(app.db, { username: person.username, timeZone: person.timeZone, availability: dailyHours(17, 21), languages: [[lang, 4]] }));
  }
  const learner = await createPerson(app.db, { username: cast.learner, country: 'IN', timeZone: HOME_ZONE, languages: [[lang, 5]] });
  await createCommunity(app.db, {
    slug: cast.community.slug, name: cast.community.name, kind: 'user-group', languages: [lang], countries: ['IN'],
    members: [organizer.id, presenter.id, ...interested.map((p) => p.id), learner.id],
  });

  const signInPath = (path: string) => `/signin?return=${path}`;
  /**
   * A browser of the person's own: the address as a visitor, in the journey's language, then signed in
   * (through the page's own sign-in link when `via` names one) and back at the address.
   */
  const arrive = async (username: string, path: string, { axe = false, via }: { axe?: boolean; via?: string } = {}) => {
    const page = await harness.newPage({ javaScript: false });
    await open(page, path);
    if (cast.selectorName) {
      await field(page, en('sangam-language-label')).selectOption({ label: cast.selectorName });
      await click(page, button(page, en('sangam-language-submit')));
      expect(pathOf(page)).toBe(path);
    }
    if (axe) await expectPage(page);
    if (via) await click(page, link(main(page), via));
    else await open(page, signInPath(path));
    // Some pages encode the address to return to; either way it is the same address.
    expect(decodeURIComponent(pathOf(page))).toBe(signInPath(path));
    // Each sign-in address (it names the page to return to) is checked once.
    if (!harness.checked.has(pathOf(page))) await expectPage(page);
    await field(page, t('sangam-signin-username')).fill(username);
    await click(page, button(main(page), t('sangam-signin-dev-button')));
    expect(pathOf(page)).toBe(path);
    expect(await status(page)).toBe(t('sangam-signin-welcome', username));
    return page;
  };

  // ——— The organizer starts a monthly series from the list of series. ———
  const organizerPage = await arrive(cast.organizer, '/series', { axe: true });
  expect(await textOf(organizerPage.locator('h1'))).toBe(t('sangam-series-list-title'));
  await expectPage(organizerPage);
  await click(organizerPage, link(main(organizerPage), t('sangam-series-new-link')));
  expect(pathOf(organizerPage)).toBe('/series/new');
  expect(await textOf(organizerPage.locator('h1'))).toBe(t('sangam-series-new-title'));
  await expectPage(organizerPage);
  const seriesForm = main(organizerPage).locator('form');
  // The only community they organize is chosen already.
  expect(await textOf(field(seriesForm, t('sangam-series-field-community')).locator('option:checked'))).toBe(cast.community.name);
  await field(seriesForm, t('sangam-series-field-title')).fill(cast.series.title);
  await field(seriesForm, t('sangam-series-field-slug')).fill(cast.series.slug);
  await field(seriesForm, t('sangam-series-field-description')).fill(cast.series.description);
  await field(seriesForm, t('sangam-series-field-scope')).selectOption({ label: t('sangam-series-scope-regional') });
  await seriesForm.getByRole('radio', { name: t('sangam-series-cadence-monthly'), exact: true }).check();
  await field(seriesForm, t('sangam-series-field-week')).selectOption({ label: t('sangam-series-week-2') });
  await field(seriesForm, t('sangam-series-field-weekday')).selectOption({ label: weekdayName(lang, 5) });
  await field(seriesForm, t('sangam-series-field-time')).fill('15:00');
  await field(seriesForm, t('sangam-series-field-zone')).selectOption(HOME_ZONE);
  await field(seriesForm, t('sangam-series-field-languages')).fill(cast.series.languages);
  await field(seriesForm, t('sangam-series-field-capacity')).fill(String(SERIES_CAPACITY));
  await field(seriesForm, t('sangam-series-field-duration')).fill(String(SESSION_MINUTES));
  await click(organizerPage, button(seriesForm, t('sangam-series-create')));
  const seriesPath = `/series/${cast.series.slug}`;
  expect(pathOf(organizerPage)).toBe(seriesPath);
  expect(await status(organizerPage)).toBe(t('sangam-series-created'));
  expect(await textOf(organizerPage.locator('h1'))).toBe(cast.series.title);
  expect(await textOf(main(organizerPage))).toContain(t('sangam-series-cadence-rule', t('sangam-series-week-2'), weekdayName(lang, 5), '15:00', HOME_ZONE));
  await expectPage(organizerPage);

  // ——— It opens a call for proposals, keeping the default review categories. ———
  await click(organizerPage, link(main(organizerPage), t('sangam-series-open-call')));
  expect(pathOf(organizerPage)).toBe(`${seriesPath}/calls/new`);
  expect(await textOf(organizerPage.locator('h1'))).toBe(t('sangam-cfp-new-title'));
  await expectPage(organizerPage);
  const callForm = main(organizerPage).locator('form');
  const closesOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await field(callForm, t('sangam-cfp-field-title')).fill(cast.call.title);
  await field(callForm, t('sangam-cfp-field-slug')).fill(cast.call.slug);
  await field(callForm, t('sangam-cfp-field-date')).fill(closesOn);
  await field(callForm, t('sangam-cfp-field-time')).fill('23:59');
  expect(await field(callForm, t('sangam-cfp-category-n', 1)).inputValue()).toBe(t(CATEGORIES.benefit.key));
  await click(organizerPage, button(callForm, t('sangam-cfp-create')));
  const callPath = `/cfp/${cast.call.slug}`;
  expect(pathOf(organizerPage)).toBe(callPath);
  expect(await status(organizerPage)).toBe(t('sangam-cfp-created'));
  expect(await textOf(organizerPage.locator('h1'))).toBe(cast.call.title);
  expect(await textOf(main(organizerPage))).toContain(t('sangam-cfp-no-proposals'));
  await expectPage(organizerPage);

  // ——— The presenter finds the call and proposes a session. ———
  const presenterPage = await arrive(cast.presenter, callPath, { axe: true });
  await click(presenterPage, link(main(presenterPage), t('sangam-cfp-propose')));
  expect(pathOf(presenterPage)).toBe(`${callPath}/propose`);
  expect(await textOf(presenterPage.locator('h1'))).toBe(t('sangam-proposal-new-title'));
  await expectPage(presenterPage);
  const proposalForm = main(presenterPage).locator('form');
  await field(proposalForm, t('sangam-proposal-field-title')).fill(cast.proposal.title);
  await field(proposalForm, t('sangam-proposal-field-type')).selectOption({ label: t(SESSION_TYPE_KEYS.workshop) });
  await field(proposalForm, t('sangam-proposal-field-language')).fill(cast.proposal.language);
  await field(proposalForm, t('sangam-proposal-field-duration')).fill(String(SESSION_MINUTES));
  await field(proposalForm, t('sangam-proposal-field-plan')).fill(cast.proposal.plan);
  await field(proposalForm, t('sangam-proposal-field-benefit')).fill(cast.proposal.benefit);
  await click(presenterPage, button(proposalForm, t('sangam-proposal-submit')));
  expect(pathOf(presenterPage)).toMatch(/^\/proposals\/\d+$/);
  const proposalPath = pathOf(presenterPage);
  expect(await status(presenterPage)).toBe(t('sangam-proposal-submitted'));
  expect(await textOf(presenterPage.locator('h1'))).toBe(cast.proposal.title);
  const proposalText = await textOf(main(presenterPage));
  expect(proposalText).toContain(t('sangam-proposal-status-submitted'));
  expect(proposalText).toContain(cast.proposal.plan);
  expect(proposalText).toContain(t('sangam-proposal-interest-count', 0));
  await expectPage(presenterPage);
  await presenterPage.context().close();

  // ——— Two people say they would attend: one from the call's table, one from the proposal's page. ———
  const [first, second] = cast.interested;
  const callerPage = await arrive(first.username, callPath);
  const proposals = table(callerPage, t('sangam-cfp-proposals'));
  const proposalRow = rowOf(proposals, cast.proposal.title);
  expect(await textOf(proposalRow)).toContain(t('sangam-proposal-interest-count', 0));
  await expectPage(callerPage);
  await click(callerPage, button(proposalRow, t('sangam-proposal-interest-add')));
  expect(pathOf(callerPage)).toBe(callPath);
  expect(await status(callerPage)).toBe(t('sangam-proposal-interest-added'));
  expect(await textOf(proposalRow)).toContain(t('sangam-proposal-interest-count', 1));
  expect(await button(proposalRow, t('sangam-proposal-interest-withdraw')).count()).toBe(1);
  await expectPage(callerPage);
  await callerPage.context().close();

  const visitorPage = await arrive(second.username, proposalPath, { axe: true, via: t('sangam-proposal-interest-signin') });
  const interestCard = main(visitorPage).locator('section', { has: visitorPage.getByRole('heading', { name: t('sangam-proposal-interest'), exact: true }) });
  expect(await textOf(interestCard)).toContain(t('sangam-proposal-interest-count', 1));
  await click(visitorPage, button(interestCard, t('sangam-proposal-interest-add')));
  expect(pathOf(visitorPage)).toBe(proposalPath);
  expect(await status(visitorPage)).toBe(t('sangam-proposal-interest-added'));
  expect(await textOf(interestCard)).toContain(t('sangam-proposal-interest-count', 2));
  await expectPage(visitorPage);
  await visitorPage.context().close();

  // ——— The organizer reviews: the board shows the demand apart from the (still empty) score. ———
  await open(organizerPage, callPath);
  await click(organizerPage, link(main(organizerPage), t('sangam-review-board-title')));
  const boardPath = `${callPath}/review`;
  expect(pathOf(organizerPage)).toBe(boardPath);
  const board = table(organizerPage, t('sangam-review-board-caption', t('sangam-review-sort-score')));
  const boardRow = rowOf(board, cast.proposal.title);
  expect(await cellUnder(board, boardRow, t('sangam-review-count'))).toBe(cast.tr.formatNumber(0));
  expect(await cellUnder(board, boardRow, t('sangam-review-mean'))).toBe(formatScore(cast.tr, null));
  expect(await cellUnder(board, boardRow, t('sangam-review-demand'))).toBe(cast.tr.formatNumber(2));
  await expectPage(organizerPage);

  await click(organizerPage, link(main(organizerPage), t('sangam-review-next')));
  expect(pathOf(organizerPage)).toBe(`${proposalPath}/review`);
  expect(await textOf(organizerPage.locator('h1'))).toBe(t('sangam-review-of', cast.proposal.title));
  await expectPage(organizerPage);
  const reviewForm = main(organizerPage).locator('form');
  for (const { category, score } of cast.review.scores) {
    const group = reviewForm.locator('fieldset', { has: organizerPage.locator('legend', { hasText: t(CATEGORIES[category].key) }) });
    await group.getByRole('radio', { name: cast.tr.formatNumber(score), exact: true }).check();
  }
  await field(reviewForm, t('sangam-review-comment')).fill(cast.review.comment);
  await click(organizerPage, button(reviewForm, t('sangam-review-submit')));
  expect(pathOf(organizerPage)).toBe(boardPath);
  expect(await status(organizerPage)).toBe(t('sangam-review-saved'));
  const weights = cast.review.scores.reduce((sum, s) => sum + CATEGORIES[s.category].weight, 0);
  const weighted = formatScore(cast.tr, cast.review.scores.reduce((sum, s) => sum + CATEGORIES[s.category].weight * s.score, 0) / weights);
  expect(await cellUnder(board, boardRow, t('sangam-review-count'))).toBe(cast.tr.formatNumber(1));
  expect(await cellUnder(board, boardRow, t('sangam-review-mean'))).toBe(weighted);
  expect(await cellUnder(board, boardRow, t('sangam-review-median'))).toBe(weighted);
  expect(await cellUnder(board, boardRow, t('sangam-review-demand'))).toBe(cast.tr.formatNumber(2));
  expect(await cellUnder(board, boardRow, t('sangam-review-yours'))).toBe(t('sangam-review-edit'));
  await expectPage(organizerPage);

  // ——— It accepts, with a message, and lands on the time finder. ———
  await click(organizerPage, link(boardRow, cast.proposal.title));
  expect(pathOf(organizerPage)).toBe(proposalPath);
  expect(await textOf(main(organizerPage))).toContain(t('sangam-review-summary', 1, weighted, weighted));
  expect(await textOf(main(organizerPage))).toContain(cast.review.comment);
  await expectPage(organizerPage);
  const decisionForm = main(organizerPage).locator('form', { has: organizerPage.getByRole('heading', { name: t('sangam-proposal-decision'), exact: true }) });
  await decisionForm.getByRole('group', { name: t('sangam-proposal-decision-field'), exact: true })
    .getByRole('radio', { name: t('sangam-proposal-accept'), exact: true }).check();
  await field(decisionForm, t('sangam-proposal-decision-message')).fill(cast.decision);
  await click(organizerPage, button(decisionForm, t('sangam-proposal-decide')));
  expect(pathOf(organizerPage)).toMatch(/^\/sessions\/\d+\/schedule$/);
  const sessionPath = pathOf(organizerPage).replace(/\/schedule$/, '');
  const sessionId = Number(sessionPath.split('/')[2]);
  expect(await status(organizerPage)).toBe(t('sangam-proposal-accepted-done'));
  expect(await textOf(organizerPage.locator('h1'))).toBe(t('sangam-schedule-title'));
  // The session concerns its presenter (now its facilitator) and the two people who would attend; all three shared their hours.
  expect(await textOf(main(organizerPage))).toContain(t('sangam-schedule-intro', 3, 3, SESSION_MINUTES));
  await expectPage(organizerPage);

  // ——— The best time reaches all three; the organizer schedules the session at it. ———
  const slots = table(organizerPage, t('sangam-schedule-caption', HOME_ZONE));
  const best = slots.locator('tbody tr').first();
  expect(await cellUnder(slots, best, t('sangam-schedule-col-reached'))).toBe(t('sangam-schedule-reached', 3, 3));
  expect(await cellUnder(slots, best, t('sangam-schedule-col-night'))).toBe('0');
  const choose = button(best, t('sangam-schedule-choose'));
  const startsAt = new Date((await choose.getAttribute('value'))!);
  expect(startsAt.getTime()).toBeGreaterThan(Date.now());
  await click(organizerPage, choose);
  expect(pathOf(organizerPage)).toBe(sessionPath);
  expect(await status(organizerPage)).toBe(t('sangam-session-scheduled'));
  expect(await textOf(organizerPage.locator('h1'))).toBe(cast.proposal.title);
  const when = momentIn(lang, HOME_ZONE, startsAt);
  const facts = main(organizerPage).locator('dl.facts');
  expect(await textOf(facts)).toContain(when);
  expect(await textOf(facts)).not.toContain(t('sangam-session-time-tbd'));
  expect(await textOf(facts)).toContain(cast.presenter);
  await expectPage(organizerPage);

  // It adds the meeting link, which only registrants, facilitators and organizers will see.
  await click(organizerPage, link(main(organizerPage), t('sangam-session-edit-link')));
  expect(pathOf(organizerPage)).toBe(`${sessionPath}/edit`);
  await expectPage(organizerPage);
  const sessionForm = main(organizerPage).locator('form');
  await field(sessionForm, t('sangam-session-field-online')).fill(cast.onlineUrl);
  await click(organizerPage, button(sessionForm, t('sangam-save')));
  expect(pathOf(organizerPage)).toBe(sessionPath);
  expect(await status(organizerPage)).toBe(t('sangam-saved'));
  // Saving the form again kept the time the finder chose.
  expect(await textOf(facts)).toContain(when);
  expect(await main(organizerPage).getByRole('link', { name: cast.onlineUrl, exact: true }).count()).toBe(1);
  await expectPage(organizerPage);

  // ——— A learner finds the session, signs in from it and registers; only then is the link shown. ———
  const learnerPage = await arrive(cast.learner, sessionPath, { axe: true, via: t('sangam-session-sign-in-to-register') });
  const registration = main(learnerPage).locator('section', { has: learnerPage.getByRole('heading', { name: t('sangam-session-registration'), exact: true }) });
  expect(await textOf(registration)).toContain(t('sangam-session-link-after-registering'));
  expect(await textOf(main(learnerPage))).not.toContain(cast.onlineUrl);
  expect(await textOf(learnerPage.locator('dl.facts'))).toContain(when);
  await expectPage(learnerPage);
  await click(learnerPage, button(registration, t('sangam-session-register')));
  expect(pathOf(learnerPage)).toBe(sessionPath);
  expect(await status(learnerPage)).toBe(t('sangam-session-registered'));
  expect(await textOf(registration)).toContain(t('sangam-session-you-are-registered'));
  expect(await registration.getByRole('link', { name: cast.onlineUrl, exact: true }).getAttribute('href')).toBe(cast.onlineUrl);
  expect(await textOf(learnerPage.locator('dl.facts'))).toContain(t('sangam-session-places-taken', 1, SERIES_CAPACITY));
  await expectPage(learnerPage);
  await learnerPage.context().close();

  // ——— Attendance cannot be marked before the session starts. ———
  await open(organizerPage, sessionPath);
  await click(organizerPage, link(main(organizerPage), t('sangam-session-attendance-link')));
  const attendancePath = `${sessionPath}/attendance`;
  expect(pathOf(organizerPage)).toBe(attendancePath);
  const learnerBox = organizerPage.getByRole('checkbox', { name: cast.learner, exact: true });
  expect(await learnerBox.isDisabled()).toBe(true);
  expect(await textOf(main(organizerPage))).toContain(t('sangam-workshops-error-not-started'));
  await expectPage(organizerPage);

  // The app runs on the real clock and the journey cannot wait days for the session to take place, so the
  // session is moved to two hours ago, as if the time had passed.
  const heldAt = new Date(Date.now() - 2 * 3_600_000);
  await app.db.updateTable('workshop_sessions').set({ starts_at: heldAt }).where('id', '=', sessionId).execute();

  // ——— Afterwards the organizer ticks who came and saves. ———
  await open(organizerPage, attendancePath);
  expect(await textOf(main(organizerPage))).toContain(t('sangam-attendance-legend', 1));
  await learnerBox.check();
  await click(organizerPage, button(main(organizerPage), t('sangam-attendance-save')));
  expect(pathOf(organizerPage)).toBe(attendancePath);
  expect(await status(organizerPage)).toBe(t('sangam-attendance-saved', 1, 0));
  expect(await learnerBox.isChecked()).toBe(true);
  await expectPage(organizerPage);

  // ——— The dashboard shows the attendance rate and the interest the proposal had. ———
  await open(organizerPage, seriesPath);
  await click(organizerPage, link(main(organizerPage), t('sangam-series-dashboard-link')));
  expect(pathOf(organizerPage)).toBe(`${seriesPath}/dashboard`);
  expect(await textOf(organizerPage.locator('h1'))).toBe(t('sangam-dashboard-title'));
  const rate = new Intl.NumberFormat(lang, { style: 'percent' }).format(1);
  const dashboard = main(organizerPage);
  expect(await textOf(dashboard)).toContain(`${t('sangam-dashboard-totals', 1, 1, 1)} · ${t('sangam-dashboard-rate', rate)}`);
  const sessionsTable = table(organizerPage, t('sangam-dashboard-sessions'));
  const sessionRow = rowOf(sessionsTable, cast.proposal.title);
  expect(await cellUnder(sessionsTable, sessionRow, t('sangam-session-when'))).toBe(momentIn(lang, HOME_ZONE, heldAt));
  expect(await cellUnder(sessionsTable, sessionRow, t('sangam-dashboard-col-registered'))).toBe(`1/${SERIES_CAPACITY}`);
  expect(await cellUnder(sessionsTable, sessionRow, t('sangam-dashboard-col-rate'))).toBe(rate);
  expect(await cellUnder(sessionsTable, sessionRow, t('sangam-dashboard-col-interest'))).toBe('2');
  expect(await textOf(dashboard)).toContain(t('sangam-dashboard-call-figures', 1, 2, 1));
  await expectPage(organizerPage);
  await organizerPage.context().close();

  // Every document this journey's pages showed was checked with axe in some state.
  const unchecked = [...harness.visited].filter((url) => !harness.checked.has(url));
  expect(unchecked).toEqual([]);
}

describe('workshop journeys, with JavaScript disabled', () => {
  it('in English: a series and a call, a proposal with interest, a review, acceptance, scheduling, registration and attendance', async () => {
    await workshopJourney({
      tr: translatorFor('en'),
      selectorName: '',
      community: { name: 'Indic Workshops Journey (English)', slug: 'indic-workshops-journey-en' },
      series: {
        title: 'Indic technical workshops (journey)', slug: 'journey-series-en', languages: 'en, hi',
        description: 'Monthly hands-on workshops on templates, Lua modules and bots for Indic wikis.',
      },
      call: { title: 'Sessions for the coming season (journey)', slug: 'journey-cfp-en' },
      proposal: {
        title: 'Writing your first Lua module', language: 'English',
        plan: 'We read an existing module, then write and test a small one together on a sandbox page.',
        benefit: 'Template maintainers on small wikis learn to fix their own modules.',
      },
      review: {
        scores: [{ category: 'benefit', score: 5 }, { category: 'plan', score: 4 }, { category: 'readiness', score: 4 }, { category: 'feasibility', score: 3 }],
        comment: 'A clear plan; ask for a co-host for the questions.',
      },
      decision: 'Welcome to the programme! Let us find a time that suits everyone.',
      onlineUrl: 'https://meet.example.org/journey-lua-en',
      organizer: 'Workshop Organizer En',
      presenter: 'Workshop Presenter En',
      interested: [{ username: 'Workshop Attendee En 1', timeZone: 'Asia/Kathmandu' }, { username: 'Workshop Attendee En 2', timeZone: 'Asia/Dhaka' }],
      learner: 'Workshop Learner En',
    });
  }, JOURNEY_TIMEOUT);

  it('in Hindi: the same journey with the texts of i18n/hi.json', async () => {
    const hi = translatorFor('hi');
    expect(hi.lang).toBe('hi');
    await workshopJourney({
      tr: hi,
      selectorName: 'हिन्दी',
      community: { name: 'हिन्दी कार्यशाला समुदाय (यात्रा)', slug: 'indic-workshops-journey-hi' },
      series: {
        title: 'हिन्दी तकनीकी कार्यशालाएँ (यात्रा)', slug: 'journey-series-hi', languages: 'hi, en',
        description: 'हिन्दी विकियों के लिए साँचों, लुआ मॉड्यूल और बॉट पर मासिक कार्यशालाएँ।',
      },
      call: { title: 'आगामी सत्रों के लिए प्रस्ताव (यात्रा)', slug: 'journey-cfp-hi' },
      proposal: {
        title: 'अपना पहला लुआ मॉड्यूल लिखना', language: 'हिन्दी',
        plan: 'हम एक मौजूदा मॉड्यूल पढ़ेंगे, फिर प्रयोगपृष्ठ पर मिलकर एक छोटा मॉड्यूल लिखेंगे और जाँचेंगे।',
        benefit: 'छोटे विकियों के साँचा अनुरक्षक अपने मॉड्यूल ख़ुद ठीक करना सीखेंगे।',
      },
      review: {
        // (5·3 + 4·2 + 4·2 + 4·1) / 8 = 4.375, shown rounded to two decimals.
        scores: [{ category: 'benefit', score: 5 }, { category: 'plan', score: 4 }, { category: 'readiness', score: 4 }, { category: 'feasibility', score: 4 }],
        comment: 'स्पष्ट योजना; प्रश्नों के लिए एक सह-मेज़बान रखें।',
      },
      decision: 'कार्यक्रम में स्वागत है! आइए सबके लिए उपयुक्त समय खोजें।',
      onlineUrl: 'https://meet.example.org/journey-lua-hi',
      organizer: 'Workshop Organizer Hi',
      presenter: 'Workshop Presenter Hi',
      interested: [{ username: 'Workshop Attendee Hi 1', timeZone: 'Asia/Kathmandu' }, { username: 'Workshop Attendee Hi 2', timeZone: 'Asia/Dhaka' }],
      learner: 'Workshop Learner Hi',
    });
  }, JOURNEY_TIMEOUT);
});
