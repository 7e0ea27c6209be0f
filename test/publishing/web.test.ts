import { beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';
import { createCommunity, createPerson } from '../factories.js';
import { useLocalMediaWiki } from '../mediawiki.js';
import { createSeries, createSession } from '../workshops/factories.js';
import { renderedPage, TEST_CREDENTIALS_KEY, wikiPage } from './helpers.js';

// A community's organizer configures the wiki account, a series organizer publishes the programme to a real
// MediaWiki (installed for this file) and reads it back from that wiki.

const database = useTestDatabase();
const local = useLocalMediaWiki();
const NOW = new Date('2026-12-01T00:00:00Z');
const app = () => createTestApp(database.db, { CREDENTIALS_KEY: TEST_CREDENTIALS_KEY, PUBLIC_URL: 'https://sangam.example.org' }, () => NOW);

const PAGE = 'Sangam/Lua workshops';
let community: { id: number; slug: string };
let series: { id: number; slug: string };
let firstSession: { id: number };
let rina: { id: number; username: string };

/** Signed in, with the CSRF token of the new session. */
async function signedIn(username: string): Promise<Client> {
  const client = new Client(app());
  await client.signIn(username);
  await client.get('/');
  return client;
}

const publication = () => database.db.selectFrom('series_publications').selectAll().where('series_id', '=', series.id).executeTakeFirstOrThrow();
const credentialsRow = () => database.db.selectFrom('community_wiki_credentials').selectAll().where('community_id', '=', community.id).executeTakeFirst();

beforeAll(async () => {
  const db = database.db;
  rina = await createPerson(db, { username: 'Rina Organizer', displayName: 'Rina' });
  const sam = await createPerson(db, { username: 'Sam Member' });
  const tariq = await createPerson(db, { username: 'Tariq Facilitator', displayName: 'Tariq' });
  const ola = await createPerson(db, { username: 'Ola Series', displayName: 'Ola' });
  await createPerson(db, { username: 'Sam Stranger' });
  community = await createCommunity(db, { slug: 'bengali-wikimedians', name: 'Bengali Wikimedians', members: [rina.id, sam.id] });
  series = await createSeries(db, { communityId: community.id, slug: 'lua-monthly', title: 'Lua monthly', homeZone: 'Asia/Kolkata', team: [[ola.id, 'organizer']] });
  firstSession = await createSession(db, {
    seriesId: series.id, title: 'Writing Lua modules', startsAt: new Date('2026-12-12T09:30:00Z'), durationMinutes: 60,
    language: 'bn', interpretation: ['en'], facilitators: [tariq.id], onlineUrl: 'https://meet.example.org/secret-room',
  });
  // A title that tries to put the page in a category, use a template and sign.
  await createSession(db, { seriesId: series.id, title: '[[Category:Spam]] {{Delete}} ~~~~ | fun', startsAt: new Date('2026-12-19T09:30:00Z') });
});

describe('publishing a series programme on a real MediaWiki', () => {
  it('a community organizer saves the wiki account through the form; the secret is stored encrypted and never shown', async () => {
    const client = await signedIn(rina.username);
    const edit = await client.get(`/communities/${community.slug}/edit`);
    expect(edit.html).toContain(`href="/communities/${community.slug}/wiki-publishing"`);
    const form = await client.get(`/communities/${community.slug}/wiki-publishing`);
    expect(form.status).toBe(200);
    expect(form.html).toContain('No wiki account is set up yet.');

    const { bot } = local.wiki;
    const response = await client.post(`/communities/${community.slug}/wiki-publishing`, {
      apiUrl: local.wiki.apiUrl, authKind: 'bot-password', username: bot.username, secret: bot.password,
    });
    expect(response.status).toBe(303);
    const row = await credentialsRow();
    expect(row).toMatchObject({ api_url: local.wiki.apiUrl, auth_kind: 'bot-password', username: bot.username, updated_by: rina.id });
    expect(row!.secret_encrypted).not.toContain(bot.password);
    expect(JSON.stringify(row)).not.toContain(bot.password);

    const page = await client.get(`/communities/${community.slug}/wiki-publishing`);
    const host = new URL(local.wiki.apiUrl).host;
    expect(page.html).toContain(`Configured for ${bot.username} on ${host}, updated`);
    expect(page.html).toContain('by Rina.');
    expect(page.html).not.toContain(bot.password);
  });

  it('refuses an address that is not an api.php with a localized message, and stores nothing', async () => {
    const client = await signedIn(rina.username);
    await client.get(`/communities/${community.slug}/wiki-publishing`);
    const before = await credentialsRow();
    const response = await client.post(`/communities/${community.slug}/wiki-publishing?uselang=fr`, {
      apiUrl: 'https://bn.wikipedia.org/wiki/Main_Page', authKind: 'bot-password', username: 'Rina', secret: 'short',
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Indiquez l’adresse du fichier api.php du wiki');
    expect(html).toContain('Utilisateur@Nom');
    expect(await credentialsRow()).toEqual(before);
  });

  it('"Publish now" creates the page, with the sessions and their times, and nothing private or injected', async () => {
    const client = await signedIn('Ola Series');
    const saved = await client.post(`/series/${series.slug}/publishing`, { pageTitle: PAGE });
    expect(saved.status).toBe(303);
    const before = await client.get(`/series/${series.slug}/publishing`);
    expect(before.html).toContain('Writing Lua modules');
    expect(before.html).toContain('Not published yet.');

    const response = await client.post(`/series/${series.slug}/publishing/publish`, {});
    expect(response.status).toBe(303);
    const page = await wikiPage(local.wiki.apiUrl, PAGE);
    expect(page).not.toBeNull();
    expect(page!.revisions).toBe(1);
    expect(page!.text).toContain('Writing Lua modules');
    expect(page!.text).toContain('2026-12-12 09:30–10:30 UTC');
    expect(page!.text).toContain('2026-12-12 15:00–16:00');
    expect(page!.text).toContain('[[User:Tariq Facilitator|Tariq]]');
    expect(page!.text).toContain('https://sangam.example.org/sessions/');
    expect(page!.text).not.toContain('meet.example.org');

    const after = await client.get(`/series/${series.slug}/publishing`);
    expect(after.html).toContain(`Published on the wiki as revision ${page!.revisionId}.`);
    expect(after.html).toContain(`oldid=${page!.revisionId}`);
    expect(await publication()).toMatchObject({ revision_id: page!.revisionId, last_error: null, published_at: NOW });

    // The wiki shows the typed title as text: no category, no template, no signature.
    const rendered = await renderedPage(local.wiki.apiUrl, PAGE);
    expect(rendered.categories).toEqual([]);
    expect(rendered.templates).toEqual([]);
    expect(rendered.html).toContain('[[Category:Spam]] {{Delete}} ~~~~ | fun</a>');
    // The notice opens the page, with no empty paragraph before it.
    expect(rendered.html.startsWith('<div class="mw-parser-output"><p><i>This programme is kept up to date automatically')).toBe(true);
  });

  it('republishes a changed session as a new revision, and an unchanged programme as none', async () => {
    const client = await signedIn('Ola Series');
    const first = (await wikiPage(local.wiki.apiUrl, PAGE))!;
    await database.db.updateTable('workshop_sessions').set({ starts_at: new Date('2026-12-12T11:00:00Z'), title: 'Writing Lua modules, part 1' })
      .where('id', '=', firstSession.id).execute();
    await client.post(`/series/${series.slug}/publishing/publish`, {});
    const second = (await wikiPage(local.wiki.apiUrl, PAGE))!;
    expect(second.revisionId).toBeGreaterThan(first.revisionId);
    expect(second.revisions).toBe(2);
    expect(second.text).toContain('Writing Lua modules, part 1');
    expect(second.text).toContain('2026-12-12 11:00–12:00 UTC');
    expect(second.text).not.toContain('2026-12-12 09:30');

    const again = await client.post(`/series/${series.slug}/publishing/publish`, {});
    expect(again.status).toBe(303);
    expect((await client.get(`/series/${series.slug}/publishing`)).html).toContain('The page on the wiki is already up to date.');
    const third = (await wikiPage(local.wiki.apiUrl, PAGE))!;
    expect(third.revisionId).toBe(second.revisionId);
    expect(third.revisions).toBe(2);
    expect((await publication()).revision_id).toBe(second.revisionId);
  });

  it('with a wrong password shows a clear localized error on the page and records it, with no server error', async () => {
    const organizer = await signedIn(rina.username);
    await organizer.get(`/communities/${community.slug}/wiki-publishing`);
    const wrong = await organizer.post(`/communities/${community.slug}/wiki-publishing`, {
      apiUrl: local.wiki.apiUrl, authKind: 'bot-password', username: local.wiki.bot.username, secret: 'wrongwrongwrongwrongwrongwrong00',
    });
    expect(wrong.status).toBe(303);

    const client = await signedIn('Ola Series');
    await client.get(`/series/${series.slug}/publishing`);
    const response = await client.post(`/series/${series.slug}/publishing/publish?uselang=bn`, {});
    expect(response.status).toBe(303);
    const page = await client.get(`/series/${series.slug}/publishing?uselang=bn`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('উইকি অ্যাকাউন্টটি গ্রহণ করেনি');
    expect(page.html).toContain('প্রকাশিত হয়নি');
    expect((await publication()).last_error).toMatch(/^bad-credentials: /);
    // The page on the wiki is left as it was.
    expect((await wikiPage(local.wiki.apiUrl, PAGE))!.revisions).toBe(2);
  });

  it('an OAuth token the wiki does not accept is explained the same way', async () => {
    const organizer = await signedIn(rina.username);
    await organizer.get(`/communities/${community.slug}/wiki-publishing`);
    await organizer.post(`/communities/${community.slug}/wiki-publishing`, {
      apiUrl: local.wiki.apiUrl, authKind: 'oauth', username: '', secret: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.not-a-token',
    });
    const client = await signedIn('Ola Series');
    await client.get(`/series/${series.slug}/publishing`);
    await client.post(`/series/${series.slug}/publishing/publish`, {});
    const page = await client.get(`/series/${series.slug}/publishing`);
    expect(page.html).toContain('The wiki did not accept the account.');
    expect((await publication()).last_error).toMatch(/^bad-credentials: assertuserfailed/);
  });

  it('refuses every write to a member who is not an organizer, and to a series organizer for the community account', async () => {
    const sam = await signedIn('Sam Member');
    await sam.get('/');
    const before = { credentials: await credentialsRow(), publication: await publication() };
    const writes: [string, Record<string, string>][] = [
      [`/communities/${community.slug}/wiki-publishing`, { apiUrl: 'https://evil.example.org/w/api.php', authKind: 'bot-password', username: 'Sam@x', secret: 'x'.repeat(32) }],
      [`/communities/${community.slug}/wiki-publishing/remove`, {}],
      [`/series/${series.slug}/publishing`, { pageTitle: 'Main Page' }],
      [`/series/${series.slug}/publishing/publish`, {}],
      [`/series/${series.slug}/publishing/remove`, {}],
    ];
    for (const [path, fields] of writes) expect((await sam.post(path, fields)).status, path).toBe(403);
    expect((await sam.get(`/communities/${community.slug}/wiki-publishing`)).status).toBe(403);
    expect((await sam.get(`/series/${series.slug}/publishing`)).status).toBe(403);

    const ola = await signedIn('Ola Series');
    await ola.get('/');
    expect((await ola.post(writes[0]![0], writes[0]![1])).status).toBe(403);
    expect((await ola.post(writes[1]![0], {})).status).toBe(403);
    expect({ credentials: await credentialsRow(), publication: await publication() }).toEqual(before);
  });

  it('refuses a page title the wiki would refuse or that holds its scripts, and a series page is "not found" for an unknown address', async () => {
    const client = await signedIn('Ola Series');
    await client.get(`/series/${series.slug}/publishing`);
    const bad = await client.post(`/series/${series.slug}/publishing`, { pageTitle: 'MediaWiki:Common.js' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Programmes are not published to scripts, styles, modules, files or interface messages.');
    expect((await publication()).page_title).toBe(PAGE);
    expect((await client.get('/series/no-such-series/publishing')).status).toBe(404);
    expect((await client.get('/series/..%2F/publishing')).status).toBe(404);
  });

  it('stops publishing and removes the account, leaving the wiki page as it is', async () => {
    const client = await signedIn('Ola Series');
    await client.get(`/series/${series.slug}/publishing`);
    expect((await client.post(`/series/${series.slug}/publishing/remove`, {})).status).toBe(303);
    expect(await database.db.selectFrom('series_publications').selectAll().where('series_id', '=', series.id).executeTakeFirst()).toBeUndefined();
    // Publishing without a page is a conflict explained on a page, not a server error.
    expect((await client.post(`/series/${series.slug}/publishing/publish`, {})).status).toBe(409);

    const organizer = await signedIn(rina.username);
    await organizer.get(`/communities/${community.slug}/wiki-publishing`);
    expect((await organizer.post(`/communities/${community.slug}/wiki-publishing/remove`, {})).status).toBe(303);
    expect(await credentialsRow()).toBeUndefined();
    expect((await wikiPage(local.wiki.apiUrl, PAGE))!.revisions).toBe(2);
  });
});
