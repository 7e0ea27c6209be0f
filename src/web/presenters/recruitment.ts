import type { CallSummary } from '../../domain/recruitment/data.js';
import { acceptsApplications, isPastDeadline } from '../../domain/recruitment/policy.js';
import { CHOICE_CRITERIA, CRITERIA, type Basis, type Choice, type Criterion, type Readiness } from '../../domain/recruitment/readiness.js';
import type { Application, ApplicationStatus, Call, CallStatus, PersonRef } from '../../domain/recruitment/types.js';
import type { MessageKey, Translator } from '../../i18n/messages.js';
import { formatDate } from './mentorship.js';
import { profileHref } from './people.js';

// Message keys are spelled out in full so that the i18n test can find every one of them.
export const CRITERION_KEYS: Record<Criterion, MessageKey> = {
  'ready-for-help': 'sangam-criterion-ready-for-help', underserved: 'sangam-criterion-underserved', interested: 'sangam-criterion-interested',
  reach: 'sangam-criterion-reach', 'takes-lead': 'sangam-criterion-takes-lead', 'language-spoken': 'sangam-criterion-language-spoken',
  'no-conflict': 'sangam-criterion-no-conflict',
};
/** The question the applicant answers for each criterion. */
export const QUESTION_KEYS: Record<Criterion, MessageKey> = {
  'ready-for-help': 'sangam-question-ready-for-help', underserved: 'sangam-question-underserved', interested: 'sangam-question-interested',
  reach: 'sangam-question-reach', 'takes-lead': 'sangam-question-takes-lead', 'language-spoken': 'sangam-question-language-spoken',
  'no-conflict': 'sangam-question-no-conflict',
};
export const CHOICE_KEYS: Record<Choice, MessageKey> = {
  yes: 'sangam-choice-yes', partly: 'sangam-choice-partly', no: 'sangam-choice-no',
};
export const APPLICATION_STATUS_KEYS: Record<ApplicationStatus, MessageKey> = {
  draft: 'sangam-application-status-draft', submitted: 'sangam-application-status-submitted', accepted: 'sangam-application-status-accepted',
  waitlisted: 'sangam-application-status-waitlisted', rejected: 'sangam-application-status-rejected',
};
export const CALL_STATUS_KEYS: Record<CallStatus, MessageKey> = {
  draft: 'sangam-call-status-draft', open: 'sangam-call-status-open', closed: 'sangam-call-status-closed',
};

/** A score 0..1 with at most two decimals, in the reader's digits. */
export function formatScore(lang: string, score: number): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(score);
}

/** The rule each criterion is scored by, in words. */
export function ruleText(tr: Translator, criterion: Criterion, call: Pick<Call, 'minConfirmed'>): string {
  switch (criterion) {
    case 'underserved': return tr.t('sangam-rule-underserved', 200, 2000);
    case 'interested': return tr.t('sangam-rule-interested', call.minConfirmed);
    case 'reach': return tr.t('sangam-rule-reach', 3, 2 * call.minConfirmed);
    default: return tr.t('sangam-rule-choice');
  }
}

/** The facts and answer a computed score came from, in words. */
export function basisText(tr: Translator, basis: Basis): string {
  const answer = (choice: Choice | null) => tr.t('sangam-basis-answer', tr.t(choice ? CHOICE_KEYS[choice] : 'sangam-basis-unanswered'));
  switch (basis.rule) {
    case 'choice': return answer(basis.choice);
    case 'choice-and-size': {
      const size = basis.mostActive
        ? tr.t('sangam-basis-wiki-stats', basis.mostActive.dbname, basis.mostActive.articles, basis.mostActive.activeUsers, basis.mostActive.admins)
        : tr.t('sangam-basis-no-wiki-stats');
      return `${answer(basis.choice)} · ${size}`;
    }
    case 'confirmations': return tr.t('sangam-basis-confirmations', basis.confirmations, basis.minConfirmed);
    case 'reach': return tr.t('sangam-basis-reach', basis.wikis, basis.people);
  }
}

export interface CriterionRowView {
  criterion: Criterion;
  label: string;
  rule: string;
  /** The applicant's own words (any script, so shown with dir="auto"). */
  evidence: string;
  basis: string;
  computed: string;
  override: { score: string; reason: string; reviewer: string | null } | null;
  weight: number;
  points: string;
}

export interface ReadinessView { rows: CriterionRowView[]; total: string }

