import type { Db } from '../../db/connection.js';
import type { AuthKind } from './schema.js';

/** A community's wiki account as organizers see it: never the secret itself. */
export interface CredentialsStatus {
  apiUrl: string;
  authKind: AuthKind;
  username: string;
  updatedAt: Date;
  updatedBy: { username: string; displayName: string } | null;
}

export async function getCredentialsStatus(db: Db, communityId: number): Promise<CredentialsStatus | undefined> {
  const row = await db.selectFrom('community_wiki_credentials as w').leftJoin('people as p', 'p.id', 'w.updated_by')
    .select(['w.api_url', 'w.auth_kind', 'w.username', 'w.updated_at', 'p.username as byUsername', 'p.display_name as byName'])
    .where('w.community_id', '=', communityId).executeTakeFirst();
  if (!row) return undefined;
  return {
    apiUrl: row.api_url, authKind: row.auth_kind, username: row.username, updatedAt: row.updated_at,
    updatedBy: row.byUsername ? { username: row.byUsername, displayName: row.byName || row.byUsername } : null,
  };
}

/** The series a publishing page is about, with its community, by its address. */
export interface PublishingSeries { id: number; slug: string; title: string; communityId: number; communitySlug: string; communityName: string }

export async function getPublishingSeries(db: Db, slug: string): Promise<PublishingSeries | undefined> {
  return db.selectFrom('workshop_series as s').innerJoin('communities as c', 'c.id', 's.community_id')
    .select(['s.id', 's.slug', 's.title', 's.community_id as communityId', 'c.slug as communitySlug', 'c.name as communityName'])
    .where('s.slug', '=', slug).executeTakeFirst();
}

export interface PublicationStatus {
  pageTitle: string;
  revisionId: number | null;
  publishedAt: Date | null;
  attemptedAt: Date | null;
  /** "reason" or "reason: what the wiki said", as publishSeriesProgramme records it. */
  lastError: string | null;
  /** Where the page lives: the API address of the community's account, when one is configured. */
  apiUrl: string | null;
}

export async function getPublicationStatus(db: Db, seriesId: number): Promise<PublicationStatus | undefined> {
  const row = await db.selectFrom('series_publications as p').innerJoin('workshop_series as s', 's.id', 'p.series_id')
    .leftJoin('community_wiki_credentials as w', 'w.community_id', 's.community_id')
    .select(['p.page_title', 'p.revision_id', 'p.published_at', 'p.attempted_at', 'p.last_error', 'w.api_url'])
    .where('p.series_id', '=', seriesId).executeTakeFirst();
  if (!row) return undefined;
  return {
    pageTitle: row.page_title, revisionId: row.revision_id, publishedAt: row.published_at, attemptedAt: row.attempted_at,
    lastError: row.last_error, apiUrl: row.api_url,
  };
}

/** Just what the publishing settings page needs of a community, by its address. */
export async function getCommunityRef(db: Db, slug: string): Promise<{ id: number; slug: string; name: string } | undefined> {
  return db.selectFrom('communities').select(['id', 'slug', 'name']).where('slug', '=', slug.toLowerCase()).executeTakeFirst();
}
