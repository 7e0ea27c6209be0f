import { createMiddleware } from 'hono/factory';
import { AppError } from '../../errors.js';
import type { AppEnv } from '../env.js';

// PostgreSQL cannot store NUL, and no form here wants other control characters: refusing them at
// the edge turns what would be a database error into a clear 400.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const rejectControlCharacters = createMiddleware<AppEnv>(async (c, next) => {
  const values: unknown[] = Object.values(c.req.queries()).flat();
  if (c.req.method === 'POST' && /^(application\/x-www-form-urlencoded|multipart\/form-data)/.test(c.req.header('content-type') ?? '')) {
    values.push(...Object.values(await c.req.parseBody({ all: true })).flat());
  }
  if (values.some((v) => typeof v === 'string' && CONTROL.test(v))) throw new AppError('control-characters', 400, 'sangam-error-bad-form');
  await next();
});
