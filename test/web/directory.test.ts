import { beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';
import { createPerson, dailyHours } from '../factories.js';

const database = useTestDatabase();

/** Names of the people listed on a directory page, in order. */
function listed(html: string): string[] {
  return [...html.matchAll(/<h2><a href="\/people\/[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
}

beforeAll(async () => {
  await createPerson(database.db, { username: 'Amina Lua', languages: [['sw', 5], ['en', 3]], country: 'KE', timeZone: 'Africa/Nairobi', availability: dailyHours(17, 21), skills: [['lua-modules', 'share', 4]] });
  await createPerson(database.db, { username: 'Bipasha Infobox', bio: 'আমি ইনফোবক্স তৈরি করি', languages: [['bn', 5]], country: 'BD', timeZone: 'Asia/Dhaka', availability: dailyHours(20, 23), skills: [['infoboxes', 'share', 3]] });
  await createPerson(database.db, { username: 'Carlos Sparql', bio: 'Consultas de Wikidata para bibliotecas', languages: [['es', 5]], country: 'AR', timeZone: 'America/Argentina/Buenos_Aires', availability: dailyHours(9, 12), skills: [['sparql', 'share', 4], ['lua-modules', 'learn', 1]] });
  await createPerson(database.db, { username: 'Dana Hidden', languages: [['bn', 5]], country: 'IN', skills: [['infoboxes', 'share', 4]], visibility: { skills: 'members', languages: 'private' } });
  await createPerson(database.db, { username: 'Esi Learner', languages: [['tw', 5], ['en', 4]], country: 'GH', timeZone: 'Africa/Accra', availability: dailyHours(14, 18), skills: [['lua-modules', 'learn', 1], ['templates', 'learn', 2]] });
});

describe('the people directory', () => {
  it('finds people with narrower skills when searching a broader one', async () => {
    const client = new Client(createTestApp(database.db));
    const { html } = await client.get('/people?skill=templates&kind=share');
    expect(listed(html)).toEqual(['Bipasha Infobox']); // infoboxes sit under templates; Dana keeps skills to members
    const technical = listed((await client.get('/people?skill=technical&kind=share')).html);
    expect(technical).toEqual(expect.arrayContaining(['Amina Lua', 'Bipasha Infobox', 'Carlos Sparql']));
    expect(technical).not.toContain('Esi Learner');
  });

  it('filters by language, region and wanting to learn', async () => {
    const client = new Client(createTestApp(database.db));
    expect(listed((await client.get('/people?lang=bn')).html)).toEqual(['Bipasha Infobox']);
    expect(listed((await client.get('/people?region=SSA')).html).sort()).toEqual(['Amina Lua', 'Esi Learner']);
    expect(listed((await client.get('/people?skill=lua-modules&kind=learn')).html).sort()).toEqual(['Carlos Sparql', 'Esi Learner']);
  });

  it('matches name prefixes and visible bio words', async () => {
    const client = new Client(createTestApp(database.db));
    expect(listed((await client.get('/people?q=bipa')).html)).toEqual(['Bipasha Infobox']);
    expect(listed((await client.get('/people?q=bibliotecas')).html)).toEqual(['Carlos Sparql']);
    expect(listed((await client.get(`/people?q=${encodeURIComponent('ইনফোব')}`)).html)).toEqual(['Bipasha Infobox']);
  });

  it('never finds anyone by a section they keep from the viewer', async () => {
    const anonymous = new Client(createTestApp(database.db));
    expect(listed((await anonymous.get('/people?skill=infoboxes')).html)).not.toContain('Dana Hidden');
    const member = new Client(createTestApp(database.db));
    await member.signIn('Some Member');
    expect(listed((await member.get('/people?skill=infoboxes')).html)).toContain('Dana Hidden');
    // Languages are private to Dana alone, so not even members find her by language.
    expect(listed((await member.get('/people?lang=bn')).html)).not.toContain('Dana Hidden');
  });

  it('lists first the people who can teach what I want to learn', async () => {
    const esi = new Client(createTestApp(database.db));
    await esi.signIn('Esi Learner');
    const { html } = await esi.get('/people');
    const names = listed(html);
    expect(names.slice(0, 2).sort()).toEqual(['Amina Lua', 'Bipasha Infobox']); // Lua 4 > 1; infoboxes under templates 3 > 2
    expect(html).toContain('Can teach you a skill you want to learn');
    expect(names.indexOf('Carlos Sparql')).toBeGreaterThan(1);
  });

  it('keeps only people whose hours overlap mine when asked', async () => {
    const esi = new Client(createTestApp(database.db));
    await esi.signIn('Esi Learner');
    const names = listed((await esi.get('/people?overlap=1')).html);
    // Accra 14–18 is 14–18 UTC; Nairobi 17–21 is 14–18 UTC; Buenos Aires 9–12 is 12–15 UTC; Dhaka 20–23 is 14–17 UTC.
    // Availability is members-only by default, so all three are visible to a signed-in member.
    expect(names.sort()).toEqual(['Amina Lua', 'Bipasha Infobox', 'Carlos Sparql']);
    expect(names).not.toContain('Esi Learner');
  });

  it('answers a nonsense query with an empty, well-formed page', async () => {
    const client = new Client(createTestApp(database.db));
    const { status, html } = await client.get("/people?q=%27%3A*%26%7C!()&skill=nope&kind=zzz&page=-4&lang=xx");
    expect(status).toBe(200);
    expect(html).toContain('people found');
  });

  it('refuses control characters with a 400 rather than a server error', async () => {
    const client = new Client(createTestApp(database.db));
    const { status, html } = await client.get('/people?lang=%00');
    expect(status).toBe(400);
    expect(html).toContain('could not be read');
  });
});

describe('a skill page', () => {
  it('shows who shares and who wants the skill, by region and language', async () => {
    const client = new Client(createTestApp(database.db));
    const { status, html } = await client.get('/skills/lua-modules');
    expect(status).toBe(200);
    expect(html).toContain('1 person can teach it');
    expect(html).toContain('2 people want to learn it');
    expect(html).toContain('Sub-Saharan Africa');
  });
});

describe('a directory with many people who can help me', () => {
  beforeAll(async () => {
    for (let i = 1; i <= 25; i++) {
      await createPerson(database.db, { username: `Helper ${String(i).padStart(2, '0')}`, languages: [['fr', 5]], skills: [['lua-modules', 'share', 4]] });
    }
  });

  it('keeps helpers first across pages and says "more than" when it stopped counting them', async () => {
    const esi = new Client(createTestApp(database.db));
    await esi.signIn('Esi Learner');
    const first = (await esi.get('/people')).html;
    const badges = (html: string) => html.match(/Can teach you/g)?.length ?? 0;
    expect(badges(first)).toBe(20);
    expect(first).toMatch(/More than \d+ people found/);
    // 28 helpers in all (Amina, Bipasha, Dana, whose skills members may see, and 25 Lua sharers):
    // page 2 starts with the 8 left, then everyone else.
    const second = (await esi.get('/people?page=2')).html;
    expect(badges(second)).toBe(8);
    const helpers = new Set(['Amina Lua', 'Bipasha Infobox', 'Dana Hidden']);
    expect(listed(second).slice(0, 8).every((name) => name.startsWith('Helper') || helpers.has(name))).toBe(true);
    expect(listed(second).slice(8)).toEqual(expect.arrayContaining(['Carlos Sparql']));
  });
});
