import { createTransport } from 'nodemailer';
import type { MailTransport } from './transport.js';

/**
 * Sends through the SMTP server at `url` (smtp:// or smtps://, with credentials in the URL). The
 * timeouts are short so that an unreachable server fails a job run quickly instead of holding it.
 */
export function createSmtpTransport(url: string, from: string): MailTransport {
  const transporter = createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  return {
    async send(message) {
      await transporter.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
