import { z } from 'zod';
import { CalendarDate } from '../mentorship/schema.js';
import { RowId } from '../validation.js';
import { CHOICES, CRITERIA, DEFAULT_WEIGHTS, type Criterion } from './readiness.js';
import { DECISIONS } from './types.js';

// Form input for recruitment, as strings from plain POST forms; messages are message keys.
const text = (max: number) => z.string().trim().max(max, { message: 'sangam-error-too-long' });
const choice = { message: 'sangam-error-invalid-choice' } as const;
const required = { message: 'sangam-error-required' } as const;

export const MAX_WEIGHT = 100;
const weight = z.coerce.number(choice).int(choice).min(0, choice).max(MAX_WEIGHT, choice);

export const CallSchema = z.object({
  title: text(200).min(1, required),
  slug: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{1,60}$/, { message: 'sangam-recruitment-error-slug' }),
  description: text(4000),
  closesOn: CalendarDate,
  minConfirmed: z.coerce.number(choice).int(choice).min(1, choice).max(1000, choice),
  status: z.enum(['draft', 'open'], choice),
  weights: z.object(Object.fromEntries(CRITERIA.map((c) => [c, weight])) as Record<Criterion, typeof weight>)
    .refine((w) => Object.values(w).some((v) => v > 0), { message: 'sangam-recruitment-error-weights' }),
});
export type CallInput = z.infer<typeof CallSchema>;

export const CallStatusSchema = z.object({ status: z.enum(['open', 'closed'], choice) });

export const ApplySchema = z.object({ community: RowId });

const answer = z.object({
  choice: z.union([z.literal('').transform(() => null), z.enum(CHOICES, choice)]),
  evidence: text(2000),
});
export const AnswersSchema = z.object({
  answers: z.object(Object.fromEntries(CRITERIA.map((c) => [c, answer])) as Record<Criterion, typeof answer>),
  intent: z.enum(['save', 'submit'], choice),
});
export type AnswersInput = z.infer<typeof AnswersSchema>;

export const OverrideSchema = z.object({
  criterion: z.enum(CRITERIA, choice),
  score: z.string().trim().min(1, required).transform(Number).pipe(z.number(choice).min(0, choice).max(1, choice)),
  reason: text(1000).min(1, { message: 'sangam-recruitment-error-reason' }),
});
export type OverrideInput = z.infer<typeof OverrideSchema>;

export const RemoveOverrideSchema = z.object({ criterion: z.enum(CRITERIA, choice) });

export const DecisionSchema = z.object({
  decision: z.enum(DECISIONS, choice),
  message: text(2000).min(1, required),
});
export type DecisionInput = z.infer<typeof DecisionSchema>;

export { DEFAULT_WEIGHTS };
