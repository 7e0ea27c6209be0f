import type { PageContext } from './page-context.js';

export function HomePage({ ctx, stats, categories }: {
  ctx: PageContext; stats: { people: number; languages: number; wikis: number; skills: number };
  categories: { slug: string; label: string }[];
}) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-home-title')}</h1>
      <p class="muted">{t('sangam-home-lead')}</p>
      <form class="card row" method="get" action="/people" role="search">
        <label for="home-q" class="visually-hidden">{t('sangam-directory-search-label')}</label>
        <input id="home-q" name="q" type="search" />
        <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-home-search')}</button>
      </form>
      <p>{t('sangam-home-stats', stats.people, stats.languages, stats.wikis, stats.skills)}</p>
      <div class="grid">
        <section class="card">
          <h2>{t('sangam-home-learn-title')}</h2>
          <p>{t('sangam-home-learn-text')}</p>
          <a href="/people?kind=share">{t('sangam-home-learn-link')}</a>
        </section>
        <section class="card">
          <h2>{t('sangam-home-share-title')}</h2>
          <p>{t('sangam-home-share-text')}</p>
          <a href={ctx.viewer ? '/me/skills' : '/signin?return=%2Fme%2Fskills'}>{t('sangam-home-share-link')}</a>
        </section>
        <section class="card">
          <h2>{t('sangam-home-skills-title')}</h2>
          <ul>{categories.map((c) => <li><a href={`/skills/${c.slug}`}>{c.label}</a></li>)}</ul>
        </section>
      </div>
    </>
  );
}

export function AboutPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-about-title')}</h1>
      <p>{t('sangam-about-what')}</p>
      <p>{t('sangam-about-privacy')}</p>
      <p>{t('sangam-about-licence')}</p>
    </>
  );
}
