import type { Skill } from '../../domain/skills/types.js';
import { LEVELS } from '../../domain/capacity/gaps.js';
import type { CapacityView } from '../presenters/capacity.js';
import { LEVEL_KEYS } from '../presenters/capacity.js';
import { CATEGORY_KEYS } from '../presenters/names.js';
import type { PageContext } from './page-context.js';
import { SkillOptions } from './people.js';

const broad = new WeakMap<Skill[], Skill[]>();
/** Categories and broad skills only, to keep the page within its budget (a narrower skill from a link gets the full list). */
function broadSkills(skills: Skill[]): Skill[] {
  let list = broad.get(skills);
  if (!list) broad.set(skills, (list = skills.filter((s) => s.depth <= 1)));
  return list;
}

function Swatch({ fill }: { fill: string }) {
  return <svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" fill={fill} stroke="#72777d" stroke-width="1" /></svg>;
}

/** The map: one group per colour (or per region), every shape with its tooltip; the table beside it carries the same figures. */
function WorldMapSvg({ ctx, view }: { ctx: PageContext; view: CapacityView }) {
  return (
    <svg viewBox={`0 0 ${view.width} ${view.height}`} role="img" aria-label={ctx.t('sangam-capacity-map-label', view.subject)}
      stroke="#fff" stroke-width=".4" stroke-linejoin="round">
      {view.groups.map((g) => (
        <g fill={g.fill}>
          {g.title && <title>{g.title}</title>}
          {g.paths.map((p) => (p.title ? <path d={p.d}><title>{p.title}</title></path> : <path d={p.d} />))}
        </g>
      ))}
    </svg>
  );
}

export function CapacityPage({ ctx, view, skills }: { ctx: PageContext; view: CapacityView; skills: Skill[] }) {
  const { t } = ctx;
  const roots = skills.filter((s) => s.depth === 0);
  const choices = skills.some((s) => s.slug === view.skill && s.depth > 1) ? skills : broadSkills(skills);
  const area = t(view.by === 'country' ? 'sangam-capacity-col-country' : 'sangam-capacity-col-region');
  return (
    <>
      <h1>{t('sangam-capacity-title')}</h1>
      <p class="muted">{t('sangam-capacity-intro')}</p>
      <form method="get" action="/capacity" class="card">
        <div class="field">
          <label for="skill">{t('sangam-capacity-skill-label')}</label>
          <select id="skill" name="skill">
            <option value="">{t('sangam-capacity-all-skills')}</option>
            <optgroup label={t('sangam-capacity-categories')}>
              {roots.map((r) => <option value={r.slug} selected={view.skill === r.slug}>{t(CATEGORY_KEYS[r.category])}</option>)}
            </optgroup>
            <SkillOptions skills={choices} selected={roots.some((r) => r.slug === view.skill) ? '' : view.skill} ctx={ctx} />
          </select>
        </div>
        <div class="field">
          <label for="by">{t('sangam-capacity-by-label')}</label>
          <select id="by" name="by">
            {LEVELS.map((l) => <option value={l} selected={view.by === l}>{t(LEVEL_KEYS[l])}</option>)}
          </select>
        </div>
        <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-capacity-show')}</button>
      </form>
      <section class="card">
        <h2>{view.subject}</h2>
        <WorldMapSvg ctx={ctx} view={view} />
        <ul class="chips small" aria-label={t('sangam-capacity-legend')}>
          {view.legend.map((l) => <li><Swatch fill={l.fill} /> {l.label}</li>)}
        </ul>
        {view.unplaced && <p class="hint">{view.unplaced}</p>}
      </section>
      <div class="grid">
        <section class="card scroll">
          <h2>{t('sangam-capacity-table-title')}</h2>
          {view.rows.length === 0 ? <p>{t('sangam-capacity-empty')}</p> : (
            <table>
              <thead><tr><th scope="col">{area}</th><th scope="col" class="num">{t('sangam-capacity-col-needs')}</th><th scope="col" class="num">{t('sangam-capacity-col-offers')}</th><th scope="col" class="num">{t('sangam-capacity-col-gap')}</th></tr></thead>
              <tbody>{view.rows.map((r) => <tr><th scope="row">{r.name}</th><td class="num">{r.needs}</td><td class="num">{r.offers}</td><td class="num">{r.gap}</td></tr>)}</tbody>
            </table>
          )}
        </section>
        <section class="card scroll">
          <h2>{t('sangam-capacity-gaps-title')}</h2>
          <p class="hint">{t('sangam-capacity-gaps-intro')}</p>
          {view.gaps.length === 0 ? <p>{t('sangam-capacity-gaps-none')}</p> : (
            <table>
              <thead><tr><th scope="col">{t('sangam-capacity-col-region')}</th><th scope="col">{t('sangam-field-skill')}</th><th scope="col" class="num">{t('sangam-capacity-col-gap')}</th><th scope="col">{t('sangam-capacity-col-support')}</th></tr></thead>
              <tbody>
                {view.gaps.map((g) => (
                  <tr>
                    <th scope="row">{g.region}</th>
                    <td><a href={`/skills/${g.skillSlug}`}>{g.skill}</a></td>
                    <td class="num">{t('sangam-capacity-gap-cell', g.gap, g.needs, g.offers)}</td>
                    <td>
                      <ul class="small">
                        {g.people.map((p) => <li><a href={p.href}>{p.name}</a> ({p.regional ? t('sangam-capacity-regional') : t('sangam-capacity-global')}; {p.languages})</li>)}
                        {g.communities.map((c) => <li><a href={c.href}>{c.name}</a> ({c.regional ? t('sangam-capacity-regional') : t('sangam-capacity-global')}; {t('sangam-capacity-community-sharers', c.sharers)})</li>)}
                        <li><a href={`/mentorship/ask?skill=${g.skillSlug}`}>{t('sangam-capacity-ask')}</a></li>
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </>
  );
}
