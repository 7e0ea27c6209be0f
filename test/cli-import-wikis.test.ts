import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWikis } from '../src/cli/import-wikis.js';
import { createDb } from '../src/db/connection.js';
import { upsertWikis } from '../src/db/reference/wikis.js';
import { SiteMatrixResponse, wikisFromSiteMatrix } from '../src/integrations/wiki/sitematrix.js';
import { useEmptyDatabaseCli, useTestDatabase } from './db.js';

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'sitematrix.json'), 'utf8'));
const database = useTestDatabase();
const wiki = (dbname: string) => database.db.selectFrom('wikis').selectAll().where('dbname', '=', dbname).executeTakeFirst();

describe('importing wikis', () => {
  it('upserts the converted site matrix idempotently, keeping canonical English names and size classes', async () => {
    await database.db.deleteFrom('wikis').where('dbname', '=', 'bnwikivoyage').execute();
    await database.db.updateTable('wikis').set({ closed: true, sitename: 'Old name' }).where('dbname', '=', 'hiwikisource').execute();
    const rows = wikisFromSiteMatrix(SiteMatrixResponse.parse(fixture).sitematrix);
    expect(await upsertWikis(database.db, rows, { keepNames: true })).toEqual({ added: 1, changed: 1 });
    expect(await wiki('bnwikivoyage')).toMatchObject({ url: 'https://bn.wikivoyage.org', closed: false, english_name: 'Bangla Wikivoyage' });
    expect(await wiki('hiwikisource')).toMatchObject({ closed: false, sitename: 'विकिस्रोत', english_name: 'Hindi Wikisource', size_class: 'small' });
    expect(await upsertWikis(database.db, rows, { keepNames: true })).toEqual({ added: 0, changed: 0 });
  });

  it('refreshes from the live site matrix when it answers, and keeps the shipped data when it does not', async () => {
    await database.db.updateTable('wikis').set({ closed: true }).where('dbname', '=', 'bnwiki').execute();
    const live = await importWikis(database.db, { live: true, fetchImpl: (async () => new Response(JSON.stringify(fixture))) as unknown as typeof fetch });
    expect(live.source).toBe('live');
    expect((await wiki('bnwiki'))!.closed).toBe(false);

    const before = await database.db.selectFrom('wikis').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const offline = await importWikis(database.db, { live: true, fetchImpl: (async () => { throw new TypeError('fetch failed'); }) as unknown as typeof fetch });
    expect(offline).toMatchObject({ source: 'shipped', liveError: 'fetch failed' });
    const after = await database.db.selectFrom('wikis').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toEqual(before.n);
  });
});

describe('sangam import wikis', () => {
  const cli = useEmptyDatabaseCli();
  const sangam = cli.sangam;

  it('loads the shipped wikis into an empty database, then changes nothing the second time', async () => {
    const first = await sangam('import', 'wikis');
    expect(first.stdout).toMatch(/wikis imported from the shipped site matrix: \d{4} added, 0 updated/);
    expect((await sangam('import', 'wikis')).stdout).toContain('wikis imported from the shipped site matrix: 0 added, 0 updated');
    const db = createDb(cli.url, 1);
    const open = await db.selectFrom('wikis').select((eb) => eb.fn.countAll<string>().as('n')).where('closed', '=', false).executeTakeFirstOrThrow();
    await db.destroy();
    expect(Number(open.n)).toBeGreaterThan(850);
  });

  it('rejects anything else to import with exit code 2', async () => {
    const failure = await sangam('import', 'people').catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain('import wikis [--live]');
  });
});
