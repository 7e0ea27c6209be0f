import { AUTH_KINDS } from '../../domain/publishing/schema.js';
import type { FieldErrors } from '../../errors.js';
import { AUTH_KIND_KEYS, type CredentialsView, type PublicationView } from '../presenters/publishing.js';
import { described, ErrorSummary, FieldError } from './components.js';
import { CsrfField } from './layout.js';
import type { PageContext } from './page-context.js';

export interface CredentialsFormValues { apiUrl: string; authKind: string; username: string }

/** Community organizers give the wiki account that publishes their series' programmes; the secret is never shown. */
export function CommunityPublishingPage({ ctx, community, credentials, values, errors }: {
  ctx: PageContext; community: { name: string; href: string; action: string };
  credentials: CredentialsView | null; values: CredentialsFormValues; errors?: FieldErrors;
}) {
  const { t } = ctx;
  return (
    <>
      <p class="small"><a href={community.href} dir="auto">{community.name}</a></p>
      <h1>{t('sangam-publishing-community-title', community.name)}</h1>
      <p>{t('sangam-publishing-community-intro')}</p>
      <section class="card" aria-labelledby="account-status">
        <h2 id="account-status">{t('sangam-publishing-status')}</h2>
        <p dir="auto">{credentials ? credentials.summary : t('sangam-publishing-not-configured')}</p>
        {credentials && (
          <form method="post" action={`${community.action}/remove`}>
            <CsrfField ctx={ctx} />
            <button class="cdx-button cdx-button--destructive" type="submit">{t('sangam-publishing-remove-credentials')}</button>
          </form>
        )}
      </section>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={community.action}>
        <CsrfField ctx={ctx} />
        <div class="field">
          <label for="apiUrl">{t('sangam-publishing-field-api-url')}</label>
          <input id="apiUrl" name="apiUrl" type="url" value={values.apiUrl} required maxlength={500} dir="ltr" {...described(errors, 'apiUrl')} />
          <p class="hint" id="apiUrl-hint">{t('sangam-publishing-field-api-url-hint')}</p>
          <FieldError ctx={ctx} errors={errors} name="apiUrl" />
        </div>
        <fieldset>
          <legend>{t('sangam-publishing-field-auth-kind')}</legend>
          {AUTH_KINDS.map((kind) => (
            <p>
              <input type="radio" id={`authKind-${kind}`} name="authKind" value={kind} checked={values.authKind === kind} />{' '}
              <label for={`authKind-${kind}`}>{t(AUTH_KIND_KEYS[kind])}</label>
            </p>
          ))}
          <FieldError ctx={ctx} errors={errors} name="authKind" />
        </fieldset>
        <div class="field">
          <label for="username">{t('sangam-publishing-field-username')}</label>
          <input id="username" name="username" type="text" value={values.username} maxlength={255} dir="auto" autocomplete="off" {...described(errors, 'username')} />
          <p class="hint" id="username-hint">{t('sangam-publishing-field-username-hint')}</p>
          <FieldError ctx={ctx} errors={errors} name="username" />
        </div>
        <div class="field">
          <label for="secret">{t('sangam-publishing-field-secret')}</label>
          {/* Never filled in: the stored secret does not leave the server. */}
          <input id="secret" name="secret" type="password" value="" maxlength={4096} dir="ltr" autocomplete="new-password" {...described(errors, 'secret')} />
          <p class="hint" id="secret-hint">{t(credentials ? 'sangam-publishing-field-secret-hint-keep' : 'sangam-publishing-field-secret-hint')}</p>
          <FieldError ctx={ctx} errors={errors} name="secret" />
        </div>
        <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-publishing-save-credentials')}</button>
      </form>
    </>
  );
}

/** Series organizers choose the wiki page, publish now, and see how the last publication went. */
export function SeriesPublishingPage({ ctx, series, accountConfigured, accountHref, publication, pageTitle, errors, preview }: {
  ctx: PageContext; series: { title: string; href: string; action: string };
  accountConfigured: boolean;
  /** The community's publishing settings, for viewers who may change them. */
  accountHref: string | null;
  publication: PublicationView | null; pageTitle: string; errors?: FieldErrors; preview: string;
}) {
  const { t } = ctx;
  return (
    <>
      <p class="small"><a href={series.href} dir="auto">{series.title}</a></p>
      <h1>{t('sangam-publishing-series-title', series.title)}</h1>
      <p>{t('sangam-publishing-series-intro')}</p>
      {!accountConfigured && (
        <div class="cdx-message" role="status">
          <p>{t('sangam-publishing-no-account')}</p>
          {accountHref && <p><a href={accountHref}>{t('sangam-publishing-no-account-link')}</a></p>}
        </div>
      )}
      {publication && (
        <section class="card" aria-labelledby="publication-status">
          <h2 id="publication-status">{t('sangam-publishing-status')}</h2>
          <dl class="facts">
            <dt>{t('sangam-publishing-status-page')}</dt>
            <dd dir="auto">{publication.pageHref ? <a href={publication.pageHref}>{publication.pageTitle}</a> : publication.pageTitle}</dd>
            <dt>{t('sangam-publishing-status-revision')}</dt>
            <dd>
              {publication.revisionId
                ? <>{ctx.formatNumber(publication.revisionId)}{publication.diffHref && <> (<a href={publication.diffHref}>{t('sangam-publishing-status-diff')}</a>)</>}</>
                : t('sangam-publishing-status-never')}
            </dd>
            {publication.publishedAt && <><dt>{t('sangam-publishing-status-published-at')}</dt><dd>{publication.publishedAt}</dd></>}
            {publication.error && (
              <>
                <dt>{t('sangam-publishing-status-last-error')}</dt>
                <dd>
                  <p class="error-text">{publication.attemptedAt ? `${publication.attemptedAt}: ` : ''}{publication.error.text}</p>
                  {publication.error.detail && <p class="small muted" dir="auto">{t('sangam-publishing-wiki-said', publication.error.detail)}</p>}
                </dd>
              </>
            )}
          </dl>
          {accountConfigured && (
            <form method="post" action={`${series.action}/publish`}>
              <CsrfField ctx={ctx} />
              <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-publishing-publish-now')}</button>
            </form>
          )}
        </section>
      )}
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={series.action}>
        <CsrfField ctx={ctx} />
        <div class="field">
          <label for="pageTitle">{t('sangam-publishing-field-page-title')}</label>
          <input id="pageTitle" name="pageTitle" type="text" value={pageTitle} required maxlength={255} dir="auto" {...described(errors, 'pageTitle')} />
          <p class="hint" id="pageTitle-hint">{t('sangam-publishing-field-page-title-hint')}</p>
          <FieldError ctx={ctx} errors={errors} name="pageTitle" />
        </div>
        <p class="row">
          <button class="cdx-button" type="submit">{t('sangam-publishing-save-page')}</button>
        </p>
      </form>
      {publication && (
        <form method="post" action={`${series.action}/remove`}>
          <CsrfField ctx={ctx} />
          <button class="cdx-button cdx-button--quiet" type="submit">{t('sangam-publishing-stop')}</button>
        </form>
      )}
      <section aria-labelledby="preview">
        <h2 id="preview">{t('sangam-publishing-preview')}</h2>
        <p class="muted">{t('sangam-publishing-preview-intro')}</p>
        <label class="visually-hidden" for="wikitext">{t('sangam-publishing-preview')}</label>
        <textarea id="wikitext" rows={16} readonly dir="auto">{preview}</textarea>
      </section>
    </>
  );
}
