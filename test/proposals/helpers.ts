import type { Db } from '../../src/db/connection.js';
import type { ProposalStatus, SessionType } from '../../src/domain/proposals/types.js';

// Rows for calls and proposals, written straight into the real tables, for tests that start past the forms.

export const CATEGORIES = [
  { key: 'c1', label: 'Benefit to the communities', weight: 3 },
  { key: 'c2', label: 'Clarity of the plan', weight: 2 },
  { key: 'c3', label: 'Presenters’ readiness', weight: 2 },
  { key: 'c4', label: 'Feasibility', weight: 1 },
];

let callCounter = 0;

export interface CallSpec {
  seriesId: number;
  slug?: string;
  title?: string;
  status?: 'draft' | 'open' | 'closed';
  closesAt?: Date | null;
  questions?: { id: string; label: string }[];
}

export async function insertCall(db: Db, spec: CallSpec): Promise<{ id: number; slug: string }> {
  callCounter += 1;
  const slug = spec.slug ?? `call-${callCounter}`;
  const { id } = await db.insertInto('proposal_calls').values({
    slug, series_id: spec.seriesId, title: spec.title ?? `Call ${callCounter}`, status: spec.status ?? 'open',
    closes_at: spec.closesAt === undefined ? new Date('2027-06-30T18:29:00Z') : spec.closesAt,
    questions: JSON.stringify(spec.questions ?? []), review_categories: JSON.stringify(CATEGORIES),
  }).returning('id').executeTakeFirstOrThrow();
  return { id, slug };
}

export interface ProposalSpec {
  callId: number;
  by: number;
  title?: string;
  status?: ProposalStatus;
  submittedAt?: Date;
  sessionType?: SessionType;
  language?: string;
  interpretation?: string[];
  durationMinutes?: number;
  plan?: string;
  coPresenters?: [number, 'invited' | 'confirmed'][];
  skills?: number[];
}

export async function insertProposal(db: Db, spec: ProposalSpec): Promise<number> {
  const status = spec.status ?? 'submitted';
  const { id } = await db.insertInto('proposals').values({
    call_id: spec.callId, submitted_by: spec.by, title: spec.title ?? 'Writing Lua modules', session_type: spec.sessionType ?? 'workshop',
    language: spec.language ?? 'hi', interpretation_languages: spec.interpretation ?? [], duration_minutes: spec.durationMinutes ?? 90,
    plan: spec.plan ?? 'We write a module together, step by step.', benefit: 'Templates that work on small wikis.', status,
    submitted_at: status === 'draft' ? null : spec.submittedAt ?? new Date('2027-03-01T10:00:00Z'),
  }).returning('id').executeTakeFirstOrThrow();
  for (const [personId, presenterStatus] of spec.coPresenters ?? []) {
    await db.insertInto('proposal_presenters').values({ proposal_id: id, person_id: personId, status: presenterStatus }).execute();
  }
  for (const skillId of spec.skills ?? []) await db.insertInto('proposal_skills').values({ proposal_id: id, skill_id: skillId }).execute();
  return id;
}

/** The visible text of a page, tags dropped and entities for quotes read back. */
export const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
