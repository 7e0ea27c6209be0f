import { serve as listen } from '@hono/node-server';
import type { Config } from '../config/index.js';
import { openDatabase, prepareSchema } from '../db/prepare.js';
import { seedDemo } from '../db/seed/demo.js';
import { deleteExpiredSessions } from '../domain/accounts/sessions.js';
import { createMailTransport } from '../integrations/mail/transport.js';
import { startScheduler } from '../jobs/scheduler.js';
import { createApp } from '../web/app.js';

export async function serve(config: Config): Promise<void> {
  const database = await openDatabase(config);
  const { migrations } = await prepareSchema(database.db);
  if (migrations.length) console.log(`[sangam] migrations applied: ${migrations.join(', ')}`);
  if (config.seedDemo) {
    const added = await seedDemo(database.db, new Date());
    if (added) console.log(`[sangam] seeded ${added} demo people`);
  }
  const app = createApp({ db: database.db, config, now: () => new Date() });
  const jobs = await startScheduler(database.url, { db: database.db, config, now: () => new Date(), mail: createMailTransport(config) });
  const server = listen({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const where = config.databaseUrl ? 'external PostgreSQL' : `embedded PostgreSQL in ${config.dataDir}`;
    console.log(`[sangam] listening on http://localhost:${info.port} (${where})`);
    if (!config.oauth && !config.isProduction) console.log('[sangam] OAuth is not configured: development sign-in is on');
  });
  const sweep = setInterval(() => void deleteExpiredSessions(database.db, new Date()).catch(() => {}), 3_600_000);
  sweep.unref();

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('[sangam] stopping');
    server.close();
    await jobs.stop().catch((error: Error) => console.error(`[jobs] stopping: ${error.message}`));
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
