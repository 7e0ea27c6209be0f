import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { createSession, deleteSession, findSession, SESSION_DAYS, touchSession } from '../../domain/accounts/sessions.js';
import type { AppEnv } from '../env.js';

export function sessionCookieName(production: boolean): string {
  // __Host- cookies must be Secure, so the prefix is used only where HTTPS is certain.
  return production ? '__Host-sangam_session' : 'sangam_session';
}

/**
 * Loads the session, and who is signed in, from its cookie; sessions are created only when a form or a
 * sign-in needs one.
 */
export const session = createMiddleware<AppEnv>(async (c, next) => {
  const { db, config, now } = c.get('deps');
  const cookieName = sessionCookieName(config.isProduction);
  const token = getCookie(c, cookieName);
  let current = token ? await findSession(db, token, now()) : undefined;
  if (current) await touchSession(db, current, now());
  else if (token) deleteCookie(c, cookieName, { path: '/' });

  const setSessionCookie = (value: string) =>
    setCookie(c, cookieName, value, {
      path: '/', httpOnly: true, sameSite: 'Lax', secure: config.isProduction, maxAge: SESSION_DAYS * 86_400,
    });

  c.set('session', current ?? null);
  c.set('viewer', current?.person ?? null);
  c.set('csrfToken', async () => {
    if (!current) {
      const created = await createSession(db, null, {}, now());
      current = created.session;
      c.set('session', current);
      setSessionCookie(created.token);
    }
    return current.csrfToken;
  });
  c.set('startSession', async (personId, data = {}) => {
    if (current) await deleteSession(db, current.id);
    const created = await createSession(db, personId, data, now());
    current = created.session;
    c.set('session', current);
    setSessionCookie(created.token);
  });
  await next();
});
