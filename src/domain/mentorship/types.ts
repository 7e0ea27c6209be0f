import type { MentorshipStatus, RequestStatus } from '../../db/schema.js';

export type { MentorshipStatus, RequestStatus };

export const REQUEST_FORMATS = ['one-off', 'few-sessions', 'ongoing'] as const;
export type RequestFormat = (typeof REQUEST_FORMATS)[number];

/** 0 none yet, then the skill levels 1 beginner … 3 advanced (an expert does not ask for a mentor). */
export const LEARNER_LEVELS = [0, 1, 2, 3] as const;

/** How the mentor's skill relates to the skill asked for, in the skill tree. */
export type Specificity = 'exact' | 'narrower' | 'broader';

/**
 * Why the last matching run found nobody for a request, by how far the best candidate got:
 * no mentor offers the skill above the learner's level; none of those shares a language; none of those
 * has enough hours in common; all of those are full, away or blocked; or they were all matched with others.
 */
export const UNMATCHED_REASONS = ['skill', 'language', 'overlap', 'capacity', 'outweighed'] as const;
export type UnmatchedReason = (typeof UNMATCHED_REASONS)[number];

/** What made a pair possible and how good it is; stored with the proposal and shown to both people. */
export interface MatchReasons {
  /** The request's skill and the mentor's matching skill (the same, a broader or a narrower one). */
  skillId: number;
  mentorSkillId: number;
  specificity: Specificity;
  mentorLevel: number;
  learnerLevel: number;
  /** The best shared language, in the learner's order of preference. */
  language: string;
  overlapHours: number;
  sameRegion: boolean;
  /** A home wiki both people edit, if any. */
  sharedWiki: string | null;
}

/** A person as matching sees them: only what the constraints and weights use. */
export interface MatchingPerson {
  id: number;
  /** Language code → Babel level 1–5. */
  languages: Map<string, number>;
  availabilityUtc: string;
  region: string | null;
  wikis: string[];
}

export interface OpenRequest {
  id: number;
  learner: MatchingPerson;
  skillId: number;
  learnerLevel: number;
  /** Languages the learner wants to be taught in, preferred first. */
  languages: string[];
  openToSwap: boolean;
  preferSameRegion: boolean;
}

export interface Mentor {
  person: MatchingPerson;
  /** Skills offered for mentoring, with the mentor's level. */
  skills: Map<number, number>;
  /** Places left: capacity minus proposals and active mentorships. */
  spareCapacity: number;
  away: boolean;
}

export interface MatchingPool {
  requests: OpenRequest[];
  mentors: Mentor[];
  /** "a:b" for every pair where a blocked b. */
  blocked: Set<string>;
  /** "request:mentor" for every proposal already declined. */
  declined: Set<string>;
}

export interface Candidate {
  mentorId: number;
  weight: number;
  reasons: MatchReasons;
}
