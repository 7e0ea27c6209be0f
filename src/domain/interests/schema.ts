import { z } from 'zod';
import { CONTACT_KINDS } from '../people/types.js';

// Messages are message keys, so the route can show them in the user's language.

export const InterestListFormSchema = z.object({
  title: z.preprocess(
    (v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : v),
    z.string().min(1, { message: 'sangam-error-required' }).min(3, { message: 'sangam-interest-error-title-short' })
      .max(120, { message: 'sangam-error-too-long' }),
  ),
  slug: z.string().trim().toLowerCase()
    .min(1, { message: 'sangam-error-required' })
    .regex(/^[a-z0-9][a-z0-9-]{1,60}$/, { message: 'sangam-interest-error-slug' })
    // '/interests/new' is the form itself.
    .refine((slug) => slug !== 'new', { message: 'sangam-interest-error-slug-taken' }),
  description: z.string().trim().max(2000, { message: 'sangam-error-too-long' }),
});
export type InterestListInput = z.infer<typeof InterestListFormSchema>;

/** The channel kinds a member chooses to share with a list; each kind once. */
export const JoinFormSchema = z.object({
  channels: z.array(z.enum(CONTACT_KINDS, { message: 'sangam-error-invalid-choice' })).max(CONTACT_KINDS.length)
    .transform((kinds) => [...new Set(kinds)]),
});
export type JoinInput = z.infer<typeof JoinFormSchema>;

export const InterestListsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(500).catch(1),
});

export const InterestMembersQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
