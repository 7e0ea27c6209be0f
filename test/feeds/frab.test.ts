import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FrabEvent, FrabSchedule } from '../../src/web/feeds/frab.js';
import { createTestApp } from '../client.js';
import { useTestDatabase } from '../db.js';
import { createCommunity, createPerson } from '../factories.js';
import { createSeries, createSession } from '../workshops/factories.js';
import { scheduleSchema } from './schedule-schema.js';
import { buildSeriesWorld, MEETING_HOST, NOW } from './world.js';

const database = useTestDatabase();
let world: Awaited<ReturnType<typeof buildSeriesWorld>>;
const app = () => createTestApp(database.db, {}, () => NOW);

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ajv = new Ajv({ allErrors: true, strict: true })
  .addFormat('date', /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
  .addFormat('date-time', RFC3339)
  .addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  .addFormat('uri', { type: 'string', validate: (value: string) => /^[a-z][a-z0-9+.-]*:/i.test(value) && URL.canParse(value) });
const validate = ajv.compile(scheduleSchema);

beforeAll(async () => {
  world = await buildSeriesWorld(database.db, 'frab');
});

async function schedule(slug: string): Promise<{ response: Response; body: FrabSchedule }> {
  const response = await app().request(`http://localhost/series/${slug}/schedule.json`);
  return { response, body: response.status === 200 ? await response.json() as FrabSchedule : (undefined as never) };
}

const events = (s: FrabSchedule): FrabEvent[] => s.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat());

describe('the frab schedule of a series', () => {
  it('validates against the schedule schema and holds every scheduled session, without online links', async () => {
    const { response, body } = await schedule(world.series.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(validate(body), ajv.errorsText(validate.errors)).toBe(true);
    expect(JSON.stringify(body)).not.toContain(MEETING_HOST);
    // The schema is not vacuous: a frab reader's broken duration or an acronym with a dash is refused.
    const broken = structuredClone(body);
    events(broken)[0].duration = '90 minutes';
    broken.schedule.conference.acronym = 'frab-monthly';
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath).sort()).toEqual(['/schedule/conference/acronym', expect.stringMatching(/\/duration$/)]);
    const conference = body.schedule.conference;
    expect(conference).toMatchObject({
      acronym: 'frab_monthly', title: 'frab technical workshops', time_zone_name: 'Asia/Kolkata',
      start: '2026-09-12', end: '2026-12-12', daysCount: 4, url: `http://localhost/series/${world.series.slug}`,
    });
    expect(body.schedule.base_url).toBe(`http://localhost/series/${world.series.slug}/`);
    // The whole programme, past sessions included; never cancelled or unscheduled ones.
    expect(events(body).map((e) => e.id)).toEqual([world.old.id, world.recent.id, world.running.id, world.upcoming.id]);
    expect(conference.days.map((d) => [d.index, d.date])).toEqual([[1, '2026-09-12'], [2, '2026-11-08'], [3, '2026-11-22'], [4, '2026-12-12']]);
  });

  it('states each session in the home zone with its offset, in a room per language', async () => {
    const { body } = await schedule(world.series.slug);
    const day = body.schedule.conference.days.find((d) => d.date === '2026-12-12')!;
    expect(Object.keys(day.rooms)).toEqual(['हिन्दी (hi)']);
    const lua = day.rooms['हिन्दी (hi)'][0];
    expect(lua).toMatchObject({
      id: world.upcoming.id, date: '2026-12-12T15:00:00+05:30', start: '15:00', duration: '01:30', room: 'हिन्दी (hi)',
      title: 'Writing Lua modules <b>& "templates"</b>', subtitle: 'Interpretation: বাংলা (bn), தமிழ் (ta)',
      language: 'hi', type: 'workshop', track: world.skill.label, url: `http://localhost/sessions/${world.upcoming.id}`,
      persons: [{ id: world.facilitator.id, public_name: 'Anjali Rao' }],
    });
    expect(lua.slug).toBe(`frab-monthly-${world.upcoming.id}-writing-lua-modules-b-templates-b`);
    expect(new Date(lua.date).toISOString()).toBe('2026-12-12T09:30:00.000Z');
    expect(day).toMatchObject({ day_start: '2026-12-12T15:00:00+05:30', day_end: '2026-12-12T16:30:00+05:30' });
    expect(body.schedule.conference.rooms.map((r) => r.name)).toEqual(['English (en)', 'हिन्दी (hi)']);
  });

  it('keeps the same GUIDs from one request to the next and changes its version when a session changes', async () => {
    const first = (await schedule(world.series.slug)).body;
    const second = (await schedule(world.series.slug)).body;
    expect(events(second).map((e) => e.guid)).toEqual(events(first).map((e) => e.guid));
    expect(new Set(events(first).map((e) => e.guid)).size).toBe(events(first).length);
    await database.db.updateTable('workshop_sessions').set({ materials_url: 'https://example.org/slides.pdf', updated_at: new Date('2026-11-22T11:00:00Z') })
      .where('id', '=', world.recent.id).execute();
    const third = (await schedule(world.series.slug)).body;
    expect(third.schedule.version).not.toBe(first.schedule.version);
    expect(events(third).find((e) => e.id === world.recent.id)?.links).toEqual([{ url: 'https://example.org/slides.pdf', title: 'Materials' }]);
    expect(validate(third), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('is valid for a short slug, a title without Latin letters, a Nepal-time series and one with no sessions', async () => {
    const person = await createPerson(database.db, { username: 'Frab Organizer' });
    const community = await createCommunity(database.db, { members: [person.id] });
    const nepal = await createSeries(database.db, { communityId: community.id, slug: 'np', title: 'नेपाली कार्यशाला', homeZone: 'Asia/Kathmandu' });
    const session = await createSession(database.db, { seriesId: nepal.id, title: 'लुआ मोड्युल', startsAt: new Date('2026-12-05T04:15:00Z'), language: 'ne' });
    const { body } = await schedule('np');
    expect(validate(body), ajv.errorsText(validate.errors)).toBe(true);
    expect(body.schedule.conference.acronym).toBe('sangam_np');
    expect(events(body)[0]).toMatchObject({ slug: `np-${session.id}`, date: '2026-12-05T10:00:00+05:45', start: '10:00' });

    const empty = await createSeries(database.db, { communityId: community.id, slug: 'empty-series' });
    const emptyBody = (await schedule(empty.slug)).body;
    expect(validate(emptyBody), ajv.errorsText(validate.errors)).toBe(true);
    expect(emptyBody.schedule.conference).toMatchObject({ days: [], daysCount: 0, start: '2026-11-22', end: '2026-11-22' });
  });

  it('answers an unknown series with the not-found page', async () => {
    expect((await schedule('no-such-series')).response.status).toBe(404);
    expect((await schedule('Bad_Slug')).response.status).toBe(404);
  });
});
