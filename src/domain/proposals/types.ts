import type { ProposalCallStatus, ProposalStatus, SessionType } from '../../db/schema.js';

export type { ProposalCallStatus, ProposalStatus, SessionType };

export const SESSION_TYPES = ['workshop', 'talk', 'lightning', 'discussion', 'panel', 'hackathon'] as const satisfies readonly SessionType[];
export const CALL_STATUSES = ['draft', 'open', 'closed'] as const satisfies readonly ProposalCallStatus[];

/** A custom question of a call; answers are stored under its id, so relabelling keeps them. */
export interface CallQuestion { id: string; label: string }

/** A weighted review category; reviews store scores under its key, so relabelling keeps them. */
export interface ReviewCategory { key: string; label: string; weight: number }

export interface PersonRef { id: number; username: string; displayName: string }

/** What calls and proposals need to know of their series. */
export interface SeriesRef {
  id: number;
  slug: string;
  title: string;
  homeZone: string;
  defaultCapacity: number;
  defaultDurationMinutes: number;
}

export interface ProposalCall {
  id: number;
  slug: string;
  series: SeriesRef;
  title: string;
  description: string;
  /** The moment after which proposals can no longer be submitted or edited (UTC). */
  closesAt: Date | null;
  status: ProposalCallStatus;
  questions: CallQuestion[];
  categories: ReviewCategory[];
  createdAt: Date;
}

/** The submitter is the 'owner'; co-presenters are 'invited' until they confirm. */
export type PresenterRole = 'owner' | 'confirmed' | 'invited';
export interface Presenter { person: PersonRef; role: PresenterRole }

export interface Proposal {
  id: number;
  callId: number;
  title: string;
  sessionType: SessionType;
  language: string;
  interpretationLanguages: string[];
  durationMinutes: number;
  plan: string;
  supportNeeded: string;
  benefit: string;
  /** Question id → answer. */
  answers: Record<string, string>;
  status: ProposalStatus;
  decisionMessage: string;
  decidedAt: Date | null;
  submittedAt: Date | null;
  createdAt: Date;
  /** Owner first, then co-presenters in the order they were invited. */
  presenters: Presenter[];
  skillIds: number[];
  /** "I would attend" sign-ups: demand, kept apart from the reviewers' quality score. */
  interest: number;
}

export interface ProposalReview {
  reviewer: PersonRef;
  /** Category key → 1..5. */
  scores: Record<string, number>;
  comment: string;
  updatedAt: Date;
}
