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

/** Limits writes per person (or per address when anonymous); sign-in has its own, stricter bucket. */
export function rateLimit(name: string, limit: number, windowSeconds: number, methods: string[] = ['POST']) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (methods.includes(c.req.method)) {
      const who = c.get('viewer')?.id ?? clientAddress(c);
      const allowed = await hitRateLimit(c.get('deps').db, `${name}:${who}`, limit, windowSeconds, c.get('deps').now());
      if (!allowed) throw new RateLimitedError();
    }
    await next();
  });
}
