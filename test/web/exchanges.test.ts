import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoExchanges } from '../../src/db/seed/demo-exchanges.js';
import { createExchange } from '../../src/domain/exchanges/mutations.js';
import type { ExchangeInput } from '../../src/domain/exchanges/schema.js';
import { mergeSkill } from '../../src/domain/skills/mutations.js';
import { Client, createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';
import { createPerson } from '../factories.js';

const database = useTestDatabase();
const app = () => createTestApp(database.db);

let creator: { id: number; username: string };

beforeAll(async () => {
  creator = await createPerson(database.db, { username: 'Ngozi Creator' });
  await createPerson(database.db, { username: 'Sam Stranger' });
  await createPerson(database.db, { username: 'Olu Organizer', role: 'organizer' });
  await createPerson(database.db, { username: 'Ada Admin', role: 'admin' });
});

async function signedIn(username: string): Promise<Client> {
  const client = new Client(app());
  await client.signIn(username);
  return client;
}

/** An exchange written through the domain, as the form would write it. */
async function exchange(input: Partial<ExchangeInput> & Pick<ExchangeInput, 'offering'>, createdBy: number | null = creator.id): Promise<number> {
  return createExchange(database.db, createdBy, {
    receiving: 'Hausa Wikimedians User Group', skill: 'wikidata', startsOn: null, description: '', status: 'proposed', ...input,
  }, new Date());
}

const rowsFrom = (offering: string) =>
  database.db.selectFrom('group_exchanges').selectAll().where('offering_group', '=', offering).execute();
const countAll = async () => Number((await database.db.selectFrom('group_exchanges').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

const FORM = {
  offering: 'Wikimedia Community User Group Nigeria', receiving: 'Hausa Wikimedians User Group', skill: 'photo-contests',
  startsOn: '2027-03-01', status: 'agreed', description: 'A series of six photo contest workshops.\n\nIn Hausa and English.',
};

describe('group exchanges', () => {
  it('a member records one through the form, and anyone sees it in the list in Spanish', async () => {
    const ngozi = await signedIn(creator.username);
    const form = await ngozi.get('/exchanges/new');
    expect(form.status).toBe(200);
    expect(form.html).toContain('<label for="offering">');
    const response = await ngozi.post('/exchanges/new', FORM);
    expect(response.status).toBe(303);
    const location = response.headers.get('location')!;
    expect(location).toMatch(/^\/exchanges\/\d+$/);

    const [row] = await rowsFrom(FORM.offering);
    expect(row).toMatchObject({
      receiving_group: FORM.receiving, starts_on: '2027-03-01', status: 'agreed', created_by: creator.id,
      description: 'A series of six photo contest workshops.\n\nIn Hausa and English.',
    });

    const page = await ngozi.get(location);
    expect(page.html).toContain('The exchange is recorded.');
    expect(page.html).toContain('Photo contests (Wiki Loves)');
    expect(page.html).toContain('March 1, 2027');
    expect(page.html).toContain('<p dir="auto">In Hausa and English.</p>');
    expect(page.html).toContain(`href="${location}/edit"`);

    const list = await new Client(app()).get('/exchanges?uselang=es');
    expect(list.status).toBe(200);
    expect(list.html).toContain('<html lang="es"');
    expect(list.html).toContain('Intercambios entre grupos');
    expect(list.html).toContain(`<a href="${location}">`);
    expect(list.html).toContain('Wikimedia Community User Group Nigeria ofrece a Hausa Wikimedians User Group');
    expect(list.html).toContain('Concursos fotográficos (Wiki Loves)');
    expect(list.html).not.toContain('Photo contests (Wiki Loves)');
    expect(list.html).toContain('Desde el 1 de marzo de 2027');
    expect(list.html).toContain('Acordado');
  });

  it('shows right-to-left pages with the arrow pointing left', async () => {
    const id = await exchange({ offering: 'Arabic Wikimedians User Group', receiving: 'Wikimedians of Tamazight User Group', skill: 'abuse-filters' });
    const page = await new Client(app()).get(`/exchanges/${id}?uselang=ar`);
    expect(page.html).toContain('dir="rtl"');
    expect(page.html).toContain('<bdi>Arabic Wikimedians User Group</bdi> ← <bdi>Wikimedians of Tamazight User Group</bdi>');
    expect(page.html).toContain('من Arabic Wikimedians User Group إلى Wikimedians of Tamazight User Group');
  });

  it('finds exchanges on narrower skills when filtering by a broader one, and filters by status', async () => {
    await exchange({ offering: 'Filter Group SPARQL', skill: 'sparql', status: 'done' });
    await exchange({ offering: 'Filter Group Photos', skill: 'photo-contests', status: 'done' });
    const visitor = new Client(app());

    const wikidata = await visitor.get('/exchanges?skill=wikidata');
    expect(wikidata.status).toBe(200);
    expect(wikidata.html).toContain('Filter Group SPARQL');
    expect(wikidata.html).not.toContain('Filter Group Photos');
    expect(wikidata.html).toContain('<option selected="" value="wikidata">');

    const technical = await visitor.get('/exchanges?skill=technical&status=done');
    expect(technical.html).toContain('Filter Group SPARQL');
    expect(technical.html).not.toContain('Filter Group Photos');

    const proposed = await visitor.get('/exchanges?status=proposed');
    expect(proposed.html).not.toContain('Filter Group SPARQL');
    expect((await visitor.get('/exchanges?status=cancelled&skill=sparql')).html).toContain('No exchange matches these filters.');
  });

  it('lets the creator, organizers and administrators edit, and no one else', async () => {
    const id = await exchange({ offering: 'Wikimedia Ukraine', receiving: 'Wikimedians of Western Armenian Language User Group', skill: 'edit-a-thons' });
    const edit = { ...FORM, offering: 'Wikimedia Ukraine', receiving: 'Wikimedians of Western Armenian Language User Group', skill: 'edit-a-thons' };

    const sam = await signedIn('Sam Stranger');
    expect((await sam.get(`/exchanges/${id}`)).html).not.toContain(`/exchanges/${id}/edit`);
    expect((await sam.get(`/exchanges/${id}/edit`)).status).toBe(403);
    expect((await sam.post(`/exchanges/${id}/edit`, { ...edit, status: 'cancelled' })).status).toBe(403);
    expect((await rowsFrom('Wikimedia Ukraine'))[0].status).toBe('proposed');

    const anonymous = new Client(app());
    const redirect = await anonymous.request(`/exchanges/${id}/edit`);
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get('location')).toBe(`/signin?return=${encodeURIComponent(`/exchanges/${id}/edit`)}`);

    const olu = await signedIn('Olu Organizer');
    const form = await olu.get(`/exchanges/${id}/edit`);
    expect(form.status).toBe(200);
    expect(form.html).toContain('value="Wikimedia Ukraine"');
    expect(form.html).toContain('<option selected="" value="edit-a-thons">');
    const saved = await olu.post(`/exchanges/${id}/edit`, { ...edit, status: 'done', startsOn: '' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/exchanges/${id}`);
    expect((await rowsFrom('Wikimedia Ukraine'))[0]).toMatchObject({ status: 'done', starts_on: null, created_by: creator.id });

    const ngozi = await signedIn(creator.username);
    await ngozi.get(`/exchanges/${id}/edit`);
    expect((await ngozi.post(`/exchanges/${id}/edit`, { ...edit, status: 'agreed' })).status).toBe(303);
    const ada = await signedIn('Ada Admin');
    await ada.get(`/exchanges/${id}/edit`);
    expect((await ada.post(`/exchanges/${id}/edit`, { ...edit, status: 'cancelled' })).status).toBe(303);
    expect((await rowsFrom('Wikimedia Ukraine'))[0].status).toBe('cancelled');
  });

  it('leaves seeded exchanges (recorded by no one) to organizers and administrators', async () => {
    const id = await exchange({ offering: 'Nobody Recorded This' }, null);
    const sam = await signedIn('Sam Stranger');
    expect((await sam.get(`/exchanges/${id}/edit`)).status).toBe(403);
    expect((await (await signedIn('Olu Organizer')).get(`/exchanges/${id}/edit`)).status).toBe(200);
  });

  it('answers bad input with a localized 400 and stores nothing', async () => {
    const ngozi = await signedIn(creator.username);
    await ngozi.get('/exchanges/new');
    const before = await countAll();
    const cases: [Record<string, string>, string][] = [
      [{ offering: '' }, 'This field is required.'],
      [{ offering: '   ' }, 'This field is required.'],
      [{ offering: 'X' }, 'A group&#39;s name needs at least two characters.'],
      [{ receiving: 'x'.repeat(121) }, 'This is too long.'],
      [{ offering: 'Same Group', receiving: 'SAME  group' }, 'A group cannot make an exchange with itself.'],
      [{ skill: '' }, 'This field is required.'],
      [{ skill: 'no-such-skill' }, 'Please choose one of the options offered.'],
      [{ skill: 'technical' }, 'Please choose one of the options offered.'],
      [{ startsOn: '2027-02-30' }, 'Enter a real date between the years 2000 and 2100'],
      [{ startsOn: 'next March' }, 'Enter a real date between the years 2000 and 2100'],
      [{ startsOn: '0000-01-01' }, 'Enter a real date between the years 2000 and 2100'],
      [{ status: 'maybe' }, 'Please choose one of the options offered.'],
      [{ description: 'x'.repeat(2001) }, 'This is too long.'],
    ];
    for (const [change, message] of cases) {
      const response = await ngozi.post('/exchanges/new', { ...FORM, offering: 'Bad Input Group', ...change });
      const html = await response.text();
      expect(response.status, JSON.stringify(change)).toBe(400);
      expect(html, JSON.stringify(change)).toContain(message);
      expect(html).toContain('aria-invalid="true"');
    }
    // What was typed comes back, and the messages are in the interface language.
    const spanish = await ngozi.post('/exchanges/new?uselang=es', { ...FORM, offering: 'Bad Input Group', startsOn: '2027-13-01' });
    expect(spanish.status).toBe(400);
    const html = await spanish.text();
    expect(html).toContain('Escribe una fecha real entre los años 2000 y 2100');
    expect(html).toContain('value="Bad Input Group"');
    expect(html).toContain('value="2027-13-01"');
    expect(await countAll()).toBe(before);

    // An edit with bad input changes nothing either.
    const id = await exchange({ offering: 'Edit Me Badly' });
    await ngozi.get(`/exchanges/${id}/edit`);
    const bad = await ngozi.post(`/exchanges/${id}/edit`, { ...FORM, offering: 'Edit Me Badly', status: 'maybe' });
    expect(bad.status).toBe(400);
    expect((await rowsFrom('Edit Me Badly'))[0].status).toBe('proposed');
  });

  it('answers unknown or malformed ids and filters with a 4xx, never a 500', async () => {
    const ngozi = await signedIn(creator.username);
    for (const path of ['/exchanges/abc', '/exchanges/abc/edit', '/exchanges/0', '/exchanges/-1', '/exchanges/1.5', '/exchanges/99999999999', '/exchanges/999999']) {
      expect((await ngozi.get(path)).status, path).toBe(404);
    }
    await ngozi.get('/exchanges/new');
    expect((await ngozi.post('/exchanges/abc/edit', FORM)).status).toBe(404);
    expect((await ngozi.post('/exchanges/999999/edit', FORM)).status).toBe(404);
    const badStatus = await ngozi.get('/exchanges?status=maybe');
    expect(badStatus.status).toBe(400);
    expect(badStatus.html).toContain('Please choose one of the options offered.');
    expect((await ngozi.get('/exchanges?skill=no-such-skill')).status).toBe(400);
    expect((await ngozi.get('/exchanges?page=abc')).status).toBe(200);
  });

  it('refuses a form sent without signing in', async () => {
    const before = await countAll();
    const anonymous = new Client(app());
    expect((await anonymous.post('/exchanges/new', FORM, false)).status).toBe(403);
    await anonymous.get('/signin'); // an anonymous session with a form token
    const response = await anonymous.post('/exchanges/new', FORM);
    expect(response.status).toBe(401);
    expect(await response.text()).toContain('Please sign in first.');
    const page = await anonymous.request('/exchanges/new');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/signin?return=%2Fexchanges%2Fnew');
    expect(await countAll()).toBe(before);
  });

  it('keeps an exchange on its skill when that skill is merged into another', async () => {
    const id = await exchange({ offering: 'Merged Skill Group', skill: 'autowikibrowser' });
    const into = await database.db.selectFrom('skills').select('id').where('slug', '=', 'bots').executeTakeFirstOrThrow();
    const from = await database.db.selectFrom('skills').select('id').where('slug', '=', 'autowikibrowser').executeTakeFirstOrThrow();
    await mergeSkill(database.db, { skillId: from.id, intoId: into.id });
    expect((await rowsFrom('Merged Skill Group'))[0].skill_id).toBe(into.id);
    expect((await new Client(app()).get(`/exchanges/${id}`)).html).toContain('href="/skills/bots"');
    // The old address of the skill still filters.
    expect((await new Client(app()).get('/exchanges?skill=autowikibrowser')).html).toContain('Merged Skill Group');
  });

  it('pages through exchanges newest first, each page within the weight budget', async () => {
    const long = 'Sessions on sources, notability and writing a first article, with exercises on the wiki. '.repeat(22).slice(0, 2000);
    for (let i = 1; i <= 21; i++) await exchange({ offering: `Paging Group ${String(i).padStart(2, '0')}`, skill: 'article-writing', description: long });
    const visitor = new Client(app());
    const first = await visitor.get('/exchanges?skill=article-writing');
    expect(first.html.indexOf('Paging Group 21')).toBeLessThan(first.html.indexOf('Paging Group 02'));
    expect(first.html).not.toContain('Paging Group 01');
    expect(first.html).toContain('href="/exchanges?skill=article-writing&amp;page=2" rel="next"');
    expect(gzipSync(first.html).length).toBeLessThanOrEqual(14 * 1024);
    const second = await visitor.get('/exchanges?skill=article-writing&page=2');
    expect(second.html).toContain('Paging Group 01');
    expect(second.html).not.toContain('rel="next"');
    const full = await visitor.get(`/exchanges/${(await rowsFrom('Paging Group 01'))[0].id}`);
    expect(full.html).toContain(long.trim());
  });
});

describe('demo exchanges', () => {
  it('records real groups across regions, in every status, that the list shows', async () => {
    const before = await countAll();
    await seedDemoExchanges(database.db, new Date('2026-11-22T12:00:00Z'));
    const seeded = await database.db.selectFrom('group_exchanges').selectAll().where('created_by', 'is', null)
      .where('offering_group', '!=', 'Nobody Recorded This').orderBy('id').execute();
    expect(await countAll()).toBe(before + seeded.length);
    expect(seeded.length).toBeGreaterThanOrEqual(6);
    expect(new Set(seeded.map((s) => s.status))).toEqual(new Set(['proposed', 'agreed', 'done', 'cancelled']));
    const list = await new Client(app()).get('/exchanges?skill=wikidata&uselang=fr');
    expect(list.html).toContain('Wikimedia Community User Group Nigeria');
    expect(list.html).toContain('Hausa Wikimedians User Group');
    const all = (await new Client(app()).get('/exchanges?status=done')).html;
    expect(all).toContain('Wikimedia Argentina');
  });
});
