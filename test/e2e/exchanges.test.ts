// Group exchanges in a real browser without JavaScript, over the demo community and its demo exchanges:
// the list and its filters, one exchange, recording one, a refused form and an edit, in English and
// Arabic. Every page is checked with axe-core.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { skillTaxonomy } from '../../src/db/seed/skill-taxonomy.js';
import { translatorFor } from '../../src/i18n/messages.js';
import { BrowserHarness, navigation, pathOf, textOf, useJourneyApp } from './browser.js';

const { t } = translatorFor('en');
const ar = translatorFor('ar');
const label = (slug: string, lang: 'en' | 'ar' = 'en') => skillTaxonomy.find((s) => s.slug === slug)!.labels[lang]!;

// The demo seed includes the group exchanges.
let harness: BrowserHarness;
useJourneyApp((started) => {
  ({ harness } = started);
});

async function signIn(page: Page, username: string, returnTo: string): Promise<void> {
  await navigation(page, () => page.goto(`/signin?return=${encodeURIComponent(returnTo)}`));
  await page.getByLabel(t('sangam-signin-username'), { exact: true }).fill(username);
  await navigation(page, () => page.getByRole('button', { name: t('sangam-signin-dev-button'), exact: true }).click());
}

describe('group exchanges in the browser', () => {
  it('a visitor filters the list, reads an exchange, and a member records and edits one', async () => {
    const page = await harness.newPage({ javaScript: false });
    await navigation(page, () => page.goto('/exchanges'));
    expect(await textOf(page.locator('h1'))).toBe(t('sangam-exchanges-title'));
    await harness.expectNoAxeViolations(page);

    // A broader skill (Wikidata) finds the Nigeria → Hausa workshop series.
    const search = page.getByRole('search', { name: t('sangam-exchanges-filter-label') });
    await search.getByLabel(t('sangam-field-skill'), { exact: true }).selectOption({ label: label('wikidata') });
    await search.getByLabel(t('sangam-exchange-field-status'), { exact: true }).selectOption({ label: t('sangam-exchange-status-agreed') });
    await navigation(page, () => search.getByRole('button', { name: t('sangam-exchanges-filter-submit'), exact: true }).click());
    expect(pathOf(page)).toBe('/exchanges?skill=wikidata&status=agreed');
    const pair = t('sangam-exchange-pair-spoken', 'Wikimedia Community User Group Nigeria', 'Hausa Wikimedians User Group');
    await harness.expectNoAxeViolations(page);
    await navigation(page, () => page.getByRole('link', { name: pair, exact: true }).click());
    expect(pathOf(page)).toMatch(/^\/exchanges\/\d+$/);
    expect(await textOf(page.locator('dl.facts'))).toContain(t('sangam-exchange-status-agreed'));
    await harness.expectNoAxeViolations(page);

    // Recording one: a refused form first, then a good one.
    await signIn(page, 'Efe Recorder', '/exchanges/new');
    expect(pathOf(page)).toBe('/exchanges/new');
    await harness.expectNoAxeViolations(page);
    const offering = page.getByLabel(t('sangam-exchange-field-offering'), { exact: true });
    await offering.fill('Wikimedia Ghana User Group');
    await page.getByLabel(t('sangam-exchange-field-receiving'), { exact: true }).fill('wikimedia ghana user group');
    await page.getByLabel(t('sangam-field-skill'), { exact: true }).selectOption({ label: label('commons-upload-tools') });
    const refused = await navigation(page, () => page.getByRole('button', { name: t('sangam-exchange-create'), exact: true }).click());
    expect(refused.status()).toBe(400);
    expect(await textOf(page.getByRole('alert'))).toBe(t('sangam-form-has-errors', 1));
    expect(await textOf(page.locator('main'))).toContain(t('sangam-exchange-error-same-group'));
    expect(await offering.inputValue()).toBe('Wikimedia Ghana User Group');
    await harness.expectNoAxeViolations(page);

    await page.getByLabel(t('sangam-exchange-field-receiving'), { exact: true }).fill('Dagbani Wikimedians User Group');
    await page.getByLabel(`${t('sangam-exchange-field-starts')} ${t('sangam-optional')}`, { exact: true }).fill('2027-03-01');
    await page.getByLabel(`${t('sangam-exchange-field-description')} ${t('sangam-optional')}`, { exact: true })
      .fill('Two sessions on uploading archive photographs to Commons.');
    const created = await navigation(page, () => page.getByRole('button', { name: t('sangam-exchange-create'), exact: true }).click());
    expect(created.status()).toBe(200);
    expect(pathOf(page)).toMatch(/^\/exchanges\/\d+$/);
    expect(await textOf(page.getByRole('status'))).toBe(t('sangam-exchange-created'));
    expect(await textOf(page.locator('dl.facts'))).toContain('March 1, 2027');
    await harness.expectNoAxeViolations(page);

    // The one who recorded it marks it done.
    await navigation(page, () => page.getByRole('link', { name: t('sangam-exchange-edit-link'), exact: true }).click());
    await harness.expectNoAxeViolations(page);
    await page.getByLabel(t('sangam-exchange-field-status'), { exact: true }).selectOption({ label: t('sangam-exchange-status-done') });
    await navigation(page, () => page.getByRole('button', { name: t('sangam-save'), exact: true }).click());
    expect(await textOf(page.locator('dl.facts'))).toContain(t('sangam-exchange-status-done'));
    await harness.expectNoAxeViolations(page);
  }, 60_000);

  it('reads right to left in Arabic', async () => {
    const page = await harness.newPage({ javaScript: false });
    await navigation(page, () => page.goto('/exchanges?uselang=ar&skill=photo-contests'));
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await textOf(page.locator('h1'))).toBe(ar.t('sangam-exchanges-title'));
    expect(await textOf(page.locator('main'))).toContain(label('photo-contests', 'ar'));
    await harness.expectNoAxeViolations(page);
    const href = await page.locator('ul.people h2 a').first().getAttribute('href');
    await navigation(page, () => page.goto(`${href}?uselang=ar`));
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await harness.expectNoAxeViolations(page);
  }, 60_000);
});
