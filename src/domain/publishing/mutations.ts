import type { Config } from '../../config/index.js';
import type { Db } from '../../db/connection.js';
import { ConflictError, ValidationError } from '../../errors.js';
import { translatorFor } from '../../i18n/messages.js';
import { ActionApiClient, WIKI_API_FAILURES, WikiApiError, type WikiAuth } from '../../integrations/wiki/action-api.js';
import { communitySecretOwner, decryptSecret, encryptSecret, loadCredentialsKey, SecretUnreadable } from './credentials.js';
import { loadProgramme } from './programme.js';
import type { CredentialsInput } from './schema.js';
import { contentHash, renderProgrammeWikitext } from './wikitext.js';

/** What publishing needs besides the database. */
export interface PublishingDeps {
  /** null in production without CREDENTIALS_KEY: nothing can be stored or published then. */
  credentialsKey: Buffer | null;
  /** Sangam's own address, for the links on the wiki page. */
  publicUrl: string;
  fetch?: typeof fetch;
  /** How often a lagged wiki is asked again (each after the wait it names) before the attempt is recorded as failed. */
  lagRetries?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Sangam's address as the wiki page links to it: the same for the web app and the job, so their texts agree. */
export function programmePublicUrl(config: Pick<Config, 'publicUrl' | 'port'>): string {
  return config.publicUrl ?? `http://localhost:${config.port}`;
}

/** The same for the web app, the job and the command line, from the configuration. */
export async function publishingDeps(config: Config): Promise<PublishingDeps> {
  return { credentialsKey: await loadCredentialsKey(config), publicUrl: programmePublicUrl(config) };
}

export const PUBLISH_FAILURES = [...WIKI_API_FAILURES, 'no-credentials', 'no-key', 'secret-unreadable'] as const;
export type PublishFailure = (typeof PUBLISH_FAILURES)[number];

/** Failures that trying again will not cure: the job leaves them until someone changes the account or the page. */
export const LASTING_FAILURES: ReadonlySet<PublishFailure> = new Set<PublishFailure>([
  'bad-credentials', 'permission-denied', 'page-exists', 'invalid-title', 'no-credentials', 'no-key', 'secret-unreadable',
]);

/** The reason in a recorded last_error ("reason: what the wiki said"), if it is one this code knows. */
export function failureReason(lastError: string | null): PublishFailure | null {
  if (!lastError) return null;
  const reason = lastError.split(':', 1)[0]!;
  return (PUBLISH_FAILURES as readonly string[]).includes(reason) ? (reason as PublishFailure) : 'api';
}

export type PublishOutcome =
  | { status: 'published'; revisionId: number }
  | { status: 'unchanged'; revisionId: number | null }
  | { status: 'failed'; reason: PublishFailure; detail: string };

class PublishFailed extends Error {
  constructor(readonly reason: PublishFailure, readonly detail = '') {
    super(reason);
  }
}

/**
 * Stores a community's wiki account, its secret encrypted. A blank secret keeps the stored one (of the same
 * kind). Moving to another wiki forgets where each series was published, so every page is published anew
 * there; any change lets the job try again pages that failed for want of a working account.
 */
export async function saveCommunityCredentials(
  db: Db, key: Buffer | null, actorId: number, communityId: number, input: CredentialsInput, now: Date,
): Promise<void> {
  if (!key) throw new ConflictError('sangam-publishing-error-no-key');
  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('community_wiki_credentials').select(['api_url', 'auth_kind', 'secret_encrypted'])
      .where('community_id', '=', communityId).forUpdate().executeTakeFirst();
    const kept = existing && existing.auth_kind === input.authKind ? existing.secret_encrypted : null;
    if (!input.secret && !kept) throw new ValidationError({ secret: { key: 'sangam-error-required' } });
    const row = {
      api_url: input.apiUrl, auth_kind: input.authKind, username: input.username,
      secret_encrypted: input.secret ? encryptSecret(key, communitySecretOwner(communityId), input.secret) : kept!,
      updated_by: actorId, updated_at: now,
    };
    await trx.insertInto('community_wiki_credentials').values({ community_id: communityId, ...row })
      .onConflict((oc) => oc.column('community_id').doUpdateSet(row)).execute();
    const seriesOfCommunity = trx.selectFrom('workshop_series').select('id').where('community_id', '=', communityId);
    const otherWiki = !existing || existing.api_url !== input.apiUrl;
    await trx.updateTable('series_publications')
      .set(otherWiki ? { content_hash: null, revision_id: null, published_at: null, last_error: null } : { last_error: null })
      .where('series_id', 'in', seriesOfCommunity).execute();
  });
}

export async function removeCommunityCredentials(db: Db, communityId: number): Promise<void> {
  await db.deleteFrom('community_wiki_credentials').where('community_id', '=', communityId).execute();
}

