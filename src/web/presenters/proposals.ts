import { isPastDeadline, acceptsProposals } from '../../domain/proposals/policy.js';
import type { ProposalScore } from '../../domain/proposals/review-scores.js';
import type {
  PersonRef, Presenter, Proposal, ProposalCall, ProposalCallStatus, ProposalReview, ProposalStatus, SessionType,
} from '../../domain/proposals/types.js';
import { isValidTimeZone } from '../../domain/people/availability.js';
import { localDate, localTime } from '../../domain/workshops/cadence.js';
import type { SkillTree } from '../../domain/skills/types.js';
import type { MessageKey, Translator } from '../../i18n/messages.js';
import { languageName, momentIn } from './names.js';
import { profileHref } from './people.js';

// Message keys are spelled out in full so that the i18n test can find every one of them.
export const SESSION_TYPE_KEYS: Record<SessionType, MessageKey> = {
  workshop: 'sangam-session-type-workshop', talk: 'sangam-session-type-talk', lightning: 'sangam-session-type-lightning',
  discussion: 'sangam-session-type-discussion', panel: 'sangam-session-type-panel', hackathon: 'sangam-session-type-hackathon',
};
export const PROPOSAL_STATUS_KEYS: Record<ProposalStatus, MessageKey> = {
  draft: 'sangam-proposal-status-draft', submitted: 'sangam-proposal-status-submitted', withdrawn: 'sangam-proposal-status-withdrawn',
  accepted: 'sangam-proposal-status-accepted', rejected: 'sangam-proposal-status-rejected',
};
export const CFP_STATUS_KEYS: Record<ProposalCallStatus, MessageKey> = {
  draft: 'sangam-cfp-status-draft', open: 'sangam-cfp-status-open', closed: 'sangam-cfp-status-closed',
};

/** A moment as the viewer reads it, in their zone, with the zone named as on the session pages and by its IANA name. */
export function formatMoment(tr: Translator, at: Date, timeZone: string): string {
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  return tr.t('sangam-cfp-time-in-zone', momentIn(tr.lang, zone, at), zone);
}

/** The local date (YYYY-MM-DD) and time (HH:MM) of a moment in a zone, to fill date and time inputs. */
export function localDateTime(at: Date, timeZone: string): { date: string; time: string } {
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  return { date: localDate(at, zone), time: localTime(at, zone) };
}

/** A 1–5 score with at most two decimals, in the reader's digits; a dash before the first review. */
export function formatScore(tr: Translator, score: number | null): string {
  return score === null ? '—' : new Intl.NumberFormat(tr.lang, { maximumFractionDigits: 2 }).format(score);
}

export interface PersonLinkView { name: string; href: string }
export const personLink = (p: PersonRef): PersonLinkView => ({ name: p.displayName, href: profileHref(p.username) });

export interface LanguageView { code: string; name: string }
const languageView = (code: string): LanguageView => ({ code, name: languageName(code) });

export interface CallView {
  slug: string; href: string; title: string; description: string; status: ProposalCallStatus; statusText: string;
  series: { title: string; href: string };
  deadline: string | null; accepting: boolean; pastDeadline: boolean;
  questions: { id: string; label: string }[];
  categories: { key: string; label: string; weight: number }[];
}

/** The call with its deadline in the viewer's zone. */
export function presentCall(tr: Translator, call: ProposalCall, now: Date, viewerZone: string): CallView {
  return {
    slug: call.slug, href: `/cfp/${call.slug}`, title: call.title, description: call.description, status: call.status,
    statusText: tr.t(CFP_STATUS_KEYS[call.status]), series: { title: call.series.title, href: `/series/${call.series.slug}` },
    deadline: call.closesAt && formatMoment(tr, call.closesAt, viewerZone),
    accepting: acceptsProposals(call, now), pastDeadline: isPastDeadline(call, now),
    questions: call.questions, categories: call.categories,
  };
}

const publicPresenters = (presenters: Presenter[]) => presenters.filter((p) => p.role !== 'invited').map((p) => personLink(p.person));

export interface ProposalRowView {
  id: number; href: string; title: string; typeText: string; language: LanguageView; presenters: PersonLinkView[];
  status: ProposalStatus; statusText: string; interest: number; viewerInterested: boolean;
}

