import type { Viewer } from '../../domain/people/types.js';
import type { Translator } from '../../i18n/messages.js';

/** What every view may know about the request, presented once by the route helper `render`. */
export interface PageContext extends Translator {
  viewer: Viewer | null;
  /** The session's CSRF token for POST forms; null where the page has none to offer. */
  csrf: string | null;
  path: string;
  stylesheet: string;
  interfaceLanguages: { code: string; name: string }[];
  flash: { kind: 'success' | 'error'; text: string } | null;
  isAdmin: boolean;
  /** Unread notifications of the signed-in person (0 when signed out), for the header. */
  unreadNotifications: number;
}
