import type { MessageKey, MessageParam } from '../../i18n/messages.js';
import type { PageContext } from './page-context.js';

export function ErrorPage({ ctx, messageKey, params = [], details = [] }: {
  ctx: PageContext; messageKey: MessageKey; params?: MessageParam[]; details?: string[];
}) {
  return (
    <>
      <h1>{ctx.t('sangam-error-title')}</h1>
      <div class="cdx-message cdx-message--error" role="alert">
        <p>{ctx.t(messageKey, ...params)}</p>
        {details.length > 0 && <ul>{details.map((d) => <li>{d}</li>)}</ul>}
      </div>
      <p><a href="/">{ctx.t('sangam-error-home-link')}</a></p>
    </>
  );
}
