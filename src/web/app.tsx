import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { setCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { sql } from 'kysely';
import { rememberInterfaceLanguage } from '../domain/notifications/mutations.js';
import { AppError, ValidationError } from '../errors.js';
import { resolveInterfaceLanguage } from '../i18n/messages.js';
import { buildStylesheet } from './assets/stylesheet.js';
import type { AppDeps, AppEnv } from './env.js';
import { safeReturnPath } from './forms.js';
import { csrf } from './middleware/csrf.js';
import { rejectControlCharacters } from './middleware/input.js';
import { LANGUAGE_COOKIE, locale } from './middleware/locale.js';
import { rateLimit } from './middleware/rate-limit.js';
import { session } from './middleware/session.js';
import { pageContext, render, setStylesheetPath } from './render.js';
import { authRoutes } from './routes/auth.js';
import { capacityRoutes } from './routes/capacity.js';
import { communityRoutes } from './routes/communities.js';
import { exchangeRoutes } from './routes/exchanges.js';
import { feedRoutes } from './routes/feeds.js';
import { homeRoutes } from './routes/home.js';
import { interestRoutes } from './routes/interests.js';
import { meRoutes } from './routes/me.js';
import { mentorshipRoutes } from './routes/mentorship.js';
import { notificationRoutes } from './routes/notifications.js';
import { peopleRoutes } from './routes/people.js';
import { publishingRoutes } from './routes/publishing.js';
import { proposalRoutes } from './routes/proposals.js';
import { recruitmentRoutes } from './routes/recruitment.js';
import { skillRoutes } from './routes/skills.js';
import { wikiRoutes } from './routes/wikis.js';
import { workshopRoutes } from './routes/workshops.js';
import { ErrorPage } from './views/error.js';

export function createApp(deps: AppDeps) {
  const stylesheet = buildStylesheet();
  setStylesheetPath(stylesheet.path);
  const app = new Hono<AppEnv>();

  app.use(compress());
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"], frameAncestors: ["'none'"], baseUri: ["'none'"], objectSrc: ["'none'"],
      },
      strictTransportSecurity: deps.config.isProduction ? 'max-age=63072000; includeSubDomains' : false,
      referrerPolicy: 'same-origin',
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(async (c, next) => {
    c.set('deps', deps);
    await next();
  });

  // Reached by load balancers before anything that needs a session or a language.
  app.get('/healthz', async (c) => {
    try {
      await sql`select 1`.execute(deps.db);
      return c.text('ok');
    } catch {
      return c.text('database unavailable', 503);
    }
  });
  app.get(stylesheet.path, (c) => {
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(stylesheet.css, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
  app.get('/favicon.ico', (c) => c.body(null, 204));

  app.use(locale);
  // Forms here are small; anything larger is refused before it is read.
  app.use(bodyLimit({ maxSize: 64 * 1024, onError: () => { throw new AppError('too-large', 413, 'sangam-error-too-large'); } }));
  app.use(session);
  app.use(rateLimit('writes'));
  app.use(csrf, rejectControlCharacters);

  // The language selector: remembers the choice in a cookie and goes back to the page.
  app.get('/language', async (c) => {
    const lang = resolveInterfaceLanguage(c.req.query('uselang') ?? '');
    if (lang) setCookie(c, LANGUAGE_COOKIE, lang, { path: '/', maxAge: 365 * 86_400, sameSite: 'Lax', secure: deps.config.isProduction });
    // Emails to a signed-in person are written in the language they chose last.
    const viewer = c.get('viewer');
    if (lang && viewer) await rememberInterfaceLanguage(deps.db, viewer.id, lang);
    return c.redirect(safeReturnPath(c.req.query('return')), 303);
  });

  app.route('/', homeRoutes);
  app.route('/', authRoutes);
  app.route('/', peopleRoutes);
  app.route('/', meRoutes);
  app.route('/', mentorshipRoutes);
  app.route('/', skillRoutes);
  app.route('/', notificationRoutes);
  app.route('/', exchangeRoutes);
  app.route('/', recruitmentRoutes);
  app.route('/', proposalRoutes);
  app.route('/', capacityRoutes);
  app.route('/', wikiRoutes);
  app.route('/', interestRoutes);
  app.route('/', communityRoutes);
  app.route('/', workshopRoutes);
  app.route('/', publishingRoutes);
  app.route('/', feedRoutes);

  app.notFound(async (c) => {
    const ctx = await pageContext(c);
    return render(c, ctx, ctx.t('sangam-error-not-found-title'), <ErrorPage ctx={ctx} messageKey="sangam-error-not-found" />, 404);
  });

  app.onError(async (error, c) => {
    const known = error instanceof AppError ? error : null;
    if (!known) console.error(`[web] ${c.req.method} ${new URL(c.req.url).pathname}:`, error);
    if (!c.get('tr')) return c.text('Internal error', 500);
    const status = known?.status ?? 500;
    if (status === 401 && c.req.method === 'GET') {
      return c.redirect(`/signin?return=${encodeURIComponent(new URL(c.req.url).pathname)}`, 303);
    }
    if (status === 429) c.header('Retry-After', '60');
    const ctx = await pageContext(c).catch(() => null);
    if (!ctx) return c.text('Internal error', 500);
    const details = known instanceof ValidationError
      ? Object.values(known.fields).map((f) => ctx.t(f.key, ...(f.params ?? []))) : [];
    const page = <ErrorPage ctx={ctx} messageKey={known?.messageKey ?? 'sangam-error-internal'} params={known?.params} details={details} />;
    return render(c, ctx, ctx.t('sangam-error-title'), page, status);
  });

  return app;
}
