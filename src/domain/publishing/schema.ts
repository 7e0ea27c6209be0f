import { z } from 'zod';

// Messages are message keys, so the route can show them in the user's language.

export const AUTH_KINDS = ['bot-password', 'oauth'] as const;
export type AuthKind = (typeof AUTH_KINDS)[number];

/** Namespaces whose pages change how the wiki works (scripts, styles, messages) are never written to. */
const FORBIDDEN_NAMESPACES = new Set(['mediawiki', 'module', 'special', 'media', 'file', 'image', 'gadget', 'gadget definition', 'widget']);

/**
 * The address of a wiki's api.php: http(s), no credentials in it, nothing after the path. With `httpsOnly`
 * (production) also no plain http and no address that names a host by number or as localhost.
 */
export function apiUrlProblem(value: string, httpsOnly: boolean): 'sangam-publishing-error-api-url' | 'sangam-publishing-error-api-url-https' | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'sangam-publishing-error-api-url';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'sangam-publishing-error-api-url';
  if (url.username || url.password || url.search || url.hash || !url.pathname.endsWith('/api.php')) return 'sangam-publishing-error-api-url';
  if (httpsOnly) {
    const numericHost = /^[\d.]+$/.test(url.hostname) || url.hostname.startsWith('[');
    if (url.protocol !== 'https:' || numericHost || url.hostname === 'localhost' || !url.hostname.includes('.')) return 'sangam-publishing-error-api-url-https';
  }
  return null;
}

/** The form on /communities/:slug/wiki-publishing; a blank secret keeps the one stored. */
export function credentialsFormSchema(options: { httpsOnly: boolean }) {
  return z.object({
    apiUrl: z.string().trim().min(1, { message: 'sangam-error-required' }).max(500, { message: 'sangam-error-too-long' })
      .superRefine((value, ctx) => {
        const problem = apiUrlProblem(value, options.httpsOnly);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    authKind: z.enum(AUTH_KINDS, { message: 'sangam-error-invalid-choice' }),
    username: z.string().trim().max(255, { message: 'sangam-error-too-long' }),
    secret: z.string().trim().max(4096, { message: 'sangam-error-too-long' }),
  }).superRefine((input, ctx) => {
    // Special:BotPasswords shows the name to sign in with as "User@app" and a password of 32 or more characters.
    if (input.authKind === 'bot-password') {
      if (!/^[^@\s][^@]*@[^@]+$/.test(input.username)) ctx.addIssue({ code: 'custom', path: ['username'], message: 'sangam-publishing-error-bot-username' });
      if (input.secret && !/^\S{32,}$/.test(input.secret)) ctx.addIssue({ code: 'custom', path: ['secret'], message: 'sangam-publishing-error-bot-password' });
    } else if (input.secret && !/^\S{20,}$/.test(input.secret)) {
      ctx.addIssue({ code: 'custom', path: ['secret'], message: 'sangam-publishing-error-oauth-token' });
    }
  });
}
export type CredentialsInput = z.infer<ReturnType<typeof credentialsFormSchema>>;

/** A page title the wiki would accept, outside the namespaces that hold its scripts, styles and messages. */
export const PageTitleSchema = z.object({
  pageTitle: z.string().transform((v) => v.replace(/[\s_]+/g, ' ').trim())
    .pipe(z.string().min(1, { message: 'sangam-error-required' })
      .refine((v) => Buffer.byteLength(v) <= 255, { message: 'sangam-error-too-long' })
      .refine((v) => !/[#<>[\]|{}\u0000-\u001f\u007f]|%[0-9a-f]{2}|~{3}/i.test(v) && !v.startsWith(':') && !/(^|\/)\.\.?(\/|$)/.test(v), {
        message: 'sangam-publishing-error-page-title',
      })
      .refine((v) => !FORBIDDEN_NAMESPACES.has(v.split(':')[0]!.trim().toLowerCase()) && !/\.(js|css|json)$/i.test(v), {
        message: 'sangam-publishing-error-page-namespace',
      })),
});
