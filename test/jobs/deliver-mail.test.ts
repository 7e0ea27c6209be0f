import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { notify } from '../../src/domain/notifications/mutations.js';
import type { NewNotification } from '../../src/domain/notifications/types.js';
import { resolveSkillSlug } from '../../src/domain/skills/data.js';
import { createMailTransport } from '../../src/integrations/mail/transport.js';
import { deliverPendingMail } from '../../src/jobs/deliver-mail.js';
import { testConfig } from '../client.js';
import { useTestDatabase } from '../db.js';
import { createPerson } from '../factories.js';

const database = useTestDatabase();

interface ReceivedMail { to: string[]; subject: string; text: string }

/** Just enough MIME to read what nodemailer writes: one text part, encoded words in the subject. */
function parseMail(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(head)?.[1] ?? '';
  const subject = header('Subject').replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, encoding: string, data: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'));
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text = encoding === 'base64'
    ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    : encoding === 'quoted-printable'
      ? Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8')
      : body;
  return { subject, text: text.replace(/\r\n/g, '\n') };
}

let received: ReceivedMail[] = [];
let smtp: SMTPServer;
let smtpUrl: string;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        // A little latency, so that concurrent deliveries really overlap.
        setTimeout(() => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), ...parseMail(Buffer.concat(chunks).toString('utf8')) });
          callback();
        }, 15);
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});
beforeEach(async () => {
  received = [];
  // Each test starts from an empty queue, whatever the previous one left pending.
  await database.db.deleteFrom('notifications').execute();
});

const NOW = new Date('2026-11-23T09:00:00Z');
let lua = 0;
beforeAll(async () => {
  lua = (await resolveSkillSlug(database.db, 'lua-modules'))!.id;
});
const started = (personId: number): NewNotification => ({ personId, kind: 'mentorship-started', params: [lua, 'Asha'], link: '/mentorship/4' });
const state = async (personId: number) =>
  database.db.selectFrom('notifications').select(['email_state', 'emailed_at']).where('person_id', '=', personId).executeTakeFirstOrThrow();

