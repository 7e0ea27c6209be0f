import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = join(import.meta.dirname, '..', 'bin', 'sangam.js');
let dir: string;

beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'sangam-match-')); });

async function match(mode: string, instance: unknown, ...extra: string[]) {
  const file = join(dir, `${mode}-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, typeof instance === 'string' ? instance : JSON.stringify(instance));
  return run('node', [bin, 'match', mode, '--in', file, ...extra]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

describe('sangam match', () => {
  it('prints the optimal assignment, which beats taking the heaviest edge first', async () => {
    const result = await match('assign', {
      learners: [{ id: 'A' }, { id: 'B' }], mentors: [{ id: 'x', capacity: 1 }, { id: 'y', capacity: 1 }],
      edges: [{ learner: 'A', mentor: 'x', weight: 10 }, { learner: 'A', mentor: 'y', weight: 9 }, { learner: 'B', mentor: 'x', weight: 8 }],
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ pairs: [{ learner: 'A', mentor: 'y' }, { learner: 'B', mentor: 'x' }], total: 17, optimal: true });
  });

  it('prints the optimal swap cycles in the exchange format', async () => {
    const result = await match('swaps', {
      people: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      edges: [{ from: 'a', to: 'b', weight: 2 }, { from: 'b', to: 'c', weight: 2 }, { from: 'c', to: 'a', weight: 2 }, { from: 'b', to: 'a', weight: 1 }],
    }, '--max-cycle', '3');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ cycles: [['a', 'b', 'c']], total: 6, optimal: true });
  });

  it('exits with code 2 and a clear message on an inconsistent file', async () => {
    const result = await match('assign', { learners: [{ id: 'A' }], mentors: [{ id: 'x', capacity: -2 }], edges: [] });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('capacity must not be negative');
    const unknown = await match('swaps', { people: [{ id: 'a' }], edges: [{ from: 'a', to: 'ghost', weight: 1 }] });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown person "ghost"');
    expect((await match('swaps', { people: [], edges: [] }, '--max-cycle', '4')).code).toBe(2);
  });
});
