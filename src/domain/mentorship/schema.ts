import { z } from 'zod';
import { RowId } from '../validation.js';
import { LEARNER_LEVELS, REQUEST_FORMATS } from './types.js';

// Form input for mentorship, as strings from plain POST forms; messages are message keys.
const text = (max: number) => z.string().trim().max(max, { message: 'sangam-error-too-long' });
const choice = { message: 'sangam-error-invalid-choice' } as const;
const checkbox = z.string().optional().transform((v) => v === 'yes');
/** A calendar date 'YYYY-MM-DD' that exists. */
export const CalendarDate = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'sangam-error-invalid-date' })
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { message: 'sangam-error-invalid-date' });

export const RequestSchema = z.object({
  skill: text(80).min(1, { message: 'sangam-error-required' }),
  level: z.coerce.number().int().refine((n) => (LEARNER_LEVELS as readonly number[]).includes(n), choice),
  goal: text(1000).min(1, { message: 'sangam-error-required' }),
  languages: z.array(text(40)).max(8, { message: 'sangam-error-too-many' }),
  format: z.enum(REQUEST_FORMATS, choice),
  openToSwap: checkbox,
  preferSameRegion: checkbox,
});
export type RequestInput = z.infer<typeof RequestSchema>;

export const MAX_CAPACITY = 20;

export const MentorOfferSchema = z.object({
  capacity: z.coerce.number(choice).int(choice).min(0, choice).max(MAX_CAPACITY, choice),
  awayUntil: z.union([z.literal('').transform(() => null), CalendarDate]),
  skillIds: z.array(RowId).max(100),
});
export type MentorOfferInput = z.infer<typeof MentorOfferSchema>;

export const ResponseSchema = z.object({
  decision: z.enum(['accept', 'decline'], choice),
  block: checkbox,
});

export const CheckinSchema = z.object({
  metOn: CalendarDate,
  notes: text(4000).min(1, { message: 'sangam-error-required' }),
  nextStep: text(1000),
});
export type CheckinInput = z.infer<typeof CheckinSchema>;

export const EndSchema = z.object({
  outcome: z.enum(['completed', 'stopped'], choice),
  note: text(2000),
});
export type EndInput = z.infer<typeof EndSchema>;
