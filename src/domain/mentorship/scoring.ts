import { UTC_SLOTS } from '../people/availability.js';
import { subtreeIds } from '../skills/data.js';
import type { SkillTree } from '../skills/types.js';
import type { Candidate, MatchReasons, MatchingPool, Mentor, OpenRequest, Specificity, UnmatchedReason } from './types.js';

// Scoring of one learner's request against one mentor. Hard constraints decide whether a pair is
// possible at all; soft preferences add up to an integer weight that the solvers maximize in total.
// The same reasons are stored with a proposal and shown to both people ("shares Hindi · 5 h overlap ·
// Lua 4 → 1"). Pure: the pool is loaded by data.ts.

/** Babel level both people need in a shared language: 2, intermediate. */
export const USABLE_LANGUAGE_LEVEL = 2;

export const WEIGHTS = {
  /** The mentor's skill is the one asked for, a narrower one under it, or a broader one above it. */
  specificity: { exact: 40, narrower: 25, broader: 15 } satisfies Record<Specificity, number>,
  /** By how many levels the mentor is ahead: 1, 2, 3 or more. */
  levelGap: [0, 6, 12, 15],
  /** Per hour of weekly overlap, counted up to 10 hours. */
  overlapHour: 2,
  maxOverlapHours: 10,
  /** The learner's first-choice language, or another of the languages they chose. */
  firstLanguage: 8,
  otherLanguage: 4,
  /** Same Wikimedia region; doubled when the learner asked for it. */
  sameRegion: 8,
  sharedWiki: 10,
} as const;

/** Skills of the mentor that can answer a request for `skillId`, best relation first. */
function relatedSkills(tree: SkillTree, skillId: number, mentor: Mentor): { skillId: number; level: number; specificity: Specificity }[] {
  const found: { skillId: number; level: number; specificity: Specificity }[] = [];
  for (const [id, level] of mentor.skills) {
    const specificity = relation(tree, skillId, id);
    if (specificity) found.push({ skillId: id, level, specificity });
  }
  const order: Specificity[] = ['exact', 'narrower', 'broader'];
  return found.sort((a, b) => order.indexOf(a.specificity) - order.indexOf(b.specificity) || b.level - a.level);
}

/** How `offered` relates to `asked`; a category at the root of the tree is too broad to count. */
function relation(tree: SkillTree, asked: number, offered: number): Specificity | null {
  if (asked === offered) return 'exact';
  for (let s = tree.byId.get(offered)?.parentId; s != null; s = tree.byId.get(s)?.parentId) if (s === asked) return 'narrower';
  const offeredSkill = tree.byId.get(offered);
  if (offeredSkill?.parentId == null) return null;
  for (let s = tree.byId.get(asked)?.parentId; s != null; s = tree.byId.get(s)?.parentId) if (s === offered) return 'broader';
  return null;
}

