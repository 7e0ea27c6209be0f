import type { Child } from 'hono/jsx';
import { MAX_CAPACITY } from '../../domain/mentorship/schema.js';
import { LEARNER_LEVELS, REQUEST_FORMATS } from '../../domain/mentorship/types.js';
import type { Skill } from '../../domain/skills/types.js';
import type { FieldErrors } from '../../errors.js';
import { FORMAT_KEYS, LEARNER_LEVEL_KEYS, type MentorshipView, type RequestView } from '../presenters/mentorship.js';
import { ActionButton, ErrorSummary, FieldError, invalid } from './components.js';
import { CsrfField } from './layout.js';
import type { PageContext } from './page-context.js';
import { SkillField } from './people.js';

/** One pair: who teaches whom, and why they were matched. */
function MentorshipLine({ ctx, m }: { ctx: PageContext; m: MentorshipView }) {
  const { t } = ctx;
  return (
    <>
      <a href={m.href}><strong>{m.skill}</strong></a>{' '}
      {t('sangam-mentorship-pair', m.mentor.name, m.learner.name)}
      {' · '}<span class="badge">{m.statusText}</span>
      <br /><span class="small muted">{m.explanation}</span>
    </>
  );
}

export function MentorshipIntroPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-mentorship-title')}</h1>
      <p>{t('sangam-mentorship-intro')}</p>
      <p><a class="cdx-button cdx-button--primary" href="/signin?return=/mentorship">{t('sangam-mentorship-signin')}</a></p>
      <p><a href="/exchanges">{t('sangam-mentorship-exchanges-link')}</a></p>
    </>
  );
}

