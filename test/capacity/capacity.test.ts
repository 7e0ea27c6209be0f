import { beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';
import { createCommunity, createPerson } from '../factories.js';

const database = useTestDatabase();

/** The map table's rows as [area, needs, offers, gap]. */
function tableRows(html: string): string[][] {
  const table = /<table><thead><tr><th scope="col">(?:Country|Region)<\/th>[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
  return [...table.matchAll(/<tr><th scope="row">([^<]+)<\/th><td class="num">([^<]+)<\/td><td class="num">([^<]+)<\/td><td class="num">([^<]+)<\/td><\/tr>/g)]
    .map((m) => m.slice(1));
}

// All data before the first request: the page's aggregates are cached for a minute per process.
beforeAll(async () => {
  const db = database.db;
  // South Asia wants Lua: three learners in Bangladesh and India, one of them with an open mentorship request.
  const rahim = await createPerson(db, { username: 'Rahim Learner', country: 'BD', languages: [['bn', 5]], skills: [['lua-modules', 'learn', 1]] });
  await createPerson(db, { username: 'Mitali Learner', country: 'BD', languages: [['bn', 5]], skills: [['lua-modules', 'learn', 1]] });
  await createPerson(db, { username: 'Arjun Learner', country: 'IN', languages: [['hi', 5]], skills: [['lua-debugging', 'learn', 1]] });
  await db.insertInto('mentorship_requests').values({
    learner_id: rahim.id, skill_id: (await db.selectFrom('skills').select('id').where('slug', '=', 'lua-modules').executeTakeFirstOrThrow()).id,
    learner_level: 1, goal: 'Infobox modules', languages: ['bn'], format: 'few-sessions',
  }).execute();
  // Who could help: a Bengali speaker in India (regional), a Bengali speaker in the UK (global), a Swahili
  // speaker in Kenya (no language of South Asia), and a sharer who keeps skills to members (never counted or listed).
  const regional = await createPerson(db, { username: 'Sumana Regional', country: 'IN', languages: [['bn', 4]], skills: [['lua-modules', 'share', 4]] });
  const global = await createPerson(db, { username: 'Gita Global', country: 'GB', languages: [['bn', 3], ['en', 5]], skills: [['lua-debugging', 'share', 3]] });
  const kenya = await createPerson(db, { username: 'Wanjiru Elsewhere', country: 'KE', languages: [['sw', 5]], skills: [['lua-modules', 'share', 4]] });
  await createPerson(db, { username: 'Hidden Sharer', country: 'BD', languages: [['bn', 5]], skills: [['lua-modules', 'share', 4], ['lua-debugging', 'learn', 1]], visibility: { skills: 'members' } });
  await createPerson(db, { username: 'Unplaced Learner', country: 'BD', languages: [['bn', 5]], skills: [['lua-modules', 'learn', 1]], visibility: { location: 'private' } });
  // France offers Lua more than it needs it; a mentor there offers it too.
  const mentor = await createPerson(db, { username: 'Claire Mentor', country: 'FR', languages: [['fr', 5]], skills: [['lua-modules', 'share', 4]] });
  await db.insertInto('mentor_offers').values({ person_id: mentor.id, capacity: 2 }).execute();
  // Communities: a global Bengali one and a regional one in Bangladesh, both with Lua sharers; a Swahili one without a language of the region.
  await createCommunity(db, { slug: 'bengali-diaspora', name: 'Bengali diaspora', languages: ['bn'], countries: ['GB'], members: [global.id, regional.id] });
  await createCommunity(db, { slug: 'bangla-techcom', name: 'Bangla TechCom', languages: ['bn'], countries: ['BD'], members: [regional.id] });
  await createCommunity(db, { slug: 'swahili-tech', name: 'Swahili Tech', languages: ['sw'], countries: ['KE'], members: [kenya.id] });
});

describe('the capacity page', () => {
  it('counts needs (learners and open requests) and offers (sharers and mentors) per country, largest gap first', async () => {
    const client = new Client(createTestApp(database.db));
    const { status, html } = await client.get('/capacity?skill=lua-modules');
    expect(status).toBe(200);
    // Bangladesh: Rahim (+ his open request) and Mitali; Hidden Sharer's skills are members-only, Unplaced Learner's location private.
    expect(tableRows(html)).toEqual([
      ['Bangladesh', '3', '0', '+3'],
      ['India', '1', '1', '0'],
      ['United Kingdom', '0', '1', '-1'], // ties by country code: GB before KE
      ['Kenya', '0', '1', '-1'],
      ['France', '0', '2', '-2'],
    ]);
    expect(html).toContain('Not on the map (location not public or not given): needs 1, offers 0.');
    expect(html).not.toContain('Hidden Sharer');
    expect(html).toMatch(/<g fill="#b35806"><path d="M[^"]+"><title>Bangladesh \(More needs: 3\)<\/title>/);
    expect(html).toContain('<title>Chad: no data</title>');
  });

  it('sums per Wikimedia region when asked', async () => {
    const client = new Client(createTestApp(database.db));
    const { html } = await client.get('/capacity?skill=technical&by=region');
    expect(tableRows(html)[0]).toEqual(['South Asia', '4', '1', '+3']);
    expect(html).toContain('<title>South Asia: needs 4, offers 1</title>');
  });

  it('lists who could help with a gap: speakers of a language of the region, regional before global', async () => {
    const client = new Client(createTestApp(database.db));
    const { html } = await client.get('/capacity?skill=technical');
    const gaps = /Largest gaps by region and skill[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    const first = /<tr><th scope="row">South Asia<\/th><td><a href="\/skills\/lua-modules">[\s\S]*?<\/tr>/.exec(gaps)?.[0] ?? '';
    expect(first).toContain('+2 (needs 3, offers 1)'); // Lua itself: Rahim, his request, Mitali; Sumana shares it
    const links = [...first.matchAll(/<a href="([^"]+)">([^<]+)<\/a> \(([^;]+);/g)].map((m) => [m[1], m[3]]);
    expect(links).toEqual([
      ['/people/Sumana_Regional', 'in the region'],
      ['/people/Gita_Global', 'elsewhere'],
      ['/communities/bangla-techcom', 'in the region'],
      ['/communities/bengali-diaspora', 'elsewhere'],
    ]);
    expect(first).not.toContain('Wanjiru');
    expect(first).not.toContain('swahili-tech');
    expect(first).toContain('href="/mentorship/ask?skill=lua-modules"');
  });

  it('answers in the reader language, and bad choices with a localized 400', async () => {
    const client = new Client(createTestApp(database.db));
    const bengali = await client.get('/capacity?uselang=bn&by=region');
    expect(bengali.status).toBe(200);
    expect(bengali.html).toContain('সক্ষমতার মানচিত্র');
    const unknown = await client.get('/capacity?skill=no-such-skill');
    expect(unknown.status).toBe(400);
    expect(unknown.html).toContain('Choose a skill or category from the list.');
    const bogus = await client.get('/capacity?by=bogus&uselang=es');
    expect(bogus.status).toBe(400);
    expect(bogus.html).toContain('Elige países o regiones de Wikimedia.');
    expect((await client.get('/capacity?skill=%3Cscript%3E')).status).toBe(400);
    expect((await client.get(`/capacity?skill=${'a'.repeat(500)}`)).status).toBe(400);
  });
});
