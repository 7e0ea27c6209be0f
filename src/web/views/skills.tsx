import type { FieldErrors } from '../../errors.js';
import type { Skill } from '../../domain/skills/types.js';
import { ErrorSummary, FieldError } from './components.js';
import { CsrfField } from './layout.js';
import type { PageContext } from './page-context.js';
import { SkillOptions } from './people.js';

export interface SkillTreeNode { slug: string; label: string; share: number; learn: number; children: SkillTreeNode[] }

function TreeList({ ctx, nodes }: { ctx: PageContext; nodes: SkillTreeNode[] }) {
  return (
    <ul>
      {nodes.map((n) => (
        <li>
          <a href={`/skills/${n.slug}`}>{n.label}</a>{' '}
          <span class="small muted">{ctx.t('sangam-skills-counts', n.share, n.learn)}</span>
          {n.children.length > 0 && <TreeList ctx={ctx} nodes={n.children} />}
        </li>
      ))}
    </ul>
  );
}

export function SkillsIndexPage({ ctx, categories }: { ctx: PageContext; categories: SkillTreeNode[] }) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-skills-title')}</h1>
      <p class="muted">{t('sangam-skills-intro')}</p>
      <div class="grid">
        {categories.map((c) => (
          <section class="card tree">
            <h2><a href={`/skills/${c.slug}`}>{c.label}</a></h2>
            <TreeList ctx={ctx} nodes={c.children} />
          </section>
        ))}
      </div>
    </>
  );
}

export interface SkillPageView {
  slug: string;
  label: string;
  path: { slug: string; label: string }[];
  narrower: { slug: string; label: string }[];
  wikidataQid: string | null;
  sharers: number;
  learners: number;
  byRegion: { name: string; sharers: number; learners: number }[];
  byLanguage: { code: string; name: string; sharers: number; learners: number }[];
}

export function SkillPage({ ctx, skill }: { ctx: PageContext; skill: SkillPageView }) {
  const { t } = ctx;
  return (
    <>
      <nav aria-label={t('sangam-skill-breadcrumbs')} class="small">
        <a href="/skills">{t('sangam-nav-skills')}</a>
        {skill.path.map((p) => <> › <a href={`/skills/${p.slug}`}>{p.label}</a></>)}
      </nav>
      <h1>{skill.label}</h1>
      {skill.wikidataQid && <p class="small"><a href={`https://www.wikidata.org/wiki/${skill.wikidataQid}`}>{t('sangam-skill-wikidata', skill.wikidataQid)}</a></p>}
      <div class="grid">
        <section class="card">
          <h2>{t('sangam-skill-sharers', skill.sharers)}</h2>
          <a class="cdx-button cdx-button--primary" href={`/people?skill=${skill.slug}&kind=share`}>{t('sangam-skill-find-sharers')}</a>
        </section>
        <section class="card">
          <h2>{t('sangam-skill-learners', skill.learners)}</h2>
          <a class="cdx-button" href={`/people?skill=${skill.slug}&kind=learn`}>{t('sangam-skill-find-learners')}</a>
        </section>
      </div>
      {skill.narrower.length > 0 && (
        <section class="card">
          <h2>{t('sangam-skill-narrower')}</h2>
          <ul class="chips">{skill.narrower.map((n) => <li><a class="chip" href={`/skills/${n.slug}`}>{n.label}</a></li>)}</ul>
        </section>
      )}
      <div class="grid">
        <section class="card scroll">
          <h2>{t('sangam-skill-by-region')}</h2>
          <table>
            <thead><tr><th scope="col">{t('sangam-profile-region')}</th><th scope="col" class="num">{t('sangam-kind-share')}</th><th scope="col" class="num">{t('sangam-kind-learn')}</th></tr></thead>
            <tbody>{skill.byRegion.map((r) => <tr><th scope="row">{r.name}</th><td class="num">{ctx.formatNumber(r.sharers)}</td><td class="num">{ctx.formatNumber(r.learners)}</td></tr>)}</tbody>
          </table>
        </section>
        <section class="card scroll">
          <h2>{t('sangam-skill-by-language')}</h2>
          <table>
            <thead><tr><th scope="col">{t('sangam-directory-language-label')}</th><th scope="col" class="num">{t('sangam-kind-share')}</th><th scope="col" class="num">{t('sangam-kind-learn')}</th></tr></thead>
            <tbody>{skill.byLanguage.map((l) => <tr><th scope="row"><a lang={l.code} href={`/people?skill=${skill.slug}&lang=${l.code}`}>{l.name}</a></th><td class="num">{ctx.formatNumber(l.sharers)}</td><td class="num">{ctx.formatNumber(l.learners)}</td></tr>)}</tbody>
          </table>
        </section>
      </div>
    </>
  );
}

