import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, inject } from 'vitest';
import { createDb, type Db } from '../src/db/connection.js';

export const TEMPLATE_DATABASE = 'sangam_template';

/** A throwaway database with the schema, reference data and taxonomy, copied from the run's template. */
export async function createTestDatabase(): Promise<{ db: Db; url: string; drop(): Promise<void> }> {
  const base = inject('postgresUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = createDb(base, 1);
  await sql`create database ${sql.id(name)} template ${sql.id(TEMPLATE_DATABASE)}`.execute(admin);
  const url = base.replace(/\/sangam$/, `/${name}`);
  const db = createDb(url, 4);
  return {
    db, url,
    drop: async () => {
      await db.destroy();
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
      await admin.destroy();
    },
  };
}

/**
 * A throwaway database for the whole test file: created before its first test, dropped after its last.
 * Read `.db` inside hooks and tests (it is set once the file's hooks have run).
 */
export function useTestDatabase(): { db: Db } {
  const handle = {} as { db: Db };
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const created = await createTestDatabase();
    handle.db = created.db;
    drop = created.drop;
  });
  afterAll(async () => {
    await drop?.();
  });
  return handle;
}

/**
 * For a test file of the command line: an empty database (not the migrated template, so the CLI must build
 * everything itself), created before the file's first test and dropped after its last. `sangam(...args)`
 * runs bin/sangam.js against it; `url` is read inside tests.
 */
export function useEmptyDatabaseCli() {
  const run = promisify(execFile);
  const bin = join(import.meta.dirname, '..', 'bin', 'sangam.js');
  const handle = { url: '', sangam: (...args: string[]) => run('node', [bin, ...args], { env: { ...process.env, DATABASE_URL: handle.url, NODE_ENV: 'development' } }) };
  let admin: Db | undefined;
  let name = '';
  beforeAll(async () => {
    const base = inject('postgresUrl');
    name = `cli_${randomBytes(4).toString('hex')}`;
    admin = createDb(base, 1);
    await sql`create database ${sql.id(name)}`.execute(admin);
    handle.url = base.replace(/\/sangam$/, `/${name}`);
  });
  afterAll(async () => {
    await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin!);
    await admin?.destroy();
  });
  return handle;
}
