import type { FieldErrors } from '../../errors.js';
import type { Db } from '../../db/connection.js';
import { readEnglishLanguageNames } from '../../db/reference/import.js';
import { allLanguageCodes, autonym, canonicalLanguage, isKnownLanguage } from '../../i18n/languages.js';

export interface Country { code: string; name: string; region: string | null }

export async function listCountries(db: Db): Promise<Country[]> {
  return db.selectFrom('countries').select(['code', 'name', 'region']).orderBy('name').execute();
}

export async function findCountry(db: Db, code: string): Promise<Country | undefined> {
  return db.selectFrom('countries').select(['code', 'name', 'region']).where('code', '=', code.toUpperCase()).executeTakeFirst();
}

export interface WikiRef { dbname: string; url: string; name: string }

/** A public, open wiki from what a person typed: a database name, a domain or a URL. */
export async function resolveWiki(db: Db, input: string): Promise<WikiRef | undefined> {
  const value = input.trim().toLowerCase();
  const host = value.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  return db.selectFrom('wikis')
    .select(['dbname', 'url', 'english_name as name'])
    .where('closed', '=', false)
    .where((eb) => eb.or([eb('dbname', '=', value), eb('url', '=', `https://${host}`)]))
    .executeTakeFirst();
}

let namesToCodes: Map<string, string> | undefined;

/** A language code from a code, an autonym or an English name ("hi", "हिन्दी", "Hindi" → hi). */
export function resolveLanguage(input: string): string | undefined {
  const value = input.trim();
  if (!value) return undefined;
  if (isKnownLanguage(value)) return canonicalLanguage(value);
  if (!namesToCodes) {
    namesToCodes = readEnglishLanguageNames();
    for (const code of allLanguageCodes()) namesToCodes.set(autonym(code).toLowerCase(), code);
  }
  const code = namesToCodes.get(value.toLowerCase());
  return code ? canonicalLanguage(code) : undefined;
}

/**
 * Language codes for what people typed in a list (codes, autonyms, English names), repeats dropped; the first
 * unknown one is recorded as the field's error.
 */
export function resolveLanguages(values: string[], field: string, errors: FieldErrors): string[] {
  const codes: string[] = [];
  for (const value of values) {
    const code = resolveLanguage(value);
    if (!code) {
      errors[field] = { key: 'sangam-error-unknown-language', params: [value] };
      break;
    }
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}