export function AdminSkillsPage({ ctx, skills, values, errors }: {
  ctx: PageContext; skills: Skill[]; values: Record<string, string>; errors?: FieldErrors;
}) {
  const { t } = ctx;
  const select = (name: string, id: string, withRoots: boolean) => (
    <select id={id} name={name} required aria-invalid={errors?.[name] ? 'true' : undefined}>
      <option value="">{t('sangam-choose')}</option>
      {withRoots
        ? skills.map((s) => <option value={s.id} selected={values[id] === String(s.id)}>{'\u2003'.repeat(s.depth)}{s.label}</option>)
        : <SkillOptionsById skills={skills} selected={values[id] ?? ''} ctx={ctx} />}
    </select>
  );
  return (
    <>
      <h1>{t('sangam-admin-skills-title')}</h1>
      <p class="muted">{t('sangam-admin-skills-intro')}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <div class="grid">
        <form class="card" method="post" action="/admin/skills/add">
          <h2>{t('sangam-admin-add')}</h2>
          <CsrfField ctx={ctx} />
          <div class="field"><label for="add-label">{t('sangam-admin-label-en')}</label><input id="add-label" name="label" type="text" required value={values['add-label'] ?? ''} /><FieldError ctx={ctx} errors={errors} name="label" /></div>
          <div class="field"><label for="add-parent">{t('sangam-admin-parent')}</label>{select('parent', 'add-parent', true)}</div>
          <div class="field"><label for="add-wikidata">{t('sangam-admin-wikidata')}</label><input id="add-wikidata" name="wikidata" type="text" value={values['add-wikidata'] ?? ''} /><FieldError ctx={ctx} errors={errors} name="wikidata" /></div>
          <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-add')}</button>
        </form>
        <form class="card" method="post" action="/admin/skills/rename">
          <h2>{t('sangam-admin-rename')}</h2>
          <CsrfField ctx={ctx} />
          <div class="field"><label for="rename-skill">{t('sangam-field-skill')}</label>{select('skill', 'rename-skill', true)}</div>
          <div class="field"><label for="rename-lang">{t('sangam-admin-label-language')}</label><input id="rename-lang" name="lang" type="text" required value={values['rename-lang'] ?? ctx.lang} /></div>
          <div class="field"><label for="rename-label">{t('sangam-admin-new-label')}</label><input id="rename-label" name="label" type="text" required dir="auto" value={values['rename-label'] ?? ''} /></div>
          <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-save')}</button>
        </form>
        <form class="card" method="post" action="/admin/skills/move">
          <h2>{t('sangam-admin-move')}</h2>
          <CsrfField ctx={ctx} />
          <div class="field"><label for="move-skill">{t('sangam-field-skill')}</label>{select('skill', 'move-skill', false)}</div>
          <div class="field"><label for="move-parent">{t('sangam-admin-new-parent')}</label>{select('parent', 'move-parent', true)}</div>
          <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-admin-move-button')}</button>
        </form>
        <form class="card" method="post" action="/admin/skills/merge">
          <h2>{t('sangam-admin-merge')}</h2>
          <p class="hint">{t('sangam-admin-merge-hint')}</p>
          <CsrfField ctx={ctx} />
          <div class="field"><label for="merge-skill">{t('sangam-admin-merge-from')}</label>{select('skill', 'merge-skill', false)}</div>
          <div class="field"><label for="merge-into">{t('sangam-admin-merge-into')}</label>{select('into', 'merge-into', false)}</div>
          <button class="cdx-button cdx-button--primary cdx-button--destructive" type="submit">{t('sangam-admin-merge-button')}</button>
        </form>
      </div>
    </>
  );
}

function SkillOptionsById({ skills, selected, ctx }: { skills: Skill[]; selected: string; ctx: PageContext }) {
  return <SkillOptions skills={skills} selected={selected} ctx={ctx} byId />;
}
