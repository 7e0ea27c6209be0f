import type { Child } from 'hono/jsx';
import { CSRF_FIELD } from '../middleware/csrf.js';
import type { PageContext } from './page-context.js';

export function CsrfField({ ctx }: { ctx: PageContext }) {
  return <input type="hidden" name={CSRF_FIELD} value={ctx.csrf ?? ''} />;
}

function NavLink({ ctx, href, children }: { ctx: PageContext; href: string; children: Child }) {
  const current = href === '/' ? ctx.path === '/' : ctx.path.startsWith(href);
  return <li><a href={href} aria-current={current ? 'page' : undefined}>{children}</a></li>;
}

export function Layout({ ctx, title, children }: { ctx: PageContext; title: string; children: Child }) {
  const { t } = ctx;
  return (
    <html lang={ctx.lang} dir={ctx.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{t('sangam-page-title', title)}</title>
        <link rel="stylesheet" href={ctx.stylesheet} />
      </head>
      <body>
        <a class="skip" href="#content">{t('sangam-skip-to-content')}</a>
        <header class="site-header">
          <div class="bar">
            <a class="brand" href="/">{t('sangam-name')}</a>
            <nav class="site-nav" aria-label={t('sangam-nav-label')}>
              <ul>
                <NavLink ctx={ctx} href="/people">{t('sangam-nav-directory')}</NavLink>
                <NavLink ctx={ctx} href="/skills">{t('sangam-nav-skills')}</NavLink>
                <NavLink ctx={ctx} href="/mentorship">{t('sangam-nav-mentorship')}</NavLink>
                <NavLink ctx={ctx} href="/sessions">{t('sangam-nav-workshops')}</NavLink>
                <NavLink ctx={ctx} href="/communities">{t('sangam-nav-communities')}</NavLink>
                {ctx.viewer && <NavLink ctx={ctx} href="/me">{t('sangam-nav-my-profile')}</NavLink>}
                {ctx.isAdmin && <NavLink ctx={ctx} href="/admin/skills">{t('sangam-nav-admin-skills')}</NavLink>}
              </ul>
            </nav>
            <div class="tools">
              <form method="get" action="/language">
                <label for="uselang" class="visually-hidden">{t('sangam-language-label')}</label>
                <select id="uselang" name="uselang">
                  {ctx.interfaceLanguages.map((l) => (
                    <option value={l.code} lang={l.code} selected={l.code === ctx.lang}>{l.name}</option>
                  ))}
                </select>
                <input type="hidden" name="return" value={ctx.path} />
                <button class="cdx-button" type="submit">{t('sangam-language-submit')}</button>
              </form>
              {ctx.viewer && (
                <a href="/notifications" aria-current={ctx.path === '/notifications' ? 'page' : undefined}>
                  {ctx.unreadNotifications > 0 ? t('sangam-nav-notifications-unread', ctx.unreadNotifications) : t('sangam-nav-notifications')}
                </a>
              )}
              {ctx.viewer ? (
                <form method="post" action="/signout">
                  <CsrfField ctx={ctx} />
                  <span class="small">{ctx.viewer.username}</span>{' '}
                  <button class="cdx-button cdx-button--quiet" type="submit">{t('sangam-signout')}</button>
                </form>
              ) : (
                <a class="cdx-button cdx-button--primary" href="/signin">{t('sangam-signin')}</a>
              )}
            </div>
          </div>
        </header>
        <main id="content" tabindex={-1}>
          {ctx.flash && (
            <div class={`cdx-message cdx-message--${ctx.flash.kind}`} role={ctx.flash.kind === 'error' ? 'alert' : 'status'}>{ctx.flash.text}</div>
          )}
          {children}
        </main>
        <footer class="site-footer">
          <p>{t('sangam-footer-about')}</p>
          <p><a href="/about">{t('sangam-footer-about-link')}</a></p>
        </footer>
      </body>
    </html>
  );
}