export function DashboardPage({ ctx, dashboard, offer, askable, notifications, canOrganize }: {
  ctx: PageContext;
  dashboard: { requests: RequestView[]; toAnswer: MentorshipView[]; current: MentorshipView[]; past: MentorshipView[] };
  offer: { capacity: number; load: number; away: string | null } | null;
  /** Skills the person wants to learn and has not asked a mentor for yet. */
  askable: { slug: string; label: string }[];
  notifications: Child;
  canOrganize: boolean;
}) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-mentorship-title')}</h1>
      <p class="row">
        <a class="cdx-button cdx-button--primary" href="/mentorship/ask">{t('sangam-mentorship-ask')}</a>
        <a class="cdx-button" href="/mentorship/offer">{t('sangam-mentorship-offer')}</a>
        <a class="cdx-button cdx-button--quiet" href="/exchanges">{t('sangam-mentorship-exchanges-link')}</a>
        {canOrganize && <a class="cdx-button cdx-button--quiet" href="/mentorship/pool">{t('sangam-pool-title')}</a>}
      </p>
      {dashboard.toAnswer.length > 0 && (
        <section class="card">
          <h2>{t('sangam-mentorship-to-answer')}</h2>
          <ul>
            {dashboard.toAnswer.map((m) => (
              <li>
                <MentorshipLine ctx={ctx} m={m} />
                <br /><a href={m.swapHref ?? m.href}>{t(m.swapHref ? 'sangam-mentorship-see-swap' : 'sangam-mentorship-answer')}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="card">
        <h2>{t('sangam-mentorship-current')}</h2>
        {dashboard.current.length
          ? <ul>{dashboard.current.map((m) => <li><MentorshipLine ctx={ctx} m={m} /></li>)}</ul>
          : <p class="muted">{t('sangam-mentorship-none-current')}</p>}
      </section>
      <section class="card">
        <h2>{t('sangam-mentorship-my-requests')}</h2>
        {dashboard.requests.length ? (
          <ul>
            {dashboard.requests.map((r) => (
              <li>
                <strong>{r.skill}</strong> · <span class="badge">{r.statusText}</span> · {r.format} · {r.languages}
                <br /><span dir="auto">{r.goal}</span>
                {r.unmatched && <><br /><span class="small muted">{r.unmatched}</span></>}
                {(r.status === 'open' || r.status === 'proposed') && (
                  <>{' '}<ActionButton ctx={ctx} action={`/mentorship/requests/${r.id}/withdraw`}>{t('sangam-mentorship-withdraw')}</ActionButton></>
                )}
              </li>
            ))}
          </ul>
        ) : <p class="muted">{t('sangam-mentorship-no-requests')}</p>}
        {askable.length > 0 && (
          <p>
            {t('sangam-mentorship-ask-for')}{' '}
            {askable.map((s, i) => <>{i > 0 && ', '}<a href={`/mentorship/ask?skill=${encodeURIComponent(s.slug)}`}>{s.label}</a></>)}
          </p>
        )}
      </section>
      <section class="card">
        <h2>{t('sangam-mentorship-my-offer')}</h2>
        <p>
          {offer ? t('sangam-mentorship-offer-summary', offer.load, offer.capacity) : t('sangam-mentorship-no-offer')}
          {offer?.away && <> {t('sangam-mentorship-away-until', offer.away)}</>}
        </p>
        <a class="cdx-button" href="/mentorship/offer">{t(offer ? 'sangam-mentorship-offer-edit' : 'sangam-mentorship-offer')}</a>
      </section>
      {notifications}
      {dashboard.past.length > 0 && (
        <section class="card">
          <h2>{t('sangam-mentorship-past')}</h2>
          <ul>{dashboard.past.map((m) => <li><MentorshipLine ctx={ctx} m={m} /></li>)}</ul>
        </section>
      )}
    </>
  );
}

export interface AskValues {
  skill: string; level: string; goal: string; languages: string[]; format: string; openToSwap: boolean; preferSameRegion: boolean;
}

export function AskPage({ ctx, skills, languages, values, errors }: {
  ctx: PageContext; skills: Skill[]; languages: { code: string; name: string }[]; values: AskValues; errors?: FieldErrors;
}) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-mentorship-ask')}</h1>
      <p class="muted">{t('sangam-mentorship-ask-intro')}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action="/mentorship/ask">
        <CsrfField ctx={ctx} />
        <div class="filters">
          <SkillField ctx={ctx} skills={skills} value={values.skill} errors={errors} />
          <div class="field">
            <label for="level">{t('sangam-mentorship-field-level')}</label>
            <select id="level" name="level" {...invalid(errors, 'level')}>
              {LEARNER_LEVELS.map((l) => <option value={l} selected={String(l) === values.level}>{t(LEARNER_LEVEL_KEYS[l])}</option>)}
            </select>
            <FieldError ctx={ctx} errors={errors} name="level" />
          </div>
        </div>
        <div class="field">
          <label for="goal">{t('sangam-mentorship-field-goal')}</label>
          <textarea id="goal" name="goal" maxlength={1000} dir="auto" required {...invalid(errors, 'goal')}>{values.goal}</textarea>
          <FieldError ctx={ctx} errors={errors} name="goal" />
        </div>
        <fieldset class="field" {...invalid(errors, 'languages')}>
          <legend>{t('sangam-mentorship-field-languages')}</legend>
          {languages.length
            ? languages.map((l) => (
              <label><input type="checkbox" name="languages" value={l.code} checked={values.languages.includes(l.code)} /> <bdi lang={l.code}>{l.name}</bdi></label>
            ))
            : <p><a href="/me/about">{t('sangam-mentorship-add-languages')}</a></p>}
          <FieldError ctx={ctx} errors={errors} name="languages" />
        </fieldset>
        <fieldset class="field">
          <legend>{t('sangam-mentorship-field-format')}</legend>
          {REQUEST_FORMATS.map((f) => (
            <label><input type="radio" name="format" value={f} checked={values.format === f} /> {t(FORMAT_KEYS[f])}</label>
          ))}
          <FieldError ctx={ctx} errors={errors} name="format" />
        </fieldset>
        <div class="field">
          <label><input type="checkbox" name="openToSwap" value="yes" checked={values.openToSwap} /> {t('sangam-mentorship-field-swap')}</label>
          <label><input type="checkbox" name="preferSameRegion" value="yes" checked={values.preferSameRegion} /> {t('sangam-mentorship-field-region')}</label>
        </div>
        <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-mentorship-ask-submit')}</button>
      </form>
    </>
  );
}

export interface OfferValues { capacity: string; awayUntil: string; skillIds: string[] }

export function OfferPage({ ctx, shared, values, errors }: {
  ctx: PageContext; shared: { id: number; label: string }[]; values: OfferValues; errors?: FieldErrors;
}) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-mentorship-offer')}</h1>
      <p class="muted">{t('sangam-mentorship-offer-intro')}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      {shared.length === 0 && <p class="cdx-message cdx-message--error">{t('sangam-mentorship-offer-no-skills')} <a href="/me/skills">{t('sangam-me-skills-title')}</a></p>}
      <form method="post" action="/mentorship/offer">
        <CsrfField ctx={ctx} />
        <div class="filters">
          <div class="field">
            <label for="capacity">{t('sangam-mentorship-field-capacity')}</label>
            <input id="capacity" name="capacity" type="number" min={0} max={MAX_CAPACITY} required value={values.capacity} {...invalid(errors, 'capacity')} />
            <FieldError ctx={ctx} errors={errors} name="capacity" />
          </div>
          <div class="field">
            <label for="awayUntil">{t('sangam-mentorship-field-away')}</label>
            <input id="awayUntil" name="awayUntil" type="date" value={values.awayUntil} {...invalid(errors, 'awayUntil')} />
            <FieldError ctx={ctx} errors={errors} name="awayUntil" />
          </div>
        </div>
        {shared.length > 0 && (
          <fieldset class="field">
            <legend>{t('sangam-mentorship-field-offer-skills')}</legend>
            {shared.map((s) => (
              <label><input type="checkbox" name="skills" value={s.id} checked={values.skillIds.includes(String(s.id))} /> {s.label}</label>
            ))}
            <FieldError ctx={ctx} errors={errors} name="skills" />
          </fieldset>
        )}
        <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-save')}</button>
      </form>
    </>
  );
}

