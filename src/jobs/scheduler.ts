import PgBoss from 'pg-boss';
import { JOBS, type Job, type JobDeps } from './registry.js';

export interface Scheduler {
  /** Queues a run of the job now, outside its schedule. */
  runNow(name: string): Promise<void>;
  /** Stops taking work, waits (up to 10 s) for running jobs and closes pg-boss's connections. */
  stop(): Promise<void>;
}

/** A job's summary is worth a log line when it counted something, e.g. { sent: 2, skipped: 0, failed: 0 }. */
function worthLogging(result: unknown): boolean {
  if (result === undefined || result === null) return false;
  if (typeof result !== 'object') return true;
  return Object.values(result).some((v) => typeof v !== 'number' || v !== 0);
}

/**
 * Runs the jobs on their schedules through pg-boss, in the same PostgreSQL as everything else. Every
 * process may call this: pg-boss creates each scheduled run once across processes, and the 'stately'
 * policy keeps at most one run of a job queued and one active, so a slow run is never stacked up behind.
 */
export async function startScheduler(
  databaseUrl: string, deps: JobDeps, jobs: Job[] = JOBS, options: { pollingIntervalSeconds?: number } = {},
): Promise<Scheduler> {
  const boss = new PgBoss({ connectionString: databaseUrl, max: 3, application_name: 'sangam_jobs' });
  let stopping = false;
  // On Ctrl-C the embedded PostgreSQL gets the signal too and drops connections: not worth a log line.
  boss.on('error', (error) => {
    if (!stopping) console.error(`[jobs] ${error.message}`);
  });
  await boss.start();
  for (const job of jobs) {
    // No retries: the next scheduled run picks up whatever this one left.
    await boss.createQueue(job.name, { name: job.name, policy: 'stately', retryLimit: 0, expireInSeconds: 15 * 60 });
    await boss.schedule(job.name, job.schedule, {}, { tz: 'UTC' });
    await boss.work(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async () => {
      const started = Date.now();
      try {
        const result = await job.run(deps);
        if (worthLogging(result)) console.log(`[jobs] ${job.name} in ${Date.now() - started} ms: ${JSON.stringify(result)}`);
      } catch (error) {
        console.error(`[jobs] ${job.name} failed:`, error);
        throw error;
      }
    });
  }
  return {
    runNow: async (name) => {
      await boss.send(name, {});
    },
    stop: async () => {
      stopping = true;
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
