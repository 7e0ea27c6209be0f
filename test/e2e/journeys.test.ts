// End-to-end journeys in a real browser (Debian's Chromium through playwright-core) against the real
// app on a real port, over a real PostgreSQL seeded with the demo community. Every page a journey
// shows is checked with axe-core. Texts are read from the message files, so the assertions are
// about what a person sees in their language.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { skillTaxonomy } from '../../src/db/seed/skill-taxonomy.js';
import { translatorFor } from '../../src/i18n/messages.js';
import { profileHref } from '../../src/web/presenters/people.js';
import { createPerson } from '../factories.js';
import { BrowserHarness, navigation, pathOf, textOf, type RunningApp, useJourneyApp } from './browser.js';

const AR_MESSAGES = join(import.meta.dirname, '..', '..', 'i18n', 'ar.json');
const en = translatorFor('en');
const t = en.t;

const JOURNEY_TIMEOUT = 60_000;

let app: RunningApp;
let harness: BrowserHarness;
useJourneyApp((started) => {
  ({ app, harness } = started);
});

const expectNoAxeViolations = (page: Page) => harness.expectNoAxeViolations(page);

/** A card on "My profile", found by its heading. */
const card = (page: Page, heading: string) =>
  page.locator('section.card', { has: page.getByRole('heading', { name: heading, exact: true }) });

/** A section of a public profile, found by its heading. */
const profileSection = (page: Page, heading: string) =>
  page.locator('section', { has: page.getByRole('heading', { level: 2, name: heading, exact: true }) });

/** Signs in through the development sign-in form, starting from the header's "Sign in" link. */
async function signIn(page: Page, username: string): Promise<void> {
  await navigation(page, () => page.getByRole('link', { name: t('sangam-signin'), exact: true }).click());
  expect(pathOf(page)).toMatch(/^\/signin/);
  await expectNoAxeViolations(page);
  await page.getByLabel(t('sangam-signin-username'), { exact: true }).fill(username);
  const response = await navigation(page, () => page.getByRole('button', { name: t('sangam-signin-dev-button'), exact: true }).click());
  expect(response.status()).toBe(200);
  expect(pathOf(page)).toBe('/me');
  expect(await textOf(page.getByRole('status'))).toBe(t('sangam-signin-welcome', username));
}

