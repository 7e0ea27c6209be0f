import { z } from 'zod';
import { USER_AGENT } from './oauth.js';

// The Wikimedia site matrix from Meta-Wiki's Action API, in three parts: a client that validates the
// response, a pure converter to rows of the `wikis` table, and (in src/db/reference/wikis.ts) an idempotent upsert.

export const SITE_MATRIX_URL = 'https://meta.wikimedia.org/w/api.php?action=sitematrix&format=json&formatversion=2&maxlag=5';

// formatversion=2 sends flags as `true`; formatversion=1 (and the shipped snapshot) as "" when set.
const flag = z.union([z.boolean(), z.literal('')]).optional().transform((v) => v !== undefined && v !== false);

const Site = z.object({
  url: z.string().url(),
  dbname: z.string().regex(/^[a-z0-9_]+$/),
  code: z.string().min(1),
  sitename: z.string(),
  lang: z.string().optional(),
  closed: flag, private: flag, fishbowl: flag, nonglobal: flag,
});

const Language = z.object({
  code: z.string().min(1),
  name: z.string(),
  localname: z.string().optional(),
  dir: z.enum(['ltr', 'rtl']).optional(),
  site: z.array(Site).default([]),
});

export const SiteMatrixResponse = z.object({
  sitematrix: z.record(z.string(), z.unknown()).transform((matrix, ctx) => {
    const languages: z.infer<typeof Language>[] = [];
    let specials: z.infer<typeof Site>[] = [];
    for (const [key, value] of Object.entries(matrix)) {
      if (key === 'count') continue;
      const parsed = key === 'specials' ? z.array(Site).safeParse(value) : Language.safeParse(value);
      if (!parsed.success) {
        ctx.addIssue({ code: 'custom', message: `sitematrix.${key}: ${parsed.error.issues[0]?.message}` });
        return z.NEVER;
      }
      if (key === 'specials') specials = parsed.data as z.infer<typeof Site>[];
      else languages.push(parsed.data as z.infer<typeof Language>);
    }
    return { languages, specials };
  }),
});
export type SiteMatrix = z.infer<typeof SiteMatrixResponse>['sitematrix'];

export interface WikiRow {
  dbname: string; family: string; lang: string; url: string; sitename: string; english_name: string; closed: boolean;
}

/** English names of the project families, for wikis that the shipped data has no English name for. */
const FAMILY_NAMES: Record<string, string> = {
  wiki: 'Wikipedia', wiktionary: 'Wiktionary', wikibooks: 'Wikibooks', wikinews: 'Wikinews', wikiquote: 'Wikiquote',
  wikisource: 'Wikisource', wikiversity: 'Wikiversity', wikivoyage: 'Wikivoyage',
};

/**
 * Rows for the `wikis` table, as src/db/reference/wikis.csv has them: public wikis only (private and
 * fishbowl wikis are left out), closed ones kept and marked, sorted by database name.
 */
export function wikisFromSiteMatrix(matrix: SiteMatrix): WikiRow[] {
  const rows: WikiRow[] = [];
  for (const language of matrix.languages) {
    for (const site of language.site) {
      if (site.private || site.fishbowl) continue;
      const family = FAMILY_NAMES[site.code] ?? site.code;
      rows.push({
        dbname: site.dbname, family: site.code, lang: language.code, url: site.url, sitename: site.sitename,
        english_name: `${language.localname || language.name} ${family}`, closed: site.closed,
      });
    }
  }
  for (const site of matrix.specials) {
    if (site.private || site.fishbowl) continue;
    rows.push({
      dbname: site.dbname, family: site.code, lang: site.lang ?? site.code, url: site.url, sitename: site.sitename,
      english_name: site.sitename, closed: site.closed,
    });
  }
  return rows.sort((a, b) => (a.dbname < b.dbname ? -1 : a.dbname > b.dbname ? 1 : 0));
}

export class SiteMatrixUnavailable extends Error {}

/**
 * The live site matrix from Meta-Wiki, validated. Any failure (network, HTTP status, maxlag, a response
 * of another shape) is a SiteMatrixUnavailable, so the caller can keep the data it has.
 */
export async function fetchSiteMatrix(fetchImpl: typeof fetch = fetch, timeoutMs = 30_000): Promise<SiteMatrix> {
  let body: unknown;
  try {
    const response = await fetchImpl(SITE_MATRIX_URL, {
      headers: { 'User-Agent': USER_AGENT, Accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) throw new SiteMatrixUnavailable(`HTTP ${response.status}`);
    body = await response.json();
  } catch (error) {
    if (error instanceof SiteMatrixUnavailable) throw error;
    throw new SiteMatrixUnavailable((error as Error).message);
  }
  const apiError = (body as { error?: { code?: string; info?: string } } | null)?.error;
  if (apiError) throw new SiteMatrixUnavailable(`${apiError.code ?? 'error'}: ${apiError.info ?? ''}`.trim());
  const parsed = SiteMatrixResponse.safeParse(body);
  if (!parsed.success) throw new SiteMatrixUnavailable(`unexpected response: ${parsed.error.issues[0]?.message}`);
  return parsed.data.sitematrix;
}
