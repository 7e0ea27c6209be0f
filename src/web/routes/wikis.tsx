import { Hono } from 'hono';
import type { Db } from '../../db/connection.js';
import { REGION_CODES } from '../../domain/places/regions.js';
import { validate } from '../../domain/validation.js';
import { listWikiStatistics, rankWikis, technicalSharersByWiki } from '../../domain/wikis/data.js';
import { WikiFinderQuerySchema } from '../../domain/wikis/schema.js';
import { SIZE_CLASSES } from '../../domain/wikis/types.js';
import { ValidationError } from '../../errors.js';
import type { AppEnv } from '../env.js';
import { languageName, regionName } from '../presenters/names.js';
import { langAttribute, presentAsOf, presentWikiRow, sizeLabel } from '../presenters/wikis.js';
import { pageContext, render } from '../render.js';
import { ttlCache } from '../ttl-cache.js';
import { WikisPage } from '../views/wikis.js';

export const WIKIS_PAGE_SIZE = 50;

// Counting sharers joins every home wiki of every technical sharer: an aggregate of public data, read
// once per process every five minutes. The statistics themselves (a few hundred rows) are read each time.
const cachedSharers = ttlCache(5 * 60_000, (db: Db) => technicalSharersByWiki(db));

// Sorting some 300 language names by the interface language's collation is the costly part of the page;
// the list is the same for every request until the set of wikis changes.
const languageChoices = new Map<string, { code: string; name: string; lang: string | undefined }[]>();
function languagesOf(codes: string[], uiLang: string) {
  const key = `${uiLang}:${codes.join(',')}`;
  let choices = languageChoices.get(key);
  if (!choices) {
    const collator = new Intl.Collator(uiLang);
    choices = codes.map((code) => ({ code, name: languageName(code), lang: langAttribute(code) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    languageChoices.set(key, choices);
  }
  return choices;
}

export const wikiRoutes = new Hono<AppEnv>()
  .get('/wikis', async (c) => {
    const { db, now } = c.get('deps');
    const tr = c.get('tr');
    const query = validate(WikiFinderQuerySchema, c.req.query());
    const [wikis, sharers] = await Promise.all([listWikiStatistics(db), cachedSharers(now().getTime(), db)]);
    const ranked = rankWikis(wikis, sharers);
    const languages = languagesOf([...new Set(ranked.map((w) => w.lang))].sort(), tr.lang);
    if (query.lang && !languages.some((l) => l.code === query.lang)) throw new ValidationError({ lang: { key: 'sangam-error-invalid-choice' } });
    const matching = ranked.filter((w) =>
      (!query.region || w.regions.includes(query.region)) && (!query.lang || w.lang === query.lang) && (!query.size || w.sizeClass === query.size));
    const pageCount = Math.max(1, Math.ceil(matching.length / WIKIS_PAGE_SIZE));
    const page = Math.min(query.page, pageCount);
    const shown = matching.slice((page - 1) * WIKIS_PAGE_SIZE, page * WIKIS_PAGE_SIZE);
    const values = { region: query.region, lang: query.lang, size: query.size };
    const pageLink = (n: number) => {
      const params = new URLSearchParams(Object.entries(values).filter(([, v]) => v));
      params.set('page', String(n));
      return `/wikis?${params}`;
    };
    const ctx = await pageContext(c);
    const view = (
      <WikisPage ctx={ctx} values={values} total={matching.length} page={page} pageCount={pageCount} pageLink={pageLink}
        asOf={presentAsOf(tr, ranked)}
        regions={REGION_CODES.map((code) => ({ code, name: regionName(tr, code)! }))}
        languages={languages}
        sizes={SIZE_CLASSES.map((code) => ({ code, name: sizeLabel(tr, code) }))}
        rows={shown.map((w) => presentWikiRow(w, tr))} />
    );
    return render(c, ctx, tr.t('sangam-wikis-title'), view);
  });
