import { z } from 'zod';
import { ValidationError, type FieldErrors } from '../errors.js';
import type { MessageKey } from '../i18n/messages.js';

/** Parses input with a schema whose messages are message keys; anything else reads as "invalid". */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.') || 'form';
    if (errors[path]) continue;
    const key = issue.message.startsWith('sangam-') ? (issue.message as MessageKey) : 'sangam-error-invalid';
    errors[path] = { key };
  }
  throw new ValidationError(errors);
}

/** A row id as sent by a form: a positive 32-bit integer, so a larger number is a 400, not a database error. */
export const RowId = z.coerce.number({ message: 'sangam-error-invalid-choice' }).int({ message: 'sangam-error-invalid-choice' })
  .min(1, { message: 'sangam-error-invalid-choice' }).max(2_147_483_647, { message: 'sangam-error-invalid-choice' });
