import { getConnInfo } from '@hono/node-server/conninfo';
import { createMiddleware } from 'hono/factory';
import { hitRateLimit } from '../../domain/accounts/sessions.js';
import { RateLimitedError } from '../../errors.js';
import type { AppContext, AppEnv } from '../env.js';

export function clientAddress(c: AppContext): string {
  if (c.get('deps').config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}

/**
 * Limits requests per person (or per address when anonymous) per minute, counted in PostgreSQL so
 * that every process shares the count. `writes` applies to every POST; `signIn` to starting a sign-in.
 */
export function rateLimit(name: 'writes' | 'signIn', methods: string[] = ['POST']) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (methods.includes(c.req.method)) {
      const { db, config, now } = c.get('deps');
      const who = c.get('viewer')?.id ?? clientAddress(c);
      const allowed = await hitRateLimit(db, `${name}:${who}`, config.rateLimits[name], 60, now());
      if (!allowed) throw new RateLimitedError();
    }
    await next();
  });
}
