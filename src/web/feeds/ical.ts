import ical, { ICalEventStatus } from 'ical-generator';
import type { FeedSession, PersonalFeedSession } from '../../domain/feeds/types.js';
import { sessionFacts } from './text.js';
import { sessionPath } from './urls.js';

// iCalendar (RFC 5545) for one session, a series, all upcoming sessions and a person's own sessions. Times are
// in UTC, so no VTIMEZONE is needed; every calendar program shows them in its own zone.

export interface CalendarOptions {
  /** Absolute origin of this site, without a trailing slash. */
  base: string;
  name: string;
  description?: string;
  /** The page the calendar belongs to. */
  url?: string;
}

const isPersonal = (s: FeedSession | PersonalFeedSession): s is PersonalFeedSession => 'role' in s;

function status(session: FeedSession | PersonalFeedSession): ICalEventStatus {
  if (session.status === 'cancelled') return ICalEventStatus.CANCELLED;
  return isPersonal(session) && session.role === 'waitlisted' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED;
}

/** The UID a session keeps in every calendar, so each feed updates the same event. */
export const sessionUid = (sessionId: number, base: string) => `sangam-session-${sessionId}@${new URL(base).host}`;

export function sessionsCalendar(sessions: readonly (FeedSession | PersonalFeedSession)[], options: CalendarOptions): string {
  const calendar = ical({
    prodId: { company: 'Sangam', product: 'Workshop sessions', language: 'EN' },
    name: options.name, description: options.description ?? null, url: options.url ?? null,
    // Subscribed calendars look again every hour.
    ttl: 3600,
  });
  for (const session of sessions) {
    const page = `${options.base}${sessionPath(session.id)}`;
    const lines = sessionFacts(session, { times: false });
    const personal = isPersonal(session) ? session : null;
    if (personal?.role === 'waitlisted') lines.push('You are on the waiting list.');
    if (personal?.onlineUrl) lines.push(`Join online: ${personal.onlineUrl}`);
    if (session.description) lines.push('', session.description);
    lines.push('', page);
    calendar.createEvent({
      id: sessionUid(session.id, options.base),
      start: session.startsAt,
      end: session.endsAt,
      // Without a METHOD, DTSTAMP means the last change (RFC 5545 3.8.7.2), which also keeps the output stable.
      stamp: session.updatedAt,
      created: session.createdAt,
      lastModified: session.updatedAt,
      sequence: session.sequence,
      status: status(session),
      summary: session.title,
      description: lines.join('\n'),
      url: page,
      location: personal?.onlineUrl ?? null,
    });
  }
  return calendar.toString();
}
