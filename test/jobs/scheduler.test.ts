import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notify } from '../../src/domain/notifications/mutations.js';
import { createMailTransport } from '../../src/integrations/mail/transport.js';
import { JOBS } from '../../src/jobs/registry.js';
import { startScheduler } from '../../src/jobs/scheduler.js';
import { testConfig } from '../client.js';
import { createTestDatabase } from '../db.js';
import { createPerson } from '../factories.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let dataDir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(join(tmpdir(), 'sangam-jobs-'));
});
afterAll(async () => {
  await database.drop();
  await rm(dataDir, { recursive: true, force: true });
});

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('background jobs through pg-boss', () => {
  it('schedules every job in UTC and works them: a queued deliver-mail run emails a pending notification', async () => {
    const { db, url } = database;
    const config = testConfig({ DATA_DIR: dataDir });
    const scheduler = await startScheduler(url, { db, config, now: () => new Date(), mail: createMailTransport(config) }, JOBS, { pollingIntervalSeconds: 0.5 });
    try {
      const { rows: schedules } = await sql<{ name: string; cron: string; timezone: string }>`
        select name, cron, timezone from pgboss.schedule order by name`.execute(db);
      expect(schedules).toEqual(JOBS.map((j) => ({ name: j.name, cron: j.schedule, timezone: 'UTC' })));
      expect(schedules).toContainEqual({ name: 'deliver-mail', cron: '* * * * *', timezone: 'UTC' });

      const person = await createPerson(db, { contacts: [{ kind: 'email', value: 'queued@example.org' }] });
      await notify(db, [{ personId: person.id, kind: 'mentorship-proposed', params: [1, 'Asha'], link: '/mentorship' }]);
      await scheduler.runNow('deliver-mail');

      const state = await waitFor(
        async () => (await db.selectFrom('notifications').select('email_state').where('person_id', '=', person.id).executeTakeFirstOrThrow()).email_state,
        (s) => s !== 'pending',
      );
      expect(state).toBe('sent');
      expect(await readFile(join(dataDir, 'mail.log'), 'utf8')).toContain('To: queued@example.org');
    } finally {
      await scheduler.stop();
    }
  });
});