describe('journeys', () => {
  it('a newcomer signs in, fills a profile with JavaScript disabled, and finds it in the directory', async () => {
    const page = await harness.newPage({ javaScript: false });

    // The home page, and what Sangam does with their data, before signing in.
    await navigation(page, () => page.goto('/'));
    expect(await textOf(page.locator('h1'))).toBe(t('sangam-home-title'));
    await expectNoAxeViolations(page);
    await navigation(page, () => page.getByRole('link', { name: t('sangam-footer-about-link'), exact: true }).click());
    expect(pathOf(page)).toBe('/about');
    expect(await textOf(page.locator('h1'))).toBe(t('sangam-about-title'));
    await expectNoAxeViolations(page);
    await navigation(page, () => page.getByRole('link', { name: t('sangam-name'), exact: true }).click());
    expect(pathOf(page)).toBe('/');

    await signIn(page, 'Ravi Test');
    await expectNoAxeViolations(page);

    // About me: name, a bio partly in Hindi, two languages, a home wiki and a Telegram handle.
    const bio = 'I write about rivers on Hindi Wikipedia. मैं हिंदी विकिपीडिया पर नदियों के बारे में लिखता हूँ।';
    await navigation(page, () => card(page, t('sangam-me-about-title')).getByRole('link', { name: t('sangam-me-edit'), exact: true }).click());
    expect(pathOf(page)).toBe('/me/about');
    await expectNoAxeViolations(page);
    await page.getByLabel(t('sangam-field-display-name'), { exact: true }).fill('Ravi Sharma');
    await page.getByLabel(t('sangam-field-bio'), { exact: true }).fill(bio);
    await page.getByLabel(t('sangam-field-language-n', 1), { exact: true }).fill('hi');
    await page.getByLabel(t('sangam-field-language-level-n', 1), { exact: true }).selectOption({ label: t('sangam-language-level-5') });
    await page.getByLabel(t('sangam-field-language-n', 2), { exact: true }).fill('English');
    await page.getByLabel(t('sangam-field-language-level-n', 2), { exact: true }).selectOption({ label: t('sangam-language-level-3') });
    await page.getByLabel(t('sangam-field-wiki-n', 1), { exact: true }).fill('hi.wikipedia.org');
    await page.getByLabel(t('sangam-field-contact-kind-n', 1), { exact: true }).selectOption({ label: t('sangam-contact-telegram') });
    await page.getByLabel(t('sangam-field-contact-n', 1), { exact: true }).fill('@ravitest');
    await navigation(page, () => page.getByRole('button', { name: t('sangam-save'), exact: true }).click());
    expect(pathOf(page)).toBe('/me');
    expect(await textOf(page.getByRole('status'))).toBe(t('sangam-saved'));
    await expectNoAxeViolations(page);

    // Where and when: India, Asia/Kolkata, Monday 18:00–20:00.
    await navigation(page, () => card(page, t('sangam-me-place-title')).getByRole('link', { name: t('sangam-me-edit'), exact: true }).click());
    expect(pathOf(page)).toBe('/me/place');
    await expectNoAxeViolations(page);
    await page.getByLabel(t('sangam-field-country'), { exact: true }).selectOption({ label: 'India' });
    await page.getByLabel(t('sangam-field-timezone'), { exact: true }).selectOption({ label: 'Asia/Kolkata' });
    for (const hour of ['18:00', '19:00']) {
      await page.getByRole('checkbox', { name: t('sangam-field-availability-cell', t('sangam-day-mon'), hour), exact: true }).check();
    }
    await navigation(page, () => page.getByRole('button', { name: t('sangam-save'), exact: true }).click());
    expect(pathOf(page)).toBe('/me');
    expect(await textOf(page.getByRole('status'))).toBe(t('sangam-saved'));
    expect(await textOf(card(page, t('sangam-me-place-title')))).toContain(t('sangam-me-place-text', 2));

    // My skills: wants to learn Lua, can teach Wikidata, and offers guidance.
    await navigation(page, () => card(page, t('sangam-me-skills-title')).getByRole('link', { name: t('sangam-me-edit'), exact: true }).click());
    expect(pathOf(page)).toBe('/me/skills');
    await expectNoAxeViolations(page);
    const addSkill = async (label: string, kind: 'learn' | 'share', level: string) => {
      const form = page.locator('form', { has: page.getByRole('heading', { name: t('sangam-me-add-skill'), exact: true }) });
      await form.getByLabel(t('sangam-field-skill'), { exact: true }).selectOption({ label });
      await form.getByLabel(t('sangam-field-skill-kind'), { exact: true }).selectOption({ label: t(kind === 'learn' ? 'sangam-kind-learn' : 'sangam-kind-share') });
      await form.getByLabel(t('sangam-field-skill-level'), { exact: true }).selectOption({ label: level });
      await navigation(page, () => form.getByRole('button', { name: t('sangam-add'), exact: true }).click());
      expect(pathOf(page)).toBe('/me/skills');
      expect(await textOf(page.getByRole('status'))).toBe(t('sangam-saved'));
    };
    await addSkill('Lua and Scribunto modules', 'learn', t('sangam-skill-level-1'));
    expect(await textOf(card(page, t('sangam-kind-learn')))).toContain(t('sangam-skill-with-level', 'Lua and Scribunto modules', t('sangam-skill-level-1')));
    await addSkill('Wikidata', 'share', t('sangam-skill-level-4'));
    expect(await textOf(card(page, t('sangam-kind-share')))).toContain(t('sangam-skill-with-level', 'Wikidata', t('sangam-skill-level-4')));
    const offer = 'I can help you write your first SPARQL query, in Hindi or English.';
    const offerForm = page.locator('form', { has: page.getByRole('button', { name: t('sangam-offer-add'), exact: true }) });
    await offerForm.getByLabel(t('sangam-field-offer-kind'), { exact: true }).selectOption({ label: t('sangam-offer-kind-guidance') });
    await offerForm.getByLabel(t('sangam-field-offer-skill'), { exact: true }).selectOption({ label: 'Wikidata' });
    await offerForm.getByLabel(t('sangam-field-offer-description'), { exact: true }).fill(offer);
    await navigation(page, () => offerForm.getByRole('button', { name: t('sangam-offer-add'), exact: true }).click());
    expect(pathOf(page)).toBe('/me/skills');
    expect(await textOf(page.getByRole('status'))).toBe(t('sangam-saved'));
    expect(await textOf(card(page, t('sangam-offers-title')))).toContain(`${t('sangam-offer-kind-guidance')} (Wikidata): ${offer}`);
    await expectNoAxeViolations(page);

    // The public profile shows it all.
    await navigation(page, () => page.getByRole('link', { name: t('sangam-nav-my-profile'), exact: true }).click());
    await navigation(page, () => page.getByRole('link', { name: t('sangam-me-view-public'), exact: true }).click());
    expect(pathOf(page)).toBe('/people/Ravi_Test');
    expect(await textOf(page.locator('h1'))).toBe('Ravi Sharma');
    const skills = profileSection(page, t('sangam-section-skills'));
    expect(await skills.locator('a.chip--share').allTextContents()).toEqual([t('sangam-skill-with-level', 'Wikidata', t('sangam-skill-level-4'))]);
    expect(await skills.locator('a.chip--learn').allTextContents())
      .toEqual([t('sangam-skill-with-level', 'Lua and Scribunto modules', t('sangam-skill-level-1'))]);
    expect(await textOf(skills)).toContain(`${t('sangam-offer-kind-guidance')} (Wikidata): ${offer}`);
    const languages = await profileSection(page, t('sangam-section-languages')).locator('li').allTextContents();
    expect(languages.map((l) => l.replace(/\s+/g, ' ').trim())).toEqual([
      `हिन्दी · ${t('sangam-language-level-5')}`, `English · ${t('sangam-language-level-3')}`,
    ]);
    const about = profileSection(page, t('sangam-section-about'));
    expect(await textOf(about)).toContain(bio);
    const wiki = about.getByRole('link', { name: 'hi.wikipedia.org', exact: true });
    expect(await wiki.getAttribute('href')).toBe('https://hi.wikipedia.org');
    const place = await textOf(profileSection(page, t('sangam-section-location')));
    expect(place).toContain('India');
    expect(place).toContain('Asia/Kolkata');
    expect(place).toContain(`${t('sangam-day-mon')}: 18:00–20:00`);
    const contact = profileSection(page, t('sangam-section-contact')).getByRole('link', { name: '@ravitest', exact: true });
    expect(await contact.getAttribute('href')).toBe('https://t.me/ravitest');
    await expectNoAxeViolations(page);

    // The skill page, and the skills index, from the profile.
    await navigation(page, () => skills.getByRole('link', { name: t('sangam-skill-with-level', 'Wikidata', t('sangam-skill-level-4')) }).click());
    expect(pathOf(page)).toBe('/skills/wikidata');
    expect(await textOf(page.locator('h1'))).toBe('Wikidata');
    await expectNoAxeViolations(page);
    await navigation(page, () => page.getByRole('navigation', { name: t('sangam-skill-breadcrumbs'), exact: true })
      .getByRole('link', { name: t('sangam-nav-skills'), exact: true }).click());
    expect(pathOf(page)).toBe('/skills');
    expect(await textOf(page.locator('h1'))).toBe(t('sangam-skills-title'));
    await expectNoAxeViolations(page);

    // The directory: people who can teach what Ravi wants to learn (Lua) come first, with a badge.
    await navigation(page, () => page.getByRole('navigation', { name: t('sangam-nav-label'), exact: true })
      .getByRole('link', { name: t('sangam-nav-directory'), exact: true }).click());
    expect(pathOf(page)).toBe('/people');
    await expectNoAxeViolations(page);
    const first = page.locator('ul.people > li').first();
    const badge = await textOf(first.locator('.badge'));
    expect([1, 2, 3].map((n) => t('sangam-directory-can-help-you', n))).toContain(badge);
    const luaSkills = await app.db.selectFrom('skills').select('slug')
      .where((eb) => eb.or([eb('slug', '=', 'lua-modules'), eb('parent_id', '=', eb.selectFrom('skills').select('id').where('slug', '=', 'lua-modules'))]))
      .execute();
    const luaHrefs = luaSkills.map((s) => `/skills/${s.slug}`);
    await navigation(page, () => first.getByRole('heading').getByRole('link').click());
    expect(pathOf(page)).toMatch(/^\/people\/[^/?]+$/);
    const teaches = await Promise.all(
      (await profileSection(page, t('sangam-section-skills')).locator('a.chip--share').all()).map((a) => a.getAttribute('href')),
    );
    expect(teaches.some((href) => luaHrefs.includes(href ?? ''))).toBe(true);
    await expectNoAxeViolations(page);

    // Searching by skill, "can teach it" and Hindi finds the newcomer.
    await navigation(page, () => page.getByRole('link', { name: t('sangam-nav-directory'), exact: true }).click());
    const search = page.getByRole('search');
    await search.getByLabel(t('sangam-directory-skill-label'), { exact: true }).selectOption({ label: 'Wikidata' });
    await search.getByLabel(t('sangam-directory-kind-label'), { exact: true }).selectOption({ label: t('sangam-directory-kind-share') });
    await search.getByLabel(t('sangam-directory-language-label'), { exact: true }).selectOption({ label: 'हिन्दी' });
    await navigation(page, () => search.getByRole('button', { name: t('sangam-directory-submit'), exact: true }).click());
    const query = new URL(page.url()).searchParams;
    expect([query.get('skill'), query.get('kind'), query.get('lang')]).toEqual(['wikidata', 'share', 'hi']);
    const result = page.locator('ul.people > li', { has: page.getByRole('link', { name: 'Ravi Sharma', exact: true }) });
    expect(await result.count()).toBe(1);
    expect(await result.locator('a.chip--share').allTextContents()).toContain(t('sangam-skill-with-level', 'Wikidata', t('sangam-skill-level-4')));
    expect(await textOf(result)).toContain('हिन्दी, English');
    await expectNoAxeViolations(page);
  }, JOURNEY_TIMEOUT);

  it('bad input is refused with a clear message and nothing is stored', async () => {
    await createPerson(app.db, {
      username: 'Asha Tester', displayName: 'Asha', bio: 'पहले से सहेजा हुआ परिचय', languages: [['hi', 5]], wikis: ['hiwiki'],
    });
    const page = await harness.newPage({ javaScript: false });
    await navigation(page, () => page.goto('/'));
    await expectNoAxeViolations(page);
    await signIn(page, 'Asha Tester');

    await navigation(page, () => card(page, t('sangam-me-about-title')).getByRole('link', { name: t('sangam-me-edit'), exact: true }).click());
    expect(pathOf(page)).toBe('/me/about');
    const displayName = page.getByLabel(t('sangam-field-display-name'), { exact: true });
    const language2 = page.getByLabel(t('sangam-field-language-n', 2), { exact: true });
    const wiki2 = page.getByLabel(t('sangam-field-wiki-n', 2), { exact: true });
    await displayName.fill('Someone Else');
    await language2.fill('Klingonish');
    await wiki2.fill('nowhere.example.org');
    const response = await navigation(page, () => page.getByRole('button', { name: t('sangam-save'), exact: true }).click());

    expect(response.status()).toBe(400);
    expect(pathOf(page)).toBe('/me/about');
    expect(await textOf(page.getByRole('alert'))).toBe(t('sangam-form-has-errors', 2));
    const languageError = t('sangam-error-unknown-language', 'Klingonish');
    const wikiError = t('sangam-error-unknown-wiki', 'nowhere.example.org');
    expect(await textOf(page.locator('main'))).toContain(languageError);
    expect(await textOf(page.locator('main'))).toContain(wikiError);
    // The message is tied to its field, and the form keeps what was typed.
    expect(await language2.getAttribute('aria-invalid')).toBe('true');
    expect(await textOf(page.locator(`[id="${await language2.getAttribute('aria-describedby')}"]`))).toBe(languageError);
    expect(await wiki2.getAttribute('aria-invalid')).toBe('true');
    expect(await textOf(page.locator(`[id="${await wiki2.getAttribute('aria-describedby')}"]`))).toBe(wikiError);
    expect(await language2.inputValue()).toBe('Klingonish');
    expect(await wiki2.inputValue()).toBe('nowhere.example.org');
    expect(await displayName.inputValue()).toBe('Someone Else');
    await expectNoAxeViolations(page);

    // Coming back to the form: nothing of the refused submission was stored.
    await navigation(page, () => page.goto('/me/about'));
    expect(await displayName.inputValue()).toBe('Asha');
    expect(await page.getByLabel(t('sangam-field-bio'), { exact: true }).inputValue()).toBe('पहले से सहेजा हुआ परिचय');
    expect(await page.getByLabel(t('sangam-field-language-n', 1), { exact: true }).inputValue()).toBe('hi');
    expect(await language2.inputValue()).toBe('');
    expect(await page.getByLabel(t('sangam-field-wiki-n', 1), { exact: true }).inputValue()).toBe('hiwiki');
    expect(await wiki2.inputValue()).toBe('');
    expect(await page.content()).not.toContain('Klingonish');
    expect(await page.content()).not.toContain('nowhere.example.org');
    await expectNoAxeViolations(page);
  }, JOURNEY_TIMEOUT);

  it('the interface switches to Arabic and lays out right to left', async () => {
    expect(existsSync(AR_MESSAGES), 'i18n/ar.json must exist for the interface to offer Arabic').toBe(true);
    const ar = translatorFor('ar');
    expect(ar.lang).toBe('ar');
    const page = await harness.newPage({ javaScript: true });
    await navigation(page, () => page.goto('/'));
    await expectNoAxeViolations(page);

    await page.getByLabel(t('sangam-language-label'), { exact: true }).selectOption({ label: 'العربية' });
    await navigation(page, () => page.getByRole('button', { name: t('sangam-language-submit'), exact: true }).click());
    expect(pathOf(page)).toBe('/');
    const html = page.locator('html');
    const expectArabicLayout = async () => {
      expect(await html.getAttribute('lang')).toBe('ar');
      expect(await html.getAttribute('dir')).toBe('rtl');
      const nav = page.getByRole('navigation', { name: ar.t('sangam-nav-label'), exact: true });
      expect(await nav.getByRole('link').allTextContents()).toEqual([ar.t('sangam-nav-directory'), ar.t('sangam-nav-skills'), ar.t('sangam-nav-mentorship'), ar.t('sangam-nav-workshops'), ar.t('sangam-nav-communities')]);
    };
    await expectArabicLayout();
    expect(await textOf(page.locator('h1'))).toBe(ar.t('sangam-home-title'));
    await expectNoAxeViolations(page);

    // The directory, in Arabic.
    await navigation(page, () => page.getByRole('link', { name: ar.t('sangam-nav-directory'), exact: true }).click());
    expect(pathOf(page)).toBe('/people');
    await expectArabicLayout();
    expect(await textOf(page.locator('h1'))).toBe(ar.t('sangam-directory-title'));
    expect(await page.getByRole('button', { name: ar.t('sangam-directory-submit'), exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page);

    // The skills, and one skill, with labels in Arabic.
    const wikidata = skillTaxonomy.find((s) => s.slug === 'wikidata')!.labels.ar!;
    await navigation(page, () => page.getByRole('link', { name: ar.t('sangam-nav-skills'), exact: true }).click());
    expect(pathOf(page)).toBe('/skills');
    await expectArabicLayout();
    expect(await textOf(page.locator('h1'))).toBe(ar.t('sangam-skills-title'));
    await expectNoAxeViolations(page);
    await navigation(page, () => page.getByRole('link', { name: wikidata, exact: true }).click());
    expect(pathOf(page)).toBe('/skills/wikidata');
    await expectArabicLayout();
    expect(await textOf(page.locator('h1'))).toBe(wikidata);
    expect(await page.getByRole('link', { name: ar.t('sangam-skill-find-sharers'), exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page);
  }, JOURNEY_TIMEOUT);

  it('a visitor who is not signed in cannot see members-only sections', async () => {
    const owner = await app.db.selectFrom('people as p').innerJoin('person_contacts as c', 'c.person_id', 'p.id')
      .select(['p.username', 'p.display_name', 'c.value']).where('p.vis_contact', '=', 1).orderBy('p.id').orderBy('c.id')
      .executeTakeFirstOrThrow();
    const page = await harness.newPage({ javaScript: true });
    await navigation(page, () => page.goto(profileHref(owner.username)));
    expect(await textOf(page.locator('h1'))).toBe(owner.display_name);
    const contact = profileSection(page, t('sangam-section-contact'));
    expect(await textOf(contact)).toContain(t('sangam-section-signin-to-see'));
    expect(await page.content()).not.toContain(owner.value);
    await expectNoAxeViolations(page);

    await signIn(page, 'Meera Visitor');
    await expectNoAxeViolations(page);
    await navigation(page, () => page.goto(profileHref(owner.username)));
    expect(await textOf(contact)).toContain(owner.value);
    expect(await textOf(contact)).not.toContain(t('sangam-section-signin-to-see'));
    await expectNoAxeViolations(page);
  }, JOURNEY_TIMEOUT);

  it('keyboard users can skip to the content and reach the search', async () => {
    const page = await harness.newPage({ javaScript: true });
    await navigation(page, () => page.goto('/people'));
    await expectNoAxeViolations(page);
    const focused = async () => page.evaluate(
      '(() => { const e = document.activeElement; return { id: e.id, tag: e.tagName.toLowerCase(), text: e.textContent.trim(), href: e.getAttribute("href") }; })()',
    ) as Promise<{ id: string; tag: string; text: string; href: string | null }>;

    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ tag: 'a', text: t('sangam-skip-to-content'), href: '#content' });
    // Off screen until focused, then visible at the top of the page.
    const box = await page.getByRole('link', { name: t('sangam-skip-to-content'), exact: true }).boundingBox();
    expect(box && box.y >= 0 && box.width > 0 && box.height > 0).toBe(true);

    await page.keyboard.press('Enter');
    await page.waitForURL(/#content$/);
    expect(await focused()).toMatchObject({ id: 'content', tag: 'main' });

    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ id: 'q', tag: 'input' });
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ id: 'skill', tag: 'select' });
  }, JOURNEY_TIMEOUT);

  it('every page the journeys showed was checked with axe', () => {
    const unchecked = [...harness.visited].filter((url) => !harness.checked.has(url));
    expect(unchecked).toEqual([]);
    const required: (string | RegExp)[] = [
      '/', '/signin', '/me', '/me/about', '/me/place', '/me/skills', /^\/people\/[^?]+$/, /^\/people\?.*skill=/,
      '/skills', /^\/skills\/[a-z-]+$/, '/about',
    ];
    const checked = [...harness.checked];
    const missing = required.filter((r) => !checked.some((url) => (typeof r === 'string' ? url === r : r.test(url))));
    expect(missing).toEqual([]);
  });
});
