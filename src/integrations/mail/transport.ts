import { join } from 'node:path';
import type { Config } from '../../config/index.js';
import { createLogFileTransport } from './log-file.js';
import { createSmtpTransport } from './smtp.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends one message or throws; the sender (MAIL_FROM) is the transport's business. */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
}

/**
 * SMTP when SMTP_URL is set; otherwise, outside production, a log file in the data folder, so that
 * development shows what would be sent. In production without SMTP there is no transport (null) and
 * notifications are kept on the dashboard only, their email marked skipped.
 */
export function createMailTransport(config: Config): MailTransport | null {
  if (config.mail.smtpUrl) return createSmtpTransport(config.mail.smtpUrl, config.mail.from);
  if (!config.isProduction) return createLogFileTransport(join(config.dataDir, 'mail.log'), config.mail.from);
  console.warn('[mail] SMTP_URL is not set: notifications will not be emailed');
  return null;
}
