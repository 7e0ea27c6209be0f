import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { solveAssignment } from '../matching/assignment.js';
import { ExchangeFormatError, parseAssignmentInput, parseSwapInput } from '../matching/exchange-format.js';
import { solveSwaps } from '../matching/swaps.js';

/** Bad arguments or a bad file: the caller prints the message and exits with code 2. */
export class MatchInputError extends Error {}

/** Solves one exchange-format file and returns the JSON result to print. */
export async function runMatch(args: string[]): Promise<string> {
  const [mode, ...rest] = args;
  const { values } = parseArgs({ args: rest, options: { in: { type: 'string' }, 'max-cycle': { type: 'string' } }, strict: true });
  if (!values.in) throw new MatchInputError('--in FILE is required');
  let text: string;
  try {
    text = await readFile(values.in, 'utf8');
  } catch (error) {
    throw new MatchInputError(`cannot read ${values.in}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    if (mode === 'assign') return JSON.stringify(solveAssignment(parseAssignmentInput(text)));
    if (mode === 'swaps') {
      const maxCycle = values['max-cycle'] === undefined ? 3 : Number(values['max-cycle']);
      if (maxCycle !== 2 && maxCycle !== 3) throw new MatchInputError('--max-cycle must be 2 or 3');
      return JSON.stringify(await solveSwaps(parseSwapInput(text), { maxCycle }));
    }
  } catch (error) {
    if (error instanceof ExchangeFormatError) throw new MatchInputError(`${values.in}: ${error.message}`);
    throw error;
  }
  throw new MatchInputError(`unknown match mode: ${mode ?? '(none)'}`);
}
