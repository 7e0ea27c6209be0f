import { describe, expect, it } from 'vitest';
import {
  assessReadiness, computeCriterion, CRITERIA, DEFAULT_WEIGHTS, parseAnswers, parseWeights,
  type Answer, type Answers, type ReadinessFacts, type WikiStatsFact,
} from './readiness.js';

const facts = (over: Partial<ReadinessFacts> = {}): ReadinessFacts => ({
  confirmations: 0, minConfirmed: 15, wikis: 1, languages: 1, members: 1, wikiStats: [], ...over,
});
const yes: Answer = { choice: 'yes', evidence: '' };
const partly: Answer = { choice: 'partly', evidence: '' };
const no: Answer = { choice: 'no', evidence: '' };
const wiki = (dbname: string, activeUsers: number): WikiStatsFact => ({ dbname, articles: 1000, activeUsers, admins: 2 });

describe('each criterion’s rule', () => {
  it.each([
    ['a community that is ready for help scores 1', 'ready-for-help', yes, facts(), 1],
    ['a community that is partly ready scores a half', 'ready-for-help', partly, facts(), 0.5],
    ['a community only focused on growing content scores 0', 'ready-for-help', no, facts(), 0],
    ['an unanswered question scores 0', 'takes-lead', undefined, facts(), 0],
    ['a community that will take the lead scores 1', 'takes-lead', yes, facts(), 1],
    ['a language that is not widely spoken scores 0', 'language-spoken', no, facts(), 0],
    ['a community in political conflict scores 0', 'no-conflict', no, facts(), 0],
    ['a community not in political conflict scores 1', 'no-conflict', yes, facts(), 1],
    ['a self-declared underserved community without statistics scores its answer', 'underserved', yes, facts(), 1],
    ['an underserved answer is averaged with a small wiki’s size', 'underserved', yes, facts({ wikiStats: [wiki('xxwiki', 150)] }), 1],
    ['a mid-sized wiki counts a half in the average', 'underserved', yes, facts({ wikiStats: [wiki('xxwiki', 900)] }), 0.75],
    ['a large wiki pulls a yes down to a half', 'underserved', yes, facts({ wikiStats: [wiki('xxwiki', 15_000)] }), 0.5],
    ['the most active of the community’s wikis decides the size', 'underserved', no, facts({ wikiStats: [wiki('awiki', 50), wiki('bwiki', 5000)] }), 0],
    ['a small wiki helps a community that says it is not underserved', 'underserved', no, facts({ wikiStats: [wiki('xxwiki', 20)] }), 0.5],
    ['nobody confirmed scores 0', 'interested', undefined, facts(), 0],
    ['12 of 15 confirmed scores 0.8', 'interested', undefined, facts({ confirmations: 12 }), 0.8],
    ['15 of 15 confirmed scores 1', 'interested', undefined, facts({ confirmations: 15 }), 1],
    ['more than the minimum is still 1', 'interested', undefined, facts({ confirmations: 40 }), 1],
    ['confirmations count against the call’s own minimum', 'interested', undefined, facts({ confirmations: 10, minConfirmed: 20 }), 0.5],
    ['answering yes does not replace confirmations', 'interested', yes, facts({ confirmations: 3 }), 0.2],
    ['one wiki and few people reach a third', 'reach', undefined, facts({ wikis: 1, members: 3 }), 1 / 3],
    ['three wikis reach fully', 'reach', undefined, facts({ wikis: 3 }), 1],
    ['many people reach fully with one wiki', 'reach', undefined, facts({ wikis: 1, members: 30 }), 1],
    ['confirmed people count when there are more of them than members', 'reach', undefined, facts({ wikis: 0, members: 2, confirmations: 15 }), 0.5],
  ] as const)('%s', (_, criterion, answer, f, expected) => {
    expect(computeCriterion(criterion, answer, f).computed).toBeCloseTo(expected, 5);
  });
});

describe('the weighted total', () => {
  const allYes: Answers = Object.fromEntries(CRITERIA.map((c) => [c, yes]));
  const full = facts({ confirmations: 15, wikis: 3 });

  it.each([
    ['a community meeting every criterion scores 100', allYes, full, DEFAULT_WEIGHTS, 100],
    ['a community meeting none scores 0', {}, facts({ wikis: 0, members: 0 }), DEFAULT_WEIGHTS, 0],
    ['missing only the confirmations loses their weight', allYes, facts({ wikis: 3 }), DEFAULT_WEIGHTS, 80],
    ['weights are relative, so the total is out of 100 whatever they add up to', allYes, facts({ wikis: 3 }),
      { ...DEFAULT_WEIGHTS, interested: 100 }, 44.4],
    ['a criterion weighted 0 does not count', { ...allYes, 'no-conflict': no }, full, { ...DEFAULT_WEIGHTS, 'no-conflict': 0 }, 100],
    ['every weight 0 gives 0 rather than dividing by zero', allYes, full, Object.fromEntries(CRITERIA.map((c) => [c, 0])), 0],
  ] as const)('%s', (_, answers, f, weights, expected) => {
    expect(assessReadiness(answers, f, weights).total).toBeCloseTo(expected, 1);
  });

  it('lists every criterion in the seed concept’s order with its evidence, weight and points', () => {
    const result = assessReadiness({ 'ready-for-help': { choice: 'yes', evidence: 'Our village pump asked for Lua help' } }, facts(), DEFAULT_WEIGHTS);
    expect(result.criteria.map((c) => c.criterion)).toEqual([...CRITERIA]);
    expect(result.criteria[0]).toMatchObject({ evidence: 'Our village pump asked for Lua help', computed: 1, score: 1, weight: 15, points: 15, override: null });
    expect(result.criteria.reduce((sum, c) => sum + c.points, 0)).toBeCloseTo(result.total, 1);
  });

  it('a reviewer’s override replaces the computed score, which stays on show with the reason', () => {
    const override = { score: 0, reason: 'The wiki is in an edit war over its script', reviewer: 'Coordinator' };
    const result = assessReadiness({ 'no-conflict': yes }, facts(), DEFAULT_WEIGHTS, { 'no-conflict': override });
    const row = result.criteria.find((c) => c.criterion === 'no-conflict')!;
    expect(row).toMatchObject({ computed: 1, score: 0, override, points: 0 });
  });

  it('an override can raise a score as well as lower it', () => {
    const result = assessReadiness({}, facts({ confirmations: 5 }), DEFAULT_WEIGHTS, { interested: { score: 1, reason: 'Twenty confirmed at the meetup', reviewer: null } });
    expect(result.criteria.find((c) => c.criterion === 'interested')).toMatchObject({ computed: 0.333, score: 1, points: 20 });
  });
});

describe('stored values', () => {
  it('drops unknown criteria and malformed answers, keeping the evidence', () => {
    expect(parseAnswers({ 'ready-for-help': { choice: 'maybe', evidence: 'x' }, bogus: { choice: 'yes' }, reach: 'text', 'takes-lead': { choice: 'yes' } }))
      .toEqual({ 'ready-for-help': { choice: null, evidence: 'x' }, 'takes-lead': { choice: 'yes', evidence: '' } });
    expect(parseAnswers(null)).toEqual({});
  });

  it('reads every criterion’s weight, a missing or negative one as 0', () => {
    expect(parseWeights({ ...DEFAULT_WEIGHTS, reach: -3, interested: 'x' })).toEqual({ ...DEFAULT_WEIGHTS, reach: 0, interested: 0 });
  });
});
