import { sql } from 'kysely';
import type { Config } from '../config/index.js';
import type { Db } from '../db/connection.js';
import { getSkillTree } from '../domain/skills/data.js';
import type { SkillTree } from '../domain/skills/types.js';
import { translatorFor, type MessageParam } from '../i18n/messages.js';
import type { MailMessage, MailTransport } from '../integrations/mail/transport.js';
import { safeReturnPath } from '../web/forms.js';
import { notificationText } from '../web/presenters/notifications.js';

/** Notifications emailed per run at most; the rest wait for the next run, a minute later. */
export const MAIL_BATCH = 100;

export interface DeliveryCounts { sent: number; skipped: number; failed: number }

interface PendingMail {
  id: number;
  kind: string;
  params: MessageParam[];
  link: string;
  displayName: string;
  lang: string;
  timeZone: string | null;
  wantsEmail: boolean;
  address: string | null;
}

// Contact channels are free text; only something shaped like an address is worth handing to SMTP.
const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

/** The site's address for links in emails. */
export function siteUrl(config: Config): string {
  return config.publicUrl ?? `http://localhost:${config.port}`;
}

/**
 * A notification as an email in the reader's language and time zone (UTC when their profile has none): its
 * sentence, where to act on it, how to stop emails.
 */
export function renderNotificationEmail(
  lang: string, notification: { kind: string; params: MessageParam[]; link: string }, displayName: string, baseUrl: string, skills: SkillTree,
  zone: string | null = null,
): Omit<MailMessage, 'to'> {
  const tr = translatorFor(lang);
  const text = notificationText(tr, notification.kind, notification.params, skills, zone ?? 'UTC');
  return {
    // A subject is one line, whatever a name in it contains.
    subject: tr.t('sangam-email-subject', text).replace(/\s+/g, ' '),
    text: [
      tr.t('sangam-email-greeting', displayName),
      '',
      text,
      '',
      tr.t('sangam-email-open-link', `${baseUrl}${safeReturnPath(notification.link)}`),
      '',
      '-- ',
      tr.t('sangam-email-footer', `${baseUrl}/notifications`),
    ].join('\n'),
  };
}

/**
 * Emails pending notifications, at most `limit` per run, and records each outcome: 'sent', 'skipped'
 * (the person turned emails off or has no email address, or there is no transport) or 'failed'.
 *
 * Each notification is taken in its own short transaction with `for update skip locked`, so any number
 * of processes can run this at once without sending anything twice, a slow SMTP server holds one row
 * rather than a hundred (the owner may be marking them read), and a crash re-sends at most one.
 * A failed send ends the run: the server is likely down, and the rest wait for the next run rather
 * than all being marked failed. Never throws for a send; database errors do propagate.
 */
export async function deliverPendingMail(
  db: Db, transport: MailTransport | null, config: Config, now: Date, limit = MAIL_BATCH,
): Promise<DeliveryCounts> {
  const counts: DeliveryCounts = { sent: 0, skipped: 0, failed: 0 };
  const baseUrl = siteUrl(config);
  for (let i = 0; i < limit; i++) {
    const outcome = await db.transaction().execute(async (trx) => {
      const { rows } = await sql<PendingMail>`
        select n.id, n.kind, n.params, n.link, p.display_name as "displayName", p.interface_language as lang, p.time_zone as "timeZone",
          p.email_notifications as "wantsEmail",
          (select c.value from person_contacts c where c.person_id = n.person_id and c.kind = 'email' order by c.id limit 1) as address
        from notifications n join people p on p.id = n.person_id
        where n.email_state = 'pending'
        order by n.id
        limit 1
        for update of n skip locked`.execute(trx);
      const mail = rows[0];
      if (!mail) return null;
      const address = mail.address?.trim() ?? '';
      let state: 'sent' | 'skipped' | 'failed' = 'skipped';
      if (transport && mail.wantsEmail && ADDRESS.test(address)) {
        try {
          const skills = await getSkillTree(db, translatorFor(mail.lang).lang);
          await transport.send({ to: address, ...renderNotificationEmail(mail.lang, mail, mail.displayName, baseUrl, skills, mail.timeZone) });
          state = 'sent';
        } catch (error) {
          console.warn(`[mail] notification ${mail.id} not sent: ${(error as Error).message}`);
          state = 'failed';
        }
      }
      await trx.updateTable('notifications').set({ email_state: state, emailed_at: state === 'sent' ? now : null })
        .where('id', '=', mail.id).execute();
      return state;
    });
    if (!outcome) break;
    counts[outcome] += 1;
    if (outcome === 'failed') break;
  }
  return counts;
}
