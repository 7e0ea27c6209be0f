import { AppError, ValidationError, type FieldErrors } from '../errors.js';
import type { AppContext } from './env.js';

export type FormBody = Record<string, string | File | (string | File)[]>;

/** The POSTed form (already parsed and cached by the CSRF check). */
export async function formBody(c: AppContext): Promise<FormBody> {
  return c.req.parseBody({ all: true });
}

/** One text field; repeated or file values count as absent. */
export function field(body: FormBody, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value : '';
}

/** Every text value of a repeated field (checkboxes, multi-selects). */
export function fields(body: FormBody, name: string): string[] {
  const value = body[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

/** Only same-site paths may be returned to, so a link cannot bounce people elsewhere. */
export function safeReturnPath(value: string | undefined): string {
  return value && /^\/(?![/\\])/.test(value) ? value : '/';
}

/**
 * Runs a write; a validation error (400) or a conflict such as a passed deadline (409) re-renders the form
 * with what was typed, the conflict's message shown as the form's error.
 */
export async function attempt(write: () => Promise<void>, onInvalid: (errors: FieldErrors, status: 400 | 409) => Promise<Response>): Promise<Response | null> {
  try {
    await write();
    return null;
  } catch (error) {
    if (error instanceof ValidationError) return onInvalid(error.fields, 400);
    if (error instanceof AppError && error.status === 409) return onInvalid({ form: { key: error.messageKey, params: error.params } }, 409);
    throw error;
  }
}
