import { beforeAll, describe, expect, it } from 'vitest';
import { parseCredentialsKey } from '../../src/domain/publishing/credentials.js';
import { saveCommunityCredentials, setSeriesPublicationPage, type PublishingDeps } from '../../src/domain/publishing/mutations.js';
import { ActionApiClient } from '../../src/integrations/wiki/action-api.js';
import { publishChangedProgrammes } from '../../src/jobs/publish-programmes.js';
import { JOBS } from '../../src/jobs/registry.js';
import { useTestDatabase } from '../db.js';
import { createCommunity, createPerson } from '../factories.js';
import { useLocalMediaWiki } from '../mediawiki.js';
import { createSeries, createSession } from '../workshops/factories.js';
import { TEST_CREDENTIALS_KEY, wikiPage } from './helpers.js';

// The scheduled job against a real MediaWiki: it publishes what changed, leaves the rest alone, and stops
// knocking on the wiki with an account that does not work until someone changes it.

const database = useTestDatabase();
const local = useLocalMediaWiki();
const NOW = new Date('2026-12-01T00:00:00Z');
const deps = (): PublishingDeps => ({ credentialsKey: parseCredentialsKey(TEST_CREDENTIALS_KEY), publicUrl: 'https://sangam.example.org' });

let organizer: { id: number };
let working: { id: number };
let broken: { id: number };
const series: Record<'lua' | 'maps' | 'taken' | 'wrong', { id: number; slug: string }> = {} as never;
let luaSession: { id: number };

const row = (seriesId: number) => database.db.selectFrom('series_publications').selectAll().where('series_id', '=', seriesId).executeTakeFirstOrThrow();

beforeAll(async () => {
  const db = database.db;
  organizer = await createPerson(db, { username: 'Rina Organizer' });
  working = await createCommunity(db, { members: [organizer.id] });
  broken = await createCommunity(db, { members: [organizer.id] });
  const { apiUrl, bot } = local.wiki;
  await saveCommunityCredentials(db, deps().credentialsKey, organizer.id, working.id,
    { apiUrl, authKind: 'bot-password', username: bot.username, secret: bot.password }, NOW);
  await saveCommunityCredentials(db, deps().credentialsKey, organizer.id, broken.id,
    { apiUrl, authKind: 'bot-password', username: bot.username, secret: 'w'.repeat(32) }, NOW);
  series.lua = await createSeries(db, { communityId: working.id, title: 'Lua monthly' });
  series.maps = await createSeries(db, { communityId: working.id, title: 'Maps and Wikidata' });
  series.taken = await createSeries(db, { communityId: working.id, title: 'Taken page' });
  series.wrong = await createSeries(db, { communityId: broken.id, title: 'Wrong password' });
  luaSession = await createSession(db, { seriesId: series.lua.id, title: 'Writing Lua modules', startsAt: new Date('2026-12-12T09:30:00Z') });
  await createSession(db, { seriesId: series.maps.id, title: 'Kartographer basics', startsAt: new Date('2026-12-14T13:00:00Z') });
  await setSeriesPublicationPage(db, series.lua.id, 'Sangam/Lua monthly');
  await setSeriesPublicationPage(db, series.maps.id, 'Sangam/Maps');
  await setSeriesPublicationPage(db, series.taken.id, 'Community portal');
  await setSeriesPublicationPage(db, series.wrong.id, 'Sangam/Wrong');
  // Someone else's page already has the title one series asks for.
  const someone = new ActionApiClient(apiUrl);
  await someone.signIn({ kind: 'bot-password', ...bot });
  await someone.edit({ title: 'Community portal', text: 'Our portal, written by hand.', summary: 'portal' });
});

describe('the publish-programmes job', () => {
  it('is scheduled every five minutes', () => {
    expect(JOBS.find((j) => j.name === 'publish-programmes')?.schedule).toBe('*/5 * * * *');
  });

  it('publishes new programmes, never overwrites a page it did not make, and records a wrong password', async () => {
    expect(await publishChangedProgrammes(database.db, deps(), NOW)).toEqual({ published: 2, unchanged: 0, failed: 2, waiting: 0 });
    expect((await wikiPage(local.wiki.apiUrl, 'Sangam/Lua monthly'))!.text).toContain('Writing Lua modules');
    expect((await wikiPage(local.wiki.apiUrl, 'Sangam/Maps'))!.text).toContain('Kartographer basics');
    expect((await wikiPage(local.wiki.apiUrl, 'Community portal'))!.text).toBe('Our portal, written by hand.');
    expect((await row(series.taken.id)).last_error).toMatch(/^page-exists/);
    expect((await row(series.wrong.id)).last_error).toMatch(/^bad-credentials/);
    expect(await wikiPage(local.wiki.apiUrl, 'Sangam/Wrong')).toBeNull();
  });

  it('leaves unchanged programmes alone and does not retry failures that retrying cannot cure', async () => {
    const before = (await wikiPage(local.wiki.apiUrl, 'Sangam/Lua monthly'))!;
    const attempted = (await row(series.wrong.id)).attempted_at;
    const later = new Date(NOW.getTime() + 5 * 60_000);
    expect(await publishChangedProgrammes(database.db, deps(), later)).toEqual({ published: 0, unchanged: 2, failed: 0, waiting: 2 });
    expect((await wikiPage(local.wiki.apiUrl, 'Sangam/Lua monthly'))!.revisions).toBe(before.revisions);
    expect((await row(series.wrong.id)).attempted_at).toEqual(attempted);
  });

  it('republishes only the series whose session changed', async () => {
    await database.db.updateTable('workshop_sessions').set({ starts_at: new Date('2026-12-12T10:30:00Z') }).where('id', '=', luaSession.id).execute();
    const maps = (await wikiPage(local.wiki.apiUrl, 'Sangam/Maps'))!;
    const later = new Date(NOW.getTime() + 10 * 60_000);
    expect(await publishChangedProgrammes(database.db, deps(), later)).toEqual({ published: 1, unchanged: 1, failed: 0, waiting: 2 });
    const lua = (await wikiPage(local.wiki.apiUrl, 'Sangam/Lua monthly'))!;
    expect(lua.revisions).toBe(2);
    expect(lua.text).toContain('2026-12-12 10:30–11:30 UTC');
    expect((await row(series.lua.id))).toMatchObject({ revision_id: lua.revisionId, published_at: later, last_error: null });
    expect((await wikiPage(local.wiki.apiUrl, 'Sangam/Maps'))!.revisions).toBe(maps.revisions);
  });

  it('tries again once the account is corrected or the page title changed', async () => {
    const { apiUrl, bot } = local.wiki;
    await saveCommunityCredentials(database.db, deps().credentialsKey, organizer.id, broken.id,
      { apiUrl, authKind: 'bot-password', username: bot.username, secret: bot.password }, NOW);
    await setSeriesPublicationPage(database.db, series.taken.id, 'Sangam/Taken page');
    const later = new Date(NOW.getTime() + 15 * 60_000);
    expect(await publishChangedProgrammes(database.db, deps(), later)).toEqual({ published: 2, unchanged: 2, failed: 0, waiting: 0 });
    expect(await wikiPage(local.wiki.apiUrl, 'Sangam/Wrong')).not.toBeNull();
    expect(await wikiPage(local.wiki.apiUrl, 'Sangam/Taken page')).not.toBeNull();
    expect((await wikiPage(local.wiki.apiUrl, 'Community portal'))!.text).toBe('Our portal, written by hand.');
  });
});