export interface CheckinView { author: string | null; metOn: string; notes: string; nextStep: string }
export interface CheckinValues { metOn: string; notes: string; nextStep: string }

export function MentorshipPage({ ctx, m, goal, format, checkins, values, errors }: {
  ctx: PageContext; m: MentorshipView; goal: string; format: string; checkins: CheckinView[]; values: CheckinValues; errors?: FieldErrors;
}) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-mentorship-page-title', m.skill)}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p>
        {t('sangam-mentorship-mentor')}: <a href={m.mentor.href}><bdi>{m.mentor.name}</bdi></a>
        {' · '}{t('sangam-mentorship-learner')}: <a href={m.learner.href}><bdi>{m.learner.name}</bdi></a>
        {' · '}<span class="badge">{m.statusText}</span>
      </p>
      <section class="card">
        <h2>{t('sangam-mentorship-why')}</h2>
        <p>{m.explanation}</p>
        <p><strong>{t('sangam-mentorship-goal')}</strong>: <span dir="auto">{goal}</span> · {format}</p>
        {m.started && <p class="small">{t('sangam-mentorship-started-on', m.started)}</p>}
        {m.ended && <p class="small">{t('sangam-mentorship-ended-on', m.ended)} <span dir="auto">{m.endNote}</span></p>}
      </section>
      {m.swapHref && <p><a href={m.swapHref}>{t('sangam-mentorship-see-swap')}</a></p>}
      {m.awaitsViewer && !m.swapHref && <AnswerForms ctx={ctx} action={`/mentorships/${m.id}/respond`} />}
      {m.awaitsOther && <p class="cdx-message cdx-message--success">{t('sangam-mentorship-waiting-other')}</p>}
      {(m.status === 'active' || checkins.length > 0) && (
        <section>
          <h2>{t('sangam-checkins-title')}</h2>
          {checkins.length ? (
            <ol class="checkins">
              {checkins.map((c) => (
                <li>
                  <strong>{c.metOn}</strong>{c.author && <> · <bdi>{c.author}</bdi></>}
                  <p dir="auto">{c.notes}</p>
                  {c.nextStep && <p><strong>{t('sangam-checkin-next-step')}</strong>: <span dir="auto">{c.nextStep}</span></p>}
                </li>
              ))}
            </ol>
          ) : <p class="muted">{t('sangam-checkins-none')}</p>}
        </section>
      )}
      {m.status === 'active' && m.side && (
        <>
          <form method="post" action={`/mentorships/${m.id}/checkins`} class="card">
            <h2>{t('sangam-checkin-add')}</h2>
            <CsrfField ctx={ctx} />
            <div class="field">
              <label for="metOn">{t('sangam-checkin-date')}</label>
              <input id="metOn" name="metOn" type="date" required value={values.metOn} {...invalid(errors, 'metOn')} />
              <FieldError ctx={ctx} errors={errors} name="metOn" />
            </div>
            <div class="field">
              <label for="notes">{t('sangam-checkin-notes')}</label>
              <textarea id="notes" name="notes" maxlength={4000} dir="auto" required {...invalid(errors, 'notes')}>{values.notes}</textarea>
              <FieldError ctx={ctx} errors={errors} name="notes" />
            </div>
            <div class="field">
              <label for="nextStep">{t('sangam-checkin-next-step')}</label>
              <input id="nextStep" name="nextStep" maxlength={1000} dir="auto" value={values.nextStep} />
            </div>
            <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-checkin-submit')}</button>
          </form>
          <form method="post" action={`/mentorships/${m.id}/end`} class="card">
            <h2>{t('sangam-mentorship-end-title')}</h2>
            <CsrfField ctx={ctx} />
            <fieldset class="field">
              <legend>{t('sangam-mentorship-end-outcome')}</legend>
              <label><input type="radio" name="outcome" value="completed" checked /> {t('sangam-mentorship-end-completed')}</label>
              <label><input type="radio" name="outcome" value="stopped" /> {t('sangam-mentorship-end-stopped')}</label>
            </fieldset>
            <div class="field">
              <label for="note">{t('sangam-mentorship-end-note')}</label>
              <input id="note" name="note" maxlength={2000} dir="auto" />
            </div>
            <button class="cdx-button" type="submit">{t('sangam-mentorship-end-submit')}</button>
          </form>
        </>
      )}
    </>
  );
}

