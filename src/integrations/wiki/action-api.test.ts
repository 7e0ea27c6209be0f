import { describe, expect, it } from 'vitest';
import { ActionApiClient, classifyApiError, CookieJar, editOutcome, loginOutcome, WikiApiError } from './action-api.js';

// Responses as MediaWiki 1.39 gave them (format=json&formatversion=2), recorded from the local test wiki.
const RECORDED = {
  loginToken: { batchcomplete: true, query: { tokens: { logintoken: '643062824b1087a79a6f6fe84f4257b76b028143+\\' } } },
  loginSuccess: { login: { result: 'Success', lguserid: 3, lgusername: 'Sangam' } },
  loginFailed: { login: { result: 'Failed', reason: 'Incorrect username or password entered. Please try again.' } },
  loginWrongToken: { login: { result: 'WrongToken' } },
  csrfToken: { batchcomplete: true, query: { tokens: { csrftoken: '9b1c2d+\\' } } },
  editCreated: { edit: { new: true, result: 'Success', pageid: 2, title: 'Sangam/Test', contentmodel: 'wikitext', oldrevid: 0, newrevid: 2, newtimestamp: '2026-11-22T05:44:40Z' } },
  editNoChange: { edit: { result: 'Success', pageid: 2, title: 'Sangam/Test', contentmodel: 'wikitext', nochange: true } },
  assertUserFailed: { error: { code: 'assertuserfailed', info: 'You are no longer logged in, so the action could not be completed.' } },
  permissionDenied: { error: { code: 'permissiondenied', info: 'The action you have requested is limited to users in one of the groups: *, [[Test Wiki:Users|Users]].' } },
  maxlag: { error: { code: 'maxlag', info: 'Waiting for 10.64.0.1: 7 seconds lagged.', host: '10.64.0.1', lag: 7 } },
};

function reasonOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof WikiApiError) return error.reason;
    throw error;
  }
  return 'no error';
}

describe('reading Action API answers', () => {
  it.each([
    ['assertuserfailed', 'bad-credentials'],
    ['mwoauth-invalid-authorization-invalid-user', 'bad-credentials'],
    ['permissiondenied', 'permission-denied'],
    ['protectedpage', 'permission-denied'],
    ['cantcreate', 'permission-denied'],
    ['blocked', 'permission-denied'],
    ['articleexists', 'page-exists'],
    ['invalidtitle', 'invalid-title'],
    ['maxlag', 'lagged'],
    ['ratelimited', 'throttled'],
    ['abusefilter-disallowed', 'api'],
  ])('explains the error code %s as %s', (code, reason) => {
    expect(classifyApiError(code)).toBe(reason);
  });

  it('signs in only on a login result of Success, and says why otherwise', () => {
    expect(loginOutcome(RECORDED.loginSuccess)).toEqual({ username: 'Sangam' });
    expect(reasonOf(() => loginOutcome(RECORDED.loginFailed))).toBe('bad-credentials');
    expect(reasonOf(() => loginOutcome(RECORDED.loginWrongToken))).toBe('api');
    expect(reasonOf(() => loginOutcome({ login: { result: 'Throttled', reason: 'Too many attempts' } }))).toBe('throttled');
    expect(reasonOf(() => loginOutcome('<html>'))).toBe('malformed');
  });

  it('reads a saved edit as its new revision, and an identical text as no change', () => {
    expect(editOutcome(RECORDED.editCreated)).toEqual({ kind: 'saved', revisionId: 2, created: true });
    expect(editOutcome(RECORDED.editNoChange)).toEqual({ kind: 'nochange' });
    expect(reasonOf(() => editOutcome({ edit: { result: 'Failure', captcha: { type: 'simple' } } }))).toBe('api');
    expect(reasonOf(() => editOutcome({ edit: { result: 'Success' } }))).toBe('malformed');
  });
});

