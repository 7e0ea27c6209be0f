import type { Db } from '../../db/connection.js';
import type { SeriesAccess } from './policy.js';

/** The viewer's roles for a series, read for the policy checks. */
export async function loadSeriesAccess(db: Db, seriesId: number, viewerId: number | null): Promise<SeriesAccess> {
  if (viewerId === null) return { teamRole: null, communityRole: null };
  const row = await db.selectFrom('workshop_series as s')
    .leftJoin('series_team as t', (j) => j.onRef('t.series_id', '=', 's.id').on('t.person_id', '=', viewerId))
    .leftJoin('community_members as m', (j) => j.onRef('m.community_id', '=', 's.community_id').on('m.person_id', '=', viewerId))
    .select(['t.role as teamRole', 'm.role as communityRole'])
    .where('s.id', '=', seriesId).executeTakeFirst();
  return { teamRole: row?.teamRole ?? null, communityRole: row?.communityRole ?? null };
}