/** Accept, or decline (optionally never to be matched with them again). */
function AnswerForms({ ctx, action }: { ctx: PageContext; action: string }) {
  const { t } = ctx;
  return (
    <section class="card">
      <h2>{t('sangam-mentorship-answer')}</h2>
      <ActionButton ctx={ctx} action={action} fields={{ decision: 'accept' }} primary>{t('sangam-mentorship-accept')}</ActionButton>
      <form method="post" action={action}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="decision" value="decline" />
        <label><input type="checkbox" name="block" value="yes" /> {t('sangam-mentorship-block')}</label>{' '}
        <button class="cdx-button cdx-button--destructive" type="submit">{t('sangam-mentorship-decline')}</button>
      </form>
    </section>
  );
}

export function SwapPage({ ctx, links, statusText, awaitsViewer, accepted }: {
  ctx: PageContext; links: MentorshipView[]; statusText: string; awaitsViewer: boolean;
  /** Each person in the circle and whether they have accepted. */
  accepted: { name: string; href: string; done: boolean }[];
}) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-swap-title', links.length)}</h1>
      <p>{t('sangam-swap-intro')} <span class="badge">{statusText}</span></p>
      <ol class="swap-circle">
        {links.map((m) => (
          <li>
            {t('sangam-swap-link', m.mentor.name, m.learner.name, m.skill)}
            <br /><span class="small muted">{m.explanation}</span>
          </li>
        ))}
      </ol>
      <h2>{t('sangam-swap-answers')}</h2>
      <ul>
        {accepted.map((p) => <li><a href={p.href}><bdi>{p.name}</bdi></a>: {t(p.done ? 'sangam-swap-accepted' : 'sangam-swap-waiting')}</li>)}
      </ul>
      {awaitsViewer && <AnswerForms ctx={ctx} action={`${ctx.path}/respond`} />}
    </>
  );
}

