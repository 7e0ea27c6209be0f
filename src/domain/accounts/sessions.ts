import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import { unreadCountSql } from '../notifications/data.js';
import type { Role } from '../people/types.js';

export const SESSION_DAYS = 30;

export interface SessionRecord {
  id: string;
  personId: number | null;
  /** Who is signed in, read with the session in one query (gone with the person when they delete). */
  person: { id: number; username: string; role: Role } | null;
  /** Unread notifications of the signed-in person, for the header; read in the same query. */
  unreadNotifications: number;
  csrfToken: string;
  data: Record<string, unknown>;
  expiresAt: Date;
}

// The cookie carries a random token; the database keeps only its hash, so a leaked table opens no session.
const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');
const newToken = () => randomBytes(32).toString('base64url');
const expiry = (now: Date) => new Date(now.getTime() + SESSION_DAYS * 86_400_000);

export async function createSession(db: Db, personId: number | null, data: Record<string, unknown>, now: Date): Promise<{ token: string; session: SessionRecord }> {
  const token = newToken();
  const session: SessionRecord = { id: hashToken(token), personId, person: null, unreadNotifications: 0, csrfToken: newToken(), data, expiresAt: expiry(now) };
  await db.insertInto('sessions').values({
    id: session.id, person_id: personId, csrf_token: session.csrfToken, data: JSON.stringify(data), expires_at: session.expiresAt,
  }).execute();
  return { token, session };
}

export async function findSession(db: Db, token: string, now: Date): Promise<SessionRecord | undefined> {
  const row = await db.selectFrom('sessions as s').leftJoin('people as p', 'p.id', 's.person_id')
    .select(['s.id', 's.person_id', 's.csrf_token', 's.data', 's.expires_at', 'p.username', 'p.role'])
    .select(unreadCountSql(sql.ref('s.person_id')).as('unread'))
    .where('s.id', '=', hashToken(token)).where('s.expires_at', '>', now).executeTakeFirst();
  if (!row) return undefined;
  const person = row.person_id !== null && row.username && row.role ? { id: row.person_id, username: row.username, role: row.role } : null;
  const unreadNotifications = person ? Number(row.unread) : 0;
  return { id: row.id, personId: row.person_id, person, unreadNotifications, csrfToken: row.csrf_token, data: row.data, expiresAt: row.expires_at };
}

export async function saveSessionData(db: Db, session: SessionRecord): Promise<void> {
  await db.updateTable('sessions').set({ data: JSON.stringify(session.data) }).where('id', '=', session.id).execute();
}

/** Pushes the expiry forward, at most once a day per session to keep reads cheap. */
export async function touchSession(db: Db, session: SessionRecord, now: Date): Promise<void> {
  if (session.expiresAt.getTime() - now.getTime() > (SESSION_DAYS - 1) * 86_400_000) return;
  await db.updateTable('sessions').set({ expires_at: expiry(now) }).where('id', '=', session.id).execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Counts a hit in a fixed window shared by every process; true while the bucket is within its limit.
 */
export async function hitRateLimit(db: Db, bucket: string, limit: number, windowSeconds: number, now: Date): Promise<boolean> {
  const windowStart = new Date(Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000);
  const { hits } = await db.insertInto('rate_limits').values({ bucket, window_start: windowStart, hits: 1 })
    .onConflict((oc) => oc.columns(['bucket', 'window_start']).doUpdateSet({ hits: sql`rate_limits.hits + 1` }))
    .returning('hits').executeTakeFirstOrThrow();
  if (hits === 1 && Math.random() < 0.01) {
    await db.deleteFrom('rate_limits').where('window_start', '<', new Date(now.getTime() - 86_400_000)).execute();
  }
  return hits <= limit;
}
