import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';
import { createPerson } from '../factories.js';

const database = useTestDatabase();
const visitor = (headers: Record<string, string> = {}) => new Client(createTestApp(database.db), headers);

/** The table's body rows as [rank, host, …cells] text, tags stripped. */
function rows(html: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
    [...r[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1].replace(/<[^>]+>/g, '').trim()));
}

beforeAll(async () => {
  // Before the first page is read, since the counts of sharers are kept for a few minutes.
  await createPerson(database.db, { username: 'Bugis Lua', wikis: ['bugwiki'], skills: [['lua-modules', 'share', 3]] });
  await createPerson(database.db, { username: 'Bugis Bot', wikis: ['bugwiki', 'idwiki'], skills: [['pywikibot', 'share', 2]] });
  await createPerson(database.db, { username: 'Bugis Hidden', wikis: ['bugwiki'], skills: [['lua-modules', 'share', 4]], visibility: { skills: 'private' } });
  await createPerson(database.db, { username: 'Bugis Members Only', wikis: ['bugwiki'], skills: [['lua-modules', 'share', 4]], visibility: { about: 'members' } });
  await createPerson(database.db, { username: 'Bugis Learner', wikis: ['bugwiki'], skills: [['lua-modules', 'learn', 1]] });
  await createPerson(database.db, { username: 'Bugis Editor', wikis: ['bugwiki'], skills: [['copyediting', 'share', 3]] });
});

describe('the underserved-wiki finder', () => {
  it('ranks the 343 Wikipedias most underserved first, with every input of the index, the date and the source', async () => {
    const { status, html } = await visitor().get('/wikis');
    expect(status).toBe(200);
    expect(html).toContain('343 wikis');
    expect(html).toContain('statistics as of November 5, 2025');
    expect(html).toContain('CC BY-SA 4.0');
    const table = rows(html);
    expect(table).toHaveLength(50);
    // Rank, wiki, language, regions, articles, active users, admins, Sangam sharers, index.
    expect(table[0]).toEqual(['1', 'kge.wikipedia.org', 'Kumoring', 'East, Southeast Asia &amp; Pacific', '2,660', '13', '0', '0', '12.9']);
    expect(html).toContain('<a href="https://kge.wikipedia.org" dir="ltr">kge.wikipedia.org</a>');
    expect(html).toContain('<span lang="kge" dir="auto">Kumoring</span>');
  });

  it('counts members who publicly share a technical skill and list the wiki, which lifts it out of the first page', async () => {
    const { html } = await visitor().get('/wikis?lang=bug');
    const [bug] = rows(html);
    // Two: the Lua and the bot sharers; not those who hide their skills or home wikis, the learner or the copyeditor.
    expect(bug.slice(1, 9)).toEqual(['bug.wikipedia.org', 'Basa Ugi', 'East, Southeast Asia &amp; Pacific', '15,955', '18', '1', '2', '21.0']);
    expect(Number(bug[0])).toBeGreaterThan(2);
    const id = rows((await visitor().get('/wikis?lang=id')).html)[0];
    expect(id[7]).toBe('1');
  });

  it('filters by region, language and size, and pages through the rest', async () => {
    const ssa = rows((await visitor().get('/wikis?region=SSA&size=under-1k')).html);
    expect(ssa.length).toBeGreaterThan(3);
    for (const row of ssa) {
      expect(row[3]).toContain('Sub-Saharan Africa');
      expect(Number(row[4].replace(/,/g, ''))).toBeLessThan(1000);
    }
    expect(ssa.map((r) => r[1])).toContain('nr.wikipedia.org');

    const large = rows((await visitor().get('/wikis?size=over-1m')).html);
    expect(large.at(-1)![1]).toBe('en.wikipedia.org');
    expect(large.at(-1)![0]).toBe('343');

    const second = await visitor().get('/wikis?page=2');
    expect(rows(second.html)[0][0]).toBe('51');
    expect(second.html).toContain('Page 2 of 7');
    expect(second.html).toContain('href="/wikis?page=3" rel="next"');
    const last = await visitor().get('/wikis?page=7');
    expect(rows(last.html).at(-1)![1]).toBe('en.wikipedia.org');

    const none = await visitor().get('/wikis?region=NA&size=under-1k&lang=bug');
    expect(none.status).toBe(200);
    expect(none.html).toContain('No wiki matches these filters.');
  });

  it('answers bad filters with a localized 400, never an error page of the server', async () => {
    for (const path of ['/wikis?region=MARS', '/wikis?size=huge', '/wikis?lang=xx-nope', '/wikis?lang=%3Cscript%3E']) {
      const { status, html } = await visitor({ 'accept-language': 'es' }).get(path);
      expect(status, path).toBe(400);
      expect(html, path).toContain('lang="es"');
    }
    expect((await visitor().get('/wikis?page=99999')).status).toBe(200);
  });

  it('shows the newest figures after a refresh, with the range of dates', async () => {
    await database.db.updateTable('wiki_stats').set({ admins: 7, as_of: '2026-12-01', source: 'siteinfo' }).where('dbname', '=', 'kgewiki').execute();
    const { html } = await visitor().get('/wikis?lang=kge');
    expect(rows(html)[0][6]).toBe('7');
    expect(html).toContain('statistics as of dates from November 5, 2025 to December 1, 2026');
  });

  it('weighs under 14 KB compressed in every interface language, and reads right to left in Arabic', async () => {
    for (const lang of ['en', 'hi', 'bn', 'ar', 'es', 'fr']) {
      const { status, html } = await visitor().get(`/wikis?uselang=${lang}`);
      expect(status).toBe(200);
      expect(gzipSync(html).length, lang).toBeLessThanOrEqual(14 * 1024);
    }
    const ar = await visitor().get('/wikis?uselang=ar');
    expect(ar.html).toContain('dir="rtl"');
    expect(ar.html).toContain('<a href="https://bug.wikipedia.org" dir="ltr">');
  });
});
