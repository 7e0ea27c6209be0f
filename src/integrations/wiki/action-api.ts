import { z } from 'zod';
import { USER_AGENT } from './oauth.js';

// A small client for one wiki's Action API, enough to publish a page: sign in with a bot password or an
// owner-only OAuth 2 access token, fetch a CSRF token, edit, read a page back. It asks politely (one request
// at a time, maxlag=5, a descriptive User-Agent, a timeout), keeps the wiki's session cookies in a jar of its
// own, and validates every answer. Every failure is a WikiApiError with a reason the caller can explain.

/** How a community's account signs in: "User@app" with its bot password, or an owner-only OAuth 2 token. */
export type WikiAuth =
  | { kind: 'bot-password'; username: string; password: string }
  | { kind: 'oauth'; accessToken: string };

export const WIKI_API_FAILURES = [
  'bad-credentials', 'permission-denied', 'page-exists', 'invalid-title', 'lagged', 'throttled', 'network', 'http', 'malformed', 'api',
] as const;
/** Why a request failed: the account's problem, the page's, the wiki's being busy, or the wiki answering badly. */
export type WikiApiFailure = (typeof WIKI_API_FAILURES)[number];

export class WikiApiError extends Error {
  constructor(readonly reason: WikiApiFailure, readonly detail: string) {
    super(`${reason}: ${detail}`);
  }
}

const ErrorResponse = z.object({ error: z.object({ code: z.string(), info: z.string().optional() }) });
const LoginTokenResponse = z.object({ query: z.object({ tokens: z.object({ logintoken: z.string().min(3) }) }) });
const CsrfTokenResponse = z.object({ query: z.object({ tokens: z.object({ csrftoken: z.string().min(2) }) }) });
const LoginResponse = z.object({
  login: z.object({ result: z.string(), reason: z.string().optional(), lgusername: z.string().optional() }),
});
const UserInfoResponse = z.object({
  query: z.object({ userinfo: z.object({ id: z.number().int(), name: z.string(), anon: z.boolean().optional() }) }),
});
const EditResponse = z.object({
  edit: z.object({
    result: z.string(),
    newrevid: z.number().int().positive().optional(),
    nochange: z.boolean().optional(),
    new: z.boolean().optional(),
  }).loose(),
});
const PageResponse = z.object({
  query: z.object({
    pages: z.array(z.object({
      title: z.string(),
      missing: z.boolean().optional(),
      invalid: z.boolean().optional(),
      revisions: z.array(z.object({
        revid: z.number().int().positive(),
        slots: z.object({ main: z.object({ content: z.string() }) }),
      })).optional(),
    })),
  }),
});

// Error codes of MediaWiki core and the OAuth extension, sorted by what a community can do about them.
const CREDENTIAL_ERRORS = new Set(['assertuserfailed', 'assertbotfailed', 'assertnameduserfailed', 'notloggedin']);
const PERMISSION_ERRORS = new Set([
  'permissiondenied', 'protectedpage', 'cascadeprotected', 'cantcreate', 'cantcreate-anon', 'noedit', 'noedit-anon', 'blocked',
  'autoblocked', 'writeapidenied', 'protectednamespace', 'protectednamespace-interface', 'customcssprotected', 'customjsprotected',
  'customjsonprotected', 'sitecssprotected', 'sitejsprotected', 'sitejsonprotected', 'protectedtitle', 'titleblacklist-forbidden',
]);

/** What an API error code means for whoever configured the account. */
export function classifyApiError(code: string): WikiApiFailure {
  if (CREDENTIAL_ERRORS.has(code) || code.startsWith('mwoauth-invalid-authorization')) return 'bad-credentials';
  if (PERMISSION_ERRORS.has(code)) return 'permission-denied';
  if (code === 'articleexists') return 'page-exists';
  if (code === 'invalidtitle' || code === 'missingtitle') return 'invalid-title';
  if (code === 'maxlag') return 'lagged';
  if (code === 'ratelimited') return 'throttled';
  return 'api';
}

