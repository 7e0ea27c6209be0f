import { timingSafeEqual } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import { AppError } from '../../errors.js';
import type { AppEnv } from '../env.js';

export const CSRF_FIELD = '_csrf';

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Every POST must carry the session's token in a form field: a synchronizer token that works without JavaScript. */
export const csrf = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.method === 'POST') {
    const type = c.req.header('content-type') ?? '';
    if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/.test(type)) {
      throw new AppError('unsupported-body', 400, 'sangam-error-bad-form');
    }
    const body = await c.req.parseBody({ all: true }).catch(() => {
      throw new AppError('unreadable-body', 400, 'sangam-error-bad-form');
    });
    const sent = body[CSRF_FIELD];
    const expected = c.get('session')?.csrfToken;
    if (typeof sent !== 'string' || !expected || !sameToken(sent, expected)) {
      throw new AppError('csrf', 403, 'sangam-error-csrf');
    }
  }
  await next();
});