/** Sets the wiki page a series is published to; another title starts afresh (nothing published there yet). */
export async function setSeriesPublicationPage(db: Db, seriesId: number, pageTitle: string): Promise<void> {
  await db.insertInto('series_publications').values({ series_id: seriesId, page_title: pageTitle })
    .onConflict((oc) => oc.column('series_id').doUpdateSet({
      page_title: pageTitle, content_hash: null, revision_id: null, published_at: null, attempted_at: null, last_error: null,
    }).where('series_publications.page_title', '<>', pageTitle))
    .execute();
}

/** Stops publishing a series; the page stays on the wiki as it was. */
export async function removeSeriesPublication(db: Db, seriesId: number): Promise<void> {
  await db.deleteFrom('series_publications').where('series_id', '=', seriesId).execute();
}

/** The programme as it would be published now, with its hash; undefined for an unknown series. */
export async function renderSeriesProgramme(
  db: Db, seriesId: number, publicUrl: string, now: Date,
): Promise<{ text: string; hash: string; lang: string } | undefined> {
  const programme = await loadProgramme(db, seriesId, now);
  if (!programme) return undefined;
  const text = renderProgrammeWikitext(programme, translatorFor(programme.lang), publicUrl);
  return { text, hash: contentHash(text), lang: programme.lang };
}

/**
 * Publishes a series' programme to its page with the community's account. Without `force` (the job) an
 * unchanged programme is not sent at all; with it ("Publish now") it is, and the wiki makes no new revision
 * when the text is the same. A first publication never overwrites a page that already exists, unless it
 * already holds exactly this text. Failures are recorded in last_error and returned, never thrown.
 */
export async function publishSeriesProgramme(
  db: Db, deps: PublishingDeps, seriesId: number, now: Date, options: { force?: boolean } = {},
): Promise<PublishOutcome> {
  const publication = await db.selectFrom('series_publications as p').innerJoin('workshop_series as s', 's.id', 'p.series_id')
    .leftJoin('community_wiki_credentials as w', 'w.community_id', 's.community_id')
    .select(['p.page_title', 'p.content_hash', 'p.revision_id', 's.community_id', 'w.api_url', 'w.auth_kind', 'w.username', 'w.secret_encrypted'])
    .where('p.series_id', '=', seriesId).executeTakeFirst();
  if (!publication) throw new ConflictError('sangam-publishing-error-no-page');
  const rendered = (await renderSeriesProgramme(db, seriesId, deps.publicUrl, now))!;
  if (!options.force && rendered.hash === publication.content_hash) return { status: 'unchanged', revisionId: publication.revision_id };
  const title = publication.page_title;
  // Only the publication of this title is updated: the title may have been changed while the wiki answered.
  const record = (values: { content_hash?: string; revision_id?: number | null; published_at?: Date; last_error: string | null }) =>
    db.updateTable('series_publications').set({ ...values, attempted_at: now })
      .where('series_id', '=', seriesId).where('page_title', '=', title).execute();
  try {
    const { api_url: apiUrl, auth_kind: authKind, secret_encrypted: stored } = publication;
    if (!apiUrl || !authKind || !stored) throw new PublishFailed('no-credentials');
    if (!deps.credentialsKey) throw new PublishFailed('no-key');
    let secret: string;
    try {
      secret = decryptSecret(deps.credentialsKey, communitySecretOwner(publication.community_id), stored);
    } catch (error) {
      if (error instanceof SecretUnreadable) throw new PublishFailed('secret-unreadable');
      throw error;
    }
    const auth: WikiAuth = authKind === 'oauth'
      ? { kind: 'oauth', accessToken: secret } : { kind: 'bot-password', username: publication.username ?? '', password: secret };
    const client = new ActionApiClient(apiUrl, { fetch: deps.fetch, lagRetries: deps.lagRetries, sleep: deps.sleep });
    await client.signIn(auth);
    const summary = translatorFor(rendered.lang).t('sangam-publishing-edit-summary');
    let revisionId: number | null;
    let published = false;
    try {
      const outcome = await client.edit({ title, text: rendered.text, summary, createOnly: publication.revision_id === null });
      published = outcome.kind === 'saved';
      revisionId = outcome.kind === 'saved' ? outcome.revisionId : publication.revision_id ?? (await client.readPage(title))?.revisionId ?? null;
    } catch (error) {
      // A page that already holds exactly this text is ours (an earlier run saved it but could not record it).
      if (!(error instanceof WikiApiError) || error.reason !== 'page-exists') throw error;
      const existing = await client.readPage(title);
      if (existing?.text.trimEnd() !== rendered.text.trimEnd()) throw error;
      revisionId = existing.revisionId;
    }
    await record({ content_hash: rendered.hash, revision_id: revisionId, ...(published ? { published_at: now } : {}), last_error: null });
    return published ? { status: 'published', revisionId: revisionId! } : { status: 'unchanged', revisionId };
  } catch (error) {
    if (!(error instanceof WikiApiError) && !(error instanceof PublishFailed)) throw error;
    const { reason, detail } = error;
    await record({ last_error: (detail ? `${reason}: ${detail}` : reason).slice(0, 500) });
    return { status: 'failed', reason, detail };
  }
}
