import type { Skill } from '../../domain/skills/types.js';
import { CADENCE_WEEKS, RECURRING_CHOICES, SERIES_CADENCES, SERIES_SCOPES } from '../../domain/workshops/types.js';
import type { FieldErrors } from '../../errors.js';
import { CATEGORY_KEYS } from '../presenters/names.js';
import {
  CADENCE_KEYS, SCOPE_KEYS, WEEK_KEYS, weekdayName, type SeriesSummaryView, type SessionListView, type SessionView,
} from '../presenters/workshops.js';
import { ActionButton, described, Description, ErrorSummary, FieldError, invalid, RegionFilter, TextArea, TextField } from './components.js';
import { CsrfField } from './layout.js';
import type { PageContext } from './page-context.js';
import { SkillOptions } from './people.js';

type Lang = { code: string; name: string };
type Link = { href: string; name: string };

function Languages({ languages }: { languages: Lang[] }) {
  return <>{languages.map((l, i) => <>{i > 0 && ', '}<span lang={l.code} dir="auto">{l.name}</span></>)}</>;
}

function People({ people }: { people: Link[] }) {
  return <>{people.map((p, i) => <>{i > 0 && ', '}<a href={p.href} dir="auto">{p.name}</a></>)}</>;
}

/** A multiple choice of skills by id, grouped by category; few enough to send whole. */
function SkillsSelect({ ctx, skills, selected, errors }: { ctx: PageContext; skills: Skill[]; selected: number[]; errors?: FieldErrors }) {
  const roots = skills.filter((s) => s.depth === 0);
  return (
    <div class="field">
      <label for="skillIds">{ctx.t('sangam-workshops-field-skills')}</label>
      <select id="skillIds" name="skillIds" multiple size={8} {...described(errors, 'skillIds')}>
        {roots.map((root) => (
          <optgroup label={ctx.t(CATEGORY_KEYS[root.category])}>
            {skills.filter((s) => s.category === root.category && s.depth > 0).map((s) => (
              <option value={String(s.id)} selected={selected.includes(s.id)}>{'\u00a0'.repeat((s.depth - 1) * 2)}{s.label}</option>
            ))}
          </optgroup>
        ))}
      </select>
      <p class="hint" id="skillIds-hint">{ctx.t('sangam-workshops-field-skills-hint')}</p>
      <FieldError ctx={ctx} errors={errors} name="skillIds" />
    </div>
  );
}

function ZoneField({ ctx, zones, value, errors, name = 'homeZone', label }: { ctx: PageContext; zones: string[]; value: string; errors?: FieldErrors; name?: string; label: string }) {
  return (
    <div class="field">
      <label for={name}>{label}</label>
      <select id={name} name={name} required {...invalid(errors, name)}>
        {zones.map((z) => <option value={z} selected={z === value}>{z}</option>)}
      </select>
      <FieldError ctx={ctx} errors={errors} name={name} />
    </div>
  );
}

export function SeriesListPage({ ctx, series, canStart }: { ctx: PageContext; series: SeriesSummaryView[]; canStart: boolean }) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-series-list-title')}</h1>
      <p class="muted">{t('sangam-series-list-intro')}</p>
      <ul class="chips">
        <li><a href="/sessions">{t('sangam-sessions-upcoming-link')}</a></li>
        <li><a href="/feeds/sessions.ics">{t('sangam-feeds-ics')}</a></li>
        <li><a href="/feeds/sessions.atom">{t('sangam-feeds-atom')}</a></li>
      </ul>
      {canStart && <p><a class="cdx-button cdx-button--primary" href="/series/new">{t('sangam-series-new-link')}</a></p>}
      {series.length ? (
        <ul class="people">
          {series.map((s) => (
            <li>
              <h2><a href={s.href} dir="auto">{s.title}</a></h2>
              <p class="small"><span dir="auto">{s.community}</span> · {s.scope} · {s.cadence}</p>
              <p class="small"><Languages languages={s.languages} /></p>
              <p class="small">{s.next ? t('sangam-series-next-session', s.next) : t('sangam-series-no-upcoming')}</p>
            </li>
          ))}
        </ul>
      ) : <p>{t('sangam-series-none')}</p>}
    </>
  );
}

export interface SeriesValues {
  community: string; title: string; slug: string; description: string; scope: string; cadence: string; cadenceWeek: string;
  cadenceWeekday: string; cadenceTime: string; homeZone: string; languages: string; defaultCapacity: string;
  defaultDurationMinutes: string; skillIds: number[]; organizers: string; support: string;
}

