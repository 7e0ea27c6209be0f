import { z } from 'zod';
import { REGION_CODES } from '../places/regions.js';
import { SIZE_CLASSES } from './types.js';

/** The finder's filters, from the query string; an unknown region or size is a 400, as any bad input is. */
export const WikiFinderQuerySchema = z.object({
  region: z.enum(['', ...REGION_CODES], { message: 'sangam-error-invalid-choice' }).default(''),
  lang: z.string().trim().max(40, { message: 'sangam-error-invalid-choice' })
    .regex(/^([a-z][a-z0-9-]*)?$/, { message: 'sangam-error-invalid-choice' }).default(''),
  size: z.enum(['', ...SIZE_CLASSES], { message: 'sangam-error-invalid-choice' }).default(''),
  page: z.coerce.number().int().min(1).max(100).catch(1),
});
export type WikiFinderQuery = z.infer<typeof WikiFinderQuerySchema>;
