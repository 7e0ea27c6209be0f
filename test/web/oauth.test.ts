import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';

/**
 * A stand-in for Meta-Wiki's rest.php/oauth2 authorize, access_token and resource/profile endpoints,
 * on 127.0.0.1, checking what the real ones check: client credentials, redirect URI and PKCE.
 */
function startOAuthStandIn(account: { sub: string; username: string }) {
  const codes = new Map<string, { challenge: string; redirectUri: string }>();
  const tokens = new Set<string>();
  const seen: { authorize?: URLSearchParams; token?: URLSearchParams; userAgent?: string } = {};
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/w/rest.php/oauth2/authorize') {
      // The person approves at once: redirect back with a code, as Meta-Wiki does after consent.
      seen.authorize = url.searchParams;
      const code = randomBytes(8).toString('hex');
      codes.set(code, { challenge: url.searchParams.get('code_challenge')!, redirectUri: url.searchParams.get('redirect_uri')! });
      const back = new URL(url.searchParams.get('redirect_uri')!);
      back.searchParams.set('code', code);
      back.searchParams.set('state', url.searchParams.get('state')!);
      res.writeHead(302, { location: back.toString() });
      return res.end();
    }
    if (url.pathname === '/w/rest.php/oauth2/access_token' && req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      const form = new URLSearchParams(body);
      seen.token = form;
      seen.userAgent = req.headers['user-agent'];
      const grant = codes.get(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (!grant || form.get('client_id') !== 'sangam-test' || form.get('client_secret') !== 'shh'
        || grant.challenge !== challenge || grant.redirectUri !== form.get('redirect_uri')) {
        return send(400, { error: 'invalid_grant' });
      }
      codes.delete(form.get('code')!);
      const token = randomBytes(16).toString('hex');
      tokens.add(token);
      return send(200, { token_type: 'Bearer', expires_in: 14400, access_token: token, refresh_token: 'r' });
    }
    if (url.pathname === '/w/rest.php/oauth2/resource/profile') {
      const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      if (!tokens.has(token)) return send(401, { error: 'invalid_token' });
      return send(200, { ...account, editcount: 1234, confirmed_email: true, blocked: false, groups: ['*', 'user'], rights: ['read'] });
    }
    send(404, { error: 'not_found' });
  });
  return new Promise<{ base: string; seen: typeof seen; close: () => Promise<void> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ base: `http://127.0.0.1:${port}/w/rest.php`, seen, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

const database = useTestDatabase();
let standIn: Awaited<ReturnType<typeof startOAuthStandIn>>;

beforeAll(async () => {
  standIn = await startOAuthStandIn({ sub: '987654', username: 'Ankit OAuth' });
});
afterAll(async () => {
  await standIn.close();
});

const oauthApp = () => createTestApp(database.db, {
  OAUTH_CLIENT_ID: 'sangam-test', OAUTH_CLIENT_SECRET: 'shh', OAUTH_BASE_URL: standIn.base, PUBLIC_URL: 'http://localhost',
});

describe('signing in with Wikimedia OAuth 2.0', () => {
  it('offers only the Wikimedia button when OAuth is configured', async () => {
    const { html } = await new Client(oauthApp()).get('/signin');
    expect(html).toContain('Sign in with Wikimedia');
    expect(html).not.toContain('action="/signin/dev"');
    const client = new Client(oauthApp());
    await client.get('/signin');
    expect([403, 404]).toContain((await client.post('/signin/dev', { username: 'Intruder' })).status);
    expect(await database.db.selectFrom('people').select('id').where('username', '=', 'Intruder').executeTakeFirst()).toBeUndefined();
  });

  it('signs in through authorize, access_token and profile with PKCE, and remembers the central id', async () => {
    const client = new Client(oauthApp());
    const start = await client.request('/signin/wikimedia?return=%2Fpeople');
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.origin + authorize.pathname).toBe(`${standIn.base}/oauth2/authorize`);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('redirect_uri')).toBe('http://localhost/oauth/callback');

    // The browser follows the redirect to the wiki, which sends it back to the callback.
    const consent = await fetch(authorize, { redirect: 'manual' });
    const callback = new URL(consent.headers.get('location')!);
    const done = await client.request(callback.pathname + callback.search);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/people');
    expect(standIn.seen.userAgent).toMatch(/^Sangam\//);

    const person = await database.db.selectFrom('people').select(['username', 'central_id']).where('username', '=', 'Ankit OAuth').executeTakeFirst();
    expect(person).toEqual({ username: 'Ankit OAuth', central_id: 987654 });
    expect((await client.get('/me')).html).toContain('Welcome, Ankit OAuth.');
  });

  it('refuses a callback whose state does not match, signing nobody in', async () => {
    const client = new Client(oauthApp());
    const start = await client.request('/signin/wikimedia');
    const authorize = new URL(start.headers.get('location')!);
    const consent = await fetch(authorize, { redirect: 'manual' });
    const callback = new URL(consent.headers.get('location')!);
    callback.searchParams.set('state', 'forged');
    const done = await client.request(callback.pathname + callback.search);
    expect(done.status).toBe(400);
    expect(await done.text()).toContain('Sign-in with Wikimedia did not complete');
    expect((await client.request('/me')).status).toBe(303);
  });

  it('refuses a callback with no sign-in under way', async () => {
    const response = await new Client(oauthApp()).request('/oauth/callback?code=x&state=y');
    expect(response.status).toBe(400);
  });
});
