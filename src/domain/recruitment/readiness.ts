// Engagement readiness: how well a community's application meets the seven written criteria of the
// technical capacity programme's seed concept. Pure (no I/O): the answers and the facts Sangam knows go
// in, and every criterion comes out with its evidence, the rule's score, any reviewer's override, its
// weight and its share of the total, so that the page can show exactly how a total was reached.

/**
 * The criteria, in the seed concept's order:
 * - ready-for-help: ready to receive help, not only focused on growing content;
 * - underserved: small or underserved, or lacking technical contributors;
 * - interested: at least 15–20 contributors interested in attending and willing to learn, each confirmed
 *   by signing in and joining the application;
 * - reach: involves many language wikis or many people;
 * - takes-lead: will take the lead in organizing the workshops;
 * - language-spoken: people widely speak the wiki's language;
 * - no-conflict: not in a state of political conflict.
 */
export const CRITERIA = ['ready-for-help', 'underserved', 'interested', 'reach', 'takes-lead', 'language-spoken', 'no-conflict'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** Criteria the applicant answers with yes / partly / no (and evidence); the others are scored from facts. */
export const CHOICE_CRITERIA: ReadonlySet<Criterion> = new Set<Criterion>(['ready-for-help', 'underserved', 'takes-lead', 'language-spoken', 'no-conflict']);

export const CHOICES = ['yes', 'partly', 'no'] as const;
export type Choice = (typeof CHOICES)[number];

/** Rule for every yes/no question: yes 1, partly ½, no 0; no answer yet counts as 0. */
export const CHOICE_SCORES: Record<Choice, number> = { yes: 1, partly: 0.5, no: 0 };

/**
 * Weights a new call starts with (a coordinator may change them per call). Confirmed interest weighs most,
 * because it is the one criterion that is checked rather than declared; the total is always out of 100
 * whatever the weights add up to.
 */
export const DEFAULT_WEIGHTS: Record<Criterion, number> = {
  'ready-for-help': 15, underserved: 15, interested: 20, reach: 10, 'takes-lead': 15, 'language-spoken': 10, 'no-conflict': 15,
};

/** The "many wikis" end of the reach rule: three or more of the community's wikis count in full. */
export const REACH_WIKIS = 3;
/** The "many people" end of the reach rule, as a multiple of the call's minimum of confirmed people. */
export const REACH_PEOPLE_FACTOR = 2;
/** Active users of the community's most active wiki at or under which it counts as small (1), and as mid-sized (½). */
export const SMALL_WIKI_ACTIVE_USERS = 200;
export const MID_WIKI_ACTIVE_USERS = 2000;

export interface Answer {
  choice: Choice | null;
  /** The applicant's evidence or explanation, in their words. */
  evidence: string;
}
export type Answers = Partial<Record<Criterion, Answer>>;

export interface WikiStatsFact { dbname: string; articles: number; activeUsers: number; admins: number }

/** What Sangam itself knows about the community and the application. */
export interface ReadinessFacts {
  /** People who signed in and joined the application. */
  confirmations: number;
  /** The call's minimum of confirmed people (15 unless the call says otherwise). */
  minConfirmed: number;
  wikis: number;
  languages: number;
  members: number;
  /** Statistics of those of the community's wikis that have any; wikis without a row are unknown. */
  wikiStats: WikiStatsFact[];
}

export interface Override { score: number; reason: string; reviewer: string | null }

/** How a computed score came about, for the presenter to put into words. */
export type Basis =
  | { rule: 'choice'; choice: Choice | null }
  | { rule: 'choice-and-size'; choice: Choice | null; sizeScore: number | null; mostActive: WikiStatsFact | null }
  | { rule: 'confirmations'; confirmations: number; minConfirmed: number }
  | { rule: 'reach'; wikis: number; people: number; peopleTarget: number };

export interface CriterionScore {
  criterion: Criterion;
  evidence: string;
  basis: Basis;
  /** The rule's score, 0..1. */
  computed: number;
  override: Override | null;
  /** The score that counts: the override's if there is one, else the computed one. */
  score: number;
  weight: number;
  /** This criterion's points out of the 100 of the total. */
  points: number;
}

export interface Readiness {
  criteria: CriterionScore[];
  /** Weighted total, 0–100, one decimal. */
  total: number;
}

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));
const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const choiceScore = (choice: Choice | null) => (choice ? CHOICE_SCORES[choice] : 0);