export function SeriesFormPage({ ctx, values, errors, communities, zones, skills, editing }: {
  ctx: PageContext; values: SeriesValues; errors?: FieldErrors; communities: { id: number; name: string }[] | null;
  zones: string[]; skills: Skill[]; editing: { slug: string; title: string } | null;
}) {
  const { t } = ctx;
  return (
    <>
      <h1>{editing ? t('sangam-series-edit-title', editing.title) : t('sangam-series-new-title')}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" class="card" action={editing ? `/series/${editing.slug}/edit` : '/series/new'}>
        <CsrfField ctx={ctx} />
        {communities && (
          <div class="field">
            <label for="community">{t('sangam-series-field-community')}</label>
            <select id="community" name="community" required {...invalid(errors, 'community')}>
              {communities.map((c) => <option value={String(c.id)} selected={String(c.id) === values.community}>{c.name}</option>)}
            </select>
            <FieldError ctx={ctx} errors={errors} name="community" />
          </div>
        )}
        <TextField ctx={ctx} name="title" label={t('sangam-series-field-title')} value={values.title} errors={errors} required dir="auto" />
        {editing ? <input type="hidden" name="slug" value={values.slug} /> : (
          <TextField ctx={ctx} name="slug" label={t('sangam-series-field-slug')} value={values.slug} errors={errors} hint={t('sangam-series-field-slug-hint')} required />
        )}
        <TextArea ctx={ctx} name="description" label={t('sangam-series-field-description')} value={values.description} errors={errors} maxlength={4000} />
        <div class="field">
          <label for="scope">{t('sangam-series-field-scope')}</label>
          <select id="scope" name="scope" {...invalid(errors, 'scope')}>
            {SERIES_SCOPES.map((s) => <option value={s} selected={s === values.scope}>{t(SCOPE_KEYS[s])}</option>)}
          </select>
          <FieldError ctx={ctx} errors={errors} name="scope" />
        </div>
        <fieldset>
          <legend>{t('sangam-series-field-cadence')}</legend>
          {SERIES_CADENCES.map((c) => (
            <label class="row"><input type="radio" name="cadence" value={c} checked={c === values.cadence} /> {t(CADENCE_KEYS[c])}</label>
          ))}
          <div class="row">
            <div class="field">
              <label for="cadenceWeek">{t('sangam-series-field-week')}</label>
              <select id="cadenceWeek" name="cadenceWeek" {...invalid(errors, 'cadenceWeek')}>
                {CADENCE_WEEKS.map((w) => <option value={String(w)} selected={String(w) === values.cadenceWeek}>{t(WEEK_KEYS[String(w)]!)}</option>)}
              </select>
            </div>
            <div class="field">
              <label for="cadenceWeekday">{t('sangam-series-field-weekday')}</label>
              <select id="cadenceWeekday" name="cadenceWeekday" {...invalid(errors, 'cadenceWeekday')}>
                {[0, 1, 2, 3, 4, 5, 6].map((d) => <option value={String(d)} selected={String(d) === values.cadenceWeekday}>{weekdayName(ctx.lang, d)}</option>)}
              </select>
            </div>
            <TextField ctx={ctx} name="cadenceTime" type="time" label={t('sangam-series-field-time')} value={values.cadenceTime} errors={errors} />
          </div>
          <p class="hint">{t('sangam-series-field-cadence-hint')}</p>
        </fieldset>
        <ZoneField ctx={ctx} zones={zones} value={values.homeZone} errors={errors} label={t('sangam-series-field-zone')} />
        <TextField ctx={ctx} name="languages" label={t('sangam-series-field-languages')} value={values.languages} errors={errors} hint={t('sangam-workshops-languages-hint')} />
        <div class="row">
          <TextField ctx={ctx} name="defaultCapacity" type="number" label={t('sangam-series-field-capacity')} value={values.defaultCapacity} errors={errors} />
          <TextField ctx={ctx} name="defaultDurationMinutes" type="number" label={t('sangam-series-field-duration')} value={values.defaultDurationMinutes} errors={errors} />
        </div>
        <SkillsSelect ctx={ctx} skills={skills} selected={values.skillIds} errors={errors} />
        {editing && (
          <>
            <TextField ctx={ctx} name="organizers" label={t('sangam-series-field-organizers')} value={values.organizers} errors={errors} hint={t('sangam-workshops-usernames-hint')} />
            <TextField ctx={ctx} name="support" label={t('sangam-series-field-support')} value={values.support} errors={errors} hint={t('sangam-workshops-usernames-hint')} />
          </>
        )}
        <button class="cdx-button cdx-button--primary" type="submit">{editing ? t('sangam-save') : t('sangam-series-create')}</button>
      </form>
    </>
  );
}