/** The outcome of action=login; only 'Success' signs in. */
export function loginOutcome(body: unknown): { username: string } {
  const parsed = LoginResponse.safeParse(body);
  if (!parsed.success) throw new WikiApiError('malformed', 'login: unexpected response');
  const { result, reason, lgusername } = parsed.data.login;
  if (result === 'Success') return { username: lgusername ?? '' };
  if (result === 'Failed') return failWith('bad-credentials', reason ?? result);
  if (result === 'Throttled') return failWith('throttled', reason ?? result);
  return failWith('api', `login ${result}${reason ? `: ${reason}` : ''}`);
}

export type EditOutcome = { kind: 'saved'; revisionId: number; created: boolean } | { kind: 'nochange' };

/** The outcome of action=edit: a new revision, or "nothing to change" when the text is the same. */
export function editOutcome(body: unknown): EditOutcome {
  const parsed = EditResponse.safeParse(body);
  if (!parsed.success) throw new WikiApiError('malformed', 'edit: unexpected response');
  const { result, newrevid, nochange } = parsed.data.edit;
  // A 'Failure' comes from extensions (a captcha, an abuse filter, a spam blacklist); say which.
  if (result !== 'Success') return failWith('api', `edit ${result}: ${Object.keys(parsed.data.edit).filter((k) => k !== 'result').join(', ')}`);
  if (nochange) return { kind: 'nochange' };
  if (!newrevid) throw new WikiApiError('malformed', 'edit: no revision id');
  return { kind: 'saved', revisionId: newrevid, created: parsed.data.edit.new === true };
}

function failWith(reason: WikiApiFailure, detail: string): never {
  throw new WikiApiError(reason, detail);
}

/**
 * The wiki's session cookies. The client talks to a single API address, so names alone are enough; a
 * cookie the wiki expires (Max-Age=0 or a date in the past) is dropped.
 */
export class CookieJar {
  private cookies = new Map<string, string>();

  store(setCookieLines: string[], now = Date.now()): void {
    for (const line of setCookieLines) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => {
        const [key = '', val = ''] = a.split('=').map((s) => s.trim());
        if (/^max-age$/i.test(key)) return Number(val) <= 0;
        if (/^expires$/i.test(key)) return Date.parse(a.slice(a.indexOf('=') + 1)) <= now;
        return false;
      });
      if (expired || !value || value === 'deleted') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string | null {
    return this.cookies.size ? [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') : null;
  }
}

export interface ActionApiOptions {
  fetch?: typeof fetch;
  /** Per request. */
  timeoutMs?: number;
  /** How many times a lagged wiki is asked again, after the wait it names (5 s when it names none). */
  lagRetries?: number;
  sleep?: (ms: number) => Promise<void>;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One signed-in conversation with one wiki: make a new client for each publication run. */
export class ActionApiClient {
  private readonly jar = new CookieJar();
  private bearer: string | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;
  private readonly lagRetries: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(readonly apiUrl: string, options: ActionApiOptions = {}) {
    this.fetchImpl = options.fetch ?? fetch;
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.lagRetries = options.lagRetries ?? 2;
    this.sleep = options.sleep ?? sleepFor;
  }

  /** Signs in and returns the account's name as the wiki knows it. */
  async signIn(auth: WikiAuth): Promise<{ username: string }> {
    if (auth.kind === 'oauth') {
      this.bearer = auth.accessToken;
      // assert=user turns a token the wiki does not accept into an error instead of an anonymous session.
      const parsed = UserInfoResponse.safeParse(await this.call('GET', { action: 'query', meta: 'userinfo', assert: 'user' }));
      if (!parsed.success) throw new WikiApiError('malformed', 'userinfo: unexpected response');
      return { username: parsed.data.query.userinfo.name };
    }
    const tokens = LoginTokenResponse.safeParse(await this.call('GET', { action: 'query', meta: 'tokens', type: 'login' }));
    if (!tokens.success) throw new WikiApiError('malformed', 'login token: unexpected response');
    return loginOutcome(await this.call('POST', {
      action: 'login', lgname: auth.username, lgpassword: auth.password, lgtoken: tokens.data.query.tokens.logintoken,
    }));
  }

