import { SKILL_LEVELS, type SkillKind } from './types.js';

// Mirrors the encoding of people.skill_facets in migration 0002: skill_id * 16 + kind * 4 + (level - 1).
const KIND_CODE: Record<SkillKind, number> = { share: 0, learn: 1, known: 2 };

/** SQL-side: a facet f has kind (f / 4) % 4. */
export function kindCode(kind: SkillKind): number {
  return KIND_CODE[kind];
}

export function skillFacet(skillId: number, kind: SkillKind, level: number): number {
  return skillId * 16 + KIND_CODE[kind] * 4 + level - 1;
}

/** Scopes of anyone who has this skill, or one narrower, in one of these kinds (migration 0002). */
export function skillScopes(skillId: number, kinds: SkillKind[]): number[] {
  return kinds.map((kind) => skillId * 4 + KIND_CODE[kind]);
}

/** Facets of anyone who has one of these skills in one of these kinds, at or above a level. */
export function skillFacets(skillIds: number[], kinds: SkillKind[], minLevel = 1): number[] {
  return skillIds.flatMap((id) => kinds.flatMap((kind) => SKILL_LEVELS.filter((l) => l >= minLevel).map((l) => skillFacet(id, kind, l))));
}

const KINDS: SkillKind[] = ['share', 'learn', 'known'];

export function decodeSkillFacet(facet: number): { skillId: number; kind: SkillKind; level: number } {
  return { skillId: Math.floor(facet / 16), kind: KINDS[Math.floor(facet / 4) % 4], level: (facet % 4) + 1 };
}
