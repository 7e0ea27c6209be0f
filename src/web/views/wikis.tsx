import type { WikiRowView } from '../presenters/wikis.js';
import type { PageContext } from './page-context.js';

export interface WikiFilterValues { region: string; lang: string; size: string }
type Option = { code: string; name: string };

export function WikisPage({ ctx, values, regions, languages, sizes, rows, total, page, pageCount, pageLink, asOf }: {
  ctx: PageContext; values: WikiFilterValues; regions: Option[]; languages: (Option & { lang: string | undefined })[]; sizes: Option[]; rows: WikiRowView[];
  total: number; page: number; pageCount: number; pageLink: (page: number) => string; asOf: string | null;
}) {
  const { t } = ctx;
  const filtered = Boolean(values.region || values.lang || values.size);
  return (
    <>
      <h1>{t('sangam-wikis-title')}</h1>
      <p>{t('sangam-wikis-intro')}</p>
      <details class="small">
        <summary>{t('sangam-wikis-index-summary')}</summary>
        <p>{t('sangam-wikis-index-explained')}</p>
        <p>{t('sangam-wikis-regions-explained')}</p>
      </details>
      <form class="card filters" method="get" action="/wikis" role="search" aria-label={t('sangam-wikis-filter-label')}>
        <div class="field">
          <label for="filter-region">{t('sangam-directory-region-label')}</label>
          <select id="filter-region" name="region">
            <option value="">{t('sangam-directory-any-region')}</option>
            {regions.map((r) => <option value={r.code} selected={r.code === values.region}>{r.name}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="filter-lang">{t('sangam-directory-language-label')}</label>
          <select id="filter-lang" name="lang">
            <option value="">{t('sangam-directory-any-language')}</option>
            {languages.map((l) => <option value={l.code} lang={l.lang} selected={l.code === values.lang}>{l.name}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="filter-size">{t('sangam-wikis-size-label')}</label>
          <select id="filter-size" name="size">
            <option value="">{t('sangam-wikis-any-size')}</option>
            {sizes.map((s) => <option value={s.code} selected={s.code === values.size}>{s.name}</option>)}
          </select>
        </div>
        <button class="cdx-button" type="submit">{t('sangam-wikis-filter-submit')}</button>
      </form>
      <p class="small muted">{t('sangam-wikis-count', total)}{asOf && <> · {asOf}</>}</p>
      {rows.length > 0 ? (
        <div class="scroll" tabindex={0} role="region" aria-label={t('sangam-wikis-table-label')}>
          <table>
            <thead>
              <tr>
                <th scope="col" class="num">{t('sangam-wikis-col-rank')}</th>
                <th scope="col">{t('sangam-wikis-col-wiki')}</th>
                <th scope="col">{t('sangam-directory-language-label')}</th>
                <th scope="col">{t('sangam-wikis-col-regions')}</th>
                <th scope="col" class="num">{t('sangam-wikis-col-articles')}</th>
                <th scope="col" class="num">{t('sangam-wikis-col-active')}</th>
                <th scope="col" class="num">{t('sangam-wikis-col-admins')}</th>
                <th scope="col" class="num">{t('sangam-wikis-col-sharers')}</th>
                <th scope="col" class="num">{t('sangam-wikis-col-index')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((w) => (
                <tr>
                  <td class="num">{w.rank}</td>
                  <th scope="row"><a href={w.href} dir="ltr">{w.host}</a></th>
                  <td><span lang={w.lang} dir="auto">{w.language}</span></td>
                  <td class="small">{w.regions || '–'}</td>
                  <td class="num">{w.articles}</td>
                  <td class="num">{w.activeUsers}</td>
                  <td class="num">{w.admins}</td>
                  <td class="num">{w.sharers}</td>
                  <td class="num"><strong>{w.index}</strong></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="cdx-message">{filtered ? t('sangam-wikis-empty-filtered') : t('sangam-wikis-empty')}</p>
      )}
      {pageCount > 1 && (
        <nav class="pager" aria-label={t('sangam-pager-label')}>
          {page > 1 && <a href={pageLink(page - 1)} rel="prev">{t('sangam-pager-previous')}</a>}
          <span>{t('sangam-pager-position', page, pageCount)}</span>
          {page < pageCount && <a href={pageLink(page + 1)} rel="next">{t('sangam-pager-next')}</a>}
        </nav>
      )}
      <p class="small muted">{t('sangam-wikis-source')}</p>
    </>
  );
}
