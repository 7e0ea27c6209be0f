import { MAX_PROPOSAL_SKILLS, MAX_WEIGHT } from '../../domain/proposals/schema.js';
import { BOARD_SORTS, SCORES, type BoardSort } from '../../domain/proposals/review-scores.js';
import { SESSION_TYPES, type ProposalStatus } from '../../domain/proposals/types.js';
import type { Skill } from '../../domain/skills/types.js';
import type { FieldErrors } from '../../errors.js';
import type { MessageKey } from '../../i18n/messages.js';
import {
  CFP_STATUS_KEYS, SESSION_TYPE_KEYS,
  type BoardRowView, type CallView, type LanguageView, type PersonLinkView, type ProposalRowView, type ProposalView, type ReviewView, type ScoreSummaryView,
} from '../presenters/proposals.js';
import { ActionButton, Description, ErrorSummary, FieldError, invalid, TextArea, TextField } from './components.js';
import { CsrfField } from './layout.js';
import type { PageContext } from './page-context.js';
import { SkillOptions } from './people.js';

const PersonLink = ({ p }: { p: PersonLinkView }) => <a href={p.href}><bdi>{p.name}</bdi></a>;
const People = ({ people }: { people: PersonLinkView[] }) => <>{people.map((p, i) => <>{i > 0 && ', '}<PersonLink p={p} /></>)}</>;
const Language = ({ l }: { l: LanguageView }) => <bdi lang={l.code}>{l.name}</bdi>;

export interface CallFormValues {
  title: string; slug: string; description: string; closesDate: string; closesTime: string; status: string;
  questions: { id: string; label: string }[];
  categories: { key: string; label: string; weight: string }[];
}

/** Opening a call (mode 'new', with its address) or changing one (mode 'edit', where it can also be closed). */
export function CallFormPage({ ctx, mode, action, series, values, errors, cancelHref }: {
  ctx: PageContext; mode: 'new' | 'edit'; action: string; series: { title: string; href: string; homeZone: string };
  values: CallFormValues; errors?: FieldErrors; cancelHref: string;
}) {
  const { t } = ctx;
  const statuses = mode === 'new' ? (['open', 'draft'] as const) : (['draft', 'open', 'closed'] as const);
  return (
    <>
      <h1>{t(mode === 'new' ? 'sangam-cfp-new-title' : 'sangam-cfp-edit-title')}</h1>
      <p>{t('sangam-cfp-series')}: <a href={series.href} dir="auto">{series.title}</a></p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={action}>
        <CsrfField ctx={ctx} />
        <TextField ctx={ctx} name="title" label={t('sangam-cfp-field-title')} value={values.title} errors={errors} maxlength={200} required />
        {mode === 'new' && (
          <TextField ctx={ctx} name="slug" label={t('sangam-cfp-field-slug')} value={values.slug} errors={errors} maxlength={61} required dir="ltr"
            hint={t('sangam-cfp-field-slug-hint')} extra={{ pattern: '[a-z0-9][a-z0-9\\-]{1,60}' }} />
        )}
        <TextArea ctx={ctx} name="description" label={t('sangam-cfp-field-description')} value={values.description} errors={errors} maxlength={4000} />
        <fieldset class="field">
          <legend>{t('sangam-cfp-field-deadline')}</legend>
          <p class="hint">{t('sangam-cfp-field-deadline-hint', series.homeZone)}</p>
          <div class="filters">
            <TextField ctx={ctx} name="closesDate" label={t('sangam-cfp-field-date')} type="date" value={values.closesDate} errors={errors} required dir="ltr" />
            <TextField ctx={ctx} name="closesTime" label={t('sangam-cfp-field-time')} type="time" value={values.closesTime} errors={errors} required dir="ltr" />
          </div>
        </fieldset>
        <fieldset class="field" {...invalid(errors, 'status')}>
          <legend>{t('sangam-cfp-field-status')}</legend>
          {statuses.map((s) => <label><input type="radio" name="status" value={s} checked={values.status === s} /> {t(CFP_STATUS_KEYS[s])}</label>)}
          <FieldError ctx={ctx} errors={errors} name="status" />
        </fieldset>
        <fieldset class="field" {...invalid(errors, 'questions')}>
          <legend>{t('sangam-cfp-field-questions')}</legend>
          <p class="hint">{t('sangam-cfp-field-questions-hint')}</p>
          {values.questions.map((q, i) => (
            <div class="field">
              <input type="hidden" name={`questions.${i}.id`} value={q.id} />
              <label for={`questions.${i}.label`}>{t('sangam-cfp-question-n', i + 1)}</label>
              <input id={`questions.${i}.label`} name={`questions.${i}.label`} maxlength={500} dir="auto" value={q.label} {...invalid(errors, `questions.${i}.label`)} />
              <FieldError ctx={ctx} errors={errors} name={`questions.${i}.label`} />
            </div>
          ))}
          <FieldError ctx={ctx} errors={errors} name="questions" />
        </fieldset>
        <fieldset class="field" {...invalid(errors, 'categories')}>
          <legend>{t('sangam-cfp-field-categories')}</legend>
          <p class="hint">{t('sangam-cfp-field-categories-hint', MAX_WEIGHT)}</p>
          {values.categories.map((c, i) => (
            <div class="filters">
              <input type="hidden" name={`categories.${i}.key`} value={c.key} />
              <div class="field">
                <label for={`categories.${i}.label`}>{t('sangam-cfp-category-n', i + 1)}</label>
                <input id={`categories.${i}.label`} name={`categories.${i}.label`} maxlength={120} dir="auto" value={c.label} {...invalid(errors, `categories.${i}.label`)} />
                <FieldError ctx={ctx} errors={errors} name={`categories.${i}.label`} />
              </div>
              <div class="field">
                <label for={`categories.${i}.weight`}>{t('sangam-cfp-weight')}</label>
                <input id={`categories.${i}.weight`} name={`categories.${i}.weight`} type="number" min={1} max={MAX_WEIGHT} value={c.weight} {...invalid(errors, `categories.${i}.weight`)} />
                <FieldError ctx={ctx} errors={errors} name={`categories.${i}.weight`} />
              </div>
            </div>
          ))}
          <FieldError ctx={ctx} errors={errors} name="categories" />
        </fieldset>
        <p class="row">
          <button class="cdx-button cdx-button--primary" type="submit">{t(mode === 'new' ? 'sangam-cfp-create' : 'sangam-cfp-save')}</button>
          <a href={cancelHref}>{t('sangam-cfp-cancel')}</a>
        </p>
      </form>
    </>
  );
}

