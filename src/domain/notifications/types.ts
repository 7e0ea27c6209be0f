/**
 * What a notification is about. Each kind has one message (src/web/presenters/notifications.ts) whose
 * parameters are stored with it, so it reads the same later even if names change.
 */
export const NOTIFICATION_KINDS = [
  'mentorship-proposed', // $1 skill, $2 the other person; you are asked to accept
  'swap-proposed', // $1 number of people in the circle
  'mentorship-declined', // $1 skill, $2 the other person, who declined (you will be matched again)
  'mentorship-started', // $1 skill, $2 the other person; both accepted
  'mentorship-checkin', // $1 skill, $2 the person who wrote the check-in
  'mentorship-ended', // $1 skill, $2 the other person, $3 'completed' or 'stopped'
  'application-accepted', // $1 community, $2 recruitment call; a reviewer accepted the application
  'application-waitlisted', // $1 community, $2 recruitment call
  'application-rejected', // $1 community, $2 recruitment call
  'proposal-accepted', // $1 proposal title, $2 series title; it becomes a session
  'proposal-rejected', // $1 proposal title, $2 series title
  'presenter-invited', // $1 proposal title, $2 the person who invited you to present it with them
  'session-scheduled', // $1 session title, $2 its start (an ISO instant); it has a time now
  'session-promoted', // $1 session title; a place opened and you moved from the waitlist to registered
  'session-cancelled', // $1 session title
  'session-reminder-24h', // $1 session title, $2 its start (ISO); it starts in about 24 hours
  'session-reminder-1h', // $1 session title, $2 its start (ISO); it starts in about an hour
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Kinds whose $1 is stored as a skill id, shown as the skill's label in the reader's language. */
export const SKILL_FIRST_KINDS: ReadonlySet<string> = new Set<NotificationKind>([
  'mentorship-proposed', 'mentorship-declined', 'mentorship-started', 'mentorship-checkin', 'mentorship-ended',
]);

/** Kinds whose $2 is stored as an ISO instant, shown in the reader's own time zone. */
export const MOMENT_SECOND_KINDS: ReadonlySet<string> = new Set<NotificationKind>(['session-scheduled', 'session-reminder-24h', 'session-reminder-1h']);

export interface NewNotification {
  personId: number;
  kind: NotificationKind;
  params: (string | number)[];
  /** A same-site path where the notification can be acted on. */
  link: string;
}

export const EMAIL_STATES = ['pending', 'sent', 'skipped', 'failed'] as const;
export type EmailState = (typeof EMAIL_STATES)[number];

/** A stored notification as its owner sees it. */
export interface Notification {
  id: number;
  /** One of NOTIFICATION_KINDS, unless written by a newer version of Sangam. */
  kind: string;
  params: (string | number)[];
  link: string;
  createdAt: Date;
  readAt: Date | null;
}

/** How many notifications /notifications shows at once. */
export const NOTIFICATIONS_PER_PAGE = 50;
/**
 * The header counts unread notifications among the person's latest ones only, so the count costs the
 * same for someone with ten thousand old notifications as for a newcomer.
 */
export const UNREAD_COUNT_WINDOW = 100;
