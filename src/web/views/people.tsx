import type { Skill } from '../../domain/skills/types.js';
import type { FieldErrors } from '../../errors.js';
import type { DirectoryEntryView, ProfileView, SkillChip } from '../presenters/people.js';
import { CATEGORY_KEYS, REGION_KEYS } from '../presenters/names.js';
import { FieldError, invalid } from './components.js';
import { cachedOptions } from './option-cache.js';
import type { PageContext } from './page-context.js';

export function Chips({ chips, ctx }: { chips: SkillChip[]; ctx: PageContext }) {
  return (
    <ul class="chips">
      {chips.map((s) => (
        <li><a class={`chip chip--${s.kind}`} href={`/skills/${s.slug}`}>{ctx.t('sangam-skill-with-level', s.label, s.level)}</a></li>
      ))}
    </ul>
  );
}

/** Skills as options, narrower ones indented under broader ones, categories as groups. */
export function SkillOptions({ skills, selected, ctx, byId = false }: {
  skills: Skill[]; selected: string; ctx: PageContext; byId?: boolean;
}) {
  return cachedOptions(skills, `${ctx.lang}:${byId}`, selected, () => <SkillOptionList skills={skills} ctx={ctx} byId={byId} />);
}

/** The required "Skill" select of a form, with its error. */
export function SkillField({ ctx, skills, value, errors }: { ctx: PageContext; skills: Skill[]; value: string; errors?: FieldErrors }) {
  return (
    <div class="field">
      <label for="skill">{ctx.t('sangam-field-skill')}</label>
      <select id="skill" name="skill" required {...invalid(errors, 'skill')}>
        <option value="">{ctx.t('sangam-choose')}</option>
        <SkillOptions skills={skills} selected={value} ctx={ctx} />
      </select>
      <FieldError ctx={ctx} errors={errors} name="skill" />
    </div>
  );
}

function SkillOptionList({ skills, ctx, byId }: { skills: Skill[]; ctx: PageContext; byId: boolean }) {
  const roots = skills.filter((s) => s.depth === 0);
  return (
    <>
      {roots.map((root) => {
        const start = skills.indexOf(root);
        const end = skills.findIndex((s, i) => i > start && s.depth === 0);
        const members = skills.slice(start + 1, end === -1 ? undefined : end);
        return (
          <optgroup label={ctx.t(CATEGORY_KEYS[root.category])}>
            {members.map((s) => (
              <option value={byId ? String(s.id) : s.slug}>{'\u2003'.repeat(s.depth - 1)}{s.label}</option>
            ))}
          </optgroup>
        );
      })}
    </>
  );
}

export interface DirectoryFormValues { q: string; skill: string; kind: string; lang: string; region: string; overlap: string }

