import type { Db } from '../db/connection.js';
import { ConflictError } from '../errors.js';
import { failureReason, LASTING_FAILURES, publishSeriesProgramme, type PublishingDeps } from '../domain/publishing/mutations.js';

export interface PublishCounts { published: number; unchanged: number; failed: number; waiting: number }

/**
 * Republishes every series whose programme changed since it was last published, one wiki edit after the
 * other. An unchanged programme costs a few queries and no request to the wiki (its hash is compared), so the
 * job can run often. A publication that failed for a reason that retrying cannot cure (a wrong password, a
 * page that already exists) waits until someone changes the account or the page, instead of knocking on the
 * wiki every run; saving either clears the error. Safe to run twice at once: the second edit of the same
 * text makes no revision.
 */
export async function publishChangedProgrammes(
  db: Db, deps: PublishingDeps | (() => Promise<PublishingDeps>), now: Date,
): Promise<PublishCounts> {
  const publications = await db.selectFrom('series_publications as p').innerJoin('workshop_series as s', 's.id', 'p.series_id')
    .innerJoin('community_wiki_credentials as w', 'w.community_id', 's.community_id')
    .select(['p.series_id', 'p.last_error']).orderBy('p.series_id').execute();
  const counts: PublishCounts = { published: 0, unchanged: 0, failed: 0, waiting: 0 };
  if (!publications.length) return counts;
  // Resolved only now: with nothing to publish, no key file is read (or made) in development.
  const resolved = typeof deps === 'function' ? await deps() : deps;
  for (const publication of publications) {
    const reason = failureReason(publication.last_error);
    if (reason && LASTING_FAILURES.has(reason)) {
      counts.waiting += 1;
      continue;
    }
    let outcome;
    try {
      outcome = await publishSeriesProgramme(db, resolved, publication.series_id, now);
    } catch (error) {
      // Publishing was stopped since the list was read.
      if (error instanceof ConflictError) continue;
      throw error;
    }
    counts[outcome.status === 'failed' ? 'failed' : outcome.status] += 1;
    if (outcome.status === 'failed') console.warn(`[publish-programmes] series ${publication.series_id}: ${outcome.reason} ${outcome.detail}`.trimEnd());
  }
  return counts;
}
