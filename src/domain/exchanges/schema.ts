import { z } from 'zod';
import { EXCHANGE_STATUSES } from './types.js';

// Messages are message keys, so the route can show them in the user's language.

/** Runs of spaces and line breaks in a name become one space, so "A  B" and "A B" are one group. */
const groupName = z.preprocess(
  (v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : v),
  z.string()
    .min(1, { message: 'sangam-error-required' })
    .min(2, { message: 'sangam-exchange-error-group-short' })
    .max(120, { message: 'sangam-error-too-long' }),
);

/** A real calendar date as an `<input type="date">` sends it; within a sensible range for a plan. */
function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 2000 && year <= 2100 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const ExchangeFormSchema = z.object({
  offering: groupName,
  receiving: groupName,
  skill: z.string().trim().min(1, { message: 'sangam-error-required' }).max(80, { message: 'sangam-error-invalid-choice' }),
  startsOn: z.string().trim()
    .refine((v) => v === '' || isCalendarDate(v), { message: 'sangam-exchange-error-date' })
    .transform((v) => v || null),
  description: z.string().trim().max(2000, { message: 'sangam-error-too-long' }),
  status: z.enum(EXCHANGE_STATUSES, { message: 'sangam-error-invalid-choice' }),
}).superRefine((input, ctx) => {
  if (input.offering.toLocaleLowerCase() === input.receiving.toLocaleLowerCase()) {
    ctx.addIssue({ code: 'custom', path: ['receiving'], message: 'sangam-exchange-error-same-group' });
  }
});
export type ExchangeInput = z.infer<typeof ExchangeFormSchema>;

/** The list's filters, from the query string. An unknown status is a 400, as any bad input is. */
export const ExchangeListQuerySchema = z.object({
  status: z.enum(['', ...EXCHANGE_STATUSES], { message: 'sangam-error-invalid-choice' }).default(''),
  skill: z.string().trim().max(80, { message: 'sangam-error-invalid-choice' }).default(''),
  page: z.coerce.number().int().min(1).max(500).catch(1),
});
export type ExchangeListQuery = z.infer<typeof ExchangeListQuerySchema>;
