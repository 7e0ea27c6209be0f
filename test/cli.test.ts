import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDb } from '../src/db/connection.js';
import { useEmptyDatabaseCli } from './db.js';

const cli = useEmptyDatabaseCli();
const sangam = cli.sangam;

describe('the sangam command', () => {
  it('migrates an empty database and loads reference data and the taxonomy, then does nothing the second time', async () => {
    const first = await sangam('migrate');
    expect(first.stdout).toContain('migrations applied: 0001_initial, 0002_directory_facets, 0003_mentorship, 0004_communities, 0005_workshops; skills seeded: 129');
    const again = await sangam('migrate');
    expect(again.stdout).toContain('none (up to date); skills seeded: 0');
    const db = createDb(cli.url, 1);
    const counts = await sql<{ countries: number; wikis: number }>`
      select (select count(*) from countries) as countries, (select count(*) from wikis) as wikis`.execute(db);
    await db.destroy();
    expect(counts.rows[0].countries).toBeGreaterThan(240);
    expect(counts.rows[0].wikis).toBeGreaterThan(1000);
  });

  it('seeds demo people once', async () => {
    expect((await sangam('seed', '--people', '40')).stdout).toContain('seeded 40 demo people');
    expect((await sangam('seed')).stdout).toContain('already has people');
  });

  it('rejects an unknown command with exit code 2 and the usage', async () => {
    const failure = await sangam('frobnicate').catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain('Usage: sangam');
  });
});
