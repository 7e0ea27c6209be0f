import { z } from 'zod';
import type { AssignmentInput, SwapInput } from './types.js';

// Reads the JSON exchange formats and refuses anything malformed or inconsistent with a message that
// names the problem, so that `sangam match` can exit with code 2 instead of solving nonsense.

export class ExchangeFormatError extends Error {}

const id = z.string().min(1);
const weight = z.number().refine(Number.isFinite, { message: 'must be a finite number' });

const AssignmentSchema = z.object({
  learners: z.array(z.object({ id })),
  mentors: z.array(z.object({ id, capacity: z.number().int().min(0, { message: 'capacity must not be negative' }) })),
  edges: z.array(z.object({ learner: id, mentor: id, weight })),
});

const SwapSchema = z.object({
  people: z.array(z.object({ id })),
  edges: z.array(z.object({ from: id, to: id, weight })),
});

function parse<T>(schema: z.ZodType<T>, text: string): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ExchangeFormatError(`not valid JSON: ${(error as Error).message}`);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ExchangeFormatError(`${issue.path.join('.') || 'input'}: ${issue.message}`);
  }
  return result.data;
}

function uniqueIds(list: { id: string }[], what: string): Set<string> {
  const ids = new Set<string>();
  for (const { id } of list) {
    if (ids.has(id)) throw new ExchangeFormatError(`duplicate ${what} id "${id}"`);
    ids.add(id);
  }
  return ids;
}

export function parseAssignmentInput(text: string): AssignmentInput {
  const input = parse(AssignmentSchema, text);
  const learners = uniqueIds(input.learners, 'learner');
  const mentors = uniqueIds(input.mentors, 'mentor');
  const seen = new Set<string>();
  input.edges.forEach((e, i) => {
    if (!learners.has(e.learner)) throw new ExchangeFormatError(`edges.${i}: unknown learner "${e.learner}"`);
    if (!mentors.has(e.mentor)) throw new ExchangeFormatError(`edges.${i}: unknown mentor "${e.mentor}"`);
    const key = JSON.stringify([e.learner, e.mentor]);
    if (seen.has(key)) throw new ExchangeFormatError(`edges.${i}: duplicate edge ${e.learner} → ${e.mentor}`);
    seen.add(key);
  });
  return input;
}

export function parseSwapInput(text: string): SwapInput {
  const input = parse(SwapSchema, text);
  const people = uniqueIds(input.people, 'person');
  const seen = new Set<string>();
  input.edges.forEach((e, i) => {
    for (const end of [e.from, e.to]) if (!people.has(end)) throw new ExchangeFormatError(`edges.${i}: unknown person "${end}"`);
    if (e.from === e.to) throw new ExchangeFormatError(`edges.${i}: "${e.from}" cannot teach themself`);
    const key = JSON.stringify([e.from, e.to]);
    if (seen.has(key)) throw new ExchangeFormatError(`edges.${i}: duplicate edge ${e.from} → ${e.to}`);
    seen.add(key);
  });
  return input;
}
