import type { CredentialsStatus, PublicationStatus } from '../../domain/publishing/data.js';
import { failureReason, type PublishFailure } from '../../domain/publishing/mutations.js';
import type { AuthKind } from '../../domain/publishing/schema.js';
import type { MessageKey, Translator } from '../../i18n/messages.js';
import { momentIn } from './names.js';

// Message keys are spelled out in full so that the i18n test can find every one of them.
export const AUTH_KIND_KEYS: Record<AuthKind, MessageKey> = {
  'bot-password': 'sangam-publishing-auth-bot-password', oauth: 'sangam-publishing-auth-oauth',
};
export const FAILURE_KEYS: Record<PublishFailure, MessageKey> = {
  'bad-credentials': 'sangam-publishing-failure-bad-credentials',
  'permission-denied': 'sangam-publishing-failure-permission-denied',
  'page-exists': 'sangam-publishing-failure-page-exists',
  'invalid-title': 'sangam-publishing-failure-invalid-title',
  lagged: 'sangam-publishing-failure-lagged',
  throttled: 'sangam-publishing-failure-throttled',
  network: 'sangam-publishing-failure-network',
  http: 'sangam-publishing-failure-http',
  malformed: 'sangam-publishing-failure-malformed',
  api: 'sangam-publishing-failure-api',
  'no-credentials': 'sangam-publishing-failure-no-credentials',
  'no-key': 'sangam-publishing-failure-no-key',
  'secret-unreadable': 'sangam-publishing-failure-secret-unreadable',
};

export const seriesPublishingHref = (slug: string) => `/series/${slug}/publishing`;
export const communityPublishingHref = (slug: string) => `/communities/${slug}/wiki-publishing`;

/** The wiki's index.php beside its api.php, for links to a page and to a revision's changes. */
function indexPhp(apiUrl: string): string {
  return apiUrl.replace(/api\.php$/, 'index.php');
}

export function wikiPageHref(apiUrl: string, title: string): string {
  return `${indexPhp(apiUrl)}?${new URLSearchParams({ title: title.replace(/ /g, '_') })}`;
}

export function wikiDiffHref(apiUrl: string, revisionId: number): string {
  return `${indexPhp(apiUrl)}?${new URLSearchParams({ diff: 'prev', oldid: String(revisionId) })}`;
}

export interface CredentialsView {
  /** "Configured for Example@Sangam on bn.wikipedia.org, updated 1 Dec 2026, 10:00 UTC by Rina." */
  summary: string;
  authKind: AuthKind;
}

/** Times in the viewer's zone. */
export function presentCredentials(tr: Translator, status: CredentialsStatus, zone: string): CredentialsView {
  const account = status.username || tr.t(AUTH_KIND_KEYS[status.authKind]);
  const host = new URL(status.apiUrl).host;
  const when = momentIn(tr.lang, zone, status.updatedAt);
  const summary = status.updatedBy
    ? tr.t('sangam-publishing-configured', account, host, when, status.updatedBy.displayName)
    : tr.t('sangam-publishing-configured-nobody', account, host, when);
  return { summary, authKind: status.authKind };
}

/** A recorded failure in plain words, with what the wiki said when it said something. */
export function failureText(tr: Translator, lastError: string | null): { text: string; detail: string | null } | null {
  const reason = failureReason(lastError);
  if (!reason || !lastError) return null;
  const detail = lastError.slice(reason.length).replace(/^:\s*/, '').trim();
  return { text: tr.t(FAILURE_KEYS[reason]), detail: detail || null };
}

export interface PublicationView {
  pageTitle: string;
  pageHref: string | null;
  revisionId: number | null;
  diffHref: string | null;
  publishedAt: string | null;
  attemptedAt: string | null;
  error: { text: string; detail: string | null } | null;
}

/** Times in the viewer's zone. */
export function presentPublication(tr: Translator, status: PublicationStatus, zone: string): PublicationView {
  return {
    pageTitle: status.pageTitle,
    pageHref: status.apiUrl ? wikiPageHref(status.apiUrl, status.pageTitle) : null,
    revisionId: status.revisionId,
    diffHref: status.apiUrl && status.revisionId ? wikiDiffHref(status.apiUrl, status.revisionId) : null,
    publishedAt: status.publishedAt ? momentIn(tr.lang, zone, status.publishedAt) : null,
    attemptedAt: status.attemptedAt ? momentIn(tr.lang, zone, status.attemptedAt) : null,
    error: failureText(tr, status.lastError),
  };
}
