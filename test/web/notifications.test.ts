import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connection.js';
import { countUnread, listNotifications } from '../../src/domain/notifications/data.js';
import { notify } from '../../src/domain/notifications/mutations.js';
import type { NewNotification } from '../../src/domain/notifications/types.js';
import { getSkillTree, resolveSkillSlug } from '../../src/domain/skills/data.js';
import { translatorFor } from '../../src/i18n/messages.js';
import { presentNotification } from '../../src/web/presenters/notifications.js';
import type { PageContext } from '../../src/web/views/page-context.js';
import { NotificationList } from '../../src/web/views/notifications.js';
import { Client, createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';
import { createPerson } from '../factories.js';

const database = useTestDatabase();
/** Notifications name a skill by its id; the reader sees its label in their language. */
const skills = { lua: 0, wikidata: 0, gadgets: 0 };
beforeAll(async () => {
  for (const [key, slug] of [['lua', 'lua-modules'], ['wikidata', 'wikidata'], ['gadgets', 'gadgets-user-scripts']] as const) {
    skills[key] = (await resolveSkillSlug(database.db, slug))!.id;
  }
});

const proposal = (personId: number): NewNotification =>
  ({ personId, kind: 'mentorship-proposed', params: [skills.lua, 'Asha'], link: '/mentorship' });

async function signedIn(db: Db, username: string, headers: Record<string, string> = {}) {
  const person = await createPerson(db, { username });
  const client = new Client(createTestApp(db), headers);
  await client.signIn(username);
  return { person, client };
}

const emailPreference = async (db: Db, id: number) =>
  (await db.selectFrom('people').select('email_notifications').where('id', '=', id).executeTakeFirstOrThrow()).email_notifications;

describe('notifications', () => {
  it('lists my notifications in my language, newest first, with how a mentorship ended translated', async () => {
    const { person, client } = await signedIn(database.db, 'Meera');
    await notify(database.db, [proposal(person.id)]);
    await notify(database.db, [{ personId: person.id, kind: 'mentorship-ended', params: [skills.wikidata, 'Ravi', 'completed'], link: '/mentorship/7' }]);

    const hindi = (await client.get('/notifications?uselang=hi')).html;
    expect(hindi).toContain('Asha के साथ Lua और Scribunto मॉड्यूल के लिए आपको एक मार्गदर्शन प्रस्ताव मिला है।');
    expect(hindi).toContain('Ravi के साथ विकिडेटा के लिए आपका मार्गदर्शन समाप्त हो गया है (पूरा हुआ)।');
    expect(hindi.indexOf('विकिडेटा')).toBeLessThan(hindi.indexOf('Lua और Scribunto'));
    expect(hindi).toContain('href="/mentorship/7"');

    const english = (await client.get('/notifications')).html;
    expect(english).toContain('Your mentorship for Wikidata with Ravi has ended (completed).');
    expect(english).not.toContain('(पूरा हुआ)');
  });

  it('counts unread notifications in the header, and marking all read clears the count', async () => {
    const { person, client } = await signedIn(database.db, 'Kavya');
    expect((await client.get('/')).html).toMatch(/<a href="\/notifications">Notifications<\/a>/);
    await notify(database.db, [proposal(person.id), proposal(person.id), { personId: person.id, kind: 'swap-proposed', params: [3], link: '/mentorship' }]);

    expect((await client.get('/')).html).toContain('Notifications (3 unread)');
    expect((await client.get('/?uselang=ar')).html).toContain('الإشعارات (3 غير مقروءة)');
    const page = (await client.get('/notifications')).html;
    expect(page).toContain('among 3 people');

    const response = await client.post('/notifications/read-all', {});
    expect(response.status).toBe(303);
    const after = (await client.get('/notifications')).html;
    expect(after).toContain('All your notifications are marked as read.');
    expect(after).not.toContain('unread)');
    expect(after).not.toContain('Mark all as read');
    expect(after).toContain('You have a mentorship proposal for Lua and Scribunto modules with Asha.');
  });

  it('marks one notification read, but never someone else’s, and never shows me theirs', async () => {
    const { person: dev, client: devClient } = await signedIn(database.db, 'Dev');
    const { person: other } = await signedIn(database.db, 'Other Person');
    await notify(database.db, [proposal(dev.id)]);
    await notify(database.db, [{ personId: other.id, kind: 'mentorship-checkin', params: [skills.gadgets, 'Secret Mentor'], link: '/mentorship/9' }]);
    const [theirs] = await database.db.selectFrom('notifications').select('id').where('person_id', '=', other.id).execute();
    const [mine] = await database.db.selectFrom('notifications').select('id').where('person_id', '=', dev.id).execute();

    const page = (await devClient.get('/notifications')).html;
    expect(page).not.toContain('Secret Mentor');
    expect(page).toContain('Notifications (1 unread)');

    expect((await devClient.post('/notifications/read', { id: String(theirs.id) })).status).toBe(404);
    expect(await countUnread(database.db, other.id)).toBe(1);

    expect((await devClient.post('/notifications/read', { id: String(mine.id) })).status).toBe(303);
    const after = (await devClient.get('/notifications')).html;
    expect(after).toContain('The notification is marked as read.');
    expect(after).toMatch(/<a href="\/notifications" aria-current="page">Notifications<\/a>/);
  });

  it('pages through many notifications, fifty at a time', async () => {
    const { person, client } = await signedIn(database.db, 'Busy Mentor');
    await notify(database.db, Array.from({ length: 55 }, (_, i) => ({ ...proposal(person.id), params: [skills.lua, `Person ${i + 1}`] })));
    const first = (await client.get('/notifications')).html;
    expect(first).toContain('with Person 55.');
    expect(first).toContain('with Person 6.');
    expect(first).not.toContain('with Person 5.');
    const older = /href="(\/notifications\?before=\d+)"/.exec(first)?.[1];
    expect(older).toBeDefined();
    const second = (await client.get(older!)).html;
    expect(second).toContain('with Person 5.');
    expect(second).toContain('with Person 1.');
    expect(second).not.toContain('with Person 6.');
    expect(second).toContain('Newest notifications');
  });

  it('saves the email preference, and says when there is no address to send to', async () => {
    const { person, client } = await signedIn(database.db, 'Nadia');
    const page = (await client.get('/notifications')).html;
    expect(page).toContain('Email me about these');
    expect(page).toContain('You have no email address among your contact channels');
    expect(page).toMatch(/name="email" value="yes" checked=""/);

    expect((await client.post('/notifications/email', {})).status).toBe(303);
    expect(await emailPreference(database.db, person.id)).toBe(false);
    const off = (await client.get('/notifications')).html;
    expect(off).toContain('Your notifications will no longer be emailed to you.');
    expect(off).not.toMatch(/name="email" value="yes" checked/);

    expect((await client.post('/notifications/email', { email: 'yes' })).status).toBe(303);
    expect(await emailPreference(database.db, person.id)).toBe(true);

    const withAddress = await signedIn(database.db, 'Omar');
    await database.db.insertInto('person_contacts').values({ person_id: withAddress.person.id, kind: 'email', value: 'omar@example.org' }).execute();
    expect((await withAddress.client.get('/notifications')).html).not.toContain('You have no email address');
  });

  it('answers bad input with a 4xx and changes nothing', async () => {
    const { person, client } = await signedIn(database.db, 'Tariq');
    await notify(database.db, [proposal(person.id)]);
    await client.get('/notifications');
    expect((await client.post('/notifications/email', { email: 'maybe' })).status).toBe(400);
    expect(await emailPreference(database.db, person.id)).toBe(true);
    expect((await client.post('/notifications/read', { id: 'first' })).status).toBe(400);
    expect((await client.post('/notifications/read', { id: '99999999999999999999' })).status).toBe(400);
    expect((await client.post('/notifications/read', {})).status).toBe(400);
    expect((await client.get('/notifications?before=yesterday')).status).toBe(400);
    expect((await client.post('/notifications/read-all', {}, false)).status).toBe(403);
    expect(await countUnread(database.db, person.id)).toBe(1);

    const stranger = new Client(createTestApp(database.db));
    const redirect = await stranger.request('/notifications');
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get('location')).toBe('/signin?return=%2Fnotifications');
    await stranger.get('/signin');
    expect((await stranger.post('/notifications/read-all', {})).status).toBe(401);
  });

  it('remembers the interface language at sign-in and from the language selector, for emails', async () => {
    const language = async (id: number) =>
      (await database.db.selectFrom('people').select('interface_language').where('id', '=', id).executeTakeFirstOrThrow()).interface_language;
    const { person, client } = await signedIn(database.db, 'Rina', { 'accept-language': 'bn-BD,bn;q=0.9' });
    expect(await language(person.id)).toBe('bn');
    expect((await client.request('/language?uselang=ar&return=/notifications')).status).toBe(303);
    expect(await language(person.id)).toBe('ar');

    const anonymous = new Client(createTestApp(database.db));
    await anonymous.request('/language?uselang=fr&return=/');
    expect(await language(person.id)).toBe('ar');
  });
});

