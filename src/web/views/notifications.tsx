import type { NotificationView } from '../presenters/notifications.js';
import { CsrfField } from './layout.js';
import type { PageContext } from './page-context.js';

function NotificationItem({ ctx, item, markForm }: { ctx: PageContext; item: NotificationView; markForm: boolean }) {
  const { t } = ctx;
  return (
    <li>
      <p>
        {item.unread && <><strong class="badge">{t('sangam-notifications-unread')}</strong>{' '}</>}
        <a href={item.link}>{item.text}</a>
      </p>
      <div class="row small muted">
        <time datetime={item.createdAtIso}>{item.createdAt}</time>
        {markForm && item.unread && (
          <form method="post" action="/notifications/read" class="inline">
            <CsrfField ctx={ctx} />
            <input type="hidden" name="id" value={String(item.id)} />
            <button class="cdx-button cdx-button--quiet" type="submit">{t('sangam-notifications-mark-read')}</button>
          </form>
        )}
      </div>
    </li>
  );
}

/**
 * The latest few notifications for a dashboard (the mentorship page shows it), with a link to all of
 * them. Give it presented items (`presentNotification`), newest first.
 */
export function NotificationList({ ctx, items, limit = 5 }: { ctx: PageContext; items: NotificationView[]; limit?: number }) {
  const { t } = ctx;
  return (
    <section class="card" aria-labelledby="latest-notifications">
      <h2 id="latest-notifications">{t('sangam-notifications-title')}</h2>
      {items.length === 0
        ? <p class="muted">{t('sangam-notifications-empty')}</p>
        : <ul class="people">{items.slice(0, limit).map((item) => <NotificationItem ctx={ctx} item={item} markForm={false} />)}</ul>}
      <p><a href="/notifications">{t('sangam-notifications-all')}</a></p>
    </section>
  );
}

export function NotificationsPage({ ctx, items, olderHref, newestHref, email }: {
  ctx: PageContext;
  items: NotificationView[];
  /** Links to the next page of older notifications, and back to the first page; null when there is none. */
  olderHref: string | null;
  newestHref: string | null;
  email: { enabled: boolean; hasAddress: boolean };
}) {
  const { t } = ctx;
  const anyUnread = ctx.unreadNotifications > 0 || items.some((i) => i.unread);
  return (
    <>
      <h1>{t('sangam-notifications-title')}</h1>
      {anyUnread && (
        <form method="post" action="/notifications/read-all">
          <CsrfField ctx={ctx} />
          <button class="cdx-button" type="submit">{t('sangam-notifications-mark-all-read')}</button>
        </form>
      )}
      {items.length === 0
        ? <p class="cdx-message">{t('sangam-notifications-empty')}</p>
        : <ul class="people">{items.map((item) => <NotificationItem ctx={ctx} item={item} markForm />)}</ul>}
      {(olderHref || newestHref) && (
        <nav class="pager" aria-label={t('sangam-pager-label')}>
          {newestHref && <a href={newestHref}>{t('sangam-notifications-newest')}</a>}
          {olderHref && <a href={olderHref} rel="next">{t('sangam-notifications-older')}</a>}
        </nav>
      )}
      <section class="card" aria-labelledby="email-notifications">
        <h2 id="email-notifications">{t('sangam-notifications-email-title')}</h2>
        <form method="post" action="/notifications/email">
          <CsrfField ctx={ctx} />
          <div class="field">
            <label><input type="checkbox" name="email" value="yes" checked={email.enabled} aria-describedby="email-hint" /> {t('sangam-notifications-email-label')}</label>
            <p class="hint" id="email-hint">{t('sangam-notifications-email-hint')}</p>
          </div>
          {!email.hasAddress && (
            <p class="cdx-message">{t('sangam-notifications-email-no-address')} <a href="/me/about">{t('sangam-notifications-email-add-address')}</a></p>
          )}
          <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-save')}</button>
        </form>
      </section>
    </>
  );
}
