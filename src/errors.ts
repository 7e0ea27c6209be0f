import type { MessageKey, MessageParam } from './i18n/messages.js';

/** Errors a user may cause. Each has a stable code, an HTTP status and a localized message key. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 429,
    readonly messageKey: MessageKey,
    readonly params: MessageParam[] = [],
  ) {
    super(code);
  }
}

export type FieldErrors = Record<string, { key: MessageKey; params?: MessageParam[] }>;

export class ValidationError extends AppError {
  constructor(readonly fields: FieldErrors) {
    super('validation', 400, 'sangam-error-validation');
  }
}

export class NotFoundError extends AppError {
  constructor() {
    super('not-found', 404, 'sangam-error-not-found');
  }
}

export class ForbiddenError extends AppError {
  constructor() {
    super('forbidden', 403, 'sangam-error-forbidden');
  }
}

export class UnauthenticatedError extends AppError {
  constructor() {
    super('unauthenticated', 401, 'sangam-error-unauthenticated');
  }
}

export class ConflictError extends AppError {
  constructor(messageKey: MessageKey, params: MessageParam[] = []) {
    super('conflict', 409, messageKey, params);
  }
}

export class RateLimitedError extends AppError {
  constructor() {
    super('rate-limited', 429, 'sangam-error-rate-limited');
  }
}
