// The exchange formats of `sangam match` (see issue "Mentorship"): plain JSON so that any instance can be
// solved and checked by anyone. Pure types; no I/O anywhere under src/matching.

export interface AssignmentInput {
  learners: { id: string }[];
  mentors: { id: string; capacity: number }[];
  /** learner may be taught by mentor, worth weight (higher is better). */
  edges: { learner: string; mentor: string; weight: number }[];
}

export interface AssignmentResult {
  pairs: { learner: string; mentor: string }[];
  /** Sum of the weights of the chosen pairs. */
  total: number;
  /** True when the solver proved that no assignment has a larger total. */
  optimal: boolean;
}

export interface SwapInput {
  people: { id: string }[];
  /** from can teach to, worth weight. */
  edges: { from: string; to: string; weight: number }[];
}

export interface SwapResult {
  /** ["c","d","e"] uses the edges c→d, d→e, e→c. */
  cycles: string[][];
  /** Sum of the weights of every edge in the chosen cycles. */
  total: number;
  optimal: boolean;
  /** Relative MIP gap when not proven optimal (0 when optimal). */
  gap?: number;
}