describe('the cookie jar', () => {
  it('keeps the session cookies, replaces them and drops those the wiki expires', () => {
    const jar = new CookieJar();
    const now = Date.parse('2026-12-01T00:00:00Z');
    jar.store(['testwiki_session=abc; path=/; HttpOnly', 'UseDC=master; expires=Thu, 01-Jan-2027 00:00:00 GMT; Max-Age=2592000; path=/'], now);
    expect(jar.header()).toBe('testwiki_session=abc; UseDC=master');
    jar.store(['testwiki_session=def; path=/', 'UseDC=deleted; expires=Thu, 01-Jan-1970 00:00:01 GMT; Max-Age=0; path=/'], now);
    expect(jar.header()).toBe('testwiki_session=def');
  });
});

interface Exchange { method: string; url: URL; body: URLSearchParams | null; headers: Headers }

/** An answer other than 200 with a JSON body: a status, its headers and maybe a body. */
interface RawAnswer { status: number; headers?: Record<string, string>; body?: object }
const isRaw = (answer: object): answer is RawAnswer => 'status' in answer && typeof answer.status === 'number';

/** A wiki that answers from a script, one JSON body (or status) per request, and remembers what it was asked. */
function scriptedWiki(answers: (object | RawAnswer)[]) {
  const exchanges: Exchange[] = [];
  const fetchImpl = (async (input: string | URL, init: RequestInit = {}) => {
    exchanges.push({
      method: init.method ?? 'GET', url: new URL(String(input)), headers: new Headers(init.headers),
      body: init.body instanceof URLSearchParams ? init.body : null,
    });
    const answer = answers.shift() ?? { status: 500 };
    if (isRaw(answer)) {
      return new Response(answer.body ? JSON.stringify(answer.body) : 'error', { status: answer.status, headers: answer.headers });
    }
    return new Response(JSON.stringify(answer), {
      status: 200, headers: [['content-type', 'application/json'], ['set-cookie', 'testwiki_session=s1; path=/; HttpOnly']],
    });
  }) as typeof fetch;
  return { fetchImpl, exchanges };
}

