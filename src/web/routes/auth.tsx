import { Hono } from 'hono';
import { z } from 'zod';
import { rememberInterfaceLanguage } from '../../domain/notifications/mutations.js';
import { findOrCreatePerson } from '../../domain/people/mutations.js';
import { validate } from '../../domain/validation.js';
import { AppError, ValidationError } from '../../errors.js';
import { beginAuthorization, completeAuthorization, type PendingAuthorization } from '../../integrations/wiki/oauth.js';
import type { AppContext, AppEnv } from '../env.js';
import { field, formBody, safeReturnPath } from '../forms.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { flash, pageContext, render } from '../render.js';
import { SignInPage } from '../views/signin.js';

// MediaWiki's title-illegal characters and its 85-character limit for usernames.
const DevSignInSchema = z.object({
  username: z.string().trim().min(1, { message: 'sangam-error-required' }).max(85, { message: 'sangam-error-too-long' })
    .regex(/^[^#<>[\]|{}/@:\u0000-\u001f]+$/u, { message: 'sangam-error-username' })
    .transform((u) => u.charAt(0).toUpperCase() + u.slice(1).replace(/_/g, ' ')),
});

function devSignInAllowed(c: AppContext): boolean {
  const { config } = c.get('deps');
  return !config.oauth && !config.isProduction;
}

function callbackUrl(c: AppContext): string {
  const base = c.get('deps').config.publicUrl ?? new URL(c.req.url).origin;
  return `${base}/oauth/callback`;
}

async function showSignIn(c: AppContext, username: string, returnTo: string, errors?: ValidationError['fields']) {
  const ctx = await pageContext(c, { forms: true });
  const page = <SignInPage ctx={ctx} oauth={!!c.get('deps').config.oauth} devSignIn={devSignInAllowed(c)} username={username} returnTo={returnTo} errors={errors} />;
  return render(c, ctx, ctx.t('sangam-signin-title'), page, errors ? 400 : 200);
}

export const authRoutes = new Hono<AppEnv>()
  .use('/signin/dev', rateLimit('signIn'))
  .use('/signin/wikimedia', rateLimit('signIn', ['GET']))
  .use('/oauth/callback', rateLimit('signIn', ['GET']))
  .get('/signin', (c) => showSignIn(c, '', safeReturnPath(c.req.query('return'))))
  .post('/signin/dev', async (c) => {
    if (!devSignInAllowed(c)) throw new AppError('dev-signin-disabled', 404, 'sangam-error-not-found');
    const body = await formBody(c);
    const returnTo = safeReturnPath(field(body, 'return'));
    try {
      const { username } = validate(DevSignInSchema, { username: field(body, 'username') });
      const { db, config } = c.get('deps');
      const person = await findOrCreatePerson(db, { username, centralId: null }, config.configuredRoles);
      await rememberInterfaceLanguage(db, person.id, c.get('tr').lang);
      await c.get('startSession')(person.id);
      await flash(c, 'success', 'sangam-signin-welcome', [person.username]);
      return c.redirect(returnTo === '/' ? '/me' : returnTo, 303);
    } catch (error) {
      if (error instanceof ValidationError) return showSignIn(c, field(body, 'username'), returnTo, error.fields);
      throw error;
    }
  })
  .get('/signin/wikimedia', async (c) => {
    const settings = c.get('deps').config.oauth;
    if (!settings) throw new AppError('oauth-not-configured', 404, 'sangam-error-not-found');
    const { url, pending } = await beginAuthorization(settings, callbackUrl(c));
    await c.get('startSession')(null, { oauth: pending, returnTo: safeReturnPath(c.req.query('return')) });
    return c.redirect(url, 302);
  })
  .get('/oauth/callback', async (c) => {
    const settings = c.get('deps').config.oauth;
    const session = c.get('session');
    const pending = session?.data.oauth as PendingAuthorization | undefined;
    if (!settings || !pending) throw new AppError('oauth-no-pending', 400, 'sangam-error-oauth-failed');
    let profile;
    try {
      profile = await completeAuthorization(settings, new URL(c.req.url), pending);
    } catch (error) {
      console.warn(`[oauth] sign-in failed: ${(error as Error).message}`);
      throw new AppError('oauth-failed', 400, 'sangam-error-oauth-failed');
    }
    const { db, config } = c.get('deps');
    const person = await findOrCreatePerson(db, { username: profile.username, centralId: profile.sub }, config.configuredRoles);
    // Emails are written in the language the person last used here.
    await rememberInterfaceLanguage(db, person.id, c.get('tr').lang);
    const returnTo = safeReturnPath(session?.data.returnTo as string | undefined);
    await c.get('startSession')(person.id);
    await flash(c, 'success', 'sangam-signin-welcome', [person.username]);
    return c.redirect(returnTo === '/' ? '/me' : returnTo, 303);
  })
  .post('/signout', async (c) => {
    await c.get('startSession')(null);
    return c.redirect('/', 303);
  });
