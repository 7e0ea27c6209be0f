import { describe, expect, it } from 'vitest';
import { getProfile } from '../../src/domain/people/data.js';
import { Client, createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';
import { createCommunity, createPerson } from '../factories.js';

const database = useTestDatabase();


const aboutForm = (overrides: Record<string, string | string[]> = {}) => ({
  displayName: 'Meera', bio: 'मैं लुआ सीख रही हूँ', affiliations: 'Hindi Wikimedians User Group',
  langCode: ['hi', 'English', ''], langLevel: ['5', '4', '3'], wiki: ['hi.wikipedia.org', 'wikidatawiki', ''],
  contactKind: ['telegram', 'talk'], contactValue: ['@meera', ''],
  'vis-about': 'public', 'vis-languages': 'public', 'vis-location': 'members', 'vis-availability': 'members', 'vis-skills': 'public', 'vis-contact': 'private',
  ...overrides,
});

describe('editing my profile without JavaScript', () => {
  it('saves about me, with languages and wikis resolved from what I typed', async () => {
    const meera = new Client(createTestApp(database.db));
    await meera.signIn('Meera');
    await meera.get('/me/about');
    const response = await meera.post('/me/about', aboutForm());
    expect(response.status).toBe(303);
    const profile = await getProfile(database.db, { username: 'Meera' });
    expect(profile?.languages).toEqual([{ code: 'hi', level: 5 }, { code: 'en', level: 4 }]);
    expect(profile?.wikis.map((w) => w.dbname)).toEqual(['hiwiki', 'wikidatawiki']);
    expect(profile?.contacts).toEqual([{ kind: 'telegram', value: '@meera' }]);
    expect(profile?.visibility.contact).toBe('private');
    expect((await meera.get('/me')).html).toContain('Saved.');
  });

  it('refuses an unknown language or wiki with a 400, stores nothing and keeps what I typed', async () => {
    const meera = new Client(createTestApp(database.db));
    await meera.signIn('Meera');
    await meera.get('/me/about');
    const response = await meera.post('/me/about', aboutForm({ displayName: 'Changed', langCode: ['Klingonish'], langLevel: ['3'], wiki: ['nowhere.example.org'] }));
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('&quot;Klingonish&quot; is not a language we know');
    expect(html).toContain('is not an open Wikimedia wiki');
    expect(html).toContain('value="Changed"');
    const profile = await getProfile(database.db, { username: 'Meera' });
    expect(profile?.displayName).toBe('Meera');
    expect(profile?.languages.map((l) => l.code)).toEqual(['hi', 'en']);
  });

  it('saves where and when, deriving the region and UTC hours', async () => {
    const meera = new Client(createTestApp(database.db));
    await meera.signIn('Meera');
    await meera.get('/me/place');
    const response = await meera.post('/me/place', { country: 'IN', timeZone: 'Asia/Kolkata', a: ['18', '19'] });
    expect(response.status).toBe(303);
    const profile = await getProfile(database.db, { username: 'Meera' });
    expect(profile?.region).toBe('SA');
    expect(profile?.availabilityLocal).toEqual([18, 19]);
    expect(profile?.availabilityUtc.indexOf('1')).toBe(25); // Monday 12:30 UTC
    const bad = await meera.post('/me/place', { country: 'XX', timeZone: 'Mars/Olympus', a: ['200'] });
    expect(bad.status).toBe(400);
    expect((await getProfile(database.db, { username: 'Meera' }))?.country).toBe('IN');
  });

  it('adds and removes skills, and will not let me both teach and learn one', async () => {
    const meera = new Client(createTestApp(database.db));
    await meera.signIn('Meera');
    await meera.get('/me/skills');
    expect((await meera.post('/me/skills', { skill: 'lua-modules', kind: 'learn', level: '1' })).status).toBe(303);
    expect((await meera.post('/me/skills', { skill: 'wikidata', kind: 'share', level: '4' })).status).toBe(303);
    const clash = await meera.post('/me/skills', { skill: 'lua-modules', kind: 'share', level: '3' });
    expect(clash.status).toBe(400);
    expect(await clash.text()).toContain('cannot both teach and want to learn');
    expect((await meera.post('/me/skills', { skill: 'technical', kind: 'share', level: '3' })).status).toBe(400); // a category is not a skill
    expect((await meera.post('/me/offers', { offerKind: 'service', offerSkill: 'wikidata', description: 'I can set up Listeria lists for your project' })).status).toBe(303);
    let profile = await getProfile(database.db, { username: 'Meera' });
    expect(profile?.skills.map((s) => `${s.slug}:${s.kind}:${s.level}`).sort()).toEqual(['lua-modules:learn:1', 'wikidata:share:4']);
    expect(profile?.offers).toHaveLength(1);
    const lua = profile!.skills.find((s) => s.slug === 'lua-modules')!;
    expect((await meera.post('/me/skills/remove', { skill: String(lua.skillId), kind: 'learn' })).status).toBe(303);
    profile = await getProfile(database.db, { username: 'Meera' });
    expect(profile?.skills.map((s) => s.slug)).toEqual(['wikidata']);
  });

  it('shows each section only to those allowed to see it', async () => {
    const anonymous = new Client(createTestApp(database.db));
    const page = (await anonymous.get('/people/Meera')).html;
    expect(page).toContain('मैं लुआ सीख रही हूँ');
    expect(page).not.toContain('@meera'); // contact is private
    expect(page).not.toContain('Asia/Kolkata'); // location is for members
    const member = new Client(createTestApp(database.db));
    await member.signIn('Someone Else');
    const seen = (await member.get('/people/Meera')).html;
    expect(seen).toContain('Asia/Kolkata');
    expect(seen).not.toContain('@meera');
    const self = new Client(createTestApp(database.db));
    await self.signIn('Meera');
    expect((await self.get('/people/Meera')).html).toContain('@meera');
  });

  it('exports my data as JSON and deletes everything on request', async () => {
    const person = await createPerson(database.db, { username: 'Leaving Person', languages: [['fr', 5]], skills: [['wikidata', 'share', 3]] });
    await createCommunity(database.db, { slug: 'leavers-club', members: [person.id] });
    const leaving = new Client(createTestApp(database.db));
    await leaving.signIn('Leaving Person');
    const exported = await leaving.request('/me/export');
    expect(exported.headers.get('content-disposition')).toContain('attachment');
    const data = await exported.json() as {
      profile: { username: string; languages: unknown[]; skills: unknown[] }; communities: { community: string; role: string }[];
    };
    expect(data.profile.username).toBe('Leaving Person');
    expect(data.profile.languages).toEqual([{ code: 'fr', level: 5 }]);
    expect(data.profile.skills).toHaveLength(1);
    expect(data.communities).toMatchObject([{ community: 'leavers-club', role: 'organizer' }]);

    await leaving.get('/me/delete');
    expect((await leaving.post('/me/delete', {})).status).toBe(400); // not confirmed
    const before = await getProfile(database.db, { username: 'Leaving Person' });
    expect(before).toBeDefined();
    expect((await leaving.post('/me/delete', { confirm: 'yes' })).status).toBe(303);
    expect(await getProfile(database.db, { username: 'Leaving Person' })).toBeUndefined();
    // Their skills, languages and sessions went with them.
    for (const table of ['person_skills', 'person_languages', 'sessions', 'community_members'] as const) {
      const left = await database.db.selectFrom(table).select('person_id').where('person_id', '=', before!.id).execute();
      expect(left, table).toEqual([]);
    }
    expect((await leaving.get('/people/Leaving_Person')).status).toBe(404);
    expect((await leaving.request('/me')).status).toBe(303); // signed out: sent to sign in
  });
});

describe('protection of writes', () => {
  it('refuses a form without the CSRF token', async () => {
    const meera = new Client(createTestApp(database.db));
    await meera.signIn('Meera');
    const response = await meera.post('/me/skills', { skill: 'sparql', kind: 'share', level: '3' }, false);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('This form has expired');
  });

  it('asks anonymous visitors to sign in and refuses their writes', async () => {
    const anonymous = new Client(createTestApp(database.db));
    const page = await anonymous.request('/me/about');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/signin?return=%2Fme%2Fabout');
    await anonymous.get('/signin'); // gets an anonymous session and its token
    expect((await anonymous.post('/me/about', aboutForm())).status).toBe(401);
  });

  it('limits how fast one person can write', async () => {
    // A fixed clock keeps all 65 posts in one minute's window, wherever the test happens to run.
    const app = createTestApp(database.db, { WRITE_RATE_LIMIT: '60' }, () => new Date('2026-11-22T12:00:30Z'));
    const busy = new Client(app);
    await busy.signIn('Busy Person');
    await busy.get('/me/skills');
    const statuses: number[] = [];
    for (let i = 0; i < 65; i++) statuses.push((await busy.post('/me/offers/remove', { offer: '999999' })).status);
    expect(statuses.slice(0, 55).every((s) => s === 303)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