// A run compares each learner with many mentors: availability is read once per person into 32-bit words.
const availabilityWords = new WeakMap<object, Uint32Array>();
function wordsOf(person: { availabilityUtc: string }): Uint32Array {
  let words = availabilityWords.get(person);
  if (!words) {
    words = new Uint32Array(Math.ceil(UTC_SLOTS / 32));
    for (let i = 0; i < UTC_SLOTS; i++) if (person.availabilityUtc[i] === '1') words[i >>> 5] |= 1 << (i & 31);
    availabilityWords.set(person, words);
  }
  return words;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Hours a week two people are both available (half-hour slots in UTC). */
function sharedHours(a: { availabilityUtc: string }, b: { availabilityUtc: string }): number {
  const x = wordsOf(a);
  const y = wordsOf(b);
  let slots = 0;
  for (let i = 0; i < x.length; i++) slots += popcount(x[i] & y[i]);
  return slots / 2;
}

export type PairOutcome =
  | { ok: true; candidate: Candidate }
  /** The first hard constraint the pair fails, in the order of UNMATCHED_REASONS. */
  | { ok: false; failed: UnmatchedReason };

export interface ScoringOptions {
  minOverlapHours: number;
}

/** Whether `mentor` may teach `request`, and how good a pair it is. */
export function scorePair(tree: SkillTree, pool: Pick<MatchingPool, 'blocked' | 'declined'>, request: OpenRequest, mentor: Mentor, options: ScoringOptions): PairOutcome {
  const learner = request.learner;
  const skill = relatedSkills(tree, request.skillId, mentor).find((s) => s.level > request.learnerLevel);
  if (!skill || mentor.person.id === learner.id) return { ok: false, failed: 'skill' };
  const language = request.languages.find((code) =>
    (learner.languages.get(code) ?? 0) >= USABLE_LANGUAGE_LEVEL && (mentor.person.languages.get(code) ?? 0) >= USABLE_LANGUAGE_LEVEL);
  if (!language) return { ok: false, failed: 'language' };
  const overlap = sharedHours(learner, mentor.person);
  if (overlap < options.minOverlapHours || overlap === 0) return { ok: false, failed: 'overlap' };
  if (mentor.away || mentor.spareCapacity <= 0 || pool.blocked.has(`${learner.id}:${mentor.person.id}`)
    || pool.blocked.has(`${mentor.person.id}:${learner.id}`) || pool.declined.has(`${request.id}:${mentor.person.id}`)) {
    return { ok: false, failed: 'capacity' };
  }
  const sameRegion = learner.region !== null && learner.region === mentor.person.region;
  const sharedWiki = learner.wikis.find((w) => mentor.person.wikis.includes(w)) ?? null;
  const reasons: MatchReasons = {
    skillId: request.skillId, mentorSkillId: skill.skillId, specificity: skill.specificity,
    mentorLevel: skill.level, learnerLevel: request.learnerLevel, language, overlapHours: overlap, sameRegion, sharedWiki,
  };
  return { ok: true, candidate: { mentorId: mentor.person.id, weight: weightOf(reasons, request), reasons } };
}

export function weightOf(reasons: MatchReasons, request: Pick<OpenRequest, 'languages' | 'preferSameRegion'>): number {
  const gap = Math.min(reasons.mentorLevel - reasons.learnerLevel, WEIGHTS.levelGap.length - 1);
  return WEIGHTS.specificity[reasons.specificity]
    + WEIGHTS.levelGap[gap]
    + WEIGHTS.overlapHour * Math.min(Math.floor(reasons.overlapHours), WEIGHTS.maxOverlapHours)
    + (reasons.language === request.languages[0] ? WEIGHTS.firstLanguage : WEIGHTS.otherLanguage)
    + (reasons.sameRegion ? WEIGHTS.sameRegion * (request.preferSameRegion ? 2 : 1) : 0)
    + (reasons.sharedWiki ? WEIGHTS.sharedWiki : 0);
}

export interface RequestCandidates {
  request: OpenRequest;
  candidates: Candidate[];
  /** When there is no candidate: the furthest any mentor got through the constraints. */
  failed: UnmatchedReason | null;
}

/** Every possible mentor for every request, or why there is none. */
export function candidatesFor(tree: SkillTree, pool: MatchingPool, options: ScoringOptions): RequestCandidates[] {
  const stages: UnmatchedReason[] = ['skill', 'language', 'overlap', 'capacity'];
  // Only mentors offering a related skill can pass the first constraint; look those up, not everyone.
  const mentorsBySkill = new Map<number, Mentor[]>();
  for (const mentor of pool.mentors) {
    for (const skillId of mentor.skills.keys()) mentorsBySkill.set(skillId, [...(mentorsBySkill.get(skillId) ?? []), mentor]);
  }
  // Many requests ask for the same few skills: find each skill's mentors once.
  const mentorsFor = new Map<number, Set<Mentor>>();
  const relatedMentors = (skillId: number) => {
    let related = mentorsFor.get(skillId);
    if (!related) {
      related = new Set();
      const skillIds = subtreeIds(tree, skillId);
      for (let s = tree.byId.get(skillId)?.parentId; s != null; s = tree.byId.get(s)?.parentId) skillIds.push(s);
      for (const id of skillIds) for (const mentor of mentorsBySkill.get(id) ?? []) related.add(mentor);
      mentorsFor.set(skillId, related);
    }
    return related;
  };
  return pool.requests.map((request) => {
    const candidates: Candidate[] = [];
    let furthest = 0;
    for (const mentor of relatedMentors(request.skillId)) {
      const outcome = scorePair(tree, pool, request, mentor, options);
      if (outcome.ok) candidates.push(outcome.candidate);
      else furthest = Math.max(furthest, stages.indexOf(outcome.failed));
    }
    return { request, candidates, failed: candidates.length ? null : stages[furthest] };
  });
}