export interface SeriesPageView {
  slug: string; title: string; description: string; community: Link; scope: string; cadence: string; homeZone: string;
  languages: Lang[]; topics: { href: string; label: string }[]; suggested: { href: string; label: string; learners: number }[];
  organizers: Link[]; support: Link[]; nextDates: string[];
  upcoming: SessionListView[]; past: { href: string; title: string; when: string; recordingUrl: string; materialsUrl: string }[];
  calls: { href: string; title: string; status: string; closes: string | null; submitted: number }[];
  unscheduled: { href: string; title: string }[];
}

export function SeriesPage({ ctx, s, canOrganize }: { ctx: PageContext; s: SeriesPageView; canOrganize: boolean }) {
  const { t } = ctx;
  return (
    <>
      <h1 dir="auto">{s.title}</h1>
      <p class="small">
        {t('sangam-series-run-by')} <a href={s.community.href} dir="auto">{s.community.name}</a> · {s.scope} · {s.cadence}
      </p>
      {canOrganize && (
        <nav aria-label={t('sangam-series-organizer-tools')}>
          <ul class="chips">
            <li><a href={`/series/${s.slug}/dashboard`}>{t('sangam-series-dashboard-link')}</a></li>
            <li><a href={`/series/${s.slug}/edit`}>{t('sangam-series-edit-link')}</a></li>
            <li><a href={`/series/${s.slug}/sessions/new`}>{t('sangam-series-add-session')}</a></li>
            <li><a href={`/series/${s.slug}/calls/new`}>{t('sangam-series-open-call')}</a></li>
            <li><a href={`/series/${s.slug}/publishing`}>{t('sangam-series-publishing-link')}</a></li>
          </ul>
        </nav>
      )}
      <Description text={s.description} />
      <dl class="facts">
        <dt>{t('sangam-series-field-languages')}</dt><dd><Languages languages={s.languages} /></dd>
        <dt>{t('sangam-series-field-zone')}</dt><dd>{s.homeZone}</dd>
        {s.organizers.length > 0 && <><dt>{t('sangam-series-field-organizers')}</dt><dd><People people={s.organizers} /></dd></>}
        {s.support.length > 0 && <><dt>{t('sangam-series-field-support')}</dt><dd><People people={s.support} /></dd></>}
        {s.topics.length > 0 && <><dt>{t('sangam-series-topics')}</dt><dd>{s.topics.map((k, i) => <>{i > 0 && ', '}<a href={k.href}>{k.label}</a></>)}</dd></>}
      </dl>
      {s.nextDates.length > 0 && (
        <>
          <h2>{t('sangam-series-next-dates')}</h2>
          <ul>{s.nextDates.map((d) => <li>{d}</li>)}</ul>
        </>
      )}
      {s.calls.length > 0 && (
        <>
          <h2>{t('sangam-series-calls')}</h2>
          <ul>
            {s.calls.map((c) => (
              <li><a href={c.href} dir="auto">{c.title}</a> · {c.status}{c.closes && <> · {t('sangam-series-call-closes', c.closes)}</>} · {t('sangam-series-call-submitted', c.submitted)}</li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('sangam-series-upcoming')}</h2>
      {s.upcoming.length ? <SessionList ctx={ctx} sessions={s.upcoming} /> : <p>{t('sangam-series-no-upcoming')}</p>}
      {canOrganize && s.unscheduled.length > 0 && (
        <>
          <h2>{t('sangam-series-unscheduled')}</h2>
          <ul>{s.unscheduled.map((u) => <li><a href={u.href} dir="auto">{u.title}</a></li>)}</ul>
        </>
      )}
      {canOrganize && s.suggested.length > 0 && (
        <>
          <h2>{t('sangam-series-suggested')}</h2>
          <p class="small muted">{t('sangam-series-suggested-intro')}</p>
          <ul>{s.suggested.map((k) => <li><a href={k.href}>{k.label}</a> · {t('sangam-series-suggested-learners', k.learners)}</li>)}</ul>
        </>
      )}
      {s.past.length > 0 && (
        <>
          <h2>{t('sangam-series-past')}</h2>
          <ul>
            {s.past.map((p) => (
              <li>
                <a href={p.href} dir="auto">{p.title}</a> · {p.when}
                {p.recordingUrl && <> · <a href={p.recordingUrl} rel="nofollow noopener">{t('sangam-session-recording')}</a></>}
                {p.materialsUrl && <> · <a href={p.materialsUrl} rel="nofollow noopener">{t('sangam-session-materials')}</a></>}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('sangam-feeds-title')}</h2>
      <ul class="chips">
        <li><a href={`/series/${s.slug}/calendar.ics`}>{t('sangam-feeds-ics')}</a></li>
        <li><a href={`/series/${s.slug}/feed.atom`}>{t('sangam-feeds-atom')}</a></li>
        <li><a href={`/series/${s.slug}/schedule.json`}>{t('sangam-feeds-frab')}</a></li>
      </ul>
    </>
  );
}

function SessionList({ ctx, sessions }: { ctx: PageContext; sessions: SessionListView[] }) {
  const { t } = ctx;
  return (
    <ul class="people">
      {sessions.map((s) => (
        <li>
          <h3><a href={s.href} dir="auto">{s.title}</a></h3>
          <p class="small">{s.when} · {t('sangam-session-minutes', s.minutes)}</p>
          <p class="small">
            <span lang={s.language.code} dir="auto">{s.language.name}</span>
            {s.interpretation.length > 0 && <> · {t('sangam-session-interpretation')} <Languages languages={s.interpretation} /></>}
            {' · '}<a href={s.series.href} dir="auto">{s.series.title}</a>
            {' · '}{s.placesLeft > 0 ? t('sangam-session-places-left', s.placesLeft) : t('sangam-session-full')}
          </p>
          {s.skills.length > 0 && <p class="small muted">{s.skills.join(' · ')}</p>}
        </li>
      ))}
    </ul>
  );
}

export interface SessionFilterValues { lang: string; skill: string; region: string; from: string; to: string }

export function SessionsPage({ ctx, values, sessions, languages, skills, zone, page, hasNext, pageLink, errors }: {
  ctx: PageContext; values: SessionFilterValues; sessions: SessionListView[]; languages: Lang[]; skills: Skill[]; zone: string;
  page: number; hasNext: boolean; pageLink: (page: number) => string; errors?: FieldErrors;
}) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-sessions-title')}</h1>
      <p class="muted">{t('sangam-sessions-intro', zone)}</p>
      <ul class="chips">
        <li><a href="/series">{t('sangam-series-list-title')}</a></li>
        <li><a href="/feeds/sessions.ics">{t('sangam-feeds-ics')}</a></li>
        <li><a href="/feeds/sessions.atom">{t('sangam-feeds-atom')}</a></li>
      </ul>
      <form class="card filters" method="get" action="/sessions" role="search" aria-label={t('sangam-sessions-filter-label')}>
        <div class="field">
          <label for="filter-lang">{t('sangam-session-field-language')}</label>
          <select id="filter-lang" name="lang">
            <option value="">{t('sangam-communities-any-language')}</option>
            {languages.map((l) => <option value={l.code} lang={l.code} selected={l.code === values.lang}>{l.name}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="filter-skill">{t('sangam-field-skill')}</label>
          <select id="filter-skill" name="skill">
            <option value="">{t('sangam-sessions-any-skill')}</option>
            <SkillOptions skills={skills} selected={values.skill} ctx={ctx} />
          </select>
        </div>
        <RegionFilter ctx={ctx} value={values.region} />
        <TextField ctx={ctx} name="from" type="date" label={t('sangam-sessions-from')} value={values.from} errors={errors} />
        <TextField ctx={ctx} name="to" type="date" label={t('sangam-sessions-to')} value={values.to} errors={errors} />
        <button class="cdx-button" type="submit">{t('sangam-communities-filter-submit')}</button>
      </form>
      {sessions.length ? <SessionList ctx={ctx} sessions={sessions} /> : <p>{t('sangam-sessions-none')}</p>}
      {(page > 1 || hasNext) && (
        <nav class="pager" aria-label={t('sangam-pager-label')}>
          {page > 1 && <a href={pageLink(page - 1)} rel="prev">{t('sangam-pager-previous')}</a>}
          {hasNext && <a href={pageLink(page + 1)} rel="next">{t('sangam-pager-next')}</a>}
        </nav>
      )}
    </>
  );
}

export interface SessionViewerState {
  signedIn: boolean;
  registration: { status: 'registered' | 'waitlisted' | 'cancelled'; waitlistPosition: number | null; attendance: string | null } | null;
  /** Shown to registrants, facilitators and organizers only. */
  onlineUrl: string | null;
  canOrganize: boolean;
  canSupport: boolean;
  poll: { id: number; when: string; yes: number; ifNeedBe: number; mine: string | null }[];
}

export function SessionPage({ ctx, s, me, errors }: { ctx: PageContext; s: SessionView; me: SessionViewerState; errors?: FieldErrors }) {
  const { t } = ctx;
  const open = !s.cancelled && !s.ended && s.when !== null;
  const reg = me.registration?.status === 'cancelled' ? null : me.registration;
  return (
    <>
      <p class="small"><a href={s.series.href} dir="auto">{s.series.title}</a> · <span dir="auto">{s.series.community}</span></p>
      <h1 dir="auto">{s.title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      {s.cancelled && <div class="cdx-message cdx-message--error" role="status">{t('sangam-session-is-cancelled')}</div>}
      <dl class="facts">
        <dt>{t('sangam-session-when')}</dt>
        <dd>{s.when ?? t('sangam-session-time-tbd')}{s.whenThere && <><br /><span class="small muted">{s.whenThere}</span></>}</dd>
        <dt>{t('sangam-session-duration')}</dt><dd>{t('sangam-session-minutes', s.minutes)}</dd>
        <dt>{t('sangam-session-field-language')}</dt><dd><span lang={s.language.code} dir="auto">{s.language.name}</span></dd>
        {s.interpretation.length > 0 && <><dt>{t('sangam-session-interpretation')}</dt><dd><Languages languages={s.interpretation} /></dd></>}
        {s.facilitators.length > 0 && <><dt>{t('sangam-session-facilitators')}</dt><dd><People people={s.facilitators} /></dd></>}
        {s.skills.length > 0 && <><dt>{t('sangam-workshops-field-skills')}</dt><dd>{s.skills.map((k, i) => <>{i > 0 && ', '}<a href={k.href}>{k.label}</a></>)}</dd></>}
        <dt>{t('sangam-session-places')}</dt><dd>{t('sangam-session-places-taken', s.registered, s.capacity)}{s.waitlisted > 0 && <> · {t('sangam-session-waitlist-count', s.waitlisted)}</>}</dd>
      </dl>
      <Description text={s.description} />
      {s.proposalHref && <p class="small"><a href={s.proposalHref}>{t('sangam-session-proposal-link')}</a></p>}
      {(s.materialsUrl || s.recordingUrl) && (
        <ul class="chips">
          {s.materialsUrl && <li><a href={s.materialsUrl} rel="nofollow noopener">{t('sangam-session-materials')}</a></li>}
          {s.recordingUrl && <li><a href={s.recordingUrl} rel="nofollow noopener">{t('sangam-session-recording')}</a></li>}
        </ul>
      )}
      <section class="card" aria-labelledby="registration-heading">
        <h2 id="registration-heading">{t('sangam-session-registration')}</h2>
        {reg?.status === 'registered' && <p>{reg.attendance === 'attended' ? t('sangam-session-you-attended') : t('sangam-session-you-are-registered')}</p>}
        {reg?.status === 'waitlisted' && <p>{t('sangam-session-you-are-waitlisted', reg.waitlistPosition ?? 1)}</p>}
        {me.onlineUrl && <p>{t('sangam-session-join')} <a href={me.onlineUrl} rel="nofollow noopener">{me.onlineUrl}</a></p>}
        {!me.onlineUrl && open && <p class="small muted">{t('sangam-session-link-after-registering')}</p>}
        {open && !me.signedIn && <p><a class="cdx-button cdx-button--primary" href={`/signin?return=${encodeURIComponent(s.href)}`}>{t('sangam-session-sign-in-to-register')}</a></p>}
        {open && me.signedIn && !reg && (
          <ActionButton ctx={ctx} action={`${s.href}/register`} primary>
            {s.registered < s.capacity ? t('sangam-session-register') : t('sangam-session-join-waitlist')}
          </ActionButton>
        )}
        {open && reg && <ActionButton ctx={ctx} action={`${s.href}/unregister`}>{t('sangam-session-cancel-registration')}</ActionButton>}
        {s.when === null && !s.cancelled && <p>{t('sangam-workshops-error-not-scheduled')}</p>}
        <p class="small"><a href={`${s.href}/calendar.ics`}>{t('sangam-session-add-to-calendar')}</a></p>
      </section>
      {me.poll.length > 0 && s.when === null && (
        <section class="card" aria-labelledby="poll-heading">
          <h2 id="poll-heading">{t('sangam-session-poll')}</h2>
          {me.signedIn ? (
            <form method="post" action={`${s.href}/vote`}>
              <CsrfField ctx={ctx} />
              {me.poll.map((o) => (
                <fieldset>
                  <legend>{o.when} <span class="small muted">· {t('sangam-session-poll-counts', o.yes, o.ifNeedBe)}</span></legend>
                  <label class="row"><input type="radio" name={`answers.${o.id}`} value="yes" checked={o.mine === 'yes'} /> {t('sangam-poll-yes')}</label>
                  <label class="row"><input type="radio" name={`answers.${o.id}`} value="if-need-be" checked={o.mine === 'if-need-be'} /> {t('sangam-poll-if-need-be')}</label>
                  <label class="row"><input type="radio" name={`answers.${o.id}`} value="no" checked={o.mine === 'no'} /> {t('sangam-poll-no')}</label>
                </fieldset>
              ))}
              <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-session-poll-submit')}</button>
            </form>
          ) : <p><a href={`/signin?return=${encodeURIComponent(s.href)}`}>{t('sangam-session-sign-in-to-vote')}</a></p>}
        </section>
      )}
      {(me.canOrganize || me.canSupport) && (
        <nav aria-label={t('sangam-series-organizer-tools')}>
          <ul class="chips">
            {me.canOrganize && <li><a href={`${s.href}/edit`}>{t('sangam-session-edit-link')}</a></li>}
            {me.canOrganize && !s.cancelled && <li><a href={`${s.href}/schedule`}>{t('sangam-session-schedule-link')}</a></li>}
            <li><a href={`${s.href}/attendance`}>{t('sangam-session-attendance-link')}</a></li>
          </ul>
          {me.canOrganize && !s.cancelled && !s.ended && (
            <ActionButton ctx={ctx} action={`${s.href}/cancel`} destructive>{t('sangam-session-cancel-session')}</ActionButton>
          )}
        </nav>
      )}
    </>
  );
}

export interface SessionValues {
  title: string; description: string; date: string; time: string; timeZone: string; durationMinutes: string; language: string;
  interpretationLanguages: string; capacity: string; onlineUrl: string; materialsUrl: string; recordingUrl: string;
  facilitators: string; skillIds: number[];
}

export function SessionFormPage({ ctx, values, errors, zones, skills, action, heading }: {
  ctx: PageContext; values: SessionValues; errors?: FieldErrors; zones: string[]; skills: Skill[]; action: string; heading: string;
}) {
  const { t } = ctx;
  return (
    <>
      <h1 dir="auto">{heading}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" class="card" action={action}>
        <CsrfField ctx={ctx} />
        <TextField ctx={ctx} name="title" label={t('sangam-session-field-title')} value={values.title} errors={errors} required dir="auto" />
        <TextArea ctx={ctx} name="description" label={t('sangam-session-field-description')} value={values.description} errors={errors} maxlength={4000} />
        <fieldset>
          <legend>{t('sangam-session-when')}</legend>
          <div class="row">
            <TextField ctx={ctx} name="date" type="date" label={t('sangam-session-field-date')} value={values.date} errors={errors} />
            <TextField ctx={ctx} name="time" type="time" label={t('sangam-session-field-time')} value={values.time} errors={errors} />
          </div>
          <ZoneField ctx={ctx} zones={zones} name="timeZone" value={values.timeZone} errors={errors} label={t('sangam-session-field-zone')} />
          <p class="hint">{t('sangam-session-field-when-hint')}</p>
        </fieldset>
        <div class="row">
          <TextField ctx={ctx} name="durationMinutes" type="number" label={t('sangam-series-field-duration')} value={values.durationMinutes} errors={errors} />
          <TextField ctx={ctx} name="capacity" type="number" label={t('sangam-series-field-capacity')} value={values.capacity} errors={errors} />
        </div>
        <TextField ctx={ctx} name="language" label={t('sangam-session-field-language')} value={values.language} errors={errors} required />
        <TextField ctx={ctx} name="interpretationLanguages" label={t('sangam-session-interpretation')} value={values.interpretationLanguages} errors={errors} hint={t('sangam-workshops-languages-hint')} />
        <TextField ctx={ctx} name="facilitators" label={t('sangam-session-facilitators')} value={values.facilitators} errors={errors} hint={t('sangam-workshops-usernames-hint')} />
        <TextField ctx={ctx} name="onlineUrl" type="url" label={t('sangam-session-field-online')} value={values.onlineUrl} errors={errors} hint={t('sangam-session-field-online-hint')} />
        <TextField ctx={ctx} name="materialsUrl" type="url" label={t('sangam-session-materials')} value={values.materialsUrl} errors={errors} />
        <TextField ctx={ctx} name="recordingUrl" type="url" label={t('sangam-session-recording')} value={values.recordingUrl} errors={errors} />
        <SkillsSelect ctx={ctx} skills={skills} selected={values.skillIds} errors={errors} />
        <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-save')}</button>
      </form>
    </>
  );
}

export interface SlotView { iso: string; when: string; whenHome: string; reached: number; ifNeedBe: number; atNight: number }

export function SchedulePage({ ctx, s, audience, slots, values, errors, zone }: {
  ctx: PageContext; s: { href: string; title: string; minutes: number; when: string | null }; audience: { total: number; withHours: number };
  slots: SlotView[]; values: { from: string; to: string }; errors?: FieldErrors; zone: string;
}) {
  const { t } = ctx;
  return (
    <>
      <p class="small"><a href={s.href} dir="auto">{s.title}</a></p>
      <h1>{t('sangam-schedule-title')}</h1>
      <p>{t('sangam-schedule-intro', audience.total, audience.withHours, s.minutes)}</p>
      {s.when && <p class="small">{t('sangam-schedule-current', s.when)}</p>}
      <ErrorSummary ctx={ctx} errors={errors} />
      <form class="card filters" method="get" action={`${s.href}/schedule`}>
        <TextField ctx={ctx} name="from" type="date" label={t('sangam-sessions-from')} value={values.from} errors={errors} />
        <TextField ctx={ctx} name="to" type="date" label={t('sangam-sessions-to')} value={values.to} errors={errors} />
        <button class="cdx-button" type="submit">{t('sangam-schedule-search')}</button>
      </form>
      {slots.length ? (
        <form method="post" action={`${s.href}/poll`}>
          <CsrfField ctx={ctx} />
          <div class="scroll">
            <table>
              <caption>{t('sangam-schedule-caption', zone)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sangam-schedule-col-poll')}</th>
                  <th scope="col">{t('sangam-schedule-col-time')}</th>
                  <th scope="col" class="num">{t('sangam-schedule-col-reached')}</th>
                  <th scope="col" class="num">{t('sangam-schedule-col-night')}</th>
                  <th scope="col">{t('sangam-schedule-col-action')}</th>
                </tr>
              </thead>
              <tbody>
                {slots.map((slot, i) => (
                  <tr>
                    <td><input type="checkbox" name="startsAt" value={slot.iso} id={`poll-${i}`} aria-label={t('sangam-schedule-offer-in-poll', slot.when)} /></td>
                    <td>{slot.when}{slot.whenHome !== slot.when && <><br /><span class="small muted">{slot.whenHome}</span></>}</td>
                    <td class="num">{t('sangam-schedule-reached', slot.reached, audience.total)}{slot.ifNeedBe > 0 && <><br /><span class="small muted">{t('sangam-schedule-if-need-be', slot.ifNeedBe)}</span></>}</td>
                    <td class="num">{slot.atNight}</td>
                    <td><button class="cdx-button" type="submit" formaction={`${s.href}/schedule`} name="startsAt" value={slot.iso}>{t('sangam-schedule-choose')}</button></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button class="cdx-button" type="submit">{t('sangam-schedule-make-poll')}</button>
        </form>
      ) : <p>{t('sangam-schedule-none')}</p>}
      <p class="small muted">{t('sangam-schedule-night-note')}</p>
      <p class="small"><a href={`${s.href}/edit`}>{t('sangam-schedule-manual')}</a></p>
    </>
  );
}

export function AttendancePage({ ctx, s, people, errors, canMark }: {
  ctx: PageContext; s: { href: string; title: string; when: string | null }; errors?: FieldErrors; canMark: boolean;
  people: { id: number; href: string; name: string; status: string; attendance: string | null }[];
}) {
  const { t } = ctx;
  const registered = people.filter((p) => p.status === 'registered');
  const waitlisted = people.filter((p) => p.status === 'waitlisted');
  return (
    <>
      <p class="small"><a href={s.href} dir="auto">{s.title}</a>{s.when && <> · {s.when}</>}</p>
      <h1>{t('sangam-attendance-title')}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      {registered.length ? (
        <form method="post" action={`${s.href}/attendance`}>
          <CsrfField ctx={ctx} />
          <fieldset>
            <legend>{t('sangam-attendance-legend', registered.length)}</legend>
            {registered.map((p) => (
              <label class="row">
                <input type="checkbox" name="attended" value={String(p.id)} checked={p.attendance === 'attended'} disabled={!canMark} />{' '}
                <a href={p.href} dir="auto">{p.name}</a>
                {p.attendance === 'no-show' && <span class="badge">{t('sangam-attendance-no-show')}</span>}
              </label>
            ))}
          </fieldset>
          {canMark ? <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-attendance-save')}</button> : <p class="small muted">{t('sangam-workshops-error-not-started')}</p>}
        </form>
      ) : <p>{t('sangam-attendance-nobody')}</p>}
      {waitlisted.length > 0 && (
        <>
          <h2>{t('sangam-attendance-waitlist')}</h2>
          <ol>{waitlisted.map((p) => <li><a href={p.href} dir="auto">{p.name}</a></li>)}</ol>
        </>
      )}
    </>
  );
}

export interface DashboardView {
  series: { href: string; title: string };
  sessions: { href: string; title: string; when: string | null; capacity: number; registered: number; waitlisted: number; attended: number; noShows: number; rate: string | null; interest: number; cancelled: boolean }[];
  totals: { registered: number; attended: number; marked: number; rate: string | null };
  calls: { href: string; title: string; submitted: number; interest: number; accepted: number; reviewHref: string }[];
  /** How many alternating times were asked for. */
  k: number;
  recurring: { slots: { when: string; reached: number }[]; reached: number; audience: number; k: number } | null;
}

export function DashboardPage({ ctx, d }: { ctx: PageContext; d: DashboardView }) {
  const { t } = ctx;
  return (
    <>
      <p class="small"><a href={d.series.href} dir="auto">{d.series.title}</a></p>
      <h1>{t('sangam-dashboard-title')}</h1>
      <p>{t('sangam-dashboard-totals', d.totals.registered, d.totals.attended, d.totals.marked)}{d.totals.rate && <> · {t('sangam-dashboard-rate', d.totals.rate)}</>}</p>
      <div class="scroll">
        <table>
          <caption>{t('sangam-dashboard-sessions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sangam-session-field-title')}</th>
              <th scope="col">{t('sangam-session-when')}</th>
              <th scope="col" class="num">{t('sangam-dashboard-col-registered')}</th>
              <th scope="col" class="num">{t('sangam-dashboard-col-waitlist')}</th>
              <th scope="col" class="num">{t('sangam-dashboard-col-attended')}</th>
              <th scope="col" class="num">{t('sangam-dashboard-col-rate')}</th>
              <th scope="col" class="num">{t('sangam-dashboard-col-interest')}</th>
            </tr>
          </thead>
          <tbody>
            {d.sessions.map((s) => (
              <tr>
                <th scope="row"><a href={s.href} dir="auto">{s.title}</a>{s.cancelled && <> <span class="badge">{t('sangam-session-cancelled-badge')}</span></>}</th>
                <td>{s.when ?? <a href={`${s.href}/schedule`}>{t('sangam-session-time-tbd')}</a>}</td>
                <td class="num">{s.registered}/{s.capacity}</td>
                <td class="num">{s.waitlisted}</td>
                <td class="num"><a href={`${s.href}/attendance`}>{s.attended}</a>{s.noShows > 0 && <span class="small muted"> (−{s.noShows})</span>}</td>
                <td class="num">{s.rate ?? '–'}</td>
                <td class="num">{s.interest}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {d.calls.length > 0 && (
        <>
          <h2>{t('sangam-series-calls')}</h2>
          <ul>
            {d.calls.map((c) => (
              <li><a href={c.href} dir="auto">{c.title}</a> · {t('sangam-dashboard-call-figures', c.submitted, c.interest, c.accepted)} · <a href={c.reviewHref}>{t('sangam-dashboard-review-board')}</a></li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('sangam-dashboard-recurring')}</h2>
      <form class="filters" method="get" action={`${d.series.href}/dashboard`}>
        <div class="field">
          <label for="k">{t('sangam-dashboard-recurring-k')}</label>
          <select id="k" name="k">{RECURRING_CHOICES.map((k) => <option value={String(k)} selected={k === d.k}>{ctx.formatNumber(k)}</option>)}</select>
        </div>
        <button class="cdx-button" type="submit">{t('sangam-schedule-search')}</button>
      </form>
      {d.recurring ? (
        <>
          <p>{t('sangam-dashboard-recurring-result', d.recurring.k, d.recurring.reached, d.recurring.audience)}</p>
          <ol>{d.recurring.slots.map((s) => <li>{s.when} · {t('sangam-schedule-reached', s.reached, d.recurring!.audience)}</li>)}</ol>
          <p class="small muted">{t('sangam-dashboard-recurring-note')}</p>
        </>
      ) : <p>{t('sangam-dashboard-recurring-none')}</p>}
    </>
  );
}
