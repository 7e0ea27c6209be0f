import type { Child } from 'hono/jsx';
import { MAX_WEIGHT } from '../../domain/recruitment/schema.js';
import { CHOICES, CRITERIA, type Criterion } from '../../domain/recruitment/readiness.js';
import { DECISIONS } from '../../domain/recruitment/types.js';
import type { FieldErrors } from '../../errors.js';
import {
  APPLICATION_STATUS_KEYS, CHOICE_CRITERIA, CHOICE_KEYS, CRITERION_KEYS, QUESTION_KEYS,
  type ApplicationRowView, type ApplicationView, type CallListItemView, type CallView, type PersonLinkView, type ReadinessView,
} from '../presenters/recruitment.js';
import { ErrorSummary, FieldError, invalid } from './components.js';
import { CsrfField } from './layout.js';
import type { PageContext } from './page-context.js';

/** A POST button (with CSRF token and hidden fields) that works without JavaScript. */
function ActionButton({ ctx, action, fields = {}, primary, children }: {
  ctx: PageContext; action: string; fields?: Record<string, string>; primary?: boolean; children: Child;
}) {
  return (
    <form class="inline" method="post" action={action}>
      <CsrfField ctx={ctx} />
      {Object.entries(fields).map(([name, value]) => <input type="hidden" name={name} value={value} />)}
      <button class={primary ? 'cdx-button cdx-button--primary' : 'cdx-button'} type="submit">{children}</button>
    </form>
  );
}

const PersonLink = ({ p }: { p: PersonLinkView }) => <a href={p.href}><bdi>{p.name}</bdi></a>;

