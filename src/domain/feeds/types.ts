import type { SessionStatus, SessionType } from '../../db/schema.js';

/** How far back feeds still carry a session: recent ones stay, and recently cancelled ones reach calendars. */
export const RECENT_DAYS = 30;

/** The most sessions one feed carries, so no feed grows without bound. */
export const FEED_LIMIT = 500;

export interface FeedPerson { id: number; displayName: string }

export interface FeedSeriesRef { id: number; slug: string; title: string; homeZone: string }
export interface FeedCommunityRef { id: number; slug: string; name: string }

/** A session that has a time, with what every feed format shows. Never its online link. */
export interface FeedSession {
  id: number;
  title: string;
  description: string;
  /** UTC. */
  startsAt: Date;
  endsAt: Date;
  durationMinutes: number;
  /** The IANA zone it was scheduled in. */
  timeZone: string;
  language: string;
  interpretationLanguages: string[];
  type: SessionType;
  status: SessionStatus;
  /** iCalendar SEQUENCE, bumped when the time or status changes. */
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
  materialsUrl: string;
  recordingUrl: string;
  series: FeedSeriesRef;
  community: FeedCommunityRef;
  facilitators: FeedPerson[];
  /** English skill labels, in the order of the taxonomy. */
  skills: string[];
}

export type PersonalRole = 'registered' | 'waitlisted' | 'facilitating';

/** A session in a person's own calendar: how they take part, and the link to join when they may. */
export interface PersonalFeedSession extends FeedSession {
  role: PersonalRole;
  /** Only for sessions the person facilitates or holds a place in; waitlisted people do not get it yet. */
  onlineUrl: string | null;
}

export interface FeedSeries extends FeedSeriesRef {
  description: string;
  updatedAt: Date;
  community: FeedCommunityRef;
}

export interface FeedCommunity extends FeedCommunityRef {
  description: string;
  updatedAt: Date;
}

export interface CalendarOwner { id: number; displayName: string }
