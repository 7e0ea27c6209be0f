import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoInterests } from '../../src/db/seed/demo-interests.js';
import { joinInterestList } from '../../src/domain/interests/mutations.js';
import { Client, createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';
import { createPerson } from '../factories.js';

const database = useTestDatabase();
const app = () => createTestApp(database.db);
const NOW = new Date('2026-11-22T12:00:00Z');

async function signedIn(username: string): Promise<Client> {
  const client = new Client(app());
  await client.signIn(username);
  return client;
}

let listId = 0;
const people: Record<string, { id: number; username: string }> = {};
const members = async () => database.db.selectFrom('interest_list_members').select(['person_id', 'shared_channels']).where('list_id', '=', listId).orderBy('person_id').execute();

beforeAll(async () => {
  const { db } = database;
  people.organizer = await createPerson(db, { username: 'Olu Organizer', role: 'organizer' });
  people.admin = await createPerson(db, { username: 'Ada Admin', role: 'admin' });
  people.creator = await createPerson(db, { username: 'Cira Creator' });
  people.stranger = await createPerson(db, { username: 'Sam Stranger' });
  // Shares Telegram with the list but keeps the email to herself.
  people.tele = await createPerson(db, {
    username: 'Tara Telegram', contacts: [{ kind: 'email', value: 'tara@example.org' }, { kind: 'telegram', value: '@tara_wiki' }],
  });
  // Chose to share her email with the list.
  people.mail = await createPerson(db, {
    username: 'Mira Mail', contacts: [{ kind: 'email', value: 'mira@example.org' }, { kind: 'matrix', value: '@mira:matrix.org' }],
  });
  // Chose email too, but her contact section is private: nobody else sees it.
  people.privateContact = await createPerson(db, {
    username: 'Pia Private', contacts: [{ kind: 'email', value: 'pia@example.org' }], visibility: { contact: 'private' },
  });
  // Her whole 'about' section is for members only: anonymous visitors do not see her in the list.
  people.membersOnly = await createPerson(db, {
    username: 'Meena Members', contacts: [{ kind: 'talk', value: 'User talk:Meena' }], visibility: { about: 'members', contact: 'public' },
  });
  // Hidden from everyone but herself.
  people.hidden = await createPerson(db, { username: 'Hana Hidden', contacts: [{ kind: 'irc', value: 'hana' }], visibility: { about: 'private' } });
  // A channel that a spreadsheet would run as a formula.
  people.formula = await createPerson(db, { username: 'Fred Formula', contacts: [{ kind: 'other', value: '=HYPERLINK("http://evil.example")' }] });

  const list = await db.insertInto('interest_lists').values({
    slug: 'technical-collaboration', title: 'People interested in technical collaboration', description: 'Templates, Lua, bots.',
    created_by: people.creator.id,
  }).returning('id').executeTakeFirstOrThrow();
  listId = list.id;
  await joinInterestList(db, listId, people.tele.id, ['telegram'], NOW);
  await joinInterestList(db, listId, people.mail.id, ['email', 'matrix'], NOW);
  await joinInterestList(db, listId, people.privateContact.id, ['email'], NOW);
  await joinInterestList(db, listId, people.membersOnly.id, ['talk'], NOW);
  await joinInterestList(db, listId, people.hidden.id, ['irc'], NOW);
  await joinInterestList(db, listId, people.formula.id, ['other'], NOW);
});

describe('interest lists', () => {
  it('lists the topics with their member counts for everyone', async () => {
    const { status, html } = await new Client(app()).get('/interests');
    expect(status).toBe(200);
    expect(html).toContain('<a href="/interests/technical-collaboration" dir="auto">People interested in technical collaboration</a>');
    expect(html).toContain('6 members');
    expect(html).not.toContain('href="/interests/new"');
  });

  it('shows a visitor only members whose profiles are public, and no channels meant for members', async () => {
    const { status, html } = await new Client(app()).get('/interests/technical-collaboration');
    expect(status).toBe(200);
    for (const name of ['Tara Telegram', 'Mira Mail', 'Pia Private', 'Fred Formula']) expect(html).toContain(name);
    for (const name of ['Meena Members', 'Hana Hidden']) expect(html).not.toContain(name);
    expect(html).toContain('2 more members keep their profiles hidden from you.');
    for (const value of ['@tara_wiki', 'mira@example.org', 'pia@example.org', '@mira:matrix.org']) expect(html).not.toContain(value);
    expect(html).toContain('href="/signin?return=%2Finterests%2Ftechnical-collaboration"');
    expect(html).not.toContain('export.csv');
  });

  it('shows a member the channels each person chose, never one they did not choose or keep private', async () => {
    const { html } = await signedIn(people.stranger.username).then((c) => c.get('/interests/technical-collaboration'));
    expect(html).toContain('Meena Members');
    expect(html).not.toContain('Hana Hidden');
    expect(html).toContain('One more member keeps their profile hidden from you.');
    expect(html).toContain('Telegram: @tara_wiki');
    expect(html).not.toContain('tara@example.org'); // Tara did not choose email
    expect(html).toContain('Email: mira@example.org'); // Mira did
    expect(html).not.toContain('pia@example.org'); // Pia's contact section is private
    expect(html).not.toContain('hana'); // Hana is hidden altogether
  });

  it('joins, changes the channels shared and leaves, with plain forms', async () => {
    const { db } = database;
    const person = await createPerson(db, {
      username: 'Jo Joiner', contacts: [{ kind: 'email', value: 'jo@example.org' }, { kind: 'telegram', value: '@jo' }, { kind: 'talk', value: 'User talk:Jo' }],
    });
    const jo = await signedIn(person.username);
    const page = await jo.get('/interests/technical-collaboration');
    expect(page.html).toContain('<input type="checkbox" id="channel-email" name="channels" value="email"/>');
    expect(page.html).toContain('Join the list');

    let response = await jo.post('/interests/technical-collaboration/join', { channels: ['telegram', 'talk'] });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/interests/technical-collaboration');
    expect((await members()).find((m) => m.person_id === person.id)?.shared_channels).toEqual(['telegram', 'talk']);
    const after = await jo.get('/interests/technical-collaboration');
    expect(after.html).toContain('You have joined the list.');
    expect(after.html).toContain('<input type="checkbox" id="channel-telegram" name="channels" value="telegram" checked=""/>');
    expect(after.html).toContain('Save my channels');

    response = await jo.post('/interests/technical-collaboration/join', { channels: ['email'] });
    expect(response.status).toBe(303);
    expect((await members()).find((m) => m.person_id === person.id)?.shared_channels).toEqual(['email']);
    expect((await jo.get('/interests/technical-collaboration')).html).toContain('Your channels for this list have been saved.');

    response = await jo.post('/interests/technical-collaboration/leave', {});
    expect(response.status).toBe(303);
    expect((await members()).some((m) => m.person_id === person.id)).toBe(false);
  });

  it('refuses a channel the person does not have, an unknown kind or a missing token, storing nothing', async () => {
    const person = await createPerson(database.db, { username: 'Nia Nochannel', contacts: [{ kind: 'talk', value: 'User talk:Nia' }] });
    const nia = await signedIn(person.username);
    await nia.get('/interests/technical-collaboration');
    for (const channels of [['email'], ['fax'], ['talk', 'matrix']]) {
      const response = await nia.post('/interests/technical-collaboration/join', { channels });
      expect(response.status, channels.join()).toBe(400);
      const html = await response.text();
      expect(html).toContain(channels.includes('fax') ? 'Please choose one of the options offered.' : 'Choose only channels that are on your profile.');
    }
    expect((await nia.post('/interests/technical-collaboration/join', { channels: ['talk'] }, false)).status).toBe(403);
    expect((await members()).some((m) => m.person_id === person.id)).toBe(false);
    // Without channels on the profile, one still joins.
    const bare = await createPerson(database.db, { username: 'Ben Bare' });
    const ben = await signedIn(bare.username);
    expect((await ben.get('/interests/technical-collaboration')).html).toContain('You have no contact channels on your profile yet.');
    expect((await ben.post('/interests/technical-collaboration/join', {})).status).toBe(303);
    expect((await members()).find((m) => m.person_id === bare.id)?.shared_channels).toEqual([]);
    await ben.post('/interests/technical-collaboration/leave', {});
  });

  it('exports usernames and chosen channels as CSV, never an email address its owner did not share', async () => {
    const organizer = await signedIn(people.organizer.username);
    const page = await organizer.get('/interests/technical-collaboration');
    expect(page.html).toContain('href="/interests/technical-collaboration/export.csv"');
    const response = await organizer.request('/interests/technical-collaboration/export.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="technical-collaboration.csv"');
    const csv = await response.text();
    expect(csv.split('\r\n')).toEqual([
      'username,talk,email,telegram,matrix,irc,other',
      'Fred Formula,,,,,,"\'=HYPERLINK(""http://evil.example"")"',
      'Meena Members,User talk:Meena,,,,,',
      'Mira Mail,,mira@example.org,,@mira:matrix.org,,',
      'Pia Private,,,,,,',
      'Tara Telegram,,,@tara_wiki,,,',
      '',
    ]);
    expect(csv).not.toContain('tara@example.org');
    expect(csv).not.toContain('pia@example.org');
    expect(csv).not.toContain('Hana');
  });

  it('lets the creator, organizers and administrators export, and nobody else', async () => {
    const path = '/interests/technical-collaboration/export.csv';
    expect((await signedIn(people.creator.username).then((c) => c.request(path))).status).toBe(200);
    expect((await signedIn(people.admin.username).then((c) => c.request(path))).status).toBe(200);
    expect((await signedIn(people.stranger.username).then((c) => c.request(path))).status).toBe(403);
    expect((await signedIn(people.tele.username).then((c) => c.request(path))).status).toBe(403);
    const anonymous = await new Client(app()).request(path);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe(`/signin?return=${encodeURIComponent(path)}`);
  });

  it('lets organizers and administrators start a list; bad or taken addresses store nothing', async () => {
    const count = async () => (await database.db.selectFrom('interest_lists').select('slug').execute()).length;
    const before = await count();
    expect((await signedIn(people.stranger.username).then((c) => c.get('/interests/new'))).status).toBe(403);
    const organizer = await signedIn(people.organizer.username);
    expect((await organizer.get('/interests')).html).toContain('href="/interests/new"');
    expect((await organizer.get('/interests/new')).status).toBe(200);
    for (const [fields, message] of [
      [{ title: 'Wikidata in Hausa', slug: 'Wikidata Hausa', description: '' }, 'Use 2 to 61 lower-case Latin letters'],
      [{ title: 'Wikidata in Hausa', slug: 'technical-collaboration', description: '' }, 'Another list already uses this address.'],
      [{ title: 'Wikidata in Hausa', slug: 'new', description: '' }, 'Another list already uses this address.'],
      [{ title: 'W', slug: 'wikidata-hausa', description: '' }, 'Give a title of at least 3 characters.'],
      [{ title: 'Wikidata in Hausa', slug: 'wikidata-hausa', description: 'x'.repeat(2001) }, 'Wikidata in Hausa'],
    ] as const) {
      const response = await organizer.post('/interests/new', fields);
      expect(response.status, fields.slug).toBe(400);
      expect(await response.text()).toContain(message);
    }
    expect(await count()).toBe(before);
    const response = await organizer.post('/interests/new', { title: 'Wikidata in Hausa', slug: 'wikidata-hausa', description: 'Monthly calls.' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/interests/wikidata-hausa');
    const row = await database.db.selectFrom('interest_lists').selectAll().where('slug', '=', 'wikidata-hausa').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ title: 'Wikidata in Hausa', description: 'Monthly calls.', created_by: people.organizer.id });
    expect((await organizer.get('/interests/wikidata-hausa')).html).toContain('Nobody has joined yet.');
  });

  it('answers unknown lists with 404', async () => {
    const client = new Client(app());
    for (const path of ['/interests/no-such-list', '/interests/NOPE', '/interests/%E2%80%AE', '/interests/no-such-list/export.csv']) {
      expect((await client.get(path)).status, path).toBe(404);
    }
    const member = await signedIn(people.stranger.username);
    await member.get('/interests');
    expect((await member.post('/interests/no-such-list/join', { channels: [] })).status).toBe(404);
  });

  it('weighs under 14 KB compressed in every interface language, and reads right to left in Arabic', async () => {
    const member = await signedIn(people.mail.username);
    for (const lang of ['en', 'hi', 'bn', 'ar', 'es', 'fr']) {
      for (const path of ['/interests', '/interests/technical-collaboration']) {
        const { status, html } = await member.get(`${path}?uselang=${lang}`);
        expect(status).toBe(200);
        expect(gzipSync(html).length, `${lang} ${path}`).toBeLessThanOrEqual(14 * 1024);
      }
    }
    const ar = await member.get('/interests/technical-collaboration?uselang=ar');
    expect(ar.html).toContain('<html lang="ar" dir="rtl">');
    expect(ar.html).toContain('<bdi>Mira Mail</bdi>');
  });
});

describe('the demo interest lists', () => {
  it('seeds four lists with demo members, sharing email only for some, once', async () => {
    const { db } = database;
    for (let i = 0; i < 8; i++) {
      await createPerson(db, {
        username: `Demo Tech ${i}`, skills: [['lua-modules', 'share', 3]],
        contacts: [{ kind: 'email', value: `tech${i}@example.org` }, { kind: 'telegram', value: `@tech${i}` }],
      });
    }
    await db.deleteFrom('interest_lists').where('slug', '=', 'technical-collaboration').execute();
    expect(await seedDemoInterests(db, NOW)).toBe(4);
    expect(await seedDemoInterests(db, NOW)).toBe(0);
    const rows = await db.selectFrom('interest_list_members as m').innerJoin('interest_lists as l', 'l.id', 'm.list_id')
      .innerJoin('people as p', 'p.id', 'm.person_id')
      .select(['p.id', 'p.username', 'm.shared_channels']).where('l.slug', '=', 'technical-collaboration').execute();
    expect(rows.map((r) => r.username)).toEqual(expect.arrayContaining(['Demo Tech 0', 'Demo Tech 7']));
    for (const r of rows) {
      expect(r.shared_channels).toContain('telegram');
      expect(r.shared_channels.includes('email')).toBe(r.id % 4 === 0);
    }
  });
});
