import type { Db } from '../../db/connection.js';
import type { ExchangeStatus, GroupExchange } from './types.js';

export const EXCHANGE_PAGE_SIZE = 20;

export interface ExchangeFilters {
  status: ExchangeStatus | null;
  /** A skill and its narrower skills (see subtreeIds), or null for any skill. */
  skillIds: number[] | null;
}

const COLUMNS = [
  'id', 'offering_group', 'receiving_group', 'skill_id', 'starts_on', 'description', 'status', 'created_by', 'created_at', 'updated_at',
] as const;

type Row = {
  id: number; offering_group: string; receiving_group: string; skill_id: number; starts_on: string | null; description: string;
  status: ExchangeStatus; created_by: number | null; created_at: Date; updated_at: Date;
};

function fromRow(row: Row): GroupExchange {
  return {
    id: row.id, offeringGroup: row.offering_group, receivingGroup: row.receiving_group, skillId: row.skill_id,
    startsOn: row.starts_on, description: row.description, status: row.status, createdBy: row.created_by,
    createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

/**
 * Exchanges newest first (ids grow with time, and the status index is ordered by id), one page at a
 * time. Reads one row past the page to know whether another follows, rather than counting.
 */
export async function listExchanges(db: Db, filters: ExchangeFilters, page: number): Promise<{ exchanges: GroupExchange[]; hasNext: boolean }> {
  if (filters.skillIds?.length === 0) return { exchanges: [], hasNext: false };
  let query = db.selectFrom('group_exchanges').select(COLUMNS);
  if (filters.status) query = query.where('status', '=', filters.status);
  if (filters.skillIds) query = query.where('skill_id', 'in', filters.skillIds);
  const rows = await query.orderBy('id', 'desc').limit(EXCHANGE_PAGE_SIZE + 1).offset((page - 1) * EXCHANGE_PAGE_SIZE).execute();
  return { exchanges: rows.slice(0, EXCHANGE_PAGE_SIZE).map(fromRow), hasNext: rows.length > EXCHANGE_PAGE_SIZE };
}

export async function getExchange(db: Db, id: number): Promise<GroupExchange | undefined> {
  const row = await db.selectFrom('group_exchanges').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row && fromRow(row);
}
