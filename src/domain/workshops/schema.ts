import { z } from 'zod';
import { webUrl } from '../communities/schema.js';
import { CalendarDate } from '../mentorship/schema.js';
import { isValidTimeZone } from '../people/availability.js';
import { REGION_CODES } from '../places/regions.js';
import { RowId } from '../validation.js';
import { CADENCE_WEEKS, RECURRING_CHOICES, SERIES_CADENCES, SERIES_SCOPES } from './types.js';

// Form input for series and sessions, as strings from plain POST forms; messages are message keys.
const choice = { message: 'sangam-error-invalid-choice' } as const;
const required = { message: 'sangam-error-required' } as const;
const text = (max: number) => z.string().trim().max(max, { message: 'sangam-error-too-long' });
const oneLine = (max: number) => z.preprocess((v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : v), text(max).min(1, required));
const int = (min: number, max: number) => z.coerce.number(choice).int(choice).min(min, choice).max(max, choice);
const zone = z.string().trim().refine(isValidTimeZone, choice);
export const LocalTime = z.string().trim().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { message: 'sangam-error-invalid-time' });
/** A list typed as commas or lines ("hi, bn"), blanks and repeats dropped; resolved by the mutation. */
const list = (max: number) => z.string().max(2000, { message: 'sangam-error-too-long' })
  .transform((v) => [...new Set(v.split(/[\n,;]+/).map((s) => s.trim()).filter(Boolean))])
  .refine((items) => items.length <= max, { message: 'sangam-error-too-many' });
/** Empty, or a public http(s) address. */
const link = z.string().trim().max(500, { message: 'sangam-error-too-long' })
  .refine((v) => v === '' || webUrl(v) !== null, { message: 'sangam-error-invalid-url' });

const RESERVED_SLUGS = new Set(['new']);

export const SeriesSchema = z.object({
  title: oneLine(200),
  slug: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{1,60}$/, { message: 'sangam-community-error-slug' })
    .refine((v) => !RESERVED_SLUGS.has(v), { message: 'sangam-community-error-slug-taken' }),
  description: text(4000),
  scope: z.enum(SERIES_SCOPES, choice),
  cadence: z.enum(SERIES_CADENCES, choice),
  cadenceWeek: z.coerce.number(choice).refine((n) => (CADENCE_WEEKS as readonly number[]).includes(n), choice),
  cadenceWeekday: int(0, 6),
  cadenceTime: LocalTime,
  homeZone: zone,
  languages: list(20),
  defaultCapacity: int(1, 10_000),
  defaultDurationMinutes: int(15, 480),
  skillIds: z.array(RowId).max(30, { message: 'sangam-error-too-many' }),
});
export type SeriesInput = z.infer<typeof SeriesSchema>;

/** Editing a series also sets its team: organizers and supporting team, as usernames. */
export const SeriesEditSchema = SeriesSchema.extend({ organizers: list(50), support: list(50) });
export type SeriesEditInput = z.infer<typeof SeriesEditSchema>;

export const SessionSchema = z.object({
  title: oneLine(200),
  description: text(4000),
  /** Date and time in `timeZone`; both empty means "time to be found". */
  date: z.union([z.literal(''), CalendarDate]),
  time: z.union([z.literal(''), LocalTime]),
  timeZone: zone,
  durationMinutes: int(5, 480),
  language: text(40).min(1, required),
  interpretationLanguages: list(10),
  capacity: int(1, 10_000),
  onlineUrl: link,
  materialsUrl: link,
  recordingUrl: link,
  facilitators: list(10),
  skillIds: z.array(RowId).max(10, { message: 'sangam-error-too-many' }),
}).refine((v) => (v.date === '') === (v.time === ''), { message: 'sangam-workshops-error-date-and-time', path: ['time'] });
export type SessionInput = z.infer<typeof SessionSchema>;

export const ScheduleSchema = z.object({ startsAt: z.iso.datetime({ offset: true, message: 'sangam-error-invalid-choice' }) });

export const AttendanceSchema = z.object({
  /** Person ids marked as present; every other registrant is recorded as a no-show. */
  attended: z.array(RowId).max(10_000),
});

export const PollOptionsSchema = z.object({ startsAt: z.array(z.iso.datetime({ offset: true, message: 'sangam-error-invalid-choice' })).min(1, required).max(12) });
/** Answers keyed by poll option id; a key that cannot be a row id is bad input, not a database error. */
export const PollVoteSchema = z.object({
  answers: z.record(z.string().regex(/^\d{1,10}$/, choice).refine((k) => RowId.safeParse(k).success, choice), z.enum(['yes', 'if-need-be', 'no'], choice)),
});

export const FindTimesSchema = z.object({
  from: CalendarDate,
  to: CalendarDate,
}).refine((v) => v.from <= v.to, { message: 'sangam-workshops-error-range', path: ['to'] });

const optionalDate = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, { message: 'sangam-error-invalid-date' }).default('');

/** The upcoming sessions' filters, from the query string. */
export const SessionListQuerySchema = z.object({
  lang: z.string().regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, choice).or(z.literal('')).default(''),
  skill: z.string().max(80, choice).default(''),
  region: z.enum(REGION_CODES, choice).or(z.literal('')).default(''),
  from: optionalDate,
  to: optionalDate,
  page: z.coerce.number(choice).int(choice).min(1, choice).max(1000, choice).default(1),
});

/** The organizer dashboard's choice of how many alternating recurring times to look for. */
export const RecurringQuerySchema = z.object({
  k: z.coerce.number(choice).int(choice).refine((k) => (RECURRING_CHOICES as readonly number[]).includes(k), choice).default(2),
});
