import { parseArgs } from 'node:util';
import { loadConfig } from '../config/index.js';
import { openDatabase, prepareSchema } from '../db/prepare.js';
import { seedDemo } from '../db/seed/demo.js';
import { serve } from './serve.js';

const USAGE = `Usage: sangam <command> [options]

Commands:
  serve              start the web server (migrates, and seeds demo data on an empty development database)
  migrate            apply database migrations and load reference data
  seed [--people N]  add invented demo people to an empty database (default 320)
  import wikis [--live]  load the Wikimedia wikis shipped with Sangam; --live refreshes them from Meta-Wiki's
                        site matrix, keeping the shipped data (exit 0, with a warning) when it is unreachable
  match assign --in FILE                  optimal mentor assignment for a JSON instance (stdout: JSON)
  match swaps --in FILE [--max-cycle 2|3] optimal mentorship swap cycles for a JSON instance (stdout: JSON)
  bench [matching|matching-run|time-slots]  run the page benchmark, the matching solvers' one, a matching
                                 run over the database (see bench/README.md), or workshop time finding

Configuration is read from the environment: see README.md.`;

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'serve':
        await serve(loadConfig());
        return;
      case 'migrate': {
        const database = await openDatabase(loadConfig());
        const { migrations, skills } = await prepareSchema(database.db);
        console.log(`migrations applied: ${migrations.length ? migrations.join(', ') : 'none (up to date)'}; skills seeded: ${skills}`);
        await database.close();
        return;
      }
      case 'seed': {
        const { values } = parseArgs({ args: rest, options: { people: { type: 'string' } } });
        const count = values.people ? Number(values.people) : undefined;
        if (count !== undefined && !(Number.isInteger(count) && count > 0)) throw new UsageError('--people takes a positive whole number');
        const database = await openDatabase(loadConfig());
        await prepareSchema(database.db);
        const added = await seedDemo(database.db, new Date(), count);
        console.log(added ? `seeded ${added} demo people` : 'the database already has people; nothing seeded');
        await database.close();
        return;
      }
      case 'import': {
        const { positionals, values } = parseArgs({ args: rest, allowPositionals: true, options: { live: { type: 'boolean', default: false } } });
        if (positionals.join(' ') !== 'wikis') throw new UsageError('import takes one thing to import: wikis');
        const { importWikis } = await import('./import-wikis.js');
        const { migrateToLatest } = await import('../db/migrate.js');
        const database = await openDatabase(loadConfig());
        await migrateToLatest(database.db);
        const result = await importWikis(database.db, { live: values.live });
        await database.close();
        if (result.liveError) console.error(`sangam import wikis: warning: the live site matrix is not reachable (${result.liveError}); keeping the shipped wikis`);
        console.log(`wikis imported from the ${result.source === 'live' ? 'live site matrix' : 'shipped site matrix'}: ${result.added} added, ${result.changed} updated`);
        return;
      }
      case 'match': {
        const { runMatch, MatchInputError } = await import('./match.js');
        try {
          process.stdout.write(`${await runMatch(rest)}\n`);
        } catch (error) {
          if (error instanceof MatchInputError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
            console.error(`sangam match: ${(error as Error).message}`);
            process.exit(2);
          }
          throw error;
        }
        return;
      }
      case 'bench': {
        if (rest[0] === 'matching') {
          const { runMatchingBenchmark } = await import('../../bench/matching.js');
          await runMatchingBenchmark();
        } else if (rest[0] === 'matching-run') {
          const { runMatchingRunBenchmark } = await import('../../bench/matching-run.js');
          await runMatchingRunBenchmark();
        } else if (rest[0] === 'time-slots') {
          const { runTimeSlotsBenchmark } = await import('../../bench/time-slots.js');
          await runTimeSlotsBenchmark();
        } else {
          const { runBenchmark } = await import('../../bench/pages.js');
          await runBenchmark();
        }
        return;
      }
      case undefined:
      case 'help':
      case '--help':
        console.log(USAGE);
        return;
      default:
        throw new UsageError(`unknown command: ${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`sangam: ${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    console.error(`sangam: ${(error as Error).message}`);
    process.exit(1);
  }
}

class UsageError extends Error {}