describe('the latest notifications on a dashboard', () => {
  it('shows the latest few, in the viewer’s language, with a link to all of them', async () => {
    const person = await createPerson(database.db, { username: 'Dashboard Reader' });
    await notify(database.db, Array.from({ length: 8 }, (_, i) => ({ ...proposal(person.id), params: [skills.lua, `Person ${i + 1}`] })));
    const tr = translatorFor('fr');
    const ctx: PageContext = {
      ...tr, viewer: { id: person.id, username: person.username, role: 'member' }, csrf: null, path: '/mentorship', stylesheet: '',
      interfaceLanguages: [], flash: null, isAdmin: false, unreadNotifications: 8,
    };
    const { items } = await listNotifications(database.db, person.id, { limit: 5 });
    const frenchSkills = await getSkillTree(database.db, 'fr');
    const html = String(NotificationList({ ctx, items: items.map((n) => presentNotification(tr, n, frenchSkills, 'UTC')), limit: 3 }));
    expect(html.match(/<li>/g)).toHaveLength(3);
    expect(html).toContain('Vous avez une proposition de mentorat en Modules Lua et Scribunto avec Person 8.');
    expect(html).not.toContain('Person 5.');
    expect(html).toContain('<a href="/notifications">Toutes les notifications</a>');
  });
});