export interface PoolView {
  requests: RequestView[];
  openCount: number;
  proposedCount: number;
  mentors: { name: string; href: string; load: number; capacity: number; away: string | null }[];
  mentorCount: number;
  unmatched: { reason: string; count: number }[];
  activeMentorships: number;
  runs: { when: string; by: string; requests: number; proposals: number; swaps: number; unmatched: number; total: number; optimal: boolean; ms: number }[];
}

export function PoolPage({ ctx, pool, page, pageLink, hasNext }: {
  ctx: PageContext; pool: PoolView; page: number; pageLink: (page: number) => string; hasNext: boolean;
}) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-pool-title')}</h1>
      <p>{t('sangam-pool-summary', pool.openCount, pool.proposedCount, pool.mentorCount, pool.activeMentorships)}</p>
      <p><ActionButton ctx={ctx} action="/mentorship/runs" primary>{t('sangam-pool-run')}</ActionButton></p>
      {pool.unmatched.length > 0 && (
        <section class="card">
          <h2>{t('sangam-pool-unmatched')}</h2>
          <ul>{pool.unmatched.map((u) => <li><strong class="num">{u.count}</strong> · {u.reason}</li>)}</ul>
        </section>
      )}
      <div class="scroll">
        <table>
          <caption>{t('sangam-pool-requests')}</caption>
          <thead><tr>
            <th scope="col">{t('sangam-mentorship-learner')}</th><th scope="col">{t('sangam-field-skill')}</th>
            <th scope="col">{t('sangam-pool-status')}</th><th scope="col">{t('sangam-pool-since')}</th>
          </tr></thead>
          <tbody>
            {pool.requests.map((r) => (
              <tr>
                <td><a href={r.learner.href}><bdi>{r.learner.name}</bdi></a></td>
                <td>{r.skill} <span class="small muted">({r.level}, {r.languages})</span></td>
                <td>{r.statusText}{r.unmatched && <><br /><span class="small muted">{r.unmatched}</span></>}</td>
                <td>{r.created}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="scroll">
        <table>
          <caption>{t('sangam-pool-mentors')}</caption>
          <thead><tr><th scope="col">{t('sangam-mentorship-mentor')}</th><th scope="col">{t('sangam-pool-load')}</th><th scope="col">{t('sangam-pool-away')}</th></tr></thead>
          <tbody>
            {pool.mentors.map((m) => (
              <tr>
                <td><a href={m.href}><bdi>{m.name}</bdi></a></td>
                <td class="num">{t('sangam-pool-load-value', m.load, m.capacity)}</td>
                <td>{m.away ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav class="pager" aria-label={t('sangam-pager-label')}>
        {page > 1 && <a href={pageLink(page - 1)} rel="prev">{t('sangam-pager-previous')}</a>}
        {hasNext && <a href={pageLink(page + 1)} rel="next">{t('sangam-pager-next')}</a>}
      </nav>
      {pool.runs.length > 0 && (
        <div class="scroll">
          <table>
            <caption>{t('sangam-pool-runs')}</caption>
            <thead><tr>
              <th scope="col">{t('sangam-pool-run-when')}</th><th scope="col">{t('sangam-pool-run-by')}</th>
              <th scope="col">{t('sangam-pool-run-requests')}</th><th scope="col">{t('sangam-pool-run-proposals')}</th>
              <th scope="col">{t('sangam-pool-run-swaps')}</th><th scope="col">{t('sangam-pool-run-unmatched')}</th>
              <th scope="col">{t('sangam-pool-run-total')}</th>
            </tr></thead>
            <tbody>
              {pool.runs.map((r) => (
                <tr>
                  <td>{r.when}</td><td><bdi>{r.by}</bdi></td><td class="num">{r.requests}</td><td class="num">{r.proposals}</td>
                  <td class="num">{r.swaps}</td><td class="num">{r.unmatched}</td>
                  <td class="num">{r.total} {t(r.optimal ? 'sangam-pool-run-optimal' : 'sangam-pool-run-not-optimal', r.ms)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
