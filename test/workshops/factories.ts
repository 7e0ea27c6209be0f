import type { Db } from '../../src/db/connection.js';
import type { SeriesCadence, SeriesScope } from '../../src/db/schema.js';

let seriesCounter = 0;

export interface SeriesSpec {
  communityId: number;
  slug?: string;
  title?: string;
  scope?: SeriesScope;
  cadence?: SeriesCadence;
  homeZone?: string;
  languages?: string[];
  /** People ids with their team role. */
  team?: [number, 'organizer' | 'support'][];
  skills?: number[];
}

/** A series as rows in the real tables: by default monthly on the second Saturday at 15:00 in Asia/Kolkata. */
export async function createSeries(db: Db, spec: SeriesSpec): Promise<{ id: number; slug: string }> {
  seriesCounter += 1;
  const slug = spec.slug ?? `series-${seriesCounter}`;
  const monthly = (spec.cadence ?? 'monthly') === 'monthly';
  const { id } = await db.insertInto('workshop_series').values({
    slug, community_id: spec.communityId, title: spec.title ?? `Series ${seriesCounter}`, scope: spec.scope ?? 'regional',
    cadence: spec.cadence ?? 'monthly', cadence_week: monthly ? 2 : null, cadence_weekday: monthly ? 5 : null,
    cadence_time: monthly ? '15:00' : null, home_zone: spec.homeZone ?? 'Asia/Kolkata', languages: spec.languages ?? ['en'],
  }).returning('id').executeTakeFirstOrThrow();
  for (const [personId, role] of spec.team ?? []) await db.insertInto('series_team').values({ series_id: id, person_id: personId, role }).execute();
  for (const skillId of spec.skills ?? []) await db.insertInto('series_skills').values({ series_id: id, skill_id: skillId }).execute();
  return { id, slug };
}

export interface SessionSpec {
  seriesId: number;
  title?: string;
  startsAt?: Date | null;
  timeZone?: string;
  durationMinutes?: number;
  language?: string;
  interpretation?: string[];
  capacity?: number;
  onlineUrl?: string;
  facilitators?: number[];
  skills?: number[];
  status?: 'scheduled' | 'cancelled';
}

/** A session as rows in the real tables. */
export async function createSession(db: Db, spec: SessionSpec): Promise<{ id: number }> {
  const { id } = await db.insertInto('workshop_sessions').values({
    series_id: spec.seriesId, title: spec.title ?? 'Writing Lua modules', starts_at: spec.startsAt === undefined ? new Date('2026-12-12T09:30:00Z') : spec.startsAt,
    time_zone: spec.timeZone ?? 'Asia/Kolkata', duration_minutes: spec.durationMinutes ?? 60, language: spec.language ?? 'en',
    interpretation_languages: spec.interpretation ?? [], capacity: spec.capacity ?? 30, online_url: spec.onlineUrl ?? 'https://meet.example.org/lua',
    status: spec.status ?? 'scheduled',
  }).returning('id').executeTakeFirstOrThrow();
  for (const personId of spec.facilitators ?? []) await db.insertInto('session_facilitators').values({ session_id: id, person_id: personId }).execute();
  for (const skillId of spec.skills ?? []) await db.insertInto('session_skills').values({ session_id: id, skill_id: skillId }).execute();
  return { id };
}

/** A registration row (registered unless said otherwise). */
export async function register(db: Db, sessionId: number, personId: number, status: 'registered' | 'waitlisted' | 'cancelled' = 'registered'): Promise<void> {
  await db.insertInto('session_registrations').values({ session_id: sessionId, person_id: personId, status }).execute();
}