export function DirectoryPage({ ctx, values, skills, languages, entries, total, totalIsCapped, page, pageCount, hasNext, canFilterOverlap, pageLink }: {
  ctx: PageContext; values: DirectoryFormValues; skills: Skill[]; languages: { code: string; name: string }[];
  entries: DirectoryEntryView[]; total: number; totalIsCapped: boolean; page: number; pageCount: number | null; hasNext: boolean;
  canFilterOverlap: boolean;
  pageLink: (page: number) => string;
}) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-directory-title')}</h1>
      <p class="muted">{t('sangam-directory-intro')}</p>
      <form class="card filters" method="get" action="/people" role="search">
        <div class="field">
          <label for="q">{t('sangam-directory-search-label')}</label>
          <input id="q" name="q" type="search" value={values.q} />
        </div>
        <div class="field">
          <label for="skill">{t('sangam-directory-skill-label')}</label>
          <select id="skill" name="skill">
            <option value="">{t('sangam-directory-any-skill')}</option>
            <SkillOptions skills={skills} selected={values.skill} ctx={ctx} />
          </select>
        </div>
        <div class="field">
          <label for="kind">{t('sangam-directory-kind-label')}</label>
          <select id="kind" name="kind">
            <option value="any" selected={values.kind === 'any'}>{t('sangam-directory-kind-any')}</option>
            <option value="share" selected={values.kind === 'share'}>{t('sangam-directory-kind-share')}</option>
            <option value="learn" selected={values.kind === 'learn'}>{t('sangam-directory-kind-learn')}</option>
          </select>
        </div>
        <div class="field">
          <label for="lang">{t('sangam-directory-language-label')}</label>
          <select id="lang" name="lang">
            <option value="">{t('sangam-directory-any-language')}</option>
            {cachedOptions(languages, '', values.lang, () => languages.map((l) => <option value={l.code} lang={l.code}>{l.name}</option>))}
          </select>
        </div>
        <div class="field">
          <label for="region">{t('sangam-directory-region-label')}</label>
          <select id="region" name="region">
            <option value="">{t('sangam-directory-any-region')}</option>
            {Object.entries(REGION_KEYS).map(([code, key]) => <option value={code} selected={code === values.region}>{t(key)}</option>)}
          </select>
        </div>
        {canFilterOverlap && (
          <div class="field">
            <label><input type="checkbox" name="overlap" value="1" checked={values.overlap === '1'} /> {t('sangam-directory-overlap-label')}</label>
          </div>
        )}
        <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-directory-submit')}</button>
      </form>
      <p role="status">{totalIsCapped ? t('sangam-directory-count-more', total) : t('sangam-directory-count', total)}</p>
      <ul class="people">
        {entries.map((e) => (
          <li>
            <h2><a href={e.href}>{e.displayName}</a>{e.displayName !== e.username && <span class="muted small"> · {e.username}</span>}</h2>
            {e.helpsViewer > 0 && <p class="badge">{t('sangam-directory-can-help-you', e.helpsViewer)}</p>}
            <p class="small muted">
              {[e.region, e.languages.join(', ')].filter(Boolean).join(' · ')}
            </p>
            {e.shares.length > 0 && <div class="row small"><span>{t('sangam-directory-shares')}</span><Chips chips={e.shares} ctx={ctx} /></div>}
            {e.learns.length > 0 && <div class="row small"><span>{t('sangam-directory-learns')}</span><Chips chips={e.learns} ctx={ctx} /></div>}
          </li>
        ))}
      </ul>
      {entries.length === 0 && <p class="cdx-message">{t('sangam-directory-empty')}</p>}
      {(page > 1 || hasNext) && (
        <nav class="pager" aria-label={t('sangam-pager-label')}>
          {page > 1 && <a href={pageLink(page - 1)} rel="prev">{t('sangam-pager-previous')}</a>}
          <span>{pageCount === null ? t('sangam-pager-page', page) : t('sangam-pager-position', page, pageCount)}</span>
          {hasNext && <a href={pageLink(page + 1)} rel="next">{t('sangam-pager-next')}</a>}
        </nav>
      )}
    </>
  );
}

const DAYS: Parameters<PageContext['t']>[0][] = [
  'sangam-day-mon', 'sangam-day-tue', 'sangam-day-wed', 'sangam-day-thu', 'sangam-day-fri', 'sangam-day-sat', 'sangam-day-sun',
];
export { DAYS };

/** Local hours grouped per day as "18:00–22:00" ranges. */
function availabilityRanges(localHours: number[]): { day: number; ranges: string[] }[] {
  const days: { day: number; ranges: string[] }[] = [];
  const pad = (h: number) => `${String(h).padStart(2, '0')}:00`;
  for (let day = 0; day < 7; day++) {
    const hours = localHours.filter((h) => Math.floor(h / 24) === day).map((h) => h % 24);
    const ranges: string[] = [];
    for (let i = 0; i < hours.length; i++) {
      let j = i;
      while (j + 1 < hours.length && hours[j + 1] === hours[j] + 1) j++;
      ranges.push(`${pad(hours[i])}–${pad(hours[j] + 1)}`);
      i = j;
    }
    if (ranges.length) days.push({ day, ranges });
  }
  return days;
}

