import { gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { worldMap } from '../../src/domain/capacity/world-map.js';
import { Client, createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';
import { createCommunity } from '../factories.js';

const database = useTestDatabase();
const PAGE_BUDGET = 14_336;
const CATEGORIES = ['technical', 'editing', 'organizational', 'governance', 'communication'];

// The heaviest page there can be: every country has people, with needs and offers of every size in every
// category, so every row of the table and every tooltip is filled, and the gaps have support to list.
beforeAll(async () => {
  const db = database.db;
  await sql`
    insert into people (username, display_name, country, region)
    select 'P ' || c.code || ' ' || n, 'Person ' || c.name || ' ' || n, c.code, c.region
    from countries c, generate_series(1, 5 + (ascii(c.code) * 37 + ascii(substr(c.code, 2))) % 200) n`.execute(db);
  await sql`insert into person_languages (person_id, lang, level) select id, 'en', 4 from people`.execute(db);
  await sql`
    insert into person_skills (person_id, skill_id, kind, level)
    select p.id, s.id, case when (p.id + s.id) % 3 = 0 then 'share' else 'learn' end, 2
    from people p join skills s on s.slug in ('lua-modules', 'templates', 'wikidata', 'counter-vandalism', 'commons', 'referencing',
      'event-organizing', 'grant-writing', 'policy-making', 'elections', 'translation', 'public-speaking')
    where (p.id * 7 + s.id) % 4 <> 0`.execute(db);
  const ids = (await db.selectFrom('people').select('id').orderBy('id').limit(30).execute()).map((r) => r.id);
  for (let i = 0; i < 6; i++) {
    await createCommunity(db, { name: `Wikimedia Community User Group of a Long Name ${i}`, languages: ['en'], countries: ['IN', 'NG'], members: ids.slice(i * 5, i * 5 + 5) });
  }
});

describe('the capacity page', () => {
  it('has a path for every country of the map', () => {
    expect(worldMap().countries.length).toBe(176); // 177 in Natural Earth 1:110m, without Antarctica
    expect(worldMap().countries.every((c) => /^M-?\d+ -?\d+/.test(c.d))).toBe(true);
  });

  // Bengali is the heaviest interface language here (three bytes a letter, long words).
  for (const category of CATEGORIES) {
    for (const [by, lang] of [['country', 'en'], ['region', 'en'], ['country', 'bn'], ['region', 'bn']]) {
      it(`stays within the page budget for ${category} by ${by} in ${lang}`, async () => {
        const client = new Client(createTestApp(database.db));
        const { status, html } = await client.get(`/capacity?skill=${category}&by=${by}&uselang=${lang}`);
        expect(status).toBe(200);
        const paths = html.match(/<path d="M/g)?.length ?? 0;
        expect(paths).toBe(worldMap().countries.length);
        expect(html.match(/<title>/g)?.length ?? 0).toBeGreaterThanOrEqual(by === 'country' ? 176 : 8);
        const bytes = gzipSync(html).length;
        console.log(`/capacity?skill=${category}&by=${by}&uselang=${lang}: ${html.length} bytes, ${bytes} gzip`);
        expect(bytes).toBeLessThanOrEqual(PAGE_BUDGET);
      });
    }
  }

  it('stays within the page budget for all skills', async () => {
    const client = new Client(createTestApp(database.db));
    const { status, html } = await client.get('/capacity');
    expect(status).toBe(200);
    const bytes = gzipSync(html).length;
    console.log(`/capacity: ${html.length} bytes, ${bytes} gzip`);
    expect(bytes).toBeLessThanOrEqual(PAGE_BUDGET);
  });
});
