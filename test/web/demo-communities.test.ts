import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/db/seed/demo.js';
import { seedDemoCommunities } from '../../src/db/seed/demo-communities.js';
import { REGION_CODES } from '../../src/domain/places/regions.js';
import { COMMUNITY_KINDS } from '../../src/domain/communities/types.js';
import { Client, createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';

const database = useTestDatabase();
const now = new Date('2026-11-22T12:00:00Z');
let added = 0;

beforeAll(async () => {
  // The demo seed adds the communities; a second seeding of them adds nothing.
  await seedDemo(database.db, now);
  added = Number((await database.db.selectFrom('communities').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
});

describe('demo communities', () => {
  it('covers every kind and every Wikimedia region, each with organizers, members and a channel', async () => {
    expect(added).toBeGreaterThanOrEqual(16);
    const rows = await database.db.selectFrom('communities as c').select(['c.slug', 'c.kind'])
      .select((eb) => [
        eb.selectFrom('community_members as m').whereRef('m.community_id', '=', 'c.id').where('m.role', '=', 'organizer').select(eb.fn.countAll<string>().as('n')).as('organizers'),
        eb.selectFrom('community_members as m').whereRef('m.community_id', '=', 'c.id').select(eb.fn.countAll<string>().as('n')).as('members'),
        eb.selectFrom('community_channels as ch').whereRef('ch.community_id', '=', 'c.id').select(eb.fn.countAll<string>().as('n')).as('channels'),
      ]).execute();
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(COMMUNITY_KINDS));
    for (const r of rows) {
      expect(Number(r.organizers), r.slug).toBeGreaterThanOrEqual(1);
      expect(Number(r.members), r.slug).toBeGreaterThanOrEqual(3);
      expect(Number(r.channels), r.slug).toBeGreaterThanOrEqual(1);
    }
    const regions = await database.db.selectFrom('community_countries as cc').innerJoin('countries as co', 'co.code', 'cc.country')
      .select('co.region').distinct().execute();
    expect(new Set(regions.map((r) => r.region))).toEqual(new Set(REGION_CODES));
    expect(await seedDemoCommunities(database.db, now)).toBe(0);
  });

  it('makes Indic-TechCom a South Asian hub with many Indic wikis, run by the demo organizer', async () => {
    const visitor = new Client(createTestApp(database.db));
    const page = await visitor.get('/communities/indic-techcom?uselang=bn');
    expect(page.status).toBe(200);
    expect(page.html).toContain('আঞ্চলিক হাব');
    expect(page.html).toContain('দক্ষিণ এশিয়া');
    expect(page.html).toContain('<a href="https://bn.wikipedia.org">bn.wikipedia.org</a>');
    expect(page.html).toContain('Demo Organizer');
    expect((page.html.match(/\.wiki(pedia|source|tionary)\.org">/g) ?? []).length).toBeGreaterThanOrEqual(20);
    expect(gzipSync(page.html).length).toBeLessThanOrEqual(14 * 1024);

    const list = await visitor.get('/communities?region=SA');
    expect(list.html).toContain('Indic-TechCom');
    expect(list.html).toContain('Wikimedia Bangladesh');
    expect(list.html).not.toContain('Wikimedia Argentina');
    expect(gzipSync((await visitor.get('/communities')).html).length).toBeLessThanOrEqual(14 * 1024);
  });
});
