import { chunks } from '../../db/chunks.js';
import type { Db } from '../../db/connection.js';
import type { NewNotification } from './types.js';

/**
 * Records notifications for the dashboard; the mail job emails the pending ones. Takes a transaction
 * as well as the database, so a notification is stored with the change it tells about, or not at all.
 */
export async function notify(db: Db, notifications: NewNotification[]): Promise<void> {
  for (const group of chunks(notifications)) {
    await db.insertInto('notifications').values(group.map((n) => ({
      person_id: n.personId, kind: n.kind, params: JSON.stringify(n.params), link: n.link,
    }))).execute();
  }
}

/** Marks every unread notification of the person read; returns how many were. */
export async function markAllRead(db: Db, personId: number, now: Date): Promise<number> {
  const result = await db.updateTable('notifications').set({ read_at: now })
    .where('person_id', '=', personId).where('read_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Marks one notification read if it is the person's own; false when there is no such notification of
 * theirs, so nobody can learn about or touch another person's.
 */
export async function markRead(db: Db, personId: number, notificationId: number, now: Date): Promise<boolean> {
  const row = await db.updateTable('notifications').set((eb) => ({ read_at: eb.fn.coalesce('read_at', eb.val(now)) }))
    .where('id', '=', notificationId).where('person_id', '=', personId).returning('id').executeTakeFirst();
  return !!row;
}

/** Whether notifications are also emailed (to the email address among the person's contact channels). */
export async function setEmailNotifications(db: Db, personId: number, enabled: boolean): Promise<void> {
  await db.updateTable('people').set({ email_notifications: enabled }).where('id', '=', personId).execute();
}

/**
 * Remembers the interface language the person last used, which their emails are written in. Writes only
 * when it changed, so calling it on every sign-in costs a read.
 */
export async function rememberInterfaceLanguage(db: Db, personId: number, lang: string): Promise<void> {
  await db.updateTable('people').set({ interface_language: lang })
    .where('id', '=', personId).where('interface_language', '<>', lang).execute();
}
