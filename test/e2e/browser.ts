import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { serve } from '@hono/node-server';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Response, type Route } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Db } from '../../src/db/connection.js';
import { seedDemo } from '../../src/db/seed/demo.js';
import { createApp } from '../../src/web/app.js';
import { testConfig } from '../client.js';
import { createTestDatabase } from '../db.js';

// ---------------------------------------------------------------------------------------------
// The app, on a real port, over a real (seeded) database

export interface RunningApp {
  db: Db;
  baseUrl: string;
  close(): Promise<void>;
}

/** A fresh database with the demo community, and the app listening on a free port of 127.0.0.1. */
export async function startApp(): Promise<RunningApp> {
  const database = await createTestDatabase();
  await seedDemo(database.db, new Date());
  const app = createApp({ db: database.db, config: testConfig(), now: () => new Date() });
  let server!: Server;
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port)) as Server;
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    db: database.db,
    baseUrl: `http://127.0.0.1:${actualPort}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.drop();
    },
  };
}

/**
 * For one test file: the app over the demo community and a browser, started before its first test and
 * closed after its last. `onStart` receives both (and may add the file's own people).
 */
export function useJourneyApp(onStart: (started: { app: RunningApp; harness: BrowserHarness }) => void | Promise<void>): void {
  let app: RunningApp | undefined;
  let harness: BrowserHarness | undefined;
  beforeAll(async () => {
    app = await startApp();
    harness = await BrowserHarness.launch(app.baseUrl);
    await onStart({ app, harness });
  });
  afterAll(async () => {
    await harness?.close();
    await app?.close();
  });
}

// ---------------------------------------------------------------------------------------------
// The browser, and accessibility checks with axe-core

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Address of a page without its fragment, the way the server saw it. */
const withoutHash = (url: string) => url.replace(/#.*$/, '');

export class BrowserHarness {
  /** Every document a journey page showed, and every document axe checked (path and query). */
  readonly visited = new Set<string>();
  readonly checked = new Set<string>();
  private readonly withoutScript = new WeakSet<BrowserContext>();
  private replayPage: Page | null = null;

  private constructor(readonly browser: Browser, readonly baseUrl: string) {}

  static async launch(baseUrl: string): Promise<BrowserHarness> {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    return new BrowserHarness(browser, baseUrl);
  }

  /**
   * A page in a context of its own (its own cookies). Pages never need JavaScript; `javaScript: false`
   * makes sure of it. CSP is bypassed only so that axe can be injected.
   */
  async newPage(options: { javaScript: boolean }): Promise<Page> {
    const context = await this.browser.newContext({
      baseURL: this.baseUrl, javaScriptEnabled: options.javaScript, bypassCSP: true, locale: 'en-GB',
    });
    // Fail fast: a missing option or field should not wait for the whole journey's time-out.
    context.setDefaultTimeout(10_000);
    if (!options.javaScript) this.withoutScript.add(context);
    const page = await context.newPage();
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && frame.url().startsWith(this.baseUrl)) this.visited.add(this.key(frame.url()));
    });
    return page;
  }

  private key(url: string): string {
    return withoutHash(url).slice(this.baseUrl.length) || '/';
  }

  /**
   * Runs axe on what the page shows now and fails with every violation's rule, help text and nodes.
   *
   * Chromium closes the page when axe is evaluated in a context with JavaScript disabled, so such a page
   * is checked by showing its exact HTML, at its own address (so the real stylesheet loads), in a
   * second, script-enabled page. This also covers pages that cannot be fetched again, such as the
   * answer to a POST or a page with a one-time message.
   */
  async expectNoAxeViolations(page: Page): Promise<void> {
    const url = page.url();
    let target = page;
    if (this.withoutScript.has(page.context())) {
      const html = await page.content();
      target = await this.replay();
      const address = withoutHash(url);
      const matches = (u: URL) => u.href === address;
      const fulfil = (route: Route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      await target.route(matches, fulfil);
      try {
        await target.goto(address, { waitUntil: 'load' });
      } finally {
        await target.unroute(matches, fulfil);
      }
    }
    // Strings, not functions: the test transform may rewrite function bodies the page cannot run.
    if (!(await target.evaluate('typeof window.axe !== "undefined"'))) await target.evaluate(AXE_SOURCE);
    const results = await target.evaluate(
      `axe.run(document, { runOnly: ${JSON.stringify(AXE_TAGS)}, resultTypes: ['violations'] })`,
    ) as AxeResults;
    this.checked.add(this.key(url));
    const report = results.violations.map((v) => [
      `  ${v.id} (${v.impact ?? 'no impact'}): ${v.help}`,
      `    ${v.helpUrl}`,
      ...v.nodes.slice(0, 8).map((n) => `    at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
      ...(v.nodes.length > 8 ? [`    … and ${v.nodes.length - 8} more`] : []),
    ].join('\n'));
    expect(report, `axe found violations on ${this.key(url)}:\n${report.join('\n')}`).toEqual([]);
  }

  private async replay(): Promise<Page> {
    if (!this.replayPage) {
      const context = await this.browser.newContext({ javaScriptEnabled: true, bypassCSP: true });
      this.replayPage = await context.newPage();
    }
    return this.replayPage;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers for journeys

/**
 * Runs an action that makes the page load a new document (a link, a form) and returns that
 * document's response (after redirects), once it has loaded.
 */
export async function navigation(page: Page, action: () => Promise<unknown>): Promise<Response> {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action()]);
  if (!response) throw new Error(`no response for the navigation to ${page.url()}`);
  return response;
}

/** The visible text of an element, whitespace collapsed (no page script needed). */
export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Path and query of the page's address. */
export function pathOf(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}