  /**
   * Saves `text` as the page's content, as a bot edit that fails unless signed in. `createOnly` refuses to
   * overwrite a page that already exists, so a first publication never replaces someone else's page.
   */
  async edit(page: { title: string; text: string; summary: string; createOnly?: boolean }): Promise<EditOutcome> {
    const tokens = CsrfTokenResponse.safeParse(await this.call('GET', { action: 'query', meta: 'tokens', type: 'csrf' }));
    if (!tokens.success) throw new WikiApiError('malformed', 'csrf token: unexpected response');
    return editOutcome(await this.call('POST', {
      action: 'edit', title: page.title, text: page.text, summary: page.summary, bot: '1', assert: 'user',
      watchlist: 'nochange', ...(page.createOnly ? { createonly: '1' } : {}),
      // The token goes last: a request cut short on the way then fails instead of saving part of the text.
      token: tokens.data.query.tokens.csrftoken,
    }));
  }

  /** The page's latest revision and wikitext, or null when there is no such page. */
  async readPage(title: string): Promise<{ revisionId: number; text: string } | null> {
    const parsed = PageResponse.safeParse(await this.call('GET', {
      action: 'query', prop: 'revisions', titles: title, rvprop: 'ids|content', rvslots: 'main',
    }));
    if (!parsed.success) throw new WikiApiError('malformed', 'revisions: unexpected response');
    const page = parsed.data.query.pages[0];
    if (!page || page.invalid) throw new WikiApiError('invalid-title', title);
    const revision = page.revisions?.[0];
    return page.missing || !revision ? null : { revisionId: revision.revid, text: revision.slots.main.content };
  }

  /** One request after the other, never two at once, as the API etiquette asks. */
  private call(method: 'GET' | 'POST', params: Record<string, string>): Promise<unknown> {
    const run = this.queue.then(() => this.send(method, params));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async send(method: 'GET' | 'POST', params: Record<string, string>): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.sendOnce(method, params);
      } catch (error) {
        if (!(error instanceof LaggedError) || attempt >= this.lagRetries) throw error instanceof LaggedError ? error.failure : error;
        await this.sleep(error.retryAfterSeconds * 1000);
      }
    }
  }

  private async sendOnce(method: 'GET' | 'POST', params: Record<string, string>): Promise<unknown> {
    const { token, ...rest } = params;
    const query = new URLSearchParams({ ...rest, format: 'json', formatversion: '2', maxlag: '5', ...(token ? { token } : {}) });
    const headers = new Headers({ 'User-Agent': USER_AGENT, 'Api-User-Agent': USER_AGENT, Accept: 'application/json' });
    const cookies = this.jar.header();
    if (cookies) headers.set('Cookie', cookies);
    if (this.bearer) headers.set('Authorization', `Bearer ${this.bearer}`);
    let response: Response;
    try {
      response = await this.fetchImpl(method === 'GET' ? `${this.apiUrl}?${query}` : this.apiUrl, {
        method, headers, body: method === 'POST' ? query : undefined,
        // A redirect would turn a POST into a GET and drop its body: the configured address must be the API's own.
        redirect: 'manual', signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new WikiApiError('network', (error as Error).message);
    }
    this.jar.store(response.headers.getSetCookie());
    const retryAfter = Number(response.headers.get('retry-after'));
    const wait = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter, 60) : 5;
    if (response.status === 503 && response.headers.has('retry-after')) throw new LaggedError(wait, 'HTTP 503');
    if (response.status >= 300 && response.status < 400) {
      throw new WikiApiError('http', `HTTP ${response.status} to ${response.headers.get('location') ?? '?'}`);
    }
    if (response.status === 429) throw new WikiApiError('throttled', 'HTTP 429');
    if (!response.ok) throw new WikiApiError('http', `HTTP ${response.status}`);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new WikiApiError('malformed', 'not JSON');
    }
    const apiError = ErrorResponse.safeParse(body);
    if (apiError.success) {
      const { code, info } = apiError.data.error;
      if (code === 'maxlag') throw new LaggedError(wait, info ?? code);
      throw new WikiApiError(classifyApiError(code), info ? `${code}: ${info}` : code);
    }
    return body;
  }
}

/** A lagged answer, asked again after the wait unless the retries are used up. */
class LaggedError extends Error {
  readonly failure: WikiApiError;
  constructor(readonly retryAfterSeconds: number, detail: string) {
    super(detail);
    this.failure = new WikiApiError('lagged', detail);
  }
}