export function CallsPage({ ctx, calls, canCreate }: { ctx: PageContext; calls: CallListItemView[]; canCreate: boolean }) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-calls-title')}</h1>
      <p>{t('sangam-calls-intro')}</p>
      {canCreate && <p><a class="cdx-button cdx-button--primary" href="/calls/new">{t('sangam-calls-new')}</a></p>}
      {calls.length ? (
        <div class="scroll">
          <table>
            <caption>{t('sangam-calls-title')}</caption>
            <thead><tr>
              <th scope="col">{t('sangam-call-field-title')}</th><th scope="col">{t('sangam-call-status')}</th>
              <th scope="col">{t('sangam-call-field-closes')}</th><th scope="col">{t('sangam-call-applications')}</th>
            </tr></thead>
            <tbody>
              {calls.map((c) => (
                <tr>
                  <th scope="row"><a href={c.href} dir="auto">{c.title}</a></th><td>{c.statusText}</td>
                  <td>{c.closesOn ?? ''}</td><td class="num">{ctx.formatNumber(c.applications)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : <p class="muted">{t('sangam-calls-none')}</p>}
    </>
  );
}

export interface CallValues {
  title: string; slug: string; description: string; closesOn: string; minConfirmed: string; status: string; weights: Record<Criterion, string>;
}

export function NewCallPage({ ctx, values, errors }: { ctx: PageContext; values: CallValues; errors?: FieldErrors }) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-calls-new')}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action="/calls/new">
        <CsrfField ctx={ctx} />
        <div class="field">
          <label for="title">{t('sangam-call-field-title')}</label>
          <input id="title" name="title" maxlength={200} dir="auto" required value={values.title} {...invalid(errors, 'title')} />
          <FieldError ctx={ctx} errors={errors} name="title" />
        </div>
        <div class="field">
          <label for="slug">{t('sangam-call-field-slug')}</label>
          <input id="slug" name="slug" maxlength={61} dir="ltr" required pattern="[a-z0-9][a-z0-9\-]{1,60}" value={values.slug} aria-describedby="slug-help" {...invalid(errors, 'slug')} />
          <p class="small muted" id="slug-help">{t('sangam-call-field-slug-help')}</p>
          <FieldError ctx={ctx} errors={errors} name="slug" />
        </div>
        <div class="field">
          <label for="description">{t('sangam-call-field-description')}</label>
          <textarea id="description" name="description" maxlength={4000} dir="auto" {...invalid(errors, 'description')}>{values.description}</textarea>
          <FieldError ctx={ctx} errors={errors} name="description" />
        </div>
        <div class="filters">
          <div class="field">
            <label for="closesOn">{t('sangam-call-field-closes')}</label>
            <input id="closesOn" name="closesOn" type="date" required value={values.closesOn} {...invalid(errors, 'closesOn')} />
            <FieldError ctx={ctx} errors={errors} name="closesOn" />
          </div>
          <div class="field">
            <label for="minConfirmed">{t('sangam-call-field-min-confirmed')}</label>
            <input id="minConfirmed" name="minConfirmed" type="number" min={1} max={1000} required value={values.minConfirmed} {...invalid(errors, 'minConfirmed')} />
            <FieldError ctx={ctx} errors={errors} name="minConfirmed" />
          </div>
        </div>
        <fieldset class="field" {...invalid(errors, 'weights')}>
          <legend>{t('sangam-call-field-weights')}</legend>
          <div class="filters">
            {CRITERIA.map((c) => (
              <div class="field">
                <label for={`weight-${c}`}>{t(CRITERION_KEYS[c])}</label>
                <input id={`weight-${c}`} name={`weights.${c}`} type="number" min={0} max={MAX_WEIGHT} required value={values.weights[c]} {...invalid(errors, `weights.${c}`)} />
                <FieldError ctx={ctx} errors={errors} name={`weights.${c}`} />
              </div>
            ))}
          </div>
          <FieldError ctx={ctx} errors={errors} name="weights" />
        </fieldset>
        <fieldset class="field">
          <legend>{t('sangam-call-status')}</legend>
          <label><input type="radio" name="status" value="open" checked={values.status !== 'draft'} /> {t('sangam-call-create-open')}</label>
          <label><input type="radio" name="status" value="draft" checked={values.status === 'draft'} /> {t('sangam-call-create-draft')}</label>
        </fieldset>
        <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-calls-create')}</button>
      </form>
    </>
  );
}

/** The ranked (for reviewers) or alphabetical list of a call's applications. */
function ApplicationsTable({ ctx, rows, ranked, minConfirmed }: { ctx: PageContext; rows: ApplicationRowView[]; ranked: boolean; minConfirmed: number }) {
  const { t } = ctx;
  return (
    <div class="scroll">
      <table>
        <caption>{t(ranked ? 'sangam-call-applications-ranked' : 'sangam-call-applications')}</caption>
        <thead><tr>
          {ranked && <th scope="col">{t('sangam-call-rank')}</th>}
          <th scope="col">{t('sangam-application-community')}</th><th scope="col">{t('sangam-call-status')}</th>
          <th scope="col">{t('sangam-criterion-interested')}</th>
          {ranked && <th scope="col">{t('sangam-readiness-total')}</th>}
        </tr></thead>
        <tbody>
          {rows.map((r, i) => (
            <tr>
              {ranked && <td class="num">{ctx.formatNumber(i + 1)}</td>}
              <th scope="row"><a href={r.href}><bdi>{r.community}</bdi></a></th>
              <td>{r.statusText}</td>
              <td class="num">{t('sangam-application-confirmed-count', r.confirmations, minConfirmed)}</td>
              {ranked && <td class="num">{r.total}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CallPage({ ctx, call, applications, ranked, canApply, canManage }: {
  ctx: PageContext; call: CallView; applications: ApplicationRowView[]; ranked: boolean; canApply: boolean; canManage: boolean;
}) {
  const { t } = ctx;
  return (
    <>
      <h1 dir="auto">{call.title}</h1>
      <p>
        <span class="badge">{call.statusText}</span>
        {call.closesOn && <>{' · '}{t('sangam-call-closes-on', call.closesOn)}</>}
        {' · '}{t('sangam-call-min-confirmed', call.minConfirmed)}
      </p>
      {call.description && <p dir="auto">{call.description}</p>}
      {call.pastDeadline && call.status === 'open' && <p class="cdx-message cdx-message--error">{t('sangam-call-deadline-passed')}</p>}
      <p class="row">
        {canApply && <a class="cdx-button cdx-button--primary" href={`${call.href}/apply`}>{t('sangam-call-apply')}</a>}
        {canManage && call.status !== 'open' && <ActionButton ctx={ctx} action={`${call.href}/status`} fields={{ status: 'open' }}>{t('sangam-call-open')}</ActionButton>}
        {canManage && call.status === 'open' && <ActionButton ctx={ctx} action={`${call.href}/status`} fields={{ status: 'closed' }}>{t('sangam-call-close')}</ActionButton>}
      </p>
      <div class="scroll">
        <table>
          <caption>{t('sangam-call-criteria')}</caption>
          <thead><tr>
            <th scope="col">{t('sangam-readiness-criterion')}</th><th scope="col">{t('sangam-readiness-rule')}</th>
            <th scope="col">{t('sangam-readiness-weight')}</th>
          </tr></thead>
          <tbody>
            {call.criteria.map((c) => (
              <tr>
                <th scope="row">{c.label}<br /><span class="small muted">{c.question}</span></th>
                <td class="small">{c.rule}</td><td class="num">{ctx.formatNumber(c.weight)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('sangam-call-applications')}</h2>
      {applications.length
        ? <ApplicationsTable ctx={ctx} rows={applications} ranked={ranked} minConfirmed={call.minConfirmed} />
        : <p class="muted">{t('sangam-call-no-applications')}</p>}
    </>
  );
}

export function ApplyPage({ ctx, call, communities, errors }: {
  ctx: PageContext; call: CallView; communities: { id: number; name: string; appliedHref: string | null }[]; errors?: FieldErrors;
}) {
  const { t } = ctx;
  const open = communities.filter((c) => !c.appliedHref);
  const applied = communities.filter((c) => c.appliedHref);
  return (
    <>
      <h1>{t('sangam-apply-title', call.title)}</h1>
      <p><a href={call.href} dir="auto">{call.title}</a></p>
      <ErrorSummary ctx={ctx} errors={errors} />
      {open.length ? (
        <form method="post" action={`${call.href}/apply`}>
          <CsrfField ctx={ctx} />
          <div class="field">
            <label for="community">{t('sangam-apply-community')}</label>
            <select id="community" name="community" required {...invalid(errors, 'community')}>
              {open.map((c) => <option value={c.id}>{c.name}</option>)}
            </select>
            <FieldError ctx={ctx} errors={errors} name="community" />
          </div>
          <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-apply-submit')}</button>
        </form>
      ) : <p class="muted">{t('sangam-apply-no-communities')}</p>}
      {applied.length > 0 && (
        <>
          <h2>{t('sangam-apply-already')}</h2>
          <ul>{applied.map((c) => <li><a href={c.appliedHref!}><bdi>{c.name}</bdi></a></li>)}</ul>
        </>
      )}
    </>
  );
}

/** Every criterion: the evidence, the rule's score, any override with its reason, the weight and the points. */
function ReadinessTable({ ctx, readiness, removeAction }: {
  ctx: PageContext; readiness: ReadinessView;
  /** Where a reviewer removes an override (the computed score counts again); null for everyone else. */
  removeAction: string | null;
}) {
  const { t } = ctx;
  return (
    <div class="scroll">
      <table>
        <caption>{t('sangam-readiness-title')}</caption>
        <thead><tr>
          <th scope="col">{t('sangam-readiness-criterion')}</th><th scope="col">{t('sangam-readiness-evidence')}</th>
          <th scope="col">{t('sangam-readiness-score')}</th><th scope="col">{t('sangam-readiness-weight')}</th>
          <th scope="col">{t('sangam-readiness-points')}</th>
        </tr></thead>
        <tbody>
          {readiness.rows.map((r) => (
            <tr>
              <th scope="row">{r.label}<br /><span class="small muted">{r.rule}</span></th>
              <td>{r.evidence && <p dir="auto">{r.evidence}</p>}<span class="small muted">{r.basis}</span></td>
              <td class="num">
                {r.override ? <><s>{r.computed}</s> <strong>{r.override.score}</strong></> : r.computed}
                {r.override && (
                  <p class="small">
                    {t('sangam-readiness-override-by', r.override.reviewer ?? '?')}: <span dir="auto">{r.override.reason}</span>
                  </p>
                )}
                {r.override && removeAction && (
                  <ActionButton ctx={ctx} action={removeAction} fields={{ criterion: r.criterion }}>{t('sangam-override-remove')}</ActionButton>
                )}
              </td>
              <td class="num">{ctx.formatNumber(r.weight)}</td>
              <td class="num">{r.points}</td>
            </tr>
          ))}
        </tbody>
        <tfoot><tr><th scope="row" colspan={4}>{t('sangam-readiness-total')}</th><td class="num"><strong>{readiness.total}</strong></td></tr></tfoot>
      </table>
    </div>
  );
}

export interface AnswerValues { choice: string; evidence: string }
export type AnswersValues = Record<Criterion, AnswerValues>;

function AnswersForm({ ctx, id, values, errors }: { ctx: PageContext; id: number; values: AnswersValues; errors?: FieldErrors }) {
  const { t } = ctx;
  return (
    <form method="post" action={`/applications/${id}/answers`} class="card">
      <h2>{t('sangam-application-answers')}</h2>
      <p class="small muted">{t('sangam-application-answers-intro')}</p>
      <CsrfField ctx={ctx} />
      {CRITERIA.map((c) => {
        const choice = `answers.${c}.choice`;
        const evidence = `answers.${c}.evidence`;
        return (
          <fieldset class="field" {...invalid(errors, choice)}>
            <legend>{t(CRITERION_KEYS[c])}</legend>
            <p class="small">{t(QUESTION_KEYS[c])}</p>
            {CHOICE_CRITERIA.has(c) && (
              <p class="row">
                {CHOICES.map((v) => <label><input type="radio" name={choice} value={v} checked={values[c].choice === v} /> {t(CHOICE_KEYS[v])}</label>)}
              </p>
            )}
            <FieldError ctx={ctx} errors={errors} name={choice} />
            <label for={`evidence-${c}`}>{t(c === 'no-conflict' ? 'sangam-application-explanation' : 'sangam-application-evidence')}</label>
            <textarea id={`evidence-${c}`} name={evidence} maxlength={2000} dir="auto" {...invalid(errors, evidence)}>{values[c].evidence}</textarea>
            <FieldError ctx={ctx} errors={errors} name={evidence} />
          </fieldset>
        );
      })}
      <p class="row">
        <button class="cdx-button" type="submit" name="intent" value="save">{t('sangam-application-save')}</button>
        <button class="cdx-button cdx-button--primary" type="submit" name="intent" value="submit">{t('sangam-application-submit')}</button>
      </p>
    </form>
  );
}

export interface ReviewValues { criterion: string; score: string; reason: string; decision: string; message: string }

function ReviewForms({ ctx, id, values, errors }: { ctx: PageContext; id: number; values: ReviewValues; errors?: FieldErrors }) {
  const { t } = ctx;
  return (
    <>
      <form method="post" action={`/applications/${id}/overrides`} class="card">
        <h2>{t('sangam-override-title')}</h2>
        <p class="small muted">{t('sangam-override-intro')}</p>
        <CsrfField ctx={ctx} />
        <div class="filters">
          <div class="field">
            <label for="criterion">{t('sangam-readiness-criterion')}</label>
            <select id="criterion" name="criterion" {...invalid(errors, 'criterion')}>
              {CRITERIA.map((c) => <option value={c} selected={values.criterion === c}>{t(CRITERION_KEYS[c])}</option>)}
            </select>
            <FieldError ctx={ctx} errors={errors} name="criterion" />
          </div>
          <div class="field">
            <label for="score">{t('sangam-override-score')}</label>
            <input id="score" name="score" type="number" min={0} max={1} step={0.05} required value={values.score} {...invalid(errors, 'score')} />
            <FieldError ctx={ctx} errors={errors} name="score" />
          </div>
        </div>
        <div class="field">
          <label for="reason">{t('sangam-override-reason')}</label>
          <textarea id="reason" name="reason" maxlength={1000} dir="auto" required {...invalid(errors, 'reason')}>{values.reason}</textarea>
          <FieldError ctx={ctx} errors={errors} name="reason" />
        </div>
        <button class="cdx-button" type="submit">{t('sangam-override-submit')}</button>
      </form>
      <form method="post" action={`/applications/${id}/decision`} class="card">
        <h2>{t('sangam-decision-title')}</h2>
        <CsrfField ctx={ctx} />
        <fieldset class="field" {...invalid(errors, 'decision')}>
          <legend>{t('sangam-decision-field')}</legend>
          {DECISIONS.map((d) => <label><input type="radio" name="decision" value={d} checked={values.decision === d} /> {t(APPLICATION_STATUS_KEYS[d])}</label>)}
          <FieldError ctx={ctx} errors={errors} name="decision" />
        </fieldset>
        <div class="field">
          <label for="message">{t('sangam-decision-message')}</label>
          <textarea id="message" name="message" maxlength={2000} dir="auto" required {...invalid(errors, 'message')}>{values.message}</textarea>
          <FieldError ctx={ctx} errors={errors} name="message" />
        </div>
        <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-decision-submit')}</button>
      </form>
    </>
  );
}

export function ApplicationPage({ ctx, a, confirmed, viewerConfirmed, canConfirm, editing, editClosed, reviewing, review, errors }: {
  ctx: PageContext; a: ApplicationView;
  /** People who joined; null when the viewer is not signed in (names are for members only). */
  confirmed: PersonLinkView[] | null;
  viewerConfirmed: boolean;
  /** Whether confirmations are still taken (the application is undecided). */
  canConfirm: boolean;
  /** The answers form, for the community's organizers while the draft can still be edited. */
  editing: AnswersValues | null;
  /** A draft the organizers can no longer edit: closed call or deadline passed. */
  editClosed: boolean;
  reviewing: boolean;
  review: ReviewValues;
  errors?: FieldErrors;
}) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-application-title', a.community.name)}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p>
        {t('sangam-application-call')}: <a href={a.call.href} dir="auto">{a.call.title}</a>
        {' · '}{t('sangam-application-community')}: <a href={a.community.href}><bdi>{a.community.name}</bdi></a>
        {' · '}<span class="badge">{a.statusText}</span>
        {a.call.closesOn && <>{' · '}{t('sangam-call-closes-on', a.call.closesOn)}</>}
      </p>
      {a.submitted && <p class="small">{t('sangam-application-submitted-on', a.submitted.on)}{a.submitted.by && <> · <PersonLink p={a.submitted.by} /></>}</p>}
      {a.decision && (
        <section class="card">
          <h2>{t('sangam-decision-title')}</h2>
          <p><strong>{a.decision.statusText}</strong> · {t('sangam-decision-on', a.decision.on)}{a.decision.by && <> · <PersonLink p={a.decision.by} /></>}</p>
          <p dir="auto">{a.decision.message}</p>
        </section>
      )}
      {editClosed && <p class="cdx-message cdx-message--error">{t('sangam-application-edit-closed')}</p>}
      <section class="card">
        <h2>{t('sangam-criterion-interested')}</h2>
        <p>{t('sangam-application-confirmed-count', a.confirmations, a.call.minConfirmed)}</p>
        {canConfirm && confirmed !== null && (
          <p>
            {viewerConfirmed
              ? <ActionButton ctx={ctx} action={`/applications/${a.id}/withdraw`}>{t('sangam-application-withdraw')}</ActionButton>
              : <ActionButton ctx={ctx} action={`/applications/${a.id}/confirm`} primary>{t('sangam-application-join')}</ActionButton>}
            {' '}<span class="small muted">{t('sangam-application-join-help')}</span>
          </p>
        )}
        {confirmed === null
          ? <p><a href={`/signin?return=/applications/${a.id}`}>{t('sangam-application-signin')}</a></p>
          : confirmed.length > 0 && <ul class="chips">{confirmed.map((p) => <li><PersonLink p={p} /></li>)}</ul>}
      </section>
      <ReadinessTable ctx={ctx} readiness={a.readiness} removeAction={reviewing ? `/applications/${a.id}/overrides/remove` : null} />
      {editing && <AnswersForm ctx={ctx} id={a.id} values={editing} errors={errors} />}
      {reviewing && <ReviewForms ctx={ctx} id={a.id} values={review} errors={errors} />}
    </>
  );
}
