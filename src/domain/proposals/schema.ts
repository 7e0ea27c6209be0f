import { z } from 'zod';
import { CalendarDate } from '../mentorship/schema.js';
import { RowId } from '../validation.js';
import { BOARD_SORTS, MAX_SCORE, MIN_SCORE } from './review-scores.js';
import { CALL_STATUSES, SESSION_TYPES, type CallQuestion, type ReviewCategory } from './types.js';

// Form input for calls, proposals and reviews, as strings from plain POST forms; messages are message keys.
const text = (max: number) => z.string().trim().max(max, { message: 'sangam-error-too-long' });
const choice = { message: 'sangam-error-invalid-choice' } as const;
const required = { message: 'sangam-error-required' } as const;

export const MAX_QUESTIONS = 8;
export const MAX_CATEGORIES = 8;
export const MAX_WEIGHT = 10;
export const MAX_PROPOSAL_SKILLS = 3;
export const MAX_INTERPRETATION_LANGUAGES = 12;
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,60}$/;

/** A row's stored id as sent back by the edit form (blank for a new row); anything else starts a new row. */
const rowId = z.string().trim().max(12).transform((v) => (/^[a-z]\d{1,3}$/.test(v) ? v : ''));

/**
 * Gives rows without an id (new ones, or a repeated id from a tampered form) the next free id with the prefix,
 * so answers and scores stored under an id keep pointing at the same question or category.
 */
function withIds<T extends { id: string }>(rows: T[], prefix: string): T[] {
  const used = new Set<string>();
  let next = 1 + Math.max(0, ...rows.map((r) => (r.id.startsWith(prefix) ? Number(r.id.slice(1)) : 0)));
  return rows.map((row) => {
    if (row.id.startsWith(prefix) && !used.has(row.id)) {
      used.add(row.id);
      return row;
    }
    const id = `${prefix}${next++}`;
    used.add(id);
    return { ...row, id };
  });
}

const questionRows = z.array(z.object({ id: rowId, label: text(500) })).max(MAX_QUESTIONS + 4, { message: 'sangam-error-too-many' })
  .transform((rows) => rows.filter((r) => r.label))
  .refine((rows) => rows.length <= MAX_QUESTIONS, { message: 'sangam-error-too-many' })
  .transform((rows): CallQuestion[] => withIds(rows, 'q').map((r) => ({ id: r.id, label: r.label })));

const categoryRows = z.array(z.object({ key: rowId, label: text(120), weight: z.string().trim() }))
  .max(MAX_CATEGORIES + 4, { message: 'sangam-error-too-many' })
  .transform((rows) => rows.map((r, index) => ({ ...r, index })).filter((r) => r.label))
  .superRefine((rows, ctx) => {
    if (!rows.length) ctx.addIssue({ code: 'custom', message: 'sangam-cfp-error-categories', path: [] });
    if (rows.length > MAX_CATEGORIES) ctx.addIssue({ code: 'custom', message: 'sangam-error-too-many', path: [] });
    for (const r of rows) {
      const weight = Number(r.weight);
      if (!/^\d+$/.test(r.weight) || weight < 1 || weight > MAX_WEIGHT) ctx.addIssue({ code: 'custom', message: 'sangam-cfp-error-weight', path: [r.index, 'weight'] });
    }
  })
  .transform((rows): ReviewCategory[] => withIds(rows.map((r) => ({ id: r.key, label: r.label, weight: Number(r.weight) })), 'c')
    .map((r) => ({ key: r.id, label: r.label, weight: r.weight })));

const localTime = z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'sangam-cfp-error-time' });

const callFields = {
  title: text(200).min(1, required),
  description: text(4000),
  closesDate: CalendarDate,
  closesTime: localTime,
  status: z.enum(CALL_STATUSES, choice),
  questions: questionRows,
  categories: categoryRows,
};

export const NewCallSchema = z.object({
  ...callFields,
  slug: z.string().trim().toLowerCase().regex(SLUG_PATTERN, { message: 'sangam-cfp-error-slug' }),
});
export type NewCallInput = z.infer<typeof NewCallSchema>;

export const CallEditSchema = z.object(callFields);
export type CallEditInput = z.infer<typeof CallEditSchema>;

/** A list typed with commas (Latin, Arabic or ideographic) or line breaks; blanks and repeats dropped. */
const list = (max: number) => z.string().max(2000, { message: 'sangam-error-too-long' })
  .transform((v) => [...new Set(v.split(/[\n,;،、]+/).map((s) => s.trim()).filter(Boolean))])
  .refine((items) => items.length <= max, { message: 'sangam-error-too-many' });

export const PROPOSAL_INTENTS = ['draft', 'submit'] as const;

export const ProposalSchema = z.object({
  title: text(200).min(1, required),
  sessionType: z.enum(SESSION_TYPES, choice),
  language: text(80).min(1, required),
  interpretation: list(MAX_INTERPRETATION_LANGUAGES),
  durationMinutes: z.string().trim().min(1, required).transform(Number).pipe(z.number({ message: 'sangam-proposal-error-duration' }).int({ message: 'sangam-proposal-error-duration' })
    .min(5, { message: 'sangam-proposal-error-duration' }).max(480, { message: 'sangam-proposal-error-duration' })),
  plan: text(8000),
  supportNeeded: text(2000),
  benefit: text(4000),
  skills: z.array(z.union([z.literal('').transform(() => null), RowId])).max(MAX_PROPOSAL_SKILLS, { message: 'sangam-error-too-many' })
    .transform((ids) => [...new Set(ids.filter((id): id is number => id !== null))]),
  answers: z.record(z.string(), text(4000)),
  intent: z.enum(PROPOSAL_INTENTS, choice),
});
export type ProposalInput = z.infer<typeof ProposalSchema>;

export const InviteSchema = z.object({ username: text(85).min(1, required) });

export const InvitationAnswerSchema = z.object({ answer: z.enum(['confirm', 'decline'], choice) });

export const InterestSchema = z.object({ want: z.enum(['yes', 'no'], choice) });

const score = z.string().trim().min(1, { message: 'sangam-review-error-score' })
  .transform(Number).pipe(z.number({ message: 'sangam-review-error-score' }).int({ message: 'sangam-review-error-score' }).min(MIN_SCORE, { message: 'sangam-review-error-score' })
    .max(MAX_SCORE, { message: 'sangam-review-error-score' }));

/** A review form for the call's categories: every category needs a score from 1 to 5. */
export function reviewSchema(categories: readonly ReviewCategory[]) {
  return z.object({
    scores: z.object(Object.fromEntries(categories.map((c) => [c.key, score]))),
    comment: text(4000),
  });
}
export interface ReviewInput { scores: Record<string, number>; comment: string }

export const DECISIONS = ['accepted', 'rejected'] as const;
export const DecisionSchema = z.object({ decision: z.enum(DECISIONS, choice), message: text(4000) })
  .refine((d) => d.decision === 'accepted' || d.message.length > 0, { message: 'sangam-proposal-error-reason', path: ['message'] });
export type DecisionInput = z.infer<typeof DecisionSchema>;

export const BoardSortSchema = z.enum(BOARD_SORTS).catch('score');
