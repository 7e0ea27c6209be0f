import { join } from 'node:path';
import type { Config } from '../config/index.js';
import { createDb, type Db } from './connection.js';
import { startEmbeddedPostgres } from './embedded.js';
import { migrateToLatest } from './migrate.js';
import { importReferenceData } from './reference/import.js';
import { seedTaxonomy } from './seed/taxonomy.js';

export interface Database {
  db: Db;
  url: string;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL kept in DATA_DIR. */
export async function openDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) {
    const db = createDb(config.databaseUrl, config.dbPoolSize);
    return { db, url: config.databaseUrl, close: () => db.destroy() };
  }
  const server = await startEmbeddedPostgres(join(config.dataDir, 'postgres'), config.embeddedPgPort);
  const db = createDb(server.url, config.dbPoolSize);
  return {
    db, url: server.url,
    close: async () => {
      await db.destroy();
      await server.stop();
    },
  };
}

/** Migrations, then reference data (countries, wikis) and the starting skill taxonomy. Idempotent. */
export async function prepareSchema(db: Db): Promise<{ migrations: string[]; skills: number }> {
  const migrations = await migrateToLatest(db);
  await importReferenceData(db);
  const skills = await seedTaxonomy(db);
  return { migrations, skills };
}
