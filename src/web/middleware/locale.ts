import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { translatorFor } from '../../i18n/messages.js';
import { negotiateLanguage } from '../../i18n/negotiate.js';
import type { AppEnv } from '../env.js';

export const LANGUAGE_COOKIE = 'sangam_lang';

/** The interface language: ?uselang=, then the language cookie, then Accept-Language. */
export const locale = createMiddleware<AppEnv>(async (c, next) => {
  const lang = negotiateLanguage({
    uselang: c.req.query('uselang'),
    cookie: getCookie(c, LANGUAGE_COOKIE),
    acceptLanguage: c.req.header('accept-language'),
  });
  c.set('tr', translatorFor(lang));
  c.header('Content-Language', lang);
  c.header('Vary', 'Accept-Language, Cookie');
  await next();
});
