import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createDb, type Db } from '../src/db/connection.js';

const run = promisify(execFile);
const bin = join(import.meta.dirname, '..', 'bin', 'sangam.js');

let admin: Db;
let url: string;
let name: string;

beforeAll(async () => {
  // An empty database, not the migrated template: the CLI must build everything itself.
  const base = inject('postgresUrl');
  name = `cli_${randomBytes(4).toString('hex')}`;
  admin = createDb(base, 1);
  await sql`create database ${sql.id(name)}`.execute(admin);
  url = base.replace(/\/sangam$/, `/${name}`);
});
afterAll(async () => {
  await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
  await admin.destroy();
});

const sangam = (...args: string[]) => run('node', [bin, ...args], { env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'development' } });

describe('the sangam command', () => {
  it('migrates an empty database and loads reference data and the taxonomy, then does nothing the second time', async () => {
    const first = await sangam('migrate');
    expect(first.stdout).toContain('migrations applied: 0001_initial, 0002_directory_facets, 0003_mentorship, 0004_communities; skills seeded: 129');
    const again = await sangam('migrate');
    expect(again.stdout).toContain('none (up to date); skills seeded: 0');
    const db = createDb(url, 1);
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
