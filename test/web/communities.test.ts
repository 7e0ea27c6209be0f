import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';
import { createCommunity, createPerson } from '../factories.js';

const database = useTestDatabase();
const app = () => createTestApp(database.db);

let rina: { id: number; username: string };

beforeAll(async () => {
  rina = await createPerson(database.db, { username: 'Rina Organizer', languages: [['bn', 5], ['en', 3]], country: 'BD' });
  await createPerson(database.db, { username: 'Sam Stranger' });
  await createPerson(database.db, { username: 'Olu Organizer', role: 'organizer' });
  await createPerson(database.db, { username: 'Ada Admin', role: 'admin' });
});

async function signedIn(username: string): Promise<Client> {
  const client = new Client(app());
  await client.signIn(username);
  return client;
}

const communityRow = (slug: string) => database.db.selectFrom('communities').selectAll().where('slug', '=', slug).executeTakeFirst();
const countAll = async () => Number((await database.db.selectFrom('communities').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const membersOf = async (slug: string) => database.db.selectFrom('community_members as cm').innerJoin('communities as c', 'c.id', 'cm.community_id')
  .innerJoin('people as p', 'p.id', 'cm.person_id').select(['p.username', 'cm.role']).where('c.slug', '=', slug).orderBy('p.username').execute();

const FORM = {
  name: 'Bengali Wikimedians', slug: 'bengali-wikimedians', kind: 'wiki-community',
  description: 'Editors of the Bengali wikis.\n\nWe meet monthly.',
  wikis: 'bn.wikipedia.org\nbnwikisource\nhttps://bn.wiktionary.org/wiki/প্রধান_পাতা',
  languages: 'bn, Hindi', countries: 'BD, India',
};

describe('communities', () => {
  it('a member adds one through the form, becomes its organizer, and anyone reads it in Bengali', async () => {
    const client = await signedIn(rina.username);
    const form = await client.get('/communities/new');
    expect(form.status).toBe(200);
    expect(form.html).toContain('<label for="name">');
    const response = await client.post('/communities/new', FORM);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/communities/bengali-wikimedians');

    const row = await communityRow('bengali-wikimedians');
    expect(row).toMatchObject({ name: 'Bengali Wikimedians', kind: 'wiki-community', created_by: rina.id, description: 'Editors of the Bengali wikis.\n\nWe meet monthly.' });
    const wikis = await database.db.selectFrom('community_wikis').select('dbname').where('community_id', '=', row!.id).orderBy('dbname').execute();
    expect(wikis.map((w) => w.dbname)).toEqual(['bnwiki', 'bnwikisource', 'bnwiktionary']);
    const langs = await database.db.selectFrom('community_languages').select('lang').where('community_id', '=', row!.id).orderBy('lang').execute();
    expect(langs.map((l) => l.lang)).toEqual(['bn', 'hi']);
    const countries = await database.db.selectFrom('community_countries').select('country').where('community_id', '=', row!.id).orderBy('country').execute();
    expect(countries.map((c) => c.country)).toEqual(['BD', 'IN']);
    expect(await membersOf('bengali-wikimedians')).toEqual([{ username: rina.username, role: 'organizer' }]);

    const page = await client.get('/communities/bengali-wikimedians');
    expect(page.html).toContain('The community is added, with you as its organizer.');
    expect(page.html).toContain('<a href="https://bn.wikipedia.org">bn.wikipedia.org</a>');
    expect(page.html).toContain('<span lang="bn" dir="auto">বাংলা</span>');
    expect(page.html).toContain('Bangladesh (South Asia)');
    expect(page.html).toContain('<p dir="auto">We meet monthly.</p>');
    expect(page.html).toContain('href="/communities/bengali-wikimedians/edit"');
    expect(page.html).toContain('Leave this community');

    const bn = await new Client(app()).get('/communities/bengali-wikimedians?uselang=bn');
    expect(bn.status).toBe(200);
    expect(bn.html).toContain('<html lang="bn" dir="ltr">');
    expect(bn.html).toContain('উইকির ভাষা সম্প্রদায়');
    expect(bn.html).toContain('বাংলাদেশ (দক্ষিণ এশিয়া)');
    expect(bn.html).toContain('১ জন সদস্য');
    expect(bn.html).toContain('এই সম্প্রদায়ে যোগ দিতে প্রবেশ করুন');
    expect(bn.html).toContain('>Rina Organizer</a>');
    expect(gzipSync(bn.html).length).toBeLessThanOrEqual(14 * 1024);

    const list = await new Client(app()).get('/communities?uselang=bn');
    expect(list.html).toContain('সম্প্রদায়সমূহ');
    expect(list.html).toContain('<a href="/communities/bengali-wikimedians" dir="auto">Bengali Wikimedians</a>');
    for (const href of ['/calls', '/wikis', '/capacity', '/interests']) expect(list.html).toContain(`<a href="${href}">`);
    expect(list.html).toContain('<a href="/communities" aria-current="page">সম্প্রদায়</a>');
  });

  it('filters by kind, region, language and words', async () => {
    await createCommunity(database.db, { slug: 'filter-hub-sa', name: 'Filter Hub South Asia', kind: 'regional-hub', countries: ['NP'], languages: ['ne'] });
    await createCommunity(database.db, { slug: 'filter-chapter-fr', name: 'Filter Chapter France', kind: 'chapter', countries: ['FR'], languages: ['fr'] });
    await createCommunity(database.db, { slug: 'filter-ug-ng', name: 'Filter Hausa Group', kind: 'user-group', countries: ['NG'], languages: ['ha'] });
    const visitor = new Client(app());
    const names = (html: string) => ['Filter Hub South Asia', 'Filter Chapter France', 'Filter Hausa Group'].filter((n) => html.includes(n));

    expect(names((await visitor.get('/communities?kind=chapter')).html)).toEqual(['Filter Chapter France']);
    expect(names((await visitor.get('/communities?region=SA')).html)).toEqual(['Filter Hub South Asia']);
    expect(names((await visitor.get('/communities?region=SSA&kind=user-group')).html)).toEqual(['Filter Hausa Group']);
    expect(names((await visitor.get('/communities?lang=ha')).html)).toEqual(['Filter Hausa Group']);
    // A language may be chosen by name too, and stays chosen in the form.
    const hausa = await visitor.get('/communities?lang=Hausa');
    expect(names(hausa.html)).toEqual(['Filter Hausa Group']);
    expect(hausa.html).toContain('<option value="ha" lang="ha" selected="">');
    expect(names((await visitor.get('/communities?q=france')).html)).toEqual(['Filter Chapter France']);
    expect(names((await visitor.get('/communities?q=filter')).html)).toEqual(['Filter Hub South Asia', 'Filter Chapter France', 'Filter Hausa Group']);
    const none = await visitor.get('/communities?kind=thematic&q=filter');
    expect(none.html).toContain('No community matches these filters.');

    for (const bad of ['/communities?kind=club', '/communities?region=EU', '/communities?lang=no-such-language-x']) {
      const response = await visitor.get(bad);
      expect(response.status, bad).toBe(400);
    }
    expect((await visitor.get('/communities?page=abc')).status).toBe(200);
  });

  it('lets organizers and administrators edit, and no one else', async () => {
    const olu = await createPerson(database.db, { username: 'Edit Organizer' });
    const { slug } = await createCommunity(database.db, { slug: 'edit-me', name: 'Edit Me Group', members: [olu.id] });
    const edit = { name: 'Edited Group', kind: 'thematic', description: 'Now thematic.', wikis: 'commonswiki', languages: 'fr', countries: 'SN' };

    const sam = await signedIn('Sam Stranger');
    expect((await sam.get(`/communities/${slug}`)).html).not.toContain(`/communities/${slug}/edit`);
    expect((await sam.get(`/communities/${slug}/edit`)).status).toBe(403);
    expect((await sam.post(`/communities/${slug}/edit`, edit)).status).toBe(403);
    expect((await sam.post(`/communities/${slug}/channels`, { kind: 'other', label: '', address: 'https://example.org' })).status).toBe(403);
    // A mentorship organizer is no organizer of this community.
    const mentorshipOrganizer = await signedIn('Olu Organizer');
    expect((await mentorshipOrganizer.get(`/communities/${slug}/edit`)).status).toBe(403);
    expect((await communityRow(slug))!.name).toBe('Edit Me Group');

    const anonymous = new Client(app());
    const redirect = await anonymous.request(`/communities/${slug}/edit`);
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get('location')).toBe(`/signin?return=${encodeURIComponent(`/communities/${slug}/edit`)}`);

    const organizer = await signedIn('Edit Organizer');
    const form = await organizer.get(`/communities/${slug}/edit`);
    expect(form.status).toBe(200);
    expect(form.html).toContain('value="Edit Me Group"');
    const saved = await organizer.post(`/communities/${slug}/edit`, { ...edit, slug: 'try-to-move' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/communities/${slug}`);
    expect(await communityRow(slug)).toMatchObject({ name: 'Edited Group', kind: 'thematic', description: 'Now thematic.' });
    expect(await communityRow('try-to-move')).toBeUndefined();

    const ada = await signedIn('Ada Admin');
    await ada.get(`/communities/${slug}/edit`);
    expect((await ada.post(`/communities/${slug}/edit`, { ...edit, name: 'Admin Edited' })).status).toBe(303);
    expect((await communityRow(slug))!.name).toBe('Admin Edited');
  });

  it('lets anyone signed in join and leave, but not the last organizer', async () => {
    const first = await createPerson(database.db, { username: 'Only Organizer' });
    const { slug } = await createCommunity(database.db, { slug: 'join-leave', name: 'Join Leave Group', members: [first.id] });
    const sam = await signedIn('Sam Stranger');
    const page = await sam.get(`/communities/${slug}`);
    expect(page.html).toContain('Join this community');
    expect((await sam.post(`/communities/${slug}/join`, {})).status).toBe(303);
    expect((await sam.post(`/communities/${slug}/join`, {})).status).toBe(303);
    expect(await membersOf(slug)).toEqual([{ username: 'Only Organizer', role: 'organizer' }, { username: 'Sam Stranger', role: 'member' }]);
    const joined = await sam.get(`/communities/${slug}`);
    expect(joined.html).toContain('You are now a member of this community.');
    expect(joined.html).toContain('2 members');
    expect((await sam.post(`/communities/${slug}/leave`, {})).status).toBe(303);
    expect(await membersOf(slug)).toEqual([{ username: 'Only Organizer', role: 'organizer' }]);

    const organizer = await signedIn('Only Organizer');
    await organizer.get(`/communities/${slug}`);
    const refused = await organizer.post(`/communities/${slug}/leave`, {});
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('You are this community&#39;s only organizer.');
    expect(await membersOf(slug)).toHaveLength(1);

    // The organizer hands over to a member through the edit page; a non-member cannot be made one.
    const second = await signedIn('Second Organizer');
    await second.get(`/communities/${slug}`);
    await second.post(`/communities/${slug}/join`, {});
    await organizer.get(`/communities/${slug}/edit`);
    const notMember = await organizer.post(`/communities/${slug}/organizers`, { username: 'Sam Stranger' });
    expect(notMember.status).toBe(400);
    expect(await notMember.text()).toContain('Only a member of this community can be made an organizer');
    expect((await sam.post(`/communities/${slug}/organizers`, { username: 'Sam Stranger' })).status).toBe(403);
    expect((await organizer.post(`/communities/${slug}/organizers`, { username: 'Second_Organizer' })).status).toBe(303);
    expect(await membersOf(slug)).toEqual([{ username: 'Only Organizer', role: 'organizer' }, { username: 'Second Organizer', role: 'organizer' }]);
    expect((await organizer.post(`/communities/${slug}/leave`, {})).status).toBe(303);
    expect(await membersOf(slug)).toEqual([{ username: 'Second Organizer', role: 'organizer' }]);

    const anonymous = new Client(app());
    await anonymous.get('/signin');
    expect((await anonymous.post(`/communities/${slug}/join`, {})).status).toBe(401);
    expect((await sam.post('/communities/no-such-community/join', {})).status).toBe(404);
  });

  it('links channels written as people write them, and refuses addresses that do not fit', async () => {
    const owner = await createPerson(database.db, { username: 'Channel Organizer' });
    const { slug, id } = await createCommunity(database.db, { slug: 'channels', name: 'Channel Group', members: [owner.id] });
    const client = await signedIn('Channel Organizer');
    await client.get(`/communities/${slug}/edit`);
    const good: [Record<string, string>, string][] = [
      [{ kind: 'mailing-list', address: 'wikimedia-in@lists.wikimedia.org' }, 'mailto:wikimedia-in@lists.wikimedia.org'],
      [{ kind: 'telegram', address: '@IndicTechCom' }, 'https://t.me/IndicTechCom'],
      [{ kind: 'irc', address: '#wikimedia-tech' }, 'ircs://irc.libera.chat/%23wikimedia-tech'],
      [{ kind: 'matrix', address: '#wikimedia-tech:libera.chat' }, 'https://matrix.to/#/#wikimedia-tech:libera.chat'],
      [{ kind: 'wiki-page', address: 'https://bn.wikipedia.org/wiki/উইকিপিডিয়া:আলোচনাসভা' }, 'https://bn.wikipedia.org/wiki/%E0%A6%89%E0%A6%87%E0%A6%95%E0%A6%BF%E0%A6%AA%E0%A6%BF%E0%A6%A1%E0%A6%BF%E0%A6%AF%E0%A6%BC%E0%A6%BE:%E0%A6%86%E0%A6%B2%E0%A7%8B%E0%A6%9A%E0%A6%A8%E0%A6%BE%E0%A6%B8%E0%A6%AD%E0%A6%BE'],
    ];
    for (const [fields, url] of good) {
      const response = await client.post(`/communities/${slug}/channels`, { label: '', ...fields });
      expect(response.status, fields.address).toBe(303);
      const row = await database.db.selectFrom('community_channels').select('url').where('community_id', '=', id).orderBy('id', 'desc').executeTakeFirstOrThrow();
      expect(row.url).toBe(url);
    }
    const page = await client.get(`/communities/${slug}`);
    expect(page.html).toContain('<a href="https://t.me/IndicTechCom" rel="nofollow" dir="auto">@IndicTechCom</a>');
    expect(page.html).toContain('#wikimedia-tech (irc.libera.chat)');
    expect(page.html).toContain('wikimedia-in@lists.wikimedia.org');

    await client.get(`/communities/${slug}/edit`);
    const before = await database.db.selectFrom('community_channels').select('id').where('community_id', '=', id).execute();
    const bad: Record<string, string>[] = [
      { kind: 'other', address: 'javascript:alert(1)' },
      { kind: 'other', address: 'https://user:pw@example.org/' },
      { kind: 'telegram', address: 'https://example.org/group' },
      { kind: 'irc', address: 'wikimedia tech' },
      { kind: 'matrix', address: '#room-without-server' },
      { kind: 'mailing-list', address: 'not an address' },
      { kind: 'wiki-page', address: 'https://example.org/wiki/Page' },
      { kind: 'wiki-page', address: 'http://bn.wikipedia.org/wiki/Page' },
      { kind: 'other', address: '' },
      { kind: 'fax', address: 'https://example.org' },
      { kind: 'other', address: `https://example.org/${'x'.repeat(300)}` },
    ];
    for (const fields of bad) {
      const response = await client.post(`/communities/${slug}/channels`, { label: '', ...fields });
      expect(response.status, JSON.stringify(fields)).toBe(400);
      expect(await response.text()).toContain('aria-invalid="true"');
    }
    expect(await database.db.selectFrom('community_channels').select('id').where('community_id', '=', id).execute()).toEqual(before);

    const removed = await client.post(`/communities/${slug}/channels/${before[0].id}/remove`, {});
    expect(removed.status).toBe(303);
    expect(await database.db.selectFrom('community_channels').select('id').where('community_id', '=', id).execute()).toHaveLength(before.length - 1);
    expect((await client.post(`/communities/${slug}/channels/${before[0].id}/remove`, {})).status).toBe(404);
    expect((await client.post(`/communities/${slug}/channels/abc/remove`, {})).status).toBe(404);
  });

  it('answers bad input with a localized 400 and stores nothing', async () => {
    const client = await signedIn(rina.username);
    await client.get('/communities/new');
    const before = await countAll();
    const cases: [Record<string, string>, string][] = [
      [{ name: '' }, 'This field is required.'],
      [{ name: 'X' }, 'A community&#39;s name needs at least two characters.'],
      [{ name: 'x'.repeat(121) }, 'This is too long.'],
      [{ slug: '' }, 'This field is required.'],
      [{ slug: 'Bad Slug!' }, 'Use 2 to 61 small Latin letters'],
      [{ slug: 'new' }, 'This address is already taken.'],
      [{ slug: 'bengali-wikimedians' }, 'This address is already taken.'],
      [{ kind: 'club' }, 'Please choose one of the options offered.'],
      [{ wikis: 'bn.wikipedia.org\nno.such.wiki.example' }, '&quot;no.such.wiki.example&quot; is not an open Wikimedia wiki.'],
      [{ wikis: 'aawiki' }, 'is not an open Wikimedia wiki'],
      [{ languages: 'bn, Klingonish' }, 'Klingonish'],
      [{ countries: 'BD, Atlantis' }, '&quot;Atlantis&quot; is not a country we know.'],
      [{ description: 'x'.repeat(4001) }, 'This is too long.'],
    ];
    for (const [change, message] of cases) {
      const response = await client.post('/communities/new', { ...FORM, slug: 'bad-input', name: 'Bad Input Group', ...change });
      const html = await response.text();
      expect(response.status, JSON.stringify(change)).toBe(400);
      expect(html, JSON.stringify(change)).toContain(message);
      expect(html).toContain('aria-invalid="true"');
    }
    const french = await client.post('/communities/new?uselang=fr', { ...FORM, slug: 'bad-input', countries: 'Atlantide' });
    expect(french.status).toBe(400);
    const html = await french.text();
    expect(html).toContain('« Atlantide » n’est pas un pays connu.');
    expect(html).toContain('value="bad-input"');
    // Country names are understood in the interface language too.
    expect((await client.post('/communities/new?uselang=fr', { ...FORM, slug: 'french-names', countries: 'Sénégal, Bénin' })).status).toBe(303);
    expect(await countAll()).toBe(before + 1);
    expect(await communityRow('bad-input')).toBeUndefined();
  });

  it('answers unknown or malformed addresses with a 404 and refuses forms without signing in', async () => {
    const visitor = new Client(app());
    for (const path of ['/communities/no-such', '/communities/no-such/edit', '/communities/%00', `/communities/${'a'.repeat(300)}`, '/communities/a']) {
      expect((await visitor.get(path)).status, path).toBe(404);
    }
    const before = await countAll();
    expect((await visitor.post('/communities/new', FORM, false)).status).toBe(403);
    await visitor.get('/signin');
    expect((await visitor.post('/communities/new', { ...FORM, slug: 'anonymous' })).status).toBe(401);
    const page = await visitor.request('/communities/new');
    expect(page.status).toBe(303);
    expect(await countAll()).toBe(before);
  });

  it('names organizers to everyone, and members only to those who may see their profile', async () => {
    const organizer = await createPerson(database.db, { username: 'Privacy Organizer', visibility: { about: 'private' } });
    const open = await createPerson(database.db, { username: 'Public Member' });
    const members = await createPerson(database.db, { username: 'Members Only Member', visibility: { about: 'members' } });
    const hidden = await createPerson(database.db, { username: 'Private Member', visibility: { about: 'private' } });
    const { slug } = await createCommunity(database.db, { slug: 'privacy', name: 'Privacy Group', members: [organizer.id, open.id, members.id, hidden.id] });

    const anonymous = (await new Client(app()).get(`/communities/${slug}`)).html;
    expect(anonymous).toContain('4 members');
    expect(anonymous).toContain('Privacy Organizer');
    expect(anonymous).toContain('Public Member');
    expect(anonymous).not.toContain('Members Only Member');
    expect(anonymous).not.toContain('Private Member');
    expect(anonymous).toContain('2 members are not listed by name, as their profiles ask.');

    const member = (await (await signedIn('Sam Stranger')).get(`/communities/${slug}`)).html;
    expect(member).toContain('Members Only Member');
    expect(member).not.toContain('Private Member');
    expect(member).toContain('One member is not listed by name');

    const self = (await (await signedIn('Private Member')).get(`/communities/${slug}`)).html;
    expect(self).toContain('Private Member');
    expect(self).not.toContain('not listed by name');
  });
});
