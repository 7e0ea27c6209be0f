import { describe, expect, it } from 'vitest';
import { UTC_SLOTS } from '../people/availability.js';
import type { Skill, SkillTree } from '../skills/types.js';
import { planProposals } from './planning.js';
import { scorePair, WEIGHTS, weightOf } from './scoring.js';
import type { MatchingPerson, MatchingPool, Mentor, OpenRequest } from './types.js';

// technical (1) > lua (2) > lua-debugging (3); technical > templates (4)
const tree: SkillTree = (() => {
  const skills: Skill[] = [
    { id: 1, slug: 'technical', parentId: null, category: 'technical', wikidataQid: null, label: 'Technical', depth: 0 },
    { id: 2, slug: 'lua', parentId: 1, category: 'technical', wikidataQid: null, label: 'Lua', depth: 1 },
    { id: 3, slug: 'lua-debugging', parentId: 2, category: 'technical', wikidataQid: null, label: 'Lua debugging', depth: 2 },
    { id: 4, slug: 'templates', parentId: 1, category: 'technical', wikidataQid: null, label: 'Templates', depth: 1 },
  ];
  const children = new Map<number | null, Skill[]>();
  for (const s of skills) children.set(s.parentId, [...(children.get(s.parentId) ?? []), s]);
  return { skills, byId: new Map(skills.map((s) => [s.id, s])), bySlug: new Map(skills.map((s) => [s.slug, s])), children };
})();

/** Available for `hours` whole hours from UTC slot 0. */
const hours = (n: number) => '1'.repeat(n * 2).padEnd(UTC_SLOTS, '0');

let nextId = 1;
function person(over: Partial<MatchingPerson> & { langs?: [string, number][] } = {}): MatchingPerson {
  return { id: nextId++, languages: new Map(over.langs ?? [['hi', 5]]), availabilityUtc: over.availabilityUtc ?? hours(10), region: over.region ?? 'SA', wikis: over.wikis ?? [] };
}
function mentor(skills: [number, number][], over: Partial<Mentor> & { person?: MatchingPerson } = {}): Mentor {
  return { person: over.person ?? person(), skills: new Map(skills), spareCapacity: over.spareCapacity ?? 1, away: over.away ?? false };
}
let nextRequest = 1;
function request(skillId: number, over: Partial<OpenRequest> = {}): OpenRequest {
  return { id: nextRequest++, learner: over.learner ?? person(), skillId, learnerLevel: 0, languages: ['hi'], openToSwap: false, preferSameRegion: false, ...over };
}
const empty = { blocked: new Set<string>(), declined: new Set<string>() };
const score = (r: OpenRequest, m: Mentor, pool = empty) => scorePair(tree, pool, r, m, { minOverlapHours: 2 });

describe('hard constraints', () => {
  it.each([
    ['a mentor without the skill', () => [request(4), mentor([[2, 4]])], 'skill'],
    ['a mentor at the learner’s level', () => [request(2, { learnerLevel: 3 }), mentor([[2, 3]])], 'skill'],
    ['a mentor offering only the whole category', () => [request(2), mentor([[1, 4]])], 'skill'],
    ['no shared language', () => [request(2), mentor([[2, 4]], { person: person({ langs: [['bn', 5]] }) })], 'language'],
    ['a shared language the mentor speaks only at a basic level', () => [request(2), mentor([[2, 4]], { person: person({ langs: [['hi', 1]] }) })], 'language'],
    ['a shared language the learner did not choose', () => [request(2, { learner: person({ langs: [['hi', 5], ['en', 3]] }), languages: ['en'] }), mentor([[2, 4]])], 'language'],
    ['only one hour in common', () => [request(2), mentor([[2, 4]], { person: person({ availabilityUtc: hours(1) }) })], 'overlap'],
    ['a full mentor', () => [request(2), mentor([[2, 4]], { spareCapacity: 0 })], 'capacity'],
    ['an away mentor', () => [request(2), mentor([[2, 4]], { away: true })], 'capacity'],
  ] as const)('rules out %s', (_, make, failed) => {
    const [r, m] = make() as [OpenRequest, Mentor];
    expect(score(r, m)).toEqual({ ok: false, failed });
  });

  it('rules out the learner themself, a pair blocked either way, and a mentor already declined for the request', () => {
    const learner = person();
    const r = request(2, { learner });
    expect(score(r, mentor([[2, 4]], { person: learner }))).toEqual({ ok: false, failed: 'skill' });
    const m = mentor([[2, 4]]);
    expect(score(r, m, { ...empty, blocked: new Set([`${m.person.id}:${learner.id}`]) })).toEqual({ ok: false, failed: 'capacity' });
    expect(score(r, m, { ...empty, blocked: new Set([`${learner.id}:${m.person.id}`]) })).toEqual({ ok: false, failed: 'capacity' });
    expect(score(r, m, { ...empty, declined: new Set([`${r.id}:${m.person.id}`]) })).toEqual({ ok: false, failed: 'capacity' });
    expect(score(r, m).ok).toBe(true);
  });
});

