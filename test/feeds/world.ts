import type { Db } from '../../src/db/connection.js';
import { createCommunity, createPerson } from '../factories.js';
import { createSeries, createSession } from '../workshops/factories.js';

/** The clock of every feed test: a Sunday noon UTC, three weeks before the next monthly session. */
export const NOW = new Date('2026-11-22T12:00:00Z');

/** Every online link in these worlds is on this host, so "no online link" is "no such host in the body". */
export const MEETING_HOST = 'meet.example.org';

/** A series with sessions in every state a feed must tell apart, as real rows. */
export async function buildSeriesWorld(db: Db, prefix: string) {
  const organizer = await createPerson(db, { username: `${prefix} Organizer` });
  const facilitator = await createPerson(db, { username: `${prefix} Facilitator`, displayName: 'Anjali Rao' });
  const community = await createCommunity(db, { slug: `${prefix}-techcom`, name: `${prefix} TechCom`, members: [organizer.id] });
  const series = await createSeries(db, {
    communityId: community.id, slug: `${prefix}-monthly`, title: `${prefix} technical workshops`, homeZone: 'Asia/Kolkata', team: [[organizer.id, 'organizer']],
  });
  const skill = await db.selectFrom('skill_labels').select(['skill_id', 'label']).where('lang', '=', 'en').orderBy('skill_id').executeTakeFirstOrThrow();
  const session = (title: string, startsAt: Date | null, extra: Partial<Parameters<typeof createSession>[1]> = {}) =>
    createSession(db, { seriesId: series.id, title, startsAt, onlineUrl: `https://${MEETING_HOST}/${title.length}-${Math.random().toString(36).slice(2)}`, ...extra });
  const upcoming = await session('Writing Lua modules <b>& "templates"</b>', new Date('2026-12-12T09:30:00Z'), {
    durationMinutes: 90, language: 'hi', interpretation: ['bn', 'ta'], facilitators: [facilitator.id], skills: [skill.skill_id],
  });
  const cancelled = await session('Gadgets for beginners', new Date('2026-12-19T09:30:00Z'), { status: 'cancelled' });
  const running = await session('Citation bots, live', new Date('2026-11-22T11:30:00Z'));
  const recent = await session('Templates clinic', new Date('2026-11-08T09:30:00Z'));
  const old = await session('Wikidata queries', new Date('2026-09-12T09:30:00Z'));
  const unscheduled = await session('Not yet scheduled', null);
  // An organizer moved the upcoming session twice: calendars must see the third version.
  await db.updateTable('workshop_sessions').set({ sequence: 2, updated_at: new Date('2026-11-20T08:00:00Z') }).where('id', '=', upcoming.id).execute();
  await db.updateTable('workshop_sessions').set({ sequence: 1, updated_at: new Date('2026-11-21T08:00:00Z') }).where('id', '=', cancelled.id).execute();
  return { organizer, facilitator, community, series, skill, upcoming, cancelled, running, recent, old, unscheduled };
}
