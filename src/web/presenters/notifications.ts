import { MOMENT_SECOND_KINDS, SKILL_FIRST_KINDS, type Notification, type NotificationKind } from '../../domain/notifications/types.js';
import type { SkillTree } from '../../domain/skills/types.js';
import type { MessageKey, MessageParam, Translator } from '../../i18n/messages.js';
import { safeReturnPath } from '../forms.js';
import { momentIn } from './names.js';

// Message keys are spelled out in full so that the i18n test can find every one of them.
export const NOTIFICATION_KEYS: Record<NotificationKind, MessageKey> = {
  'mentorship-proposed': 'sangam-notification-mentorship-proposed',
  'swap-proposed': 'sangam-notification-swap-proposed',
  'mentorship-declined': 'sangam-notification-mentorship-declined',
  'mentorship-started': 'sangam-notification-mentorship-started',
  'mentorship-checkin': 'sangam-notification-mentorship-checkin',
  'mentorship-ended': 'sangam-notification-mentorship-ended',
  'application-accepted': 'sangam-notification-application-accepted',
  'application-waitlisted': 'sangam-notification-application-waitlisted',
  'application-rejected': 'sangam-notification-application-rejected',
  'proposal-accepted': 'sangam-notification-proposal-accepted',
  'proposal-rejected': 'sangam-notification-proposal-rejected',
  'presenter-invited': 'sangam-notification-presenter-invited',
  'session-scheduled': 'sangam-notification-session-scheduled',
  'session-promoted': 'sangam-notification-session-promoted',
  'session-cancelled': 'sangam-notification-session-cancelled',
  'session-reminder-24h': 'sangam-notification-session-reminder-24h',
  'session-reminder-1h': 'sangam-notification-session-reminder-1h',
};

/** How a mentorship ended, stored as a code so that it reads in the reader's language. */
const ENDING_KEYS = new Map<MessageParam, MessageKey>([
  ['completed', 'sangam-notification-ending-completed'],
  ['stopped', 'sangam-notification-ending-stopped'],
]);

export interface NotificationView {
  id: number;
  text: string;
  /** A same-site path. */
  link: string;
  createdAt: string;
  /** The same moment for `<time datetime>`. */
  createdAtIso: string;
  unread: boolean;
}

/**
 * The notification's sentence in the reader's language, with times in the reader's zone; the web page and the
 * email both show it.
 */
export function notificationText(tr: Translator, kind: string, params: MessageParam[], skills: SkillTree, zone: string): string {
  if (!Object.hasOwn(NOTIFICATION_KEYS, kind)) return tr.t('sangam-notification-unknown');
  const shown = params.map((p, i) => {
    if (i === 0 && SKILL_FIRST_KINDS.has(kind)) return skills.byId.get(Number(p))?.label ?? '?';
    if (i === 1 && MOMENT_SECOND_KINDS.has(kind) && !Number.isNaN(Date.parse(String(p)))) return momentIn(tr.lang, zone, new Date(String(p)));
    const ending = kind === 'mentorship-ended' && i === 2 ? ENDING_KEYS.get(p) : undefined;
    return ending ? tr.t(ending) : p;
  });
  return tr.t(NOTIFICATION_KEYS[kind as NotificationKind], ...shown);
}


/** `skills` is the skill tree in the reader's language, for the skill some notifications name; `zone` the reader's. */
export function presentNotification(tr: Translator, n: Notification, skills: SkillTree, zone: string): NotificationView {
  return {
    id: n.id,
    text: notificationText(tr, n.kind, n.params, skills, zone),
    // Links are written by Sangam itself, but a stored link must never send anyone off-site.
    link: safeReturnPath(n.link),
    createdAt: momentIn(tr.lang, zone, n.createdAt),
    createdAtIso: n.createdAt.toISOString(),
    unread: n.readAt === null,
  };
}