export function ProfilePage({ ctx, profile }: { ctx: PageContext; profile: ProfileView }) {
  const { t } = ctx;
  return (
    <>
      <h1>{profile.displayName}</h1>
      <p class="muted">{t('sangam-profile-username', profile.username)} · {t('sangam-profile-member-since', profile.memberSince)}</p>
      {profile.isSelf && <p><a class="cdx-button" href="/me">{t('sangam-profile-edit-link')}</a></p>}
      <div class="grid">
        <section class="card">
          <h2>{t('sangam-section-skills')}</h2>
          {profile.skills ? (
            <>
              <h3>{t('sangam-kind-share')}</h3>
              {profile.skills.share.length ? <Chips chips={profile.skills.share} ctx={ctx} /> : <p class="muted">{t('sangam-none-yet')}</p>}
              <h3>{t('sangam-kind-learn')}</h3>
              {profile.skills.learn.length ? <Chips chips={profile.skills.learn} ctx={ctx} /> : <p class="muted">{t('sangam-none-yet')}</p>}
              {profile.skills.known.length > 0 && <><h3>{t('sangam-kind-known')}</h3><Chips chips={profile.skills.known} ctx={ctx} /></>}
              {profile.skills.offers.length > 0 && (
                <>
                  <h3>{t('sangam-offers-title')}</h3>
                  <ul>
                    {profile.skills.offers.map((o) => (
                      <li>
                        <strong>{t(o.kind === 'guidance' ? 'sangam-offer-kind-guidance' : 'sangam-offer-kind-service')}</strong>
                        {o.skill && <> ({o.skill})</>}: {o.description}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          ) : <p class="muted">{t('sangam-section-hidden')}</p>}
        </section>
        <section class="card">
          <h2>{t('sangam-section-about')}</h2>
          {profile.about ? (
            <>
              {profile.about.bio ? <p dir="auto">{profile.about.bio}</p> : <p class="muted">{t('sangam-none-yet')}</p>}
              {profile.about.wikis.length > 0 && (
                <>
                  <h3>{t('sangam-profile-home-wikis')}</h3>
                  <ul>{profile.about.wikis.map((w) => <li><a href={w.url}><bdi dir="ltr">{w.name}</bdi></a></li>)}</ul>
                </>
              )}
              {profile.about.affiliations.length > 0 && (
                <>
                  <h3>{t('sangam-profile-affiliations')}</h3>
                  <ul>{profile.about.affiliations.map((a) => <li dir="auto">{a}</li>)}</ul>
                </>
              )}
            </>
          ) : <p class="muted">{t('sangam-section-hidden')}</p>}
        </section>
        <section class="card">
          <h2>{t('sangam-section-languages')}</h2>
          {profile.languages ? (
            profile.languages.length ? (
              <ul>{profile.languages.map((l) => <li><span lang={l.code}>{l.name}</span> · {l.level}</li>)}</ul>
            ) : <p class="muted">{t('sangam-none-yet')}</p>
          ) : <p class="muted">{t('sangam-section-hidden')}</p>}
        </section>
        <section class="card">
          <h2>{t('sangam-section-location')}</h2>
          {profile.location ? (
            <dl class="facts">
              <dt>{t('sangam-profile-country')}</dt><dd>{profile.location.country ?? t('sangam-not-given')}</dd>
              <dt>{t('sangam-profile-region')}</dt><dd>{profile.location.region ?? t('sangam-not-given')}</dd>
              <dt>{t('sangam-profile-timezone')}</dt><dd>{profile.location.timeZone ?? t('sangam-not-given')}</dd>
            </dl>
          ) : <p class="muted">{t('sangam-section-hidden')}</p>}
          <h3>{t('sangam-section-availability')}</h3>
          {profile.availability ? (
            <>
              <p>{t('sangam-profile-hours-per-week', profile.availability.hours)}</p>
              {profile.availability.overlapWithViewer !== null && <p class="badge">{t('sangam-profile-overlap', profile.availability.overlapWithViewer)}</p>}
              <ul class="small">
                {availabilityRanges(profile.availability.localHours).map((d) => <li>{t(DAYS[d.day])}: <bdi dir="ltr">{d.ranges.join(', ')}</bdi></li>)}
              </ul>
              <p class="hint">{t('sangam-profile-times-local')}</p>
            </>
          ) : <p class="muted">{t('sangam-section-hidden-or-empty')}</p>}
        </section>
        <section class="card">
          <h2>{t('sangam-section-contact')}</h2>
          {profile.contact ? (
            profile.contact.length ? (
              <ul>
                {profile.contact.map((c) => (
                  <li>{t(CONTACT_KEYS[c.kind])}: {c.href ? <a href={c.href}><bdi>{c.value}</bdi></a> : <bdi>{c.value}</bdi>}</li>
                ))}
              </ul>
            ) : <p class="muted">{t('sangam-none-yet')}</p>
          ) : <p class="muted">{ctx.viewer ? t('sangam-section-hidden') : t('sangam-section-signin-to-see')}</p>}
        </section>
      </div>
    </>
  );
}

export const CONTACT_KEYS = {
  talk: 'sangam-contact-talk', email: 'sangam-contact-email', telegram: 'sangam-contact-telegram',
  matrix: 'sangam-contact-matrix', irc: 'sangam-contact-irc', other: 'sangam-contact-other',
} as const;
