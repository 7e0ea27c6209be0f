import type { Db } from '../../db/connection.js';
import type { NewNotification } from './types.js';

/**
 * Records notifications for the dashboard; the mail job emails the pending ones. Takes a transaction
 * as well as the database, so a notification is stored with the change it tells about, or not at all.
 */
export async function notify(db: Db, notifications: NewNotification[]): Promise<void> {
  if (!notifications.length) return;
  await db.insertInto('notifications').values(notifications.map((n) => ({
    person_id: n.personId, kind: n.kind, params: JSON.stringify(n.params), link: n.link,
  }))).execute();
}