/** "I would attend" or its withdrawal, returning to the page it was pressed on. */
function InterestButton({ ctx, row, returnTo }: { ctx: PageContext; row: ProposalRowView; returnTo: string }) {
  return row.viewerInterested
    ? <ActionButton ctx={ctx} action={`/proposals/${row.id}/interest`} fields={{ want: 'no', return: returnTo }}>{ctx.t('sangam-proposal-interest-withdraw')}</ActionButton>
    : <ActionButton ctx={ctx} action={`/proposals/${row.id}/interest`} fields={{ want: 'yes', return: returnTo }} primary>{ctx.t('sangam-proposal-interest-add')}</ActionButton>;
}

export function CallPage({ ctx, call, proposals, signedIn, canManage, canReview }: {
  ctx: PageContext; call: CallView; proposals: ProposalRowView[]; signedIn: boolean; canManage: boolean; canReview: boolean;
}) {
  const { t } = ctx;
  return (
    <>
      <h1 dir="auto">{call.title}</h1>
      <p>
        <a href={call.series.href} dir="auto">{call.series.title}</a>{' · '}<span class="badge">{call.statusText}</span>
        {call.deadline && <>{' · '}{t('sangam-cfp-deadline', call.deadline)}</>}
      </p>
      {call.description && <p dir="auto">{call.description}</p>}
      {call.status === 'open' && call.pastDeadline && <p class="cdx-message">{t('sangam-cfp-deadline-passed')}</p>}
      {call.questions.length > 0 && (
        <>
          <h2>{t('sangam-cfp-questions')}</h2>
          <ol>{call.questions.map((q) => <li dir="auto">{q.label}</li>)}</ol>
        </>
      )}
      <p class="row">
        {call.accepting && (signedIn
          ? <a class="cdx-button cdx-button--primary" href={`${call.href}/propose`}>{t('sangam-cfp-propose')}</a>
          : <a class="cdx-button cdx-button--primary" href={`/signin?return=${call.href}/propose`}>{t('sangam-cfp-propose')}</a>)}
        {canReview && <a class="cdx-button" href={`${call.href}/review`}>{t('sangam-review-board-title')}</a>}
        {canManage && <a class="cdx-button" href={`${call.href}/edit`}>{t('sangam-cfp-edit-title')}</a>}
      </p>
      <h2>{t('sangam-cfp-proposals')}</h2>
      {proposals.length ? (
        <div class="scroll">
          <table>
            <caption>{t('sangam-cfp-proposals')}</caption>
            <thead><tr>
              <th scope="col">{t('sangam-proposal-field-title')}</th><th scope="col">{t('sangam-proposal-field-type')}</th>
              <th scope="col">{t('sangam-proposal-field-language')}</th><th scope="col">{t('sangam-proposal-presenters')}</th>
              <th scope="col">{t('sangam-proposal-interest')}</th>
            </tr></thead>
            <tbody>
              {proposals.map((p) => (
                <tr>
                  <th scope="row">
                    <a href={p.href} dir="auto">{p.title}</a>
                    {p.status !== 'submitted' && <> <span class="badge">{p.statusText}</span></>}
                  </th>
                  <td>{p.typeText}</td><td><Language l={p.language} /></td><td><People people={p.presenters} /></td>
                  <td class="num">
                    {t('sangam-proposal-interest-count', p.interest)}
                    {signedIn && p.status === 'submitted' && <> <InterestButton ctx={ctx} row={p} returnTo={call.href} /></>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : <p class="muted">{t('sangam-cfp-no-proposals')}</p>}
    </>
  );
}

export interface ProposalFormValues {
  title: string; sessionType: string; language: string; interpretation: string; durationMinutes: string;
  plan: string; supportNeeded: string; benefit: string; skills: string[]; answers: Record<string, string>;
}

/** The proposal form, new or being edited; a submitted proposal is saved as it is, a draft saved or submitted. */
export function ProposalFormPage({ ctx, call, action, values, status, skills, errors }: {
  ctx: PageContext; call: CallView; action: string; values: ProposalFormValues;
  /** Null for a new proposal. */
  status: ProposalStatus | null;
  skills: Skill[]; errors?: FieldErrors;
}) {
  const { t } = ctx;
  return (
    <>
      <h1>{t(status === null ? 'sangam-proposal-new-title' : 'sangam-proposal-edit-title')}</h1>
      <p><a href={call.href} dir="auto">{call.title}</a>{call.deadline && <>{' · '}{t('sangam-cfp-deadline', call.deadline)}</>}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={action}>
        <CsrfField ctx={ctx} />
        <TextField ctx={ctx} name="title" label={t('sangam-proposal-field-title')} value={values.title} errors={errors} maxlength={200} required />
        <div class="filters">
          <div class="field">
            <label for="sessionType">{t('sangam-proposal-field-type')}</label>
            <select id="sessionType" name="sessionType" {...invalid(errors, 'sessionType')}>
              {SESSION_TYPES.map((s) => <option value={s} selected={values.sessionType === s}>{t(SESSION_TYPE_KEYS[s])}</option>)}
            </select>
            <FieldError ctx={ctx} errors={errors} name="sessionType" />
          </div>
          <TextField ctx={ctx} name="durationMinutes" label={t('sangam-proposal-field-duration')} type="number" value={values.durationMinutes}
            errors={errors} required dir="ltr" extra={{ min: 5, max: 480, step: 5 }} />
        </div>
        <TextField ctx={ctx} name="language" label={t('sangam-proposal-field-language')} value={values.language} errors={errors} maxlength={80} required
          hint={t('sangam-proposal-field-language-hint')} />
        <TextField ctx={ctx} name="interpretation" label={`${t('sangam-proposal-field-interpretation')} ${t('sangam-optional')}`} value={values.interpretation}
          errors={errors} maxlength={2000} hint={t('sangam-proposal-field-interpretation-hint')} />
        <TextArea ctx={ctx} name="plan" label={t('sangam-proposal-field-plan')} value={values.plan} errors={errors} maxlength={8000} hint={t('sangam-proposal-field-plan-hint')} />
        <TextArea ctx={ctx} name="benefit" label={t('sangam-proposal-field-benefit')} value={values.benefit} errors={errors} maxlength={4000} />
        <TextArea ctx={ctx} name="supportNeeded" label={`${t('sangam-proposal-field-support')} ${t('sangam-optional')}`} value={values.supportNeeded}
          errors={errors} maxlength={2000} hint={t('sangam-proposal-field-support-hint')} />
        <fieldset class="field" {...invalid(errors, 'skills')}>
          <legend>{t('sangam-proposal-field-skills')} {t('sangam-optional')}</legend>
          <div class="filters">
            {Array.from({ length: MAX_PROPOSAL_SKILLS }, (_, i) => (
              <div class="field">
                <label for={`skill-${i}`}>{t('sangam-proposal-skill-n', i + 1)}</label>
                <select id={`skill-${i}`} name="skills">
                  <option value="">{t('sangam-choose')}</option>
                  <SkillOptions skills={skills} selected={values.skills[i] ?? ''} ctx={ctx} byId />
                </select>
              </div>
            ))}
          </div>
          <FieldError ctx={ctx} errors={errors} name="skills" />
        </fieldset>
        {call.questions.map((q) => (
          <TextArea ctx={ctx} name={`answers.${q.id}`} label={q.label} value={values.answers[q.id] ?? ''} errors={errors} maxlength={4000} />
        ))}
        <p class="hint">{t('sangam-proposal-submit-hint')}</p>
        <p class="row">
          {status === 'submitted'
            ? <button class="cdx-button cdx-button--primary" type="submit" name="intent" value="submit">{t('sangam-proposal-save')}</button>
            : <>
              <button class="cdx-button" type="submit" name="intent" value="draft">{t('sangam-proposal-save-draft')}</button>
              <button class="cdx-button cdx-button--primary" type="submit" name="intent" value="submit">{t('sangam-proposal-submit')}</button>
            </>}
        </p>
      </form>
    </>
  );
}

export interface InviteValues { username: string }
export interface DecisionValues { decision: string; message: string }

/** Text someone wrote, or "not given". */
const Written = ({ ctx, text }: { ctx: PageContext; text: string }) => (text ? <Description text={text} /> : <p class="muted">{ctx.t('sangam-not-given')}</p>);

export function ProposalPage({ ctx, p, roles, invite, decision, reviews, score, errors }: {
  ctx: PageContext; p: ProposalView;
  roles: {
    signedIn: boolean; presenter: boolean; invited: boolean; canEdit: boolean; editClosed: boolean; canWithdraw: boolean;
    canReview: boolean; canDecide: boolean; canSignInterest: boolean;
  };
  invite: InviteValues; decision: DecisionValues;
  /** Every review, for organizers; null for everyone else. */
  reviews: ReviewView[] | null;
  score: ScoreSummaryView | null;
  errors?: FieldErrors;
}) {
  const { t } = ctx;
  return (
    <>
      <h1 dir="auto">{p.title}</h1>
      <p>
        <a href={p.call.href} dir="auto">{p.call.title}</a>{' · '}<span class="badge">{p.statusText}</span>
        {p.submitted && <>{' · '}{t('sangam-proposal-submitted-on', p.submitted)}</>}
      </p>
      <ErrorSummary ctx={ctx} errors={errors} />
      {p.decision && (
        <section class="card">
          <h2>{t('sangam-proposal-decision')}</h2>
          <p><strong>{p.decision.statusText}</strong> · {p.decision.on}</p>
          {p.decision.message && <Description text={p.decision.message} />}
        </section>
      )}
      {roles.invited && (
        <section class="card">
          <p>{t('sangam-proposal-invitation')}</p>
          <p class="row">
            <ActionButton ctx={ctx} action={`/proposals/${p.id}/presenters/answer`} fields={{ answer: 'confirm' }} primary>{t('sangam-proposal-invitation-confirm')}</ActionButton>
            <ActionButton ctx={ctx} action={`/proposals/${p.id}/presenters/answer`} fields={{ answer: 'decline' }}>{t('sangam-proposal-invitation-decline')}</ActionButton>
          </p>
        </section>
      )}
      <dl>
        <dt>{t('sangam-proposal-presenters')}</dt>
        <dd>
          <People people={p.presenters} />
          {roles.presenter && p.invited.length > 0 && <> · {t('sangam-proposal-invited')}: <People people={p.invited} /></>}
        </dd>
        <dt>{t('sangam-proposal-field-type')}</dt><dd>{p.typeText} · {p.duration}</dd>
        <dt>{t('sangam-proposal-field-language')}</dt>
        <dd>
          <Language l={p.language} />
          {p.interpretation.length > 0 && <>{' · '}{t('sangam-proposal-interpreted-into')}{' '}{p.interpretation.map((l, i) => <>{i > 0 && ', '}<Language l={l} /></>)}</>}
        </dd>
        {p.skills.length > 0 && <><dt>{t('sangam-proposal-field-skills')}</dt><dd><ul class="chips">{p.skills.map((s) => <li><a class="chip" href={s.href}>{s.label}</a></li>)}</ul></dd></>}
      </dl>
      <h2>{t('sangam-proposal-field-plan')}</h2><Written ctx={ctx} text={p.plan} />
      <h2>{t('sangam-proposal-field-benefit')}</h2><Written ctx={ctx} text={p.benefit} />
      <h2>{t('sangam-proposal-field-support')}</h2><Written ctx={ctx} text={p.supportNeeded} />
      {p.answers.map((a) => <><h2 dir="auto">{a.label}</h2><Written ctx={ctx} text={a.answer} /></>)}
      <section class="card">
        <h2>{t('sangam-proposal-interest')}</h2>
        <p>{t('sangam-proposal-interest-count', p.interest)}</p>
        {roles.canSignInterest && <InterestButton ctx={ctx} row={p} returnTo={`/proposals/${p.id}`} />}
        {!roles.signedIn && p.status === 'submitted' && <p><a href={`/signin?return=/proposals/${p.id}`}>{t('sangam-proposal-interest-signin')}</a></p>}
      </section>
      {(roles.canEdit || roles.canWithdraw || roles.canReview || roles.editClosed) && (
        <p class="row">
          {roles.canEdit && <a class="cdx-button cdx-button--primary" href={`/proposals/${p.id}/edit`}>{t('sangam-proposal-edit-title')}</a>}
          {roles.canWithdraw && <ActionButton ctx={ctx} action={`/proposals/${p.id}/withdraw`}>{t('sangam-proposal-withdraw')}</ActionButton>}
          {roles.canReview && <a class="cdx-button" href={`/proposals/${p.id}/review`}>{t('sangam-review-title')}</a>}
          {roles.editClosed && <span class="muted">{t('sangam-proposal-edit-closed')}</span>}
        </p>
      )}
      {roles.presenter && (p.status === 'draft' || p.status === 'submitted') && (
        <form method="post" action={`/proposals/${p.id}/presenters`} class="card">
          <h2>{t('sangam-proposal-invite-title')}</h2>
          <CsrfField ctx={ctx} />
          <TextField ctx={ctx} name="username" label={t('sangam-proposal-invite-username')} value={invite.username} errors={errors} maxlength={85} required />
          <button class="cdx-button" type="submit">{t('sangam-proposal-invite-submit')}</button>
        </form>
      )}
      {score && (
        <section>
          <h2>{t('sangam-review-scores')}</h2>
          <p>{t('sangam-review-summary', score.reviews, score.mean, score.median)}</p>
          {reviews && reviews.length > 0 && (
            <div class="scroll">
              <table>
                <caption>{t('sangam-review-list')}</caption>
                <thead><tr>
                  <th scope="col">{t('sangam-review-reviewer')}</th>
                  {score.categories.map((c) => <th scope="col"><bdi>{c.label}</bdi> ({ctx.formatNumber(c.weight)})</th>)}
                  <th scope="col">{t('sangam-review-weighted')}</th><th scope="col">{t('sangam-review-comment')}</th>
                </tr></thead>
                <tbody>
                  {reviews.map((r) => (
                    <tr>
                      <th scope="row"><PersonLink p={r.reviewer} /></th>
                      {r.scores.map((s) => <td class="num">{s.score}</td>)}
                      <td class="num"><strong>{r.weighted}</strong></td><td dir="auto">{r.comment}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot><tr>
                  <th scope="row">{t('sangam-review-mean')}</th>
                  {score.categories.map((c) => <td class="num">{c.mean}</td>)}
                  <td class="num"><strong>{score.mean}</strong></td><td></td>
                </tr></tfoot>
              </table>
            </div>
          )}
        </section>
      )}
      {roles.canDecide && (
        <form method="post" action={`/proposals/${p.id}/decision`} class="card">
          <h2>{t('sangam-proposal-decision')}</h2>
          <CsrfField ctx={ctx} />
          <fieldset class="field" {...invalid(errors, 'decision')}>
            <legend>{t('sangam-proposal-decision-field')}</legend>
            <label><input type="radio" name="decision" value="accepted" checked={decision.decision !== 'rejected'} /> {t('sangam-proposal-accept')}</label>
            <label><input type="radio" name="decision" value="rejected" checked={decision.decision === 'rejected'} /> {t('sangam-proposal-reject')}</label>
            <FieldError ctx={ctx} errors={errors} name="decision" />
          </fieldset>
          <TextArea ctx={ctx} name="message" label={t('sangam-proposal-decision-message')} value={decision.message} errors={errors} maxlength={4000}
            hint={t('sangam-proposal-decision-message-hint')} />
          <button class="cdx-button cdx-button--primary" type="submit">{t('sangam-proposal-decide')}</button>
        </form>
      )}
    </>
  );
}

const SORT_KEYS: Record<BoardSort, MessageKey> = {
  score: 'sangam-review-sort-score', interest: 'sangam-review-sort-interest', reviews: 'sangam-review-sort-reviews',
};

/** Reviewers' table: reviews, mean and median weighted score, and interest as a column of its own. */
export function ReviewBoardPage({ ctx, call, rows, sort }: { ctx: PageContext; call: CallView; rows: BoardRowView[]; sort: BoardSort }) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-review-board-title')}</h1>
      <p><a href={call.href} dir="auto">{call.title}</a>{call.deadline && <>{' · '}{t('sangam-cfp-deadline', call.deadline)}</>}</p>
      <p class="hint">{t('sangam-review-board-intro')}</p>
      <p class="row">
        <a class="cdx-button cdx-button--primary" href={`${call.href}/review/next`}>{t('sangam-review-next')}</a>
      </p>
      <nav aria-label={t('sangam-review-sort')}>
        <p class="row">
          {t('sangam-review-sort')}:{' '}
          {BOARD_SORTS.map((s) => (s === sort
            ? <strong aria-current="true">{t(SORT_KEYS[s])}</strong>
            : <a href={`${call.href}/review?sort=${s}`}>{t(SORT_KEYS[s])}</a>))}
        </p>
      </nav>
      {rows.length ? (
        <div class="scroll">
          <table>
            <caption>{t('sangam-review-board-caption', t(SORT_KEYS[sort]))}</caption>
            <thead><tr>
              <th scope="col">{t('sangam-proposal-field-title')}</th><th scope="col">{t('sangam-proposal-presenters')}</th>
              <th scope="col">{t('sangam-review-count')}</th><th scope="col">{t('sangam-review-mean')}</th><th scope="col">{t('sangam-review-median')}</th>
              <th scope="col">{t('sangam-review-demand')}</th><th scope="col">{t('sangam-review-yours')}</th>
            </tr></thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <th scope="row"><a href={r.href} dir="auto">{r.title}</a><br /><span class="small muted">{r.typeText} · <Language l={r.language} /></span></th>
                  <td><People people={r.presenters} /></td>
                  <td class="num">{ctx.formatNumber(r.reviews)}</td><td class="num">{r.mean}</td><td class="num">{r.median}</td>
                  <td class="num">{ctx.formatNumber(r.interest)}</td>
                  <td>
                    {r.ownProposal ? <span class="muted">{t('sangam-review-own')}</span>
                      : <a href={r.reviewHref}>{t(r.reviewedByViewer ? 'sangam-review-edit' : 'sangam-review-title')}</a>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : <p class="muted">{t('sangam-review-none')}</p>}
    </>
  );
}

export interface ReviewFormValues { scores: Record<string, string>; comment: string }

export function ReviewPage({ ctx, p, categories, values, editing, errors }: {
  ctx: PageContext; p: ProposalView; categories: { key: string; label: string; weight: number }[]; values: ReviewFormValues;
  editing: boolean; errors?: FieldErrors;
}) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-review-of', p.title)}</h1>
      <p>
        <a href={p.href} dir="auto">{p.title}</a>{' · '}{p.typeText}{' · '}<Language l={p.language} />{' · '}{p.duration}
        {' · '}<a href={`${p.call.href}/review`}>{t('sangam-review-board-title')}</a>
      </p>
      <p class="hint">{t('sangam-review-intro')}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={`/proposals/${p.id}/review`}>
        <CsrfField ctx={ctx} />
        {categories.map((c) => {
          const name = `scores.${c.key}`;
          return (
            <fieldset class="field" {...invalid(errors, name)}>
              <legend><bdi>{c.label}</bdi> · {t('sangam-review-weight', c.weight)}</legend>
              <p class="row">
                {SCORES.map((s) => <label><input type="radio" name={name} value={String(s)} checked={values.scores[c.key] === String(s)} required /> {ctx.formatNumber(s)}</label>)}
              </p>
              <FieldError ctx={ctx} errors={errors} name={name} />
            </fieldset>
          );
        })}
        <TextArea ctx={ctx} name="comment" label={t('sangam-review-comment')} value={values.comment} errors={errors} maxlength={4000} />
        <button class="cdx-button cdx-button--primary" type="submit">{t(editing ? 'sangam-review-replace' : 'sangam-review-submit')}</button>
      </form>
    </>
  );
}
