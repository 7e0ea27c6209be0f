import type { Viewer } from '../people/types.js';

// Who may do what with mentorship records. Routes check these at the edge; mutations check them again
// against the row they lock, so a job or the CLI cannot bypass them either.

/** Organizers run matching and see the whole pool of requests and mentors. */
export function canOrganizeMentorship(viewer: Viewer | null): boolean {
  return viewer?.role === 'organizer' || viewer?.role === 'admin';
}

export type Side = 'learner' | 'mentor';

/** The side the person is on in a mentorship, or null when they are not part of it. */
export function sideOf(personId: number, m: { learnerId: number; mentorId: number }): Side | null {
  return m.learnerId === personId ? 'learner' : m.mentorId === personId ? 'mentor' : null;
}

/** The two people see a mentorship and its check-ins; organizers see it to follow the programme. */
export function canSeeMentorship(viewer: Viewer | null, m: { learnerId: number; mentorId: number }): boolean {
  return !!viewer && (sideOf(viewer.id, m) !== null || canOrganizeMentorship(viewer));
}
