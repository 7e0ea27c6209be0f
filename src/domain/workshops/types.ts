import type { Attendance, RegistrationStatus, SeriesCadence, SeriesScope, SessionStatus } from '../../db/schema.js';

export const SERIES_SCOPES: SeriesScope[] = ['local', 'regional', 'global'];
export const SERIES_CADENCES: SeriesCadence[] = ['monthly', 'ad-hoc'];
/** Which such weekday of the month: 1st–4th or the last (-1). */
export const CADENCE_WEEKS = [1, 2, 3, 4, -1] as const;

/** How many alternating recurring times the dashboard may look for; the search is exact up to three. */
export const RECURRING_CHOICES = [1, 2, 3] as const;

export interface PersonRef { id: number; username: string; displayName: string }

export interface Series {
  id: number;
  slug: string;
  title: string;
  description: string;
  community: { id: number; slug: string; name: string };
  scope: SeriesScope;
  cadence: SeriesCadence;
  /** Present for monthly series. */
  rule: { week: number; weekday: number; time: string } | null;
  homeZone: string;
  languages: string[];
  defaultCapacity: number;
  defaultDurationMinutes: number;
  skillIds: number[];
  team: (PersonRef & { role: 'organizer' | 'support' })[];
}

export interface SeriesSummary {
  slug: string; title: string; communityName: string; scope: SeriesScope; cadence: SeriesCadence;
  rule: Series['rule']; homeZone: string; languages: string[]; nextSessionAt: Date | null;
}

export interface Session {
  id: number;
  series: { id: number; slug: string; title: string; homeZone: string; communityName: string };
  proposalId: number | null;
  title: string;
  description: string;
  startsAt: Date | null;
  timeZone: string;
  durationMinutes: number;
  language: string;
  interpretationLanguages: string[];
  capacity: number;
  onlineUrl: string;
  materialsUrl: string;
  recordingUrl: string;
  status: SessionStatus;
  facilitators: PersonRef[];
  skillIds: number[];
  registered: number;
  waitlisted: number;
}

export interface SessionListItem {
  id: number; title: string; startsAt: Date; durationMinutes: number; language: string; interpretationLanguages: string[];
  seriesSlug: string; seriesTitle: string; capacity: number; registered: number; skillIds: number[];
}

export interface Registration extends PersonRef {
  status: RegistrationStatus;
  registeredAt: Date;
  attendance: Attendance | null;
}

/** The viewer's own relation to a session. */
export interface MyRegistration { status: RegistrationStatus; waitlistPosition: number | null; attendance: Attendance | null }
