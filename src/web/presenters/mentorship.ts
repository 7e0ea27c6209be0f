import type { Dashboard, MentorshipSummary, RequestSummary } from '../../domain/mentorship/data.js';
import type { MatchReasons, MentorshipStatus, RequestFormat, RequestStatus, UnmatchedReason } from '../../domain/mentorship/types.js';
import type { SkillTree } from '../../domain/skills/types.js';
import { dateFormat, languageName } from './names.js';
import type { MessageKey, Translator } from '../../i18n/messages.js';
import { profileHref } from './people.js';

// Message keys are spelled out in full so that the i18n test can find every one of them.
export const FORMAT_KEYS: Record<RequestFormat, MessageKey> = {
  'one-off': 'sangam-format-one-off', 'few-sessions': 'sangam-format-few-sessions', ongoing: 'sangam-format-ongoing',
};
export const LEARNER_LEVEL_KEYS: MessageKey[] = ['sangam-learner-level-0', 'sangam-skill-level-1', 'sangam-skill-level-2', 'sangam-skill-level-3'];
const REQUEST_STATUS_KEYS: Record<RequestStatus, MessageKey> = {
  open: 'sangam-request-status-open', proposed: 'sangam-request-status-proposed', matched: 'sangam-request-status-matched',
  withdrawn: 'sangam-request-status-withdrawn', closed: 'sangam-request-status-closed',
};
const MENTORSHIP_STATUS_KEYS: Record<MentorshipStatus, MessageKey> = {
  proposed: 'sangam-mentorship-status-proposed', declined: 'sangam-mentorship-status-declined', active: 'sangam-mentorship-status-active',
  completed: 'sangam-mentorship-status-completed', stopped: 'sangam-mentorship-status-stopped',
};
export const UNMATCHED_KEYS: Record<UnmatchedReason, MessageKey> = {
  skill: 'sangam-unmatched-skill', language: 'sangam-unmatched-language', overlap: 'sangam-unmatched-overlap',
  capacity: 'sangam-unmatched-capacity', outweighed: 'sangam-unmatched-outweighed',
};

const skillLabel = (tree: SkillTree, id: number) => tree.byId.get(id)?.label ?? '?';

/** "shares Hindi · 5 h overlap · Lua 4 → 1", with the mentor's own skill when it is not the one asked for. */
export function explainMatch(reasons: MatchReasons, tree: SkillTree, tr: Translator): string {
  const parts = [
    tr.t('sangam-match-language', languageName(reasons.language)),
    tr.t('sangam-match-overlap', reasons.overlapHours),
    tr.t('sangam-match-levels', skillLabel(tree, reasons.skillId), reasons.mentorLevel, reasons.learnerLevel),
  ];
  if (reasons.specificity === 'narrower') parts.push(tr.t('sangam-match-narrower', skillLabel(tree, reasons.mentorSkillId)));
  if (reasons.specificity === 'broader') parts.push(tr.t('sangam-match-broader', skillLabel(tree, reasons.mentorSkillId)));
  if (reasons.sameRegion) parts.push(tr.t('sangam-match-region'));
  if (reasons.sharedWiki) parts.push(tr.t('sangam-match-wiki', reasons.sharedWiki));
  return parts.join(' · ');
}

export function formatDate(lang: string, date: Date | string): string {
  return dateFormat(lang, 'medium').format(typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date);
}

export interface RequestView {
  id: number;
  skill: string;
  level: string;
  goal: string;
  languages: string;
  format: string;
  status: RequestStatus;
  statusText: string;
  /** Why the last run found nobody, while the request is open. */
  unmatched: string | null;
  learner: { name: string; href: string };
  created: string;
}

export function presentRequest(r: RequestSummary, tree: SkillTree, tr: Translator): RequestView {
  return {
    id: r.id, skill: skillLabel(tree, r.skillId), level: tr.t(LEARNER_LEVEL_KEYS[r.learnerLevel]), goal: r.goal,
    languages: r.languages.map(languageName).join(', '), format: tr.t(FORMAT_KEYS[r.format]),
    status: r.status, statusText: tr.t(REQUEST_STATUS_KEYS[r.status]),
    unmatched: r.status === 'open' && r.unmatchedReason ? tr.t(UNMATCHED_KEYS[r.unmatchedReason]) : null,
    learner: { name: r.learner.displayName, href: profileHref(r.learner.username) }, created: formatDate(tr.lang, r.createdAt),
  };
}

export interface MentorshipView {
  id: number;
  href: string;
  swapHref: string | null;
  skill: string;
  /** The viewer's side, or null for an organizer looking on. */
  side: 'learner' | 'mentor' | null;
  learner: { name: string; href: string };
  mentor: { name: string; href: string };
  status: MentorshipStatus;
  statusText: string;
  explanation: string;
  /** Proposed and the viewer has not answered yet. */
  awaitsViewer: boolean;
  /** Proposed, the viewer accepted, and the other side has not. */
  awaitsOther: boolean;
  started: string | null;
  ended: string | null;
  endNote: string;
}

export function presentMentorship(m: MentorshipSummary, viewerId: number | null, tree: SkillTree, tr: Translator): MentorshipView {
  const side = m.learner.id === viewerId ? 'learner' : m.mentor.id === viewerId ? 'mentor' : null;
  const mine = side === 'learner' ? m.learnerAccepted : side === 'mentor' ? m.mentorAccepted : true;
  return {
    id: m.id, href: `/mentorships/${m.id}`, swapHref: m.swapId ? `/swaps/${m.swapId}` : null, skill: skillLabel(tree, m.skillId), side,
    learner: { name: m.learner.displayName, href: profileHref(m.learner.username) },
    mentor: { name: m.mentor.displayName, href: profileHref(m.mentor.username) },
    status: m.status, statusText: tr.t(MENTORSHIP_STATUS_KEYS[m.status]), explanation: explainMatch(m.reasons, tree, tr),
    awaitsViewer: m.status === 'proposed' && side !== null && !mine,
    awaitsOther: m.status === 'proposed' && side !== null && mine,
    started: m.startedAt ? formatDate(tr.lang, m.startedAt) : null, ended: m.endedAt ? formatDate(tr.lang, m.endedAt) : null,
    endNote: m.endNote,
  };
}

export function presentDashboard(d: Dashboard, viewerId: number, tree: SkillTree, tr: Translator) {
  const mentorships = d.mentorships.map((m) => presentMentorship(m, viewerId, tree, tr));
  return {
    requests: d.requests.map((r) => presentRequest(r, tree, tr)),
    toAnswer: mentorships.filter((m) => m.awaitsViewer),
    current: mentorships.filter((m) => !m.awaitsViewer && (m.status === 'proposed' || m.status === 'active')),
    past: mentorships.filter((m) => m.status === 'completed' || m.status === 'stopped'),
  };
}
