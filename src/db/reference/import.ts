import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../connection.js';
import { regionCodeFromName } from '../../domain/places/regions.js';
import { parseDelimited } from './csv.js';
import { importWikiStats } from './wiki-stats.js';

const HERE = import.meta.dirname;
const read = (name: string) => readFileSync(join(HERE, name), 'utf8');

/** Countries with their Wikimedia region, from canonical-data (CC0). */
export function readCountries() {
  return parseDelimited(read('countries.tsv'), '\t').map((r) => ({
    code: r.iso_code,
    name: r.name,
    region: regionCodeFromName(r.wikimedia_region),
    m49: r.un_m49_code ? Number(r.un_m49_code) : null,
  }));
}

/** Public wikis of the Wikimedia site matrix; private and fishbowl wikis are left out. */
export function readWikis() {
  return parseDelimited(read('wikis.csv'))
    .filter((r) => r.private !== 'true' && r.fishbowl !== 'true')
    .map((r) => ({
      dbname: r.dbname,
      family: r.family,
      lang: r.lang_code,
      url: r.url,
      sitename: r.sitename,
      english_name: r.english_name || r.sitename,
      closed: r.closed === 'true',
      size_class: r.size_class || null,
      langNameEn: r.lang_name_en,
    }));
}

/** English language names from the site matrix, for resolving what people type ("Hindi" → hi). */
export function readEnglishLanguageNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const wiki of readWikis()) if (wiki.lang && wiki.langNameEn) names.set(wiki.langNameEn.toLowerCase(), wiki.lang);
  return names;
}

/** Loads (or refreshes) countries and wikis; safe to run at every start. */
export async function importReferenceData(db: Db): Promise<void> {
  const countries = readCountries();
  const wikis = readWikis().map(({ langNameEn: _, ...w }) => w);
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('countries').values(countries)
      .onConflict((oc) => oc.column('code').doUpdateSet({ name: sql`excluded.name`, region: sql`excluded.region`, m49: sql`excluded.m49` }))
      .execute();
    for (let i = 0; i < wikis.length; i += 500) {
      await trx.insertInto('wikis').values(wikis.slice(i, i + 500))
        .onConflict((oc) => oc.column('dbname').doUpdateSet({
          family: sql`excluded.family`, lang: sql`excluded.lang`, url: sql`excluded.url`, sitename: sql`excluded.sitename`,
          english_name: sql`excluded.english_name`, closed: sql`excluded.closed`, size_class: sql`excluded.size_class`,
        }))
        .execute();
    }
  });
  // After the wikis, which the statistics reference.
  await importWikiStats(db);
}
