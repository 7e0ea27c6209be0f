import { loadConfig } from './src/config/index.js';
import { openDatabase } from './src/db/prepare.js';
import { getSkillTree } from './src/domain/skills/data.js';
import { searchDirectory, languagesInUse } from './src/domain/people/data.js';
import { translatorFor } from './src/i18n/messages.js';
const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: './data', EMBEDDED_PG_PORT: '54329' });
const database = await openDatabase(config);
const db = database.db;
async function time(label: string, fn: () => Promise<unknown> | unknown, n = 300) {
  for (let i = 0; i < 20; i++) await fn();
  const t = performance.now();
  for (let i = 0; i < n; i++) await fn();
  console.log(label.padEnd(30), ((performance.now() - t) / n).toFixed(3), 'ms');
}
await time('getSkillTree', () => getSkillTree(db, 'en'));
await time('searchDirectory', () => searchDirectory(db, { text: '', skillId: null, kind: 'any', lang: null, region: null, overlapWith: null, minOverlapHours: 2 }, null, 1));
await time('languagesInUse', () => languagesInUse(db));
const tr = translatorFor('en');
await time('t() x100', () => { for (let i = 0; i < 100; i++) tr.t('sangam-skill-with-level', 'Lua', 'expert'); });
await time('t(plural) x100', () => { for (let i = 0; i < 100; i++) tr.t('sangam-directory-count', i); });
await time('select 1', () => db.selectFrom('taxonomy_revision').select('revision').executeTakeFirst());
await database.close();
process.exit(0);
