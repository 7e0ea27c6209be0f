import type { Context } from 'hono';
import type { Config } from '../config/index.js';
import type { Db } from '../db/connection.js';
import type { SessionRecord } from '../domain/accounts/sessions.js';
import type { Viewer } from '../domain/people/types.js';
import type { Translator } from '../i18n/messages.js';

export interface AppDeps {
  db: Db;
  config: Config;
  /** The time, injectable so tests can move it. */
  now: () => Date;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    tr: Translator;
    viewer: Viewer | null;
    session: SessionRecord | null;
    /** The session's CSRF token, creating an anonymous session the first time a form needs one. */
    csrfToken: () => Promise<string>;
    /** Replaces the session (at sign-in and sign-out) so an old session id cannot be fixed on a person. */
    startSession: (personId: number | null, data?: Record<string, unknown>) => Promise<void>;
  };
}

export type AppContext = Context<AppEnv>;
