import type { Db } from '../../db/connection.js';

// A series' programme as it is published on its wiki: what anyone may know about its sessions (titles,
// times, languages, facilitators, skills) and never the online link, which only registrants see.

/** Sessions that ended up to this many days ago stay on the page as "recent". */
export const RECENT_DAYS = 30;
export const MAX_UPCOMING = 60;
export const MAX_RECENT = 20;

export interface ProgrammeSession {
  id: number;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  cancelled: boolean;
  language: string;
  interpretation: string[];
  facilitators: { username: string; displayName: string }[];
  /** Labels in the page's language (English when it has none). */
  skills: string[];
}

export interface Programme {
  series: { id: number; slug: string; title: string; description: string; homeZone: string; languages: string[] };
  community: { slug: string; name: string };
  /** The language the page is written in: the series' first language. */
  lang: string;
  /** Sessions not yet over, soonest first; cancelled ones stay, marked, so that nobody comes in vain. */
  upcoming: ProgrammeSession[];
  /** Sessions held in the last RECENT_DAYS, latest first. */
  recent: ProgrammeSession[];
}

/** The programme of one series at `now`, or undefined when there is no such series. */
export async function loadProgramme(db: Db, seriesId: number, now: Date): Promise<Programme | undefined> {
  const series = await db.selectFrom('workshop_series as s').innerJoin('communities as c', 'c.id', 's.community_id')
    .select(['s.id', 's.slug', 's.title', 's.description', 's.home_zone', 's.languages', 'c.slug as communitySlug', 'c.name as communityName'])
    .where('s.id', '=', seriesId).executeTakeFirst();
  if (!series) return undefined;
  const lang = series.languages[0] ?? 'en';
  const recentFrom = new Date(now.getTime() - RECENT_DAYS * 86_400_000);
  // Sessions last at most 8 hours, so one that started 8 hours before the window may still end inside it.
  const rows = await db.selectFrom('workshop_sessions')
    .select(['id', 'title', 'starts_at', 'duration_minutes', 'status', 'language', 'interpretation_languages'])
    .where('series_id', '=', seriesId).where('starts_at', '>=', new Date(recentFrom.getTime() - 8 * 3_600_000))
    .orderBy('starts_at').orderBy('id').limit(1000).execute();
  const sessions = rows.flatMap((r) => (r.starts_at ? [{ ...r, startsAt: r.starts_at }] : []));
  const ends = (s: { startsAt: Date; duration_minutes: number }) => s.startsAt.getTime() + s.duration_minutes * 60_000;
  const upcomingRows = sessions.filter((s) => ends(s) > now.getTime()).slice(0, MAX_UPCOMING);
  const recentRows = sessions.filter((s) => ends(s) <= now.getTime() && ends(s) > recentFrom.getTime() && s.status === 'scheduled')
    .reverse().slice(0, MAX_RECENT);
  const ids = [...upcomingRows, ...recentRows].map((s) => s.id);

  const [facilitators, skills] = ids.length ? await Promise.all([
    db.selectFrom('session_facilitators as f').innerJoin('people as p', 'p.id', 'f.person_id')
      .select(['f.session_id', 'p.username', 'p.display_name']).where('f.session_id', 'in', ids).orderBy('p.id').execute(),
    db.selectFrom('session_skills as ss').innerJoin('skills as k', 'k.id', 'ss.skill_id')
      .leftJoin('skill_labels as l', (j) => j.onRef('l.skill_id', '=', 'k.id').on('l.lang', '=', lang))
      .leftJoin('skill_labels as en', (j) => j.onRef('en.skill_id', '=', 'k.id').on('en.lang', '=', 'en'))
      .select(['ss.session_id', 'k.slug', 'l.label', 'en.label as englishLabel']).where('ss.session_id', 'in', ids).orderBy('k.slug').execute(),
  ]) : [[], []];

  const present = (s: (typeof sessions)[number]): ProgrammeSession => ({
    id: s.id, title: s.title, startsAt: s.startsAt, durationMinutes: s.duration_minutes, cancelled: s.status === 'cancelled',
    language: s.language, interpretation: s.interpretation_languages,
    facilitators: facilitators.filter((f) => f.session_id === s.id)
      .map((f) => ({ username: f.username, displayName: f.display_name || f.username })),
    skills: skills.filter((k) => k.session_id === s.id).map((k) => k.label ?? k.englishLabel ?? k.slug),
  });
  return {
    series: {
      id: series.id, slug: series.slug, title: series.title, description: series.description, homeZone: series.home_zone,
      languages: series.languages,
    },
    community: { slug: series.communitySlug, name: series.communityName },
    lang,
    upcoming: upcomingRows.map(present),
    recent: recentRows.map(present),
  };
}
