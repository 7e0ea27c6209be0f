// The underserved-wiki finder and interest lists in a real browser without JavaScript, in English and
// Arabic: filtering the finder, joining a list choosing channels, and leaving it. Every page is checked
// with axe-core.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/i18n/messages.js';
import { createPerson } from '../factories.js';
import { BrowserHarness, navigation, pathOf, textOf, type RunningApp, useJourneyApp } from './browser.js';

const { t } = translatorFor('en');
const ar = translatorFor('ar');

let app: RunningApp;
let harness: BrowserHarness;
useJourneyApp(async (started) => {
  ({ app, harness } = started);
  // The demo seed includes the interest lists; Lena is this file's own member.
  await createPerson(app.db, {
    username: 'Lena Lists', contacts: [{ kind: 'email', value: 'lena@example.org' }, { kind: 'telegram', value: '@lena' }],
  });
});

async function signIn(page: Page, username: string, returnTo: string): Promise<void> {
  await navigation(page, () => page.goto(`/signin?return=${encodeURIComponent(returnTo)}`));
  await page.getByLabel(t('sangam-signin-username'), { exact: true }).fill(username);
  await navigation(page, () => page.getByRole('button', { name: t('sangam-signin-dev-button'), exact: true }).click());
}

describe('the underserved-wiki finder and interest lists in the browser', () => {
  it('a visitor filters the finder by region and size, in English and Arabic', async () => {
    const page = await harness.newPage({ javaScript: false });
    await navigation(page, () => page.goto('/wikis'));
    expect(await textOf(page.locator('h1'))).toBe(t('sangam-wikis-title'));
    await harness.expectNoAxeViolations(page);
    const search = page.getByRole('search', { name: t('sangam-wikis-filter-label') });
    await search.getByLabel(t('sangam-directory-region-label'), { exact: true }).selectOption('SSA');
    await search.getByLabel(t('sangam-wikis-size-label'), { exact: true }).selectOption('1k-10k');
    await navigation(page, () => search.getByRole('button', { name: t('sangam-wikis-filter-submit'), exact: true }).click());
    expect(pathOf(page)).toBe('/wikis?region=SSA&lang=&size=1k-10k');
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(5);
    await harness.expectNoAxeViolations(page);

    await navigation(page, () => page.goto('/wikis?uselang=ar&page=2'));
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await textOf(page.locator('h1'))).toBe(ar.t('sangam-wikis-title'));
    await harness.expectNoAxeViolations(page);
  });

  it('a member joins a list sharing Telegram but not email, and leaves it', async () => {
    const page = await harness.newPage({ javaScript: false });
    await navigation(page, () => page.goto('/interests'));
    await harness.expectNoAxeViolations(page);
    await navigation(page, () => page.getByRole('link', { name: 'People interested in technical collaboration', exact: true }).click());
    expect(pathOf(page)).toBe('/interests/technical-collaboration');
    await harness.expectNoAxeViolations(page);

    await signIn(page, 'Lena Lists', '/interests/technical-collaboration');
    expect(pathOf(page)).toBe('/interests/technical-collaboration');
    await harness.expectNoAxeViolations(page);
    await page.getByLabel(/Telegram/).check();
    await navigation(page, () => page.getByRole('button', { name: t('sangam-interest-join'), exact: true }).click());
    expect(await textOf(page.locator('main'))).toContain(t('sangam-interest-joined'));
    const members = page.locator('section', { has: page.getByRole('heading', { name: t('sangam-interest-members-title'), exact: true }) });
    expect(await textOf(members)).toContain('Telegram: @lena');
    expect(await textOf(members)).not.toContain('lena@example.org');
    await harness.expectNoAxeViolations(page);

    // The language selector: the choice is kept in a cookie for the pages that follow.
    await navigation(page, () => page.goto(`/language?uselang=ar&return=${encodeURIComponent('/interests/technical-collaboration')}`));
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await harness.expectNoAxeViolations(page);
    await navigation(page, () => page.getByRole('button', { name: ar.t('sangam-interest-leave'), exact: true }).click());
    expect(await textOf(page.locator('main'))).toContain(ar.t('sangam-interest-left'));
  });
});