describe('the Action API client', () => {
  const API = 'https://test.example.org/w/api.php';

  it('signs in with a bot password and edits, politely: one request at a time, maxlag=5, format version 2, the token last', async () => {
    const wiki = scriptedWiki([RECORDED.loginToken, RECORDED.loginSuccess, RECORDED.csrfToken, RECORDED.editCreated]);
    const client = new ActionApiClient(API, { fetch: wiki.fetchImpl });
    await expect(client.signIn({ kind: 'bot-password', username: 'Sangam@publisher', password: 'p'.repeat(32) })).resolves.toEqual({ username: 'Sangam' });
    await expect(client.edit({ title: 'Sangam/Test', text: "Hello '''world'''", summary: 'test', createOnly: true }))
      .resolves.toEqual({ kind: 'saved', revisionId: 2, created: true });

    expect(wiki.exchanges.map((e) => `${e.method} ${(e.body ?? e.url.searchParams).get('action')}`)).toEqual(['GET query', 'POST login', 'GET query', 'POST edit']);
    for (const e of wiki.exchanges) {
      const params = e.body ?? e.url.searchParams;
      expect(params.get('maxlag')).toBe('5');
      expect(params.get('format')).toBe('json');
      expect(params.get('formatversion')).toBe('2');
      expect(e.headers.get('user-agent')).toMatch(/^Sangam\/.*mediawiki\.org/);
    }
    expect(wiki.exchanges[1]!.body!.get('lgtoken')).toBe('643062824b1087a79a6f6fe84f4257b76b028143+\\');
    // The wiki's session cookie goes back with every later request.
    expect(wiki.exchanges[1]!.headers.get('cookie')).toBe('testwiki_session=s1');
    const edit = wiki.exchanges[3]!.body!;
    expect(Object.fromEntries(edit)).toMatchObject({ title: 'Sangam/Test', text: "Hello '''world'''", bot: '1', assert: 'user', createonly: '1', token: '9b1c2d+\\' });
    expect([...edit.keys()].at(-1)).toBe('token');
  });

  it('sends requests one after the other even when asked for several at once', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const fetchImpl = (async (_input: string | URL, init: RequestInit = {}) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return Response.json(init.method === 'POST' ? RECORDED.editNoChange : RECORDED.csrfToken);
    }) as typeof fetch;
    const client = new ActionApiClient(API, { fetch: fetchImpl });
    await Promise.all([client.edit({ title: 'A', text: 'a', summary: '' }), client.edit({ title: 'B', text: 'b', summary: '' })]);
    expect(maxInFlight).toBe(1);
  });

  it('signs in with an OAuth access token as a Bearer header and checks it with assert=user', async () => {
    const wiki = scriptedWiki([{ batchcomplete: true, query: { userinfo: { id: 7, name: 'Sangam' } } }, RECORDED.csrfToken, RECORDED.editNoChange]);
    const client = new ActionApiClient(API, { fetch: wiki.fetchImpl });
    await expect(client.signIn({ kind: 'oauth', accessToken: 'eyJ0eXAi.token' })).resolves.toEqual({ username: 'Sangam' });
    await client.edit({ title: 'A', text: 'a', summary: '' });
    expect(wiki.exchanges.map((e) => e.headers.get('authorization'))).toEqual(['Bearer eyJ0eXAi.token', 'Bearer eyJ0eXAi.token', 'Bearer eyJ0eXAi.token']);
    expect(wiki.exchanges[0]!.url.searchParams.get('assert')).toBe('user');
  });

  it('turns a refused token, a missing right and a wrong password into typed errors', async () => {
    const refused = new ActionApiClient(API, { fetch: scriptedWiki([RECORDED.assertUserFailed]).fetchImpl });
    await expect(refused.signIn({ kind: 'oauth', accessToken: 'x' })).rejects.toMatchObject({ reason: 'bad-credentials' });
    const denied = new ActionApiClient(API, { fetch: scriptedWiki([RECORDED.csrfToken, RECORDED.permissionDenied]).fetchImpl });
    await expect(denied.edit({ title: 'A', text: 'a', summary: '' })).rejects.toMatchObject({ reason: 'permission-denied' });
    const wrong = new ActionApiClient(API, { fetch: scriptedWiki([RECORDED.loginToken, RECORDED.loginFailed]).fetchImpl });
    await expect(wrong.signIn({ kind: 'bot-password', username: 'A@b', password: 'x' })).rejects.toMatchObject({ reason: 'bad-credentials' });
  });

  it('waits as long as a lagged wiki asks and tries again, then gives up as lagged', async () => {
    const waits: number[] = [];
    const sleep = async (ms: number) => { waits.push(ms); };
    const recovering = scriptedWiki([{ status: 200, headers: { 'retry-after': '7' }, body: RECORDED.maxlag }, RECORDED.csrfToken, RECORDED.editNoChange]);
    const client = new ActionApiClient(API, { fetch: recovering.fetchImpl, sleep });
    await expect(client.edit({ title: 'A', text: 'a', summary: '' })).resolves.toEqual({ kind: 'nochange' });
    expect(waits).toEqual([7000]);

    const lagged = scriptedWiki([{ status: 503, headers: { 'retry-after': '5' } }, { status: 503, headers: { 'retry-after': '5' } }]);
    const giving = new ActionApiClient(API, { fetch: lagged.fetchImpl, sleep, lagRetries: 1 });
    await expect(giving.edit({ title: 'A', text: 'a', summary: '' })).rejects.toMatchObject({ reason: 'lagged' });
  });

  it('says what went wrong when the address is not a working API', async () => {
    const redirected = scriptedWiki([{ status: 301, headers: { location: 'https://test.example.org/w/api.php' } }]);
    await expect(new ActionApiClient('http://test.example.org/w/api.php', { fetch: redirected.fetchImpl }).readPage('A'))
      .rejects.toMatchObject({ reason: 'http', detail: 'HTTP 301 to https://test.example.org/w/api.php' });
    const html = (async () => new Response('<html>', { status: 200 })) as unknown as typeof fetch;
    await expect(new ActionApiClient(API, { fetch: html }).readPage('A')).rejects.toMatchObject({ reason: 'malformed' });
    const down = (async () => { throw new TypeError('fetch failed'); }) as unknown as typeof fetch;
    await expect(new ActionApiClient(API, { fetch: down }).readPage('A')).rejects.toMatchObject({ reason: 'network' });
  });
});
