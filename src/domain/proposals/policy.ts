import type { Viewer } from '../people/types.js';
import { canOrganizeSeries, canSupportSeries, type SeriesAccess } from '../workshops/policy.js';
import type { PresenterRole, ProposalCallStatus, ProposalStatus } from './types.js';

// Who may do what with calls for proposals, proposals, reviews and interest sign-ups. Routes check these at
// the edge; mutations check them again inside their transactions, against the rows they read. Series-level
// roles come from src/domain/workshops/policy.ts: organizers open calls and decide; the supporting team
// reviews too.

type CallRef = { status: ProposalCallStatus; closesAt: Date | null };
/** Only ids are needed, so mutations can check against the rows they locked. */
type ProposalRef = { status: ProposalStatus; presenters: readonly { person: { id: number }; role: PresenterRole }[] };

/** Organizers of the series open, edit and close its calls. */
export const canManageCalls = canOrganizeSeries;

/** A call in draft is seen only by the series' organizers; open and closed calls by everyone. */
export function canSeeCall(viewer: Viewer | null, access: SeriesAccess, call: Pick<CallRef, 'status'>): boolean {
  return call.status !== 'draft' || canOrganizeSeries(viewer, access);
}

/** Whether the call's deadline has passed: the deadline minute itself is still in time. */
export function isPastDeadline(call: Pick<CallRef, 'closesAt'>, now: Date): boolean {
  return call.closesAt !== null && now.getTime() >= call.closesAt.getTime() + 60_000;
}

/** Proposals are started, edited and submitted while the call is open and its deadline has not passed. */
export function acceptsProposals(call: CallRef, now: Date): boolean {
  return call.status === 'open' && !isPastDeadline(call, now);
}

const roleOf = (viewer: Viewer | null, proposal: ProposalRef) =>
  viewer ? proposal.presenters.find((p) => p.person.id === viewer.id)?.role ?? null : null;

/** The submitter and the co-presenters who confirmed: they edit the proposal and invite others. */
export function isPresenter(viewer: Viewer | null, proposal: ProposalRef): boolean {
  const role = roleOf(viewer, proposal);
  return role === 'owner' || role === 'confirmed';
}

export function isInvitedPresenter(viewer: Viewer | null, proposal: ProposalRef): boolean {
  return roleOf(viewer, proposal) === 'invited';
}

const UNDECIDED: readonly ProposalStatus[] = ['draft', 'submitted'];
export const isUndecided = (proposal: Pick<ProposalRef, 'status'>) => UNDECIDED.includes(proposal.status);

/**
 * Drafts and withdrawn proposals are seen only by their presenters (invited ones too, so they can decide)
 * and the series' organizers; submitted and decided ones by everyone.
 */
export function canSeeProposal(viewer: Viewer | null, access: SeriesAccess, proposal: ProposalRef): boolean {
  if (proposal.status !== 'draft' && proposal.status !== 'withdrawn') return true;
  return roleOf(viewer, proposal) !== null || canOrganizeSeries(viewer, access);
}

/** Presenters edit a draft or submitted proposal (the deadline is checked separately). */
export function canEditProposal(viewer: Viewer | null, proposal: ProposalRef): boolean {
  return isPresenter(viewer, proposal) && isUndecided(proposal);
}

/** Only the submitter withdraws, at any time before a decision. */
export function canWithdrawProposal(viewer: Viewer | null, proposal: ProposalRef): boolean {
  return roleOf(viewer, proposal) === 'owner' && isUndecided(proposal);
}

export const canInvitePresenters = canEditProposal;

/** Anyone signed in says "I would attend" to a proposal under review. */
export function canSignInterest(viewer: Viewer | null, proposal: Pick<ProposalRef, 'status'>): boolean {
  return !!viewer && proposal.status === 'submitted';
}

/** Reviewers: the series' organizers and supporting team. */
export const canReviewCall = canSupportSeries;

/** A reviewer scores a submitted proposal, never one they present or are invited to present. */
export function canReviewProposal(viewer: Viewer | null, access: SeriesAccess, proposal: ProposalRef): boolean {
  return canSupportSeries(viewer, access) && proposal.status === 'submitted' && roleOf(viewer, proposal) === null;
}

/** Organizers read every review and accept or reject. */
export const canSeeReviews = canOrganizeSeries;
export const canDecide = canOrganizeSeries;

/** The decision's message is for the presenters and the organizers. */
export function canSeeDecisionMessage(viewer: Viewer | null, access: SeriesAccess, proposal: ProposalRef): boolean {
  return isPresenter(viewer, proposal) || canOrganizeSeries(viewer, access);
}
