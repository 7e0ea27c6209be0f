import type { Child } from 'hono/jsx';
import { html } from 'hono/html';
import { saveSessionData } from '../domain/accounts/sessions.js';
import { autonym } from '../i18n/languages.js';
import { INTERFACE_LANGUAGES, type MessageKey, type MessageParam } from '../i18n/messages.js';
import type { AppContext } from './env.js';
import { Layout } from './views/layout.js';
import type { PageContext } from './views/page-context.js';

let stylesheetPath = '/assets/style.css';
export function setStylesheetPath(path: string): void {
  stylesheetPath = path;
}

const interfaceLanguages = INTERFACE_LANGUAGES.map((code) => ({ code, name: autonym(code) }));

/**
 * The context every view gets. `forms` asks for a CSRF token, creating an anonymous session if needed;
 * pages without forms create no session at all.
 */
export async function pageContext(c: AppContext, options: { forms?: boolean } = {}): Promise<PageContext> {
  const viewer = c.get('viewer');
  const session = c.get('session');
  const csrf = options.forms || viewer ? await c.get('csrfToken')() : null;
  let flash: PageContext['flash'] = null;
  if (session?.data.flash) {
    const stored = session.data.flash as { kind: 'success' | 'error'; key: MessageKey; params?: MessageParam[] };
    flash = { kind: stored.kind, text: c.get('tr').t(stored.key, ...(stored.params ?? [])) };
    delete session.data.flash;
    await saveSessionData(c.get('deps').db, session);
  }
  return {
    ...c.get('tr'), viewer, csrf, flash, path: new URL(c.req.url).pathname,
    stylesheet: stylesheetPath, interfaceLanguages, isAdmin: viewer?.role === 'admin',
    unreadNotifications: viewer ? session?.unreadNotifications ?? 0 : 0,
  };
}

export function render(c: AppContext, ctx: PageContext, title: string, body: Child, status: 200 | 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500 = 200) {
  return c.html(html`<!DOCTYPE html>${<Layout ctx={ctx} title={title}>{body}</Layout>}`, status);
}

/** A message shown once on the next page, as a redirect after a successful POST. */
export async function flash(c: AppContext, kind: 'success' | 'error', key: MessageKey, params: MessageParam[] = []): Promise<void> {
  const session = c.get('session');
  if (!session) return;
  session.data.flash = { kind, key, params };
  await saveSessionData(c.get('deps').db, session);
}
