import { z } from 'zod';
import type { WikiStatistics } from '../../domain/wikis/types.js';
import { USER_AGENT } from './oauth.js';

// A wiki's statistics from the Action API (meta=siteinfo&siprop=statistics), asked politely: one
// request at a time (the caller loops), maxlag=5, a descriptive User-Agent and a timeout.

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const StatisticsResponse = z.object({
  query: z.object({
    statistics: z.object({
      pages: count, articles: count, edits: count, images: count, users: count, activeusers: count, admins: count,
    }),
  }),
});
export type SiteStatisticsResponse = z.infer<typeof StatisticsResponse>;

const ApiErrorResponse = z.object({ error: z.object({ code: z.string(), info: z.string().optional() }) });

/** Why a wiki's statistics could not be read: 'lagged' asks us to come back later, the others are that wiki's problem. */
export class SiteinfoError extends Error {
  constructor(readonly reason: 'lagged' | 'http' | 'malformed' | 'api' | 'network', message: string) {
    super(message);
  }
}

/** The pure part: a validated response to statistics for the day they were read. */
export function statisticsFromSiteinfo(dbname: string, response: unknown, asOf: string): WikiStatistics {
  const parsed = StatisticsResponse.safeParse(response);
  if (!parsed.success) {
    const error = ApiErrorResponse.safeParse(response);
    if (error.success) throw new SiteinfoError(error.data.error.code === 'maxlag' ? 'lagged' : 'api', error.data.error.code);
    throw new SiteinfoError('malformed', parsed.error.issues[0]?.message ?? 'unexpected response');
  }
  const s = parsed.data.query.statistics;
  return {
    dbname, articles: s.articles, pages: s.pages, edits: s.edits, admins: s.admins, users: s.users,
    activeUsers: s.activeusers, files: s.images, asOf, source: 'siteinfo',
  };
}

export function siteinfoUrl(wikiUrl: string): string {
  const params = new URLSearchParams({ action: 'query', meta: 'siteinfo', siprop: 'statistics', format: 'json', formatversion: '2', maxlag: '5' });
  return `${wikiUrl.replace(/\/$/, '')}/w/api.php?${params}`;
}

/** Reads one wiki's statistics; every failure is a SiteinfoError. */
export async function fetchSiteStatistics(dbname: string, wikiUrl: string, asOf: string, timeoutMs = 15_000): Promise<WikiStatistics> {
  let response: Response;
  try {
    response = await fetch(siteinfoUrl(wikiUrl), {
      headers: { 'User-Agent': USER_AGENT, 'Api-User-Agent': USER_AGENT, Accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'follow',
    });
  } catch (error) {
    throw new SiteinfoError('network', (error as Error).message);
  }
  // Lagged replicas may answer 503 with Retry-After, or 200 with a maxlag error (below).
  if (response.status === 503 && response.headers.has('retry-after')) throw new SiteinfoError('lagged', 'HTTP 503 Retry-After');
  if (!response.ok) throw new SiteinfoError('http', `HTTP ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new SiteinfoError('malformed', 'not JSON');
  }
  return statisticsFromSiteinfo(dbname, body, asOf);
}