export function presentProposalRow(tr: Translator, p: Proposal, viewerInterested: boolean): ProposalRowView {
  return {
    id: p.id, href: `/proposals/${p.id}`, title: p.title, typeText: tr.t(SESSION_TYPE_KEYS[p.sessionType]), language: languageView(p.language),
    presenters: publicPresenters(p.presenters), status: p.status, statusText: tr.t(PROPOSAL_STATUS_KEYS[p.status]), interest: p.interest, viewerInterested,
  };
}

export interface ProposalView extends ProposalRowView {
  call: { title: string; href: string };
  interpretation: LanguageView[];
  duration: string;
  plan: string; supportNeeded: string; benefit: string;
  answers: { label: string; answer: string }[];
  skills: { label: string; href: string }[];
  /** Co-presenters who have not confirmed yet (shown to the presenters only). */
  invited: PersonLinkView[];
  submitted: string | null;
  decision: { statusText: string; on: string; message: string | null } | null;
}

/** The whole proposal; the decision's message only when the viewer may read it. */
export function presentProposal(tr: Translator, p: Proposal, call: ProposalCall, tree: SkillTree, options: {
  viewerInterested: boolean; viewerZone: string; showDecisionMessage: boolean;
}): ProposalView {
  const decided = p.status === 'accepted' || p.status === 'rejected';
  return {
    ...presentProposalRow(tr, p, options.viewerInterested),
    call: { title: call.title, href: `/cfp/${call.slug}` },
    interpretation: p.interpretationLanguages.map(languageView),
    duration: tr.t('sangam-proposal-minutes', p.durationMinutes),
    plan: p.plan, supportNeeded: p.supportNeeded, benefit: p.benefit,
    answers: call.questions.map((q) => ({ label: q.label, answer: p.answers[q.id] ?? '' })),
    skills: p.skillIds.map((id) => tree.byId.get(id)).filter((s) => s !== undefined).map((s) => ({ label: s.label, href: `/skills/${s.slug}` })),
    invited: p.presenters.filter((x) => x.role === 'invited').map((x) => personLink(x.person)),
    submitted: p.submittedAt && formatMoment(tr, p.submittedAt, options.viewerZone),
    decision: decided && p.decidedAt
      ? { statusText: tr.t(PROPOSAL_STATUS_KEYS[p.status]), on: formatMoment(tr, p.decidedAt, options.viewerZone), message: options.showDecisionMessage ? p.decisionMessage : null }
      : null,
  };
}

export interface ReviewView {
  reviewer: PersonLinkView; weighted: string; comment: string; updated: string;
  scores: { label: string; score: string }[];
}

export function presentReview(tr: Translator, r: ProposalReview, call: ProposalCall, weighted: number | null, viewerZone: string): ReviewView {
  return {
    reviewer: personLink(r.reviewer), weighted: formatScore(tr, weighted), comment: r.comment, updated: formatMoment(tr, r.updatedAt, viewerZone),
    scores: call.categories.map((c) => ({ label: c.label, score: r.scores[c.key] === undefined ? '—' : tr.formatNumber(r.scores[c.key]) })),
  };
}

export interface ScoreSummaryView { reviews: number; mean: string; median: string; categories: { label: string; weight: number; mean: string }[] }

export function presentScore(tr: Translator, score: ProposalScore, call: ProposalCall): ScoreSummaryView {
  return {
    reviews: score.reviews, mean: formatScore(tr, score.mean), median: formatScore(tr, score.median),
    categories: call.categories.map((c) => ({ label: c.label, weight: c.weight, mean: formatScore(tr, score.categoryMeans[c.key] ?? null) })),
  };
}

export interface BoardRowView {
  href: string; reviewHref: string; title: string; typeText: string; language: LanguageView; presenters: PersonLinkView[];
  reviews: number; mean: string; median: string; interest: number;
  /** Whether this reviewer has reviewed it, or presents it (and so may not). */
  reviewedByViewer: boolean; ownProposal: boolean;
}

export function presentBoardRow(tr: Translator, p: Proposal, score: ProposalScore, reviewerIds: number[], viewerId: number): BoardRowView {
  return {
    href: `/proposals/${p.id}`, reviewHref: `/proposals/${p.id}/review`, title: p.title, typeText: tr.t(SESSION_TYPE_KEYS[p.sessionType]),
    language: languageView(p.language), presenters: publicPresenters(p.presenters),
    reviews: score.reviews, mean: formatScore(tr, score.mean), median: formatScore(tr, score.median), interest: p.interest,
    reviewedByViewer: reviewerIds.includes(viewerId), ownProposal: p.presenters.some((x) => x.person.id === viewerId),
  };
}
