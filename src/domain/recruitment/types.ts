import type { ApplicationStatus } from '../../db/schema.js';
import type { Answers, Criterion, Override, ReadinessFacts } from './readiness.js';

export type { ApplicationStatus };

export const CALL_STATUSES = ['draft', 'open', 'closed'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/** What a reviewer may decide about a submitted application. */
export const DECISIONS = ['accepted', 'waitlisted', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];

export interface CommunityRef { id: number; slug: string; name: string }
export interface PersonRef { id: number; username: string; displayName: string }

export interface Call {
  id: number;
  slug: string;
  title: string;
  description: string;
  /** The last day applications may be submitted (UTC), or null for no deadline. */
  closesOn: string | null;
  status: CallStatus;
  weights: Record<Criterion, number>;
  minConfirmed: number;
  createdAt: Date;
}

/** An application with everything its readiness assessment needs. */
export interface Application {
  id: number;
  call: Call;
  community: CommunityRef;
  status: ApplicationStatus;
  answers: Answers;
  facts: ReadinessFacts;
  overrides: Partial<Record<Criterion, Override>>;
  /** The community's organizers, who may edit and submit the application. */
  organizerIds: number[];
  submittedBy: PersonRef | null;
  submittedAt: Date | null;
  decidedBy: PersonRef | null;
  decidedAt: Date | null;
  decisionMessage: string;
}
