import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/connection.js';

// A person's private calendar address carries a random token instead of their id, so the address itself is
// the secret: anyone holding it sees the person's sessions and online links, and replacing it revokes it.

/** 32 random bytes in base64url: always 43 characters of [A-Za-z0-9_-]. */
export const CALENDAR_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export async function getCalendarToken(db: Db, personId: number): Promise<string | null> {
  const row = await db.selectFrom('calendar_tokens').select('token').where('person_id', '=', personId).executeTakeFirst();
  return row?.token ?? null;
}

/** Creates the person's token, or replaces it so that the old address stops working at once. */
export async function replaceCalendarToken(db: Db, personId: number, now: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.insertInto('calendar_tokens').values({ person_id: personId, token, created_at: now })
    .onConflict((oc) => oc.column('person_id').doUpdateSet({ token, created_at: now })).execute();
  return token;
}
