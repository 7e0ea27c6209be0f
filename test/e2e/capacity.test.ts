// The capacity map in a real browser without JavaScript, in English and Bengali: reached from the
// communities page, filtered by category and level of detail, checked with axe-core on every page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/i18n/messages.js';
import { BrowserHarness, navigation, pathOf, textOf, useJourneyApp } from './browser.js';

let harness: BrowserHarness;
useJourneyApp((started) => {
  ({ harness } = started);
});

async function explore(page: Page, lang: 'en' | 'bn'): Promise<void> {
  const { t } = translatorFor(lang);
  // The language selector remembers the choice in a cookie, as a person would set it.
  await navigation(page, () => page.goto(`/language?uselang=${lang}&return=/communities`));
  await navigation(page, () => page.getByRole('link', { name: t('sangam-communities-tool-capacity'), exact: true }).click());
  expect(pathOf(page)).toBe('/capacity');
  expect(await textOf(page.locator('h1'))).toBe(t('sangam-capacity-title'));
  // One drawn shape per country, each with a title for pointer users.
  expect(await page.locator('svg path').count()).toBeGreaterThan(150);
  expect(await page.locator('svg path title').count()).toBeGreaterThan(150);
  await harness.expectNoAxeViolations(page);

  await page.getByLabel(t('sangam-capacity-skill-label'), { exact: true }).selectOption('technical');
  await page.getByLabel(t('sangam-capacity-by-label'), { exact: true }).selectOption('region');
  await navigation(page, () => page.getByRole('button', { name: t('sangam-capacity-show'), exact: true }).click());
  expect(pathOf(page)).toBe('/capacity?skill=technical&by=region');
  expect(await page.locator('html').getAttribute('lang')).toBe(lang);
  // The accessible table beside the map has a row per region with needs and offers.
  expect(await page.locator('table').first().locator('tbody tr').count()).toBeGreaterThanOrEqual(6);
  await harness.expectNoAxeViolations(page);
}

describe('the capacity map in the browser', () => {
  it('is reached from the communities page and filtered without JavaScript, in English', async () => {
    await explore(await harness.newPage({ javaScript: false }), 'en');
  });

  it('reads the same in Bengali', async () => {
    await explore(await harness.newPage({ javaScript: false }), 'bn');
  });
});
