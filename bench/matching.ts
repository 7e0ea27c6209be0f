// Matching benchmark: the exact assignment (10,000 learners, 2,000 mentors, 50 edges each) against a
// greedy baseline and HiGHS as a generic reference, and the exact swap cycles (5,000 people, out-degree 10)
// against greedy. Prints its figures (timings are reported, not asserted). `npm run bench:matching`.
import { benchAssignment } from './matching-assignment.js';
import { benchSwaps } from './matching-swaps.js';

export async function runMatchingBenchmark(): Promise<void> {
  console.log('Sangam matching benchmark');
  const assignment = await benchAssignment();
  for (const line of assignment.lines) console.log(`  ${line}`);
  const swaps = await benchSwaps();
  for (const line of swaps.lines) console.log(`  ${line}`);
  process.exit(0);
}
