import type { FieldErrors } from '../../errors.js';
import { CsrfField } from './layout.js';
import { ErrorSummary, FieldError } from './components.js';
import type { PageContext } from './page-context.js';

export function SignInPage({ ctx, oauth, devSignIn, username, returnTo, errors }: {
  ctx: PageContext; oauth: boolean; devSignIn: boolean; username: string; returnTo: string; errors?: FieldErrors;
}) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-signin-title')}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      {oauth && (
        <div class="card">
          <p>{t('sangam-signin-oauth-intro')}</p>
          <a class="cdx-button cdx-button--primary" href={`/signin/wikimedia?return=${encodeURIComponent(returnTo)}`}>{t('sangam-signin-oauth-button')}</a>
        </div>
      )}
      {devSignIn && (
        <form class="card" method="post" action="/signin/dev">
          <h2>{t('sangam-signin-dev-title')}</h2>
          <p class="muted">{t('sangam-signin-dev-intro')}</p>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="return" value={returnTo} />
          <div class="field">
            <label for="username">{t('sangam-signin-username')}</label>
            <input id="username" name="username" type="text" value={username} required autocomplete="username"
              aria-invalid={errors?.username ? 'true' : undefined} aria-describedby={errors?.username ? 'username-error' : undefined} />
            <FieldError ctx={ctx} errors={errors} name="username" />
          </div>
          <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-signin-dev-button')}</button>
        </form>
      )}
      {!oauth && !devSignIn && <p class="cdx-message cdx-message--error">{t('sangam-signin-unavailable')}</p>}
    </>
  );
}