export function presentReadiness(tr: Translator, readiness: Readiness, call: Call): ReadinessView {
  return {
    rows: readiness.criteria.map((c) => ({
      criterion: c.criterion, label: tr.t(CRITERION_KEYS[c.criterion]), rule: ruleText(tr, c.criterion, call), evidence: c.evidence,
      basis: basisText(tr, c.basis), computed: formatScore(tr.lang, c.computed),
      override: c.override && { score: formatScore(tr.lang, c.override.score), reason: c.override.reason, reviewer: c.override.reviewer },
      weight: c.weight, points: tr.formatNumber(c.points),
    })),
    total: tr.formatNumber(readiness.total),
  };
}

export interface CallView {
  slug: string; href: string; title: string; description: string; status: CallStatus; statusText: string;
  closesOn: string | null; minConfirmed: number; accepting: boolean; pastDeadline: boolean;
  criteria: { criterion: Criterion; label: string; question: string; rule: string; weight: number }[];
}

export function presentCall(tr: Translator, call: Call, now: Date): CallView {
  return {
    slug: call.slug, href: `/calls/${call.slug}`, title: call.title, description: call.description, status: call.status,
    statusText: tr.t(CALL_STATUS_KEYS[call.status]), closesOn: call.closesOn && formatDate(tr.lang, call.closesOn),
    minConfirmed: call.minConfirmed, accepting: acceptsApplications(call, now), pastDeadline: isPastDeadline(call, now),
    criteria: CRITERIA.map((c) => ({ criterion: c, label: tr.t(CRITERION_KEYS[c]), question: tr.t(QUESTION_KEYS[c]), rule: ruleText(tr, c, call), weight: call.weights[c] })),
  };
}

export interface CallListItemView { href: string; title: string; statusText: string; closesOn: string | null; applications: number }

export function presentCallListItem(tr: Translator, call: CallSummary): CallListItemView {
  return { href: `/calls/${call.slug}`, title: call.title, statusText: tr.t(CALL_STATUS_KEYS[call.status]), closesOn: call.closesOn && formatDate(tr.lang, call.closesOn), applications: call.applications };
}

export interface ApplicationRowView { href: string; community: string; status: ApplicationStatus; statusText: string; confirmations: number; total: string | null }

export function presentApplicationRow(tr: Translator, a: Application, readiness: Readiness | null): ApplicationRowView {
  return {
    href: `/applications/${a.id}`, community: a.community.name, status: a.status, statusText: tr.t(APPLICATION_STATUS_KEYS[a.status]),
    confirmations: a.facts.confirmations, total: readiness && tr.formatNumber(readiness.total),
  };
}

export interface PersonLinkView { name: string; href: string }
export const personLink = (p: PersonRef): PersonLinkView => ({ name: p.displayName, href: profileHref(p.username) });

export interface ApplicationView {
  id: number;
  call: { href: string; title: string; minConfirmed: number; closesOn: string | null };
  community: { name: string; href: string };
  status: ApplicationStatus;
  statusText: string;
  submitted: { by: PersonLinkView | null; on: string } | null;
  decision: { statusText: string; by: PersonLinkView | null; on: string; message: string } | null;
  confirmations: number;
  readiness: ReadinessView;
}

export function presentApplication(tr: Translator, a: Application, readiness: Readiness): ApplicationView {
  const decided = a.status === 'accepted' || a.status === 'waitlisted' || a.status === 'rejected';
  return {
    id: a.id,
    call: { href: `/calls/${a.call.slug}`, title: a.call.title, minConfirmed: a.call.minConfirmed, closesOn: a.call.closesOn && formatDate(tr.lang, a.call.closesOn) },
    community: { name: a.community.name, href: `/communities/${a.community.slug}` },
    status: a.status, statusText: tr.t(APPLICATION_STATUS_KEYS[a.status]),
    submitted: a.submittedAt && { by: a.submittedBy && personLink(a.submittedBy), on: formatDate(tr.lang, a.submittedAt) },
    decision: decided && a.decidedAt
      ? { statusText: tr.t(APPLICATION_STATUS_KEYS[a.status]), by: a.decidedBy && personLink(a.decidedBy), on: formatDate(tr.lang, a.decidedAt), message: a.decisionMessage }
      : null,
    confirmations: a.facts.confirmations,
    readiness: presentReadiness(tr, readiness, a.call),
  };
}

export { CHOICE_CRITERIA };
