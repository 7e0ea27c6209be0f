import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import { viewerLevel } from '../people/policy.js';
import type { ContactKind, Viewer } from '../people/types.js';
import type { InterestList, OwnMembership, VisibleMember } from './types.js';

export const INTEREST_LISTS_PAGE_SIZE = 30;
export const INTEREST_MEMBERS_PAGE_SIZE = 100;

type ListRow = { id: number; slug: string; title: string; description: string; created_by: number | null; created_at: Date; member_count: number };

function fromRow(row: ListRow): InterestList {
  return {
    id: row.id, slug: row.slug, title: row.title, description: row.description, createdBy: row.created_by,
    createdAt: row.created_at, memberCount: row.member_count,
  };
}

/** Lists oldest first (the first ones are the standing topics), one page at a time. */
export async function listInterestLists(db: Db, page: number): Promise<{ lists: InterestList[]; hasNext: boolean }> {
  const { rows } = await sql<ListRow>`
    select l.id, l.slug, l.title, l.description, l.created_by, l.created_at,
      (select count(*)::int from interest_list_members m where m.list_id = l.id) as member_count
    from interest_lists l order by l.id
    limit ${INTEREST_LISTS_PAGE_SIZE + 1} offset ${(page - 1) * INTEREST_LISTS_PAGE_SIZE}`.execute(db);
  return { lists: rows.slice(0, INTEREST_LISTS_PAGE_SIZE).map(fromRow), hasNext: rows.length > INTEREST_LISTS_PAGE_SIZE };
}

export async function getInterestList(db: Db, slug: string): Promise<InterestList | undefined> {
  const { rows } = await sql<ListRow>`
    select l.id, l.slug, l.title, l.description, l.created_by, l.created_at,
      (select count(*)::int from interest_list_members m where m.list_id = l.id) as member_count
    from interest_lists l where l.slug = ${slug}`.execute(db);
  return rows[0] && fromRow(rows[0]);
}

/**
 * Members as this viewer may see them, by username; `limit` null reads them all (the export). A member
 * whose 'about' section is hidden from the viewer is left out and only counted; their channels are read
 * only when their 'contact' section is visible to the viewer too, and only the kinds they chose for the list.
 * The viewer always sees themself.
 */
export async function visibleMembers(
  db: Db, listId: number, viewer: Viewer | null, page: number, limit: number | null = INTEREST_MEMBERS_PAGE_SIZE,
): Promise<{ members: VisibleMember[]; hidden: number; hasNext: boolean }> {
  const level = viewerLevel(viewer);
  const self = viewer?.id ?? 0;
  const window = limit === null ? sql`` : sql`limit ${limit + 1} offset ${(page - 1) * limit}`;
  const [{ rows }, hidden] = await Promise.all([
    sql<{ person_id: number; username: string; display_name: string; channels: { kind: ContactKind; value: string }[] }>`
      select p.id as person_id, p.username, p.display_name,
        case when p.vis_contact <= ${level} or p.id = ${self} then coalesce((
          select json_agg(json_build_object('kind', c.kind, 'value', c.value) order by c.id)
          from person_contacts c where c.person_id = p.id and c.kind = any(m.shared_channels)), '[]') else '[]' end as channels
      from interest_list_members m join people p on p.id = m.person_id
      where m.list_id = ${listId} and (p.vis_about <= ${level} or p.id = ${self})
      order by lower(p.username), p.id
      ${window}`.execute(db),
    sql<{ n: number }>`
      select count(*)::int as n from interest_list_members m join people p on p.id = m.person_id
      where m.list_id = ${listId} and p.vis_about > ${level} and p.id <> ${self}`.execute(db),
  ]);
  const shown = limit === null ? rows : rows.slice(0, limit);
  return {
    members: shown.map((r) => ({ personId: r.person_id, username: r.username, displayName: r.display_name, channels: r.channels })),
    hidden: hidden.rows[0].n,
    hasNext: limit !== null && rows.length > limit,
  };
}

/** What the join form needs: whether the person is in the list, with which channels, and which they have. */
export async function ownMembership(db: Db, listId: number, personId: number): Promise<OwnMembership> {
  const [membership, contacts, person] = await Promise.all([
    db.selectFrom('interest_list_members').select('shared_channels').where('list_id', '=', listId).where('person_id', '=', personId).executeTakeFirst(),
    db.selectFrom('person_contacts').select(['kind', 'value']).where('person_id', '=', personId).orderBy('id').execute(),
    db.selectFrom('people').select('vis_contact').where('id', '=', personId).executeTakeFirstOrThrow(),
  ]);
  return {
    member: Boolean(membership),
    sharedChannels: (membership?.shared_channels ?? []) as ContactKind[],
    availableChannels: contacts.map((c) => ({ kind: c.kind as ContactKind, value: c.value })),
    contactVisibility: person.vis_contact,
  };
}

/** The interest lists a person joined and what they chose to share in each, for their data export. */
export async function exportInterestMemberships(db: Db, personId: number) {
  return db.selectFrom('interest_list_members as m').innerJoin('interest_lists as l', 'l.id', 'm.list_id')
    .select(['l.slug as list', 'm.shared_channels', 'm.joined_at']).where('m.person_id', '=', personId).orderBy('l.slug').execute();
}