describe('emailing notifications', () => {
  it('sends a mail in the person’s interface language, with the link and how to stop emails', async () => {
    const meera = await createPerson(database.db, { username: 'Meera', displayName: 'मीरा', contacts: [{ kind: 'email', value: 'meera@example.org' }] });
    await database.db.updateTable('people').set({ interface_language: 'hi' }).where('id', '=', meera.id).execute();
    await notify(database.db, [started(meera.id)]);
    const config = testConfig({ SMTP_URL: smtpUrl, PUBLIC_URL: 'https://sangam.example.org', MAIL_FROM: 'Sangam <noreply@sangam.example.org>' });

    const counts = await deliverPendingMail(database.db, createMailTransport(config), config, NOW);

    expect(counts).toEqual({ sent: 1, skipped: 0, failed: 0 });
    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail.to).toEqual(['meera@example.org']);
    expect(mail.subject).toBe('संगम: Asha के साथ Lua और Scribunto मॉड्यूल के लिए आपका मार्गदर्शन शुरू हो गया है: आप दोनों ने स्वीकार कर लिया है।');
    expect(mail.text).toContain('नमस्ते मीरा,');
    expect(mail.text).toContain('https://sangam.example.org/mentorship/4');
    expect(mail.text).toContain('https://sangam.example.org/notifications');
    expect(mail.text).toContain('“इनके बारे में मुझे ईमेल भेजें”');
    expect(await state(meera.id)).toEqual({ email_state: 'sent', emailed_at: NOW });

    // Sent once: the next run finds nothing to do.
    expect(await deliverPendingMail(database.db, createMailTransport(config), config, NOW)).toEqual({ sent: 0, skipped: 0, failed: 0 });
    expect(received).toHaveLength(1);
  });

  it('skips people without an email address, and people who turned emails off', async () => {
    const noAddress = await createPerson(database.db, { contacts: [{ kind: 'telegram', value: '@someone' }] });
    const optedOut = await createPerson(database.db, { contacts: [{ kind: 'email', value: 'quiet@example.org' }] });
    await database.db.updateTable('people').set({ email_notifications: false }).where('id', '=', optedOut.id).execute();
    const notAnAddress = await createPerson(database.db, { contacts: [{ kind: 'email', value: 'write to me on my talk page' }] });
    await notify(database.db, [started(noAddress.id), started(optedOut.id), started(notAnAddress.id)]);
    const config = testConfig({ SMTP_URL: smtpUrl });

    expect(await deliverPendingMail(database.db, createMailTransport(config), config, NOW)).toEqual({ sent: 0, skipped: 3, failed: 0 });
    expect(received).toEqual([]);
    for (const person of [noAddress, optedOut, notAnAddress]) expect(await state(person.id)).toEqual({ email_state: 'skipped', emailed_at: null });
  });

  it('marks a mail failed when the SMTP server cannot be reached, without throwing, and leaves the rest for the next run', async () => {
    const closed = new SMTPServer({ disabledCommands: ['STARTTLS', 'AUTH'], logger: false });
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const first = await createPerson(database.db, { contacts: [{ kind: 'email', value: 'first@example.org' }] });
    const second = await createPerson(database.db, { contacts: [{ kind: 'email', value: 'second@example.org' }] });
    await notify(database.db, [started(first.id), started(second.id)]);
    const unreachable = testConfig({ SMTP_URL: `smtp://127.0.0.1:${port}` });

    expect(await deliverPendingMail(database.db, createMailTransport(unreachable), unreachable, NOW)).toEqual({ sent: 0, skipped: 0, failed: 1 });
    expect((await state(first.id)).email_state).toBe('failed');
    expect((await state(second.id)).email_state).toBe('pending');

    const working = testConfig({ SMTP_URL: smtpUrl });
    expect(await deliverPendingMail(database.db, createMailTransport(working), working, NOW)).toEqual({ sent: 1, skipped: 0, failed: 0 });
    expect(received.map((m) => m.to)).toEqual([['second@example.org']]);
  });

  it('never sends a notification twice when two processes deliver at once', async () => {
    const people = await Promise.all(Array.from({ length: 12 }, (_, i) =>
      createPerson(database.db, { contacts: [{ kind: 'email', value: `person${i}@example.org` }] })));
    await notify(database.db, people.map((p) => started(p.id)));
    const config = testConfig({ SMTP_URL: smtpUrl });

    const [a, b] = await Promise.all([
      deliverPendingMail(database.db, createMailTransport(config), config, NOW),
      deliverPendingMail(database.db, createMailTransport(config), config, NOW),
    ]);

    expect(a.sent + b.sent).toBe(12);
    expect(a.sent).toBeGreaterThan(0);
    expect(b.sent).toBeGreaterThan(0);
    expect(received.map((m) => m.to[0]).sort()).toEqual(people.map((_, i) => `person${i}@example.org`).sort());
  });

  it('without SMTP outside production, appends each mail to mail.log in the data folder', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sangam-mail-'));
    try {
      const person = await createPerson(database.db, { displayName: 'Lucía', contacts: [{ kind: 'email', value: 'lucia@example.org' }] });
      await database.db.updateTable('people').set({ interface_language: 'es' }).where('id', '=', person.id).execute();
      await notify(database.db, [started(person.id), { personId: person.id, kind: 'mentorship-ended', params: [lua, 'Asha', 'stopped'], link: '/mentorship/4' }]);
      const config = testConfig({ DATA_DIR: dataDir });

      expect(await deliverPendingMail(database.db, createMailTransport(config), config, NOW)).toEqual({ sent: 2, skipped: 0, failed: 0 });

      const log = await readFile(join(dataDir, 'mail.log'), 'utf8');
      expect(log.match(/^===== \d{4}-\d\d-\d\dT/gm)).toHaveLength(2);
      expect(log).toContain('To: lucia@example.org');
      expect(log).toContain('Subject: Sangam: Tu mentoría de Módulos Lua y Scribunto con Asha ha comenzado: ambos aceptaron.');
      expect(log).toContain('Tu mentoría de Módulos Lua y Scribunto con Asha ha terminado (interrumpida).');
      expect(log).toContain('http://localhost:8080/mentorship/4');
      expect(received).toEqual([]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('in production without SMTP, has no transport and marks mail skipped', async () => {
    const person = await createPerson(database.db, { contacts: [{ kind: 'email', value: 'prod@example.org' }] });
    await notify(database.db, [started(person.id)]);
    const production = testConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://unused', OAUTH_CLIENT_ID: 'x', OAUTH_CLIENT_SECRET: 'y', PUBLIC_URL: 'https://sangam.example.org' });
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    let transport;
    try {
      transport = createMailTransport(production);
    } finally {
      console.warn = warn;
    }
    expect(transport).toBeNull();
    expect(warnings).toEqual(['[mail] SMTP_URL is not set: notifications will not be emailed']);
    expect(await deliverPendingMail(database.db, transport, production, NOW)).toEqual({ sent: 0, skipped: 1, failed: 0 });
  });
});
