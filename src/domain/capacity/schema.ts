import { z } from 'zod';
import { LEVELS } from './gaps.js';

/** The capacity page's filters (a GET form): a skill or category by slug (empty for all), and the level of detail. */
export const CapacityQuerySchema = z.object({
  skill: z.string().trim().max(100, { message: 'sangam-capacity-error-skill' })
    .regex(/^[a-z0-9-]*$/, { message: 'sangam-capacity-error-skill' }).default(''),
  by: z.enum(LEVELS, { message: 'sangam-capacity-error-by' }).default('country'),
});
