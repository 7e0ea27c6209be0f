import { z } from 'zod';

/** A notification id from a form or a link: bigserial, so any positive safe integer. */
export const NotificationId = z.coerce.number({ message: 'sangam-error-invalid-choice' }).int({ message: 'sangam-error-invalid-choice' })
  .min(1, { message: 'sangam-error-invalid-choice' }).max(Number.MAX_SAFE_INTEGER, { message: 'sangam-error-invalid-choice' });

export const MarkReadSchema = z.object({ id: NotificationId });

/** The "Email me about these" checkbox: sent as 'yes' when ticked, absent when not. */
export const EmailPreferenceSchema = z.object({
  email: z.enum(['', 'yes'], { message: 'sangam-error-invalid-choice' }).transform((v) => v === 'yes'),
});

export const NotificationsQuerySchema = z.object({ before: NotificationId.optional() });
