import type { Config } from '../config/index.js';
import type { Db } from '../db/connection.js';
import type { MailTransport } from '../integrations/mail/transport.js';
import { runMatching } from '../domain/mentorship/mutations.js';
import { sendSessionReminders } from '../domain/workshops/mutations.js';
import { publishingDeps } from '../domain/publishing/mutations.js';
import { deliverPendingMail } from './deliver-mail.js';
import { publishChangedProgrammes } from './publish-programmes.js';
import { refreshWikiStats } from './refresh-wiki-stats.js';

/** What a job may use; the same for every job, so serve, tests and the CLI can run any of them. */
export interface JobDeps {
  db: Db;
  config: Config;
  now: () => Date;
  /** null in production without SMTP_URL. */
  mail: MailTransport | null;
}

export interface Job {
  /** Also the pg-boss queue name: lower case, digits and dashes. */
  name: string;
  /** When it runs: a cron expression in UTC. */
  schedule: string;
  /** Does the work; returns a summary for the log. It must be safe to run in several processes at once. */
  run(deps: JobDeps): Promise<unknown>;
}

/**
 * Every background job: add one here and `serve` schedules and works it. A removed job's schedule stays
 * in pg-boss (an older process may still run it); at most one run then waits in its queue, unworked.
 */
export const JOBS: Job[] = [
  {
    name: 'deliver-mail',
    schedule: '* * * * *', // every minute
    run: (deps) => deliverPendingMail(deps.db, deps.mail, deps.config, deps.now()),
  },
  {
    // Weekly, so that requests made during the week get proposals without waiting for an organizer.
    name: 'mentorship-matching',
    schedule: '0 6 * * 1', // Mondays at 06:00 UTC
    run: (deps) => runMatching(deps.db, {
      trigger: 'schedule', startedBy: null, now: deps.now(), minOverlapHours: deps.config.mentorship.minOverlapHours,
    }),
  },
  {
    // Every five minutes, so a changed session reaches the wiki page soon; unchanged programmes cost no request.
    name: 'publish-programmes',
    schedule: '*/5 * * * *',
    run: (deps) => publishChangedProgrammes(deps.db, () => publishingDeps(deps.config), deps.now()),
  },
  {
    // Daily, a bounded batch of the wikis whose statistics are over four weeks old: each wiki about monthly.
    name: 'refresh-wiki-stats',
    schedule: '0 3 * * *', // every day at 03:00 UTC
    run: (deps) => refreshWikiStats(deps.db, deps.now()),
  },
  {
    // Every five minutes, so the "24 hours" and "1 hour" reminders arrive at most five minutes late.
    name: 'session-reminders',
    schedule: '*/5 * * * *',
    run: (deps) => sendSessionReminders(deps.db, deps.now()),
  },
];
