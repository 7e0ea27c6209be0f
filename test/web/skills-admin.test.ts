import { beforeAll, describe, expect, it } from 'vitest';
import { getProfile } from '../../src/domain/people/data.js';
import { loadSkillTree } from '../../src/domain/skills/data.js';
import { Client, createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';
import { createPerson } from '../factories.js';

const database = useTestDatabase();
const skillId = async (slug: string) => (await database.db.selectFrom('skills').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;

beforeAll(async () => {
  await createPerson(database.db, { username: 'Admin Ana', role: 'admin' });
  await createPerson(database.db, { username: 'Member Max' });
  await createPerson(database.db, { username: 'Pat Pywikibot', skills: [['pywikibot', 'share', 4], ['bots', 'share', 2]] });
});

async function admin() {
  const client = new Client(createTestApp(database.db, { ADMIN_USERNAMES: 'Admin Ana' }));
  await client.signIn('Admin Ana');
  await client.get('/admin/skills');
  return client;
}

describe('the skill taxonomy', () => {
  it('starts with at least 80 real skills in the five categories, labelled in six languages', async () => {
    const tree = await loadSkillTree(database.db, 'hi');
    expect(tree.skills.filter((s) => s.depth === 0).map((s) => s.slug))
      .toEqual(['technical', 'editing', 'organizational', 'governance', 'communication']);
    expect(tree.skills.filter((s) => s.depth > 0).length).toBeGreaterThanOrEqual(80);
    expect(tree.bySlug.get('wikidata')?.label).toBe('विकिडेटा');
    const labels = await database.db.selectFrom('skill_labels').select(['lang']).distinct().execute();
    expect(labels.map((l) => l.lang).sort()).toEqual(['ar', 'bn', 'en', 'es', 'fr', 'hi']);
    expect(tree.bySlug.get('lua-modules')?.wikidataQid).toBe('Q207316');
  });

  it('is managed by administrators only', async () => {
    const member = new Client(createTestApp(database.db));
    await member.signIn('Member Max');
    expect((await member.get('/admin/skills')).status).toBe(403);
    await member.get('/me');
    const response = await member.post('/admin/skills/add', { label: 'Sneaky', parent: String(await skillId('technical')) });
    expect(response.status).toBe(403);
    expect(await database.db.selectFrom('skills').select('id').where('slug', '=', 'sneaky').executeTakeFirst()).toBeUndefined();
  });

  it('adds a skill and translates its name', async () => {
    const ana = await admin();
    const added = await ana.post('/admin/skills/add', { label: 'Scribunto unit testing', parent: String(await skillId('lua-modules')), wikidata: '' });
    expect(added.status).toBe(303);
    const id = await skillId('scribunto-unit-testing');
    expect((await ana.post('/admin/skills/rename', { skill: String(id), lang: 'hi', label: 'स्क्रिबुंटो इकाई परीक्षण' })).status).toBe(303);
    expect((await loadSkillTree(database.db, 'hi')).bySlug.get('scribunto-unit-testing')?.label).toBe('स्क्रिबुंटो इकाई परीक्षण');
    expect((await new Client(createTestApp(database.db)).get('/skills/lua-modules')).html).toContain('Scribunto unit testing');
  });

  it('refuses a bad Wikidata id and a move under its own child', async () => {
    const ana = await admin();
    const bad = await ana.post('/admin/skills/add', { label: 'Bad', parent: String(await skillId('technical')), wikidata: 'P31' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('A Wikidata item id looks like Q207316');
    const cycle = await ana.post('/admin/skills/move', { skill: String(await skillId('templates')), parent: String(await skillId('infoboxes')) });
    expect(cycle.status).toBe(400);
    expect(await cycle.text()).toContain('cannot be placed under itself');
  });

  it('moves a skill with its narrower skills into another category', async () => {
    const ana = await admin();
    expect((await ana.post('/admin/skills/move', { skill: String(await skillId('templates')), parent: String(await skillId('editing')) })).status).toBe(303);
    const tree = await loadSkillTree(database.db, 'en');
    expect(tree.bySlug.get('templates')?.category).toBe('editing');
    expect(tree.bySlug.get('infoboxes')?.category).toBe('editing');
  });

  it('merges a skill into another, keeping people and the old address', async () => {
    const ana = await admin();
    const response = await ana.post('/admin/skills/merge', { skill: String(await skillId('pywikibot')), into: String(await skillId('bots')) });
    expect(response.status).toBe(303);
    const pat = await getProfile(database.db, { username: 'Pat Pywikibot' });
    expect(pat?.skills.map((s) => `${s.slug}:${s.level}`)).toEqual(['bots:4']); // the higher level wins
    const old = await new Client(createTestApp(database.db)).request('/skills/pywikibot');
    expect(old.status).toBe(301);
    expect(old.headers.get('location')).toBe('/skills/bots');
  });
});

describe('the directory after the tree changes', () => {
  it('finds people under a skill’s new broader skill once it has moved', async () => {
    await createPerson(database.db, { username: 'Gita Gadgets', skills: [['css-skins', 'share', 3]] });
    const ana = await admin();
    const listedUnder = async (slug: string) => (await new Client(createTestApp(database.db)).get(`/people?skill=${slug}&kind=share`)).html.includes('Gita Gadgets');
    expect(await listedUnder('gadgets-user-scripts')).toBe(true);
    expect((await ana.post('/admin/skills/move', { skill: String(await skillId('css-skins')), parent: String(await skillId('communication')) })).status).toBe(303);
    expect(await listedUnder('gadgets-user-scripts')).toBe(false);
    expect(await listedUnder('communication')).toBe(true);
  });
});
