import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.js';

/** Who is signed in, from the session (a deleted person's sessions are gone with them). */
export const viewer = createMiddleware<AppEnv>(async (c, next) => {
  const current = c.get('session');
  if (current?.personId) {
    const person = await c.get('deps').db.selectFrom('people').select(['id', 'username', 'role'])
      .where('id', '=', current.personId).executeTakeFirst();
    c.set('viewer', person ?? null);
  }
  await next();
});
