import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { MailTransport } from './transport.js';

/** For development: appends each message to a file instead of sending it, so it can be read there. */
export function createLogFileTransport(path: string, from: string, now: () => Date = () => new Date()): MailTransport {
  return {
    async send(message) {
      await mkdir(dirname(path), { recursive: true });
      const entry = [
        `===== ${now().toISOString()}`, `From: ${from}`, `To: ${message.to}`, `Subject: ${message.subject}`, '', message.text, '', '',
      ].join('\n');
      await appendFile(path, entry, 'utf8');
    },
  };
}