/** Small wikis score 1, mid-sized ½, large 0, judged by the most active of the community's wikis; null when none has statistics. */
export function sizeScore(stats: WikiStatsFact[]): { score: number | null; mostActive: WikiStatsFact | null } {
  if (!stats.length) return { score: null, mostActive: null };
  const mostActive = stats.reduce((a, b) => (b.activeUsers > a.activeUsers ? b : a));
  const score = mostActive.activeUsers <= SMALL_WIKI_ACTIVE_USERS ? 1 : mostActive.activeUsers <= MID_WIKI_ACTIVE_USERS ? 0.5 : 0;
  return { score, mostActive };
}

/**
 * One criterion's score by its rule:
 * - a yes/no question scores the answer (yes 1, partly ½, no 0, unanswered 0);
 * - underserved averages the answer with the size of the community's most active wiki when its statistics
 *   are known, and is the answer alone when they are not;
 * - interested is confirmed people ÷ the call's minimum, at most 1;
 * - reach is the larger of wikis ÷ 3 and people ÷ (2 × the minimum), at most 1, where people is the larger
 *   of members and confirmed people.
 */
export function computeCriterion(criterion: Criterion, answer: Answer | undefined, facts: ReadinessFacts): { computed: number; basis: Basis } {
  const choice = answer?.choice ?? null;
  switch (criterion) {
    case 'underserved': {
      const size = sizeScore(facts.wikiStats);
      const computed = size.score === null ? choiceScore(choice) : (choiceScore(choice) + size.score) / 2;
      return { computed, basis: { rule: 'choice-and-size', choice, sizeScore: size.score, mostActive: size.mostActive } };
    }
    case 'interested':
      return {
        computed: clamp01(facts.confirmations / Math.max(1, facts.minConfirmed)),
        basis: { rule: 'confirmations', confirmations: facts.confirmations, minConfirmed: facts.minConfirmed },
      };
    case 'reach': {
      const people = Math.max(facts.members, facts.confirmations);
      const peopleTarget = REACH_PEOPLE_FACTOR * Math.max(1, facts.minConfirmed);
      return {
        computed: clamp01(Math.max(facts.wikis / REACH_WIKIS, people / peopleTarget)),
        basis: { rule: 'reach', wikis: facts.wikis, people, peopleTarget },
      };
    }
    default:
      return { computed: choiceScore(choice), basis: { rule: 'choice', choice } };
  }
}

/**
 * Every criterion's evidence, computed score, override and weight, and the weighted total out of 100.
 * An override replaces the computed score (which stays on show beside it). Weights are relative: the
 * total is the weighted mean of the scores times 100, and 0 when every weight is 0.
 */
export function assessReadiness(
  answers: Answers, facts: ReadinessFacts, weights: Partial<Record<Criterion, number>>, overrides: Partial<Record<Criterion, Override>> = {},
): Readiness {
  const weightOf = (c: Criterion) => Math.max(0, weights[c] ?? 0);
  const weightSum = CRITERIA.reduce((sum, c) => sum + weightOf(c), 0);
  const criteria = CRITERIA.map((criterion): CriterionScore => {
    const { computed, basis } = computeCriterion(criterion, answers[criterion], facts);
    const override = overrides[criterion] ?? null;
    const score = override ? clamp01(override.score) : computed;
    const weight = weightOf(criterion);
    return {
      criterion, evidence: answers[criterion]?.evidence ?? '', basis, computed: round(computed, 3), override, score: round(score, 3), weight,
      points: weightSum ? round((100 * score * weight) / weightSum, 1) : 0,
    };
  });
  const total = weightSum ? round((100 * criteria.reduce((sum, c) => sum + c.score * c.weight, 0)) / weightSum, 1) : 0;
  return { criteria, total };
}

/** Reads stored answers (jsonb) defensively: unknown criteria and malformed entries are dropped. */
export function parseAnswers(stored: unknown): Answers {
  const answers: Answers = {};
  if (!stored || typeof stored !== 'object') return answers;
  for (const criterion of CRITERIA) {
    const raw = (stored as Record<string, unknown>)[criterion];
    if (!raw || typeof raw !== 'object') continue;
    const { choice, evidence } = raw as { choice?: unknown; evidence?: unknown };
    answers[criterion] = {
      choice: typeof choice === 'string' && (CHOICES as readonly string[]).includes(choice) ? (choice as Choice) : null,
      evidence: typeof evidence === 'string' ? evidence : '',
    };
  }
  return answers;
}

/** Reads a call's stored weights: every criterion, missing or malformed ones as 0. */
export function parseWeights(stored: unknown): Record<Criterion, number> {
  const source = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  return Object.fromEntries(CRITERIA.map((c) => {
    const w = source[c];
    return [c, typeof w === 'number' && Number.isFinite(w) && w >= 0 ? Math.round(w) : 0];
  })) as Record<Criterion, number>;
}
