import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/connection.js';
import { NOTIFICATIONS_PER_PAGE, UNREAD_COUNT_WINDOW, type Notification } from './types.js';

const COLUMNS = ['id', 'kind', 'params', 'link', 'created_at', 'read_at'] as const;

function toNotification(row: { id: number; kind: string; params: unknown[]; link: string; created_at: Date; read_at: Date | null }): Notification {
  return {
    id: Number(row.id), kind: row.kind, link: row.link, createdAt: row.created_at, readAt: row.read_at,
    params: row.params.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number'),
  };
}

/**
 * A person's notifications, newest first, `limit` at a time; `before` is the id the previous page ended
 * at. One row past the page is read to know whether there is an older page.
 */
export async function listNotifications(
  db: Db, personId: number, options: { limit?: number; before?: number } = {},
): Promise<{ items: Notification[]; olderBefore: number | null }> {
  const limit = options.limit ?? NOTIFICATIONS_PER_PAGE;
  let query = db.selectFrom('notifications').select(COLUMNS).where('person_id', '=', personId);
  if (options.before !== undefined) query = query.where('id', '<', options.before);
  const rows = await query.orderBy('id', 'desc').limit(limit + 1).execute();
  const items = rows.slice(0, limit).map(toNotification);
  return { items, olderBefore: rows.length > limit ? items[items.length - 1].id : null };
}

/**
 * Unread notifications among the person's latest UNREAD_COUNT_WINDOW, as a scalar subquery on the
 * person id expression given (a column of the outer query), for the header's one query per request.
 */
export function unreadCountSql(personId: RawBuilder<unknown>): RawBuilder<number> {
  return sql<number>`(select count(*) from (
    select n.read_at from notifications n where n.person_id = ${personId} order by n.id desc limit ${sql.lit(UNREAD_COUNT_WINDOW)}
  ) latest where latest.read_at is null)`;
}

/** The unread count the header shows, on its own (the header reads it with the session). */
export async function countUnread(db: Db, personId: number): Promise<number> {
  const { rows } = await sql<{ unread: number }>`select ${unreadCountSql(sql`${personId}`)} as unread`.execute(db);
  return Number(rows[0].unread);
}

/** The person's email preference, and whether they have an email address to send to. */
export async function getEmailSettings(db: Db, personId: number): Promise<{ enabled: boolean; hasAddress: boolean } | undefined> {
  const row = await db.selectFrom('people as p').select((eb) => [
    'p.email_notifications',
    eb.exists(eb.selectFrom('person_contacts as c').select('c.id').whereRef('c.person_id', '=', 'p.id').where('c.kind', '=', 'email')).as('has_address'),
  ]).where('p.id', '=', personId).executeTakeFirst();
  return row && { enabled: row.email_notifications, hasAddress: Boolean(row.has_address) };
}

/** A person's notifications as stored, for their data export. */
export async function exportNotifications(db: Db, personId: number) {
  return db.selectFrom('notifications').select(['kind', 'params', 'link', 'created_at', 'read_at', 'email_state', 'emailed_at'])
    .where('person_id', '=', personId).orderBy('id').execute();
}