describe('weights', () => {
  const weight = (r: OpenRequest, m: Mentor) => {
    const outcome = score(r, m);
    if (!outcome.ok) throw new Error(outcome.failed);
    return outcome.candidate;
  };

  it('prefers the exact skill to a narrower one, and a narrower one to a broader one', () => {
    const exact = weight(request(2), mentor([[2, 4]]));
    const narrower = weight(request(2), mentor([[3, 4]]));
    const broader = weight(request(3), mentor([[2, 4]]));
    expect(exact.reasons.specificity).toBe('exact');
    expect(narrower.reasons).toMatchObject({ specificity: 'narrower', mentorSkillId: 3, skillId: 2 });
    expect(broader.reasons).toMatchObject({ specificity: 'broader', mentorSkillId: 2, skillId: 3 });
    expect(exact.weight - narrower.weight).toBe(WEIGHTS.specificity.exact - WEIGHTS.specificity.narrower);
    expect(narrower.weight).toBeGreaterThan(broader.weight);
  });

  it('adds up level gap, overlap hours (up to 10), the first-choice language, region and a shared wiki', () => {
    const learner = person({ langs: [['hi', 5], ['en', 4]], wikis: ['hiwiki'], region: 'SA' });
    const r = request(2, { learner, learnerLevel: 1, languages: ['en', 'hi'], preferSameRegion: true });
    const m = mentor([[2, 3]], { person: person({ langs: [['en', 3]], wikis: ['hiwiki'], region: 'SA', availabilityUtc: hours(12) }) });
    const c = weight(r, m);
    expect(c.reasons).toEqual({
      skillId: 2, mentorSkillId: 2, specificity: 'exact', mentorLevel: 3, learnerLevel: 1, language: 'en',
      overlapHours: 10, sameRegion: true, sharedWiki: 'hiwiki',
    });
    expect(c.weight).toBe(40 + 12 + 2 * 10 + 8 + 16 + 10);
    expect(weightOf({ ...c.reasons, language: 'hi', sameRegion: false, sharedWiki: null }, r)).toBe(40 + 12 + 20 + 4);
  });
});

describe('planning', () => {
  const pool = (requests: OpenRequest[], mentors: Mentor[]): MatchingPool => ({ requests, mentors, ...empty });

  it('gives a scarce mentor to the request it helps most and says the other was outweighed', async () => {
    const m = mentor([[2, 4], [4, 4]]);
    const lua = request(2);
    const templates = request(4, { learnerLevel: 3 });
    const plan = await planProposals(tree, pool([lua, templates], [m]), { minOverlapHours: 2, withSwaps: false });
    expect(plan.pairs.map((p) => p.requestId)).toEqual([lua.id]);
    expect(plan.unmatched).toEqual([{ requestId: templates.id, reason: 'outweighed' }]);
    expect(plan.optimal).toBe(true);
  });

  it('forms a swap between two people who each teach what the other asked for', async () => {
    const a = person();
    const b = person();
    const plan = await planProposals(tree, pool(
      [request(4, { learner: a, openToSwap: true }), request(2, { learner: b, openToSwap: true })],
      [mentor([[2, 4]], { person: a }), mentor([[4, 4]], { person: b })],
    ), { minOverlapHours: 2, withSwaps: true });
    expect(plan.swaps).toHaveLength(1);
    expect(plan.swaps[0].map((p) => [p.mentorId, p.learnerId]).sort()).toEqual([[a.id, b.id], [b.id, a.id]].sort());
    expect(plan.pairs).toEqual([]);
    expect(plan.totalWeight).toBe(plan.swaps[0].reduce((s, p) => s + p.weight, 0));
  });

  it('does not put people in a swap who did not ask for one', async () => {
    const a = person();
    const b = person();
    const plan = await planProposals(tree, pool(
      [request(4, { learner: a }), request(2, { learner: b })],
      [mentor([[2, 4]], { person: a }), mentor([[4, 4]], { person: b })],
    ), { minOverlapHours: 2, withSwaps: true });
    expect(plan.swaps).toEqual([]);
    expect(plan.pairs).toHaveLength(2);
  });
});
