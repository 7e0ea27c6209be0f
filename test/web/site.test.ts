import { describe, expect, it } from 'vitest';
import { Client, createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';

const database = useTestDatabase();


describe('the site as a whole', () => {
  it('answers /healthz once the database is reachable', async () => {
    const response = await createTestApp(database.db).request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
  });

  it('sends a strict content security policy and no framing', async () => {
    const response = await createTestApp(database.db).request('/');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('strict-transport-security')).toBeNull();
    const html = await response.text();
    expect(html).not.toMatch(/<script|\sstyle="|\son[a-z]+="/); // no inline script or style for the CSP to block
  });

  it('adds HSTS and secure cookies in production', async () => {
    const app = createTestApp(database.db, {
      NODE_ENV: 'production', DATABASE_URL: 'postgres://unused', OAUTH_CLIENT_ID: 'x', OAUTH_CLIENT_SECRET: 'y', PUBLIC_URL: 'https://sangam.example',
    });
    const response = await app.request('/signin');
    expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    const client = new Client(app);
    await client.request('/signin/wikimedia');
    const started = await app.request('/signin/wikimedia');
    expect(started.headers.get('set-cookie')).toMatch(/__Host-sangam_session=.*Secure/);
  });

  it('sets the page language and direction from ?uselang=, the cookie or the browser', async () => {
    const client = new Client(createTestApp(database.db));
    expect((await client.get('/?uselang=ar')).html).toContain('<html lang="ar" dir="rtl">');
    expect((await client.get('/')).html).toContain('<html lang="en" dir="ltr">');
    const chosen = await client.request('/language?uselang=bn&return=%2Fskills');
    expect(chosen.status).toBe(303);
    expect(chosen.headers.get('location')).toBe('/skills');
    expect((await client.get('/skills')).html).toContain('<html lang="bn" dir="ltr">');
    const browser = new Client(createTestApp(database.db), { 'accept-language': 'mai, hi;q=0.5' });
    expect((await browser.get('/')).html).toContain('<html lang="hi" dir="ltr">');
  });

  it('never redirects the language selector off the site', async () => {
    const response = await createTestApp(database.db).request('/language?uselang=fr&return=//evil.example/x');
    expect(response.headers.get('location')).toBe('/');
  });

  it('shows a localized 404 page for an unknown address or person', async () => {
    const client = new Client(createTestApp(database.db));
    const missing = await client.get('/nowhere?uselang=es');
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('<html lang="es"');
    expect((await client.get('/people/Nobody_Here')).status).toBe(404);
    expect((await client.get('/skills/no-such-skill')).status).toBe(404);
  });

  it('answers bad requests with a 4xx, never a 5xx', async () => {
    const client = new Client(createTestApp(database.db));
    await client.signIn('Prober');
    await client.get('/me/about');
    const attempts = [
      await client.request('/me/about', { method: 'POST', body: '{"x":1}', headers: { 'content-type': 'application/json' } }),
      await client.post('/me/about', { displayName: 'x'.repeat(5000) }),
      await client.post('/me/about', { langCode: ['hi'], langLevel: ['9'] }),
      await client.post('/me/place', { a: ['-1', 'abc'] }),
      await client.post('/me/skills', { skill: 'wikidata', kind: 'teach', level: '7' }),
      await client.post('/me/skills/remove', { skill: 'abc' }),
      await client.post('/me/skills/remove', { skill: '99999999999', kind: 'share' }),
      await client.post('/me/offers/remove', { offer: '99999999999' }),
      await client.post('/admin/skills/rename', { skill: '99999999999', lang: 'en', label: 'x' }),
      await client.post('/me/offers', { offerKind: 'gift', description: '' }),
      await client.post('/admin/skills/merge', { skill: '1', into: '1' }),
      await client.request('/people?page=99999999999999999999&kind[]=x'),
      await client.request('/people/%E0%A4'),
      await client.request(`/people?q=${'x'.repeat(300)}`),
    ];
    for (const response of attempts) expect(response.status, await response.text()).toBeLessThan(500);
    expect(attempts.filter((r) => r.status >= 400).length).toBeGreaterThanOrEqual(8);
  });
});

describe('oversized and unreadable forms', () => {
  it('refuses a form over 64 KB with a 413', async () => {
    const client = new Client(createTestApp(database.db));
    await client.signIn('Big Sender');
    await client.get('/me/about');
    const response = await client.post('/me/about', { bio: 'x'.repeat(70_000) });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('too large');
  });
});
