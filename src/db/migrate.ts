import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './connection.js';
import * as m0001 from './migrations/0001_initial.js';
import * as m0002 from './migrations/0002_directory_facets.js';
import * as m0003 from './migrations/0003_mentorship.js';
import * as m0004 from './migrations/0004_communities.js';
import * as m0005 from './migrations/0005_workshops.js';

// Migrations are listed here rather than read from a folder, so they run the same from sources and tests.
const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_directory_facets': m0002,
  '0003_mentorship': m0003,
  '0004_communities': m0004,
  '0005_workshops': m0005,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider, migrationTableName: 'schema_migrations', migrationLockTableName: 'schema_migrations_lock' });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
