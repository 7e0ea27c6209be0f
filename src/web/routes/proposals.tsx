import { Hono } from 'hono';
import {
  getCallBySlug, getOwnReview, getProposal, interestOf, listProposals, listReviews, nextProposalToReview, reviewBoard,
} from '../../domain/proposals/data.js';
import {
  answerInvitation, createCall, createProposal, decideProposal, invitePresenter, saveReview, setInterest, updateCall, updateProposal, withdrawProposal,
} from '../../domain/proposals/mutations.js';
import {
  acceptsProposals, canDecide, canEditProposal, canManageCalls, canReviewCall, canReviewProposal, canSeeCall, canSeeDecisionMessage, canSeeProposal,
  canSeeReviews, canSignInterest, canWithdrawProposal, isInvitedPresenter, isPresenter,
} from '../../domain/proposals/policy.js';
import { orderBoard, scoreProposal, weightedScore } from '../../domain/proposals/review-scores.js';
import {
  BoardSortSchema, CallEditSchema, DecisionSchema, InterestSchema, InvitationAnswerSchema, InviteSchema, MAX_CATEGORIES, MAX_QUESTIONS, NewCallSchema,
  ProposalSchema,
} from '../../domain/proposals/schema.js';
import type { Proposal, ProposalCall, SeriesRef } from '../../domain/proposals/types.js';
import { getSkillTree } from '../../domain/skills/data.js';
import { validate } from '../../domain/validation.js';
import { loadSeriesAccess } from '../../domain/workshops/access.js';
import { getSeriesBySlug } from '../../domain/workshops/data.js';
import type { SeriesAccess } from '../../domain/workshops/policy.js';
import { AppError, ConflictError, ForbiddenError, NotFoundError, type FieldErrors } from '../../errors.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { AppContext, AppEnv } from '../env.js';
import { attempt, field, fields, formBody, safeReturnPath, type FormBody } from '../forms.js';
import {
  localDateTime, presentBoardRow, presentCall, presentProposal, presentProposalRow, presentReview, presentScore,
} from '../presenters/proposals.js';
import { flash, pageContext, render } from '../render.js';
import { idParam, signedInViewer, slugParam, viewerTimeZone } from '../request.js';
import {
  CallFormPage, CallPage, ProposalFormPage, ProposalPage, ReviewBoardPage, ReviewPage,
  type CallFormValues, type DecisionValues, type InviteValues, type ProposalFormValues, type ReviewFormValues,
} from '../views/proposals.js';

type Status = 400 | 409;

async function seriesParam(c: AppContext): Promise<{ series: SeriesRef; access: SeriesAccess }> {
  const series = await getSeriesBySlug(c.get('deps').db, slugParam(c));
  if (!series) throw new NotFoundError();
  return { series, access: await loadSeriesAccess(c.get('deps').db, series.id, c.get('viewer')?.id ?? null) };
}

/** The call at /cfp/:slug if the viewer may see it; a draft is a 404 to everyone but the series' organizers. */
async function callParam(c: AppContext): Promise<{ call: ProposalCall; access: SeriesAccess }> {
  const call = await getCallBySlug(c.get('deps').db, slugParam(c));
  if (!call) throw new NotFoundError();
  const access = await loadSeriesAccess(c.get('deps').db, call.series.id, c.get('viewer')?.id ?? null);
  if (!canSeeCall(c.get('viewer'), access, call)) throw new NotFoundError();
  return { call, access };
}

/** The proposal at /proposals/:id if the viewer may see it (drafts and withdrawn ones are the presenters'). */
async function proposalParam(c: AppContext): Promise<{ proposal: Proposal; call: ProposalCall; access: SeriesAccess }> {
  const found = await getProposal(c.get('deps').db, idParam(c));
  if (!found) throw new NotFoundError();
  const viewer = c.get('viewer');
  const access = await loadSeriesAccess(c.get('deps').db, found.call.series.id, viewer?.id ?? null);
  if (!canSeeCall(viewer, access, found.call) || !canSeeProposal(viewer, access, found.proposal)) throw new NotFoundError();
  return { ...found, access };
}

// ---- Calls ----

/** Rows of a repeated group as posted (questions.0.label, questions.1.label, …), in order, up to `max`. */
function postedRows<K extends string>(body: FormBody, group: string, keys: readonly K[], max: number): Record<K, string>[] {
  const rows: Record<K, string>[] = [];
  for (let i = 0; i < max && keys.some((k) => `${group}.${i}.${k}` in body); i++) {
    rows.push(Object.fromEntries(keys.map((k) => [k, field(body, `${group}.${i}.${k}`)])) as Record<K, string>);
  }
  return rows;
}

function callValuesFromBody(body: FormBody): CallFormValues {
  return {
    title: field(body, 'title'), slug: field(body, 'slug'), description: field(body, 'description'),
    closesDate: field(body, 'closesDate'), closesTime: field(body, 'closesTime'), status: field(body, 'status'),
    questions: postedRows(body, 'questions', ['id', 'label'], MAX_QUESTIONS + 4),
    categories: postedRows(body, 'categories', ['key', 'label', 'weight'], MAX_CATEGORIES + 4),
  };
}

/** Two blank rows to add questions or categories, within the limit. */
function withBlankRows(values: CallFormValues): CallFormValues {
  const blanks = <T,>(rows: T[], max: number, blank: T) => [...rows, ...Array.from({ length: Math.max(0, Math.min(2, max - rows.length)) }, () => blank)];
  return {
    ...values,
    questions: blanks(values.questions, MAX_QUESTIONS, { id: '', label: '' }),
    categories: blanks(values.categories, MAX_CATEGORIES, { key: '', label: '', weight: '' }),
  };
}

const DEFAULT_CATEGORIES: [MessageKey, number][] = [
  ['sangam-cfp-category-benefit', 3], ['sangam-cfp-category-plan', 2], ['sangam-cfp-category-readiness', 2], ['sangam-cfp-category-feasibility', 1],
];

async function showCallForm(c: AppContext, series: SeriesRef, access: SeriesAccess, edit: ProposalCall | null, posted?: { values: CallFormValues; errors: FieldErrors; status: Status }) {
  const viewer = signedInViewer(c);
  if (!canManageCalls(viewer, access)) throw new ForbiddenError();
  const { now } = c.get('deps');
  const tr = c.get('tr');
  let values = posted?.values;
  if (!values && edit) {
    const deadline = edit.closesAt ? localDateTime(edit.closesAt, series.homeZone) : { date: '', time: '' };
    values = withBlankRows({
      title: edit.title, slug: edit.slug, description: edit.description, closesDate: deadline.date, closesTime: deadline.time, status: edit.status,
      questions: edit.questions, categories: edit.categories.map((k) => ({ key: k.key, label: k.label, weight: String(k.weight) })),
    });
  }
  if (!values) {
    // Four weeks from today, at the end of the day in the series' zone, is a sensible first deadline.
    const deadline = localDateTime(new Date(now().getTime() + 28 * 86_400_000), series.homeZone);
    values = withBlankRows({
      title: '', slug: `${series.slug.slice(0, 55)}-${deadline.date.slice(0, 4)}`, description: '', closesDate: deadline.date, closesTime: '23:59', status: 'open',
      questions: [{ id: '', label: '' }],
      categories: DEFAULT_CATEGORIES.map(([key, weight]) => ({ key: '', label: tr.t(key), weight: String(weight) })),
    });
  }
  const ctx = await pageContext(c, { forms: true });
  const page = (
    <CallFormPage ctx={ctx} mode={edit ? 'edit' : 'new'} action={edit ? `/cfp/${edit.slug}/edit` : `/series/${series.slug}/calls/new`}
      series={{ title: series.title, href: `/series/${series.slug}`, homeZone: series.homeZone }} values={values} errors={posted?.errors}
      cancelHref={edit ? `/cfp/${edit.slug}` : `/series/${series.slug}`} />
  );
  return render(c, ctx, ctx.t(edit ? 'sangam-cfp-edit-title' : 'sangam-cfp-new-title'), page, posted?.status ?? 200);
}

// ---- Proposals ----

function proposalValuesFromBody(body: FormBody, call: ProposalCall): ProposalFormValues {
  return {
    title: field(body, 'title'), sessionType: field(body, 'sessionType'), language: field(body, 'language'), interpretation: field(body, 'interpretation'),
    durationMinutes: field(body, 'durationMinutes'), plan: field(body, 'plan'), supportNeeded: field(body, 'supportNeeded'), benefit: field(body, 'benefit'),
    skills: fields(body, 'skills'), answers: Object.fromEntries(call.questions.map((q) => [q.id, field(body, `answers.${q.id}`)])),
  };
}

const valuesFromProposal = (p: Proposal): ProposalFormValues => ({
  title: p.title, sessionType: p.sessionType, language: p.language, interpretation: p.interpretationLanguages.join(', '),
  durationMinutes: String(p.durationMinutes), plan: p.plan, supportNeeded: p.supportNeeded, benefit: p.benefit,
  skills: p.skillIds.map(String), answers: p.answers,
});

async function showProposalForm(c: AppContext, call: ProposalCall, proposal: Proposal | null, values: ProposalFormValues, errors?: FieldErrors, status: 200 | Status = 200) {
  const { db, now } = c.get('deps');
  const tr = c.get('tr');
  const [tree, zone] = await Promise.all([getSkillTree(db, tr.lang), viewerTimeZone(c, call.series.homeZone)]);
  const ctx = await pageContext(c, { forms: true });
  const page = (
    <ProposalFormPage ctx={ctx} call={presentCall(tr, call, now(), zone)} action={proposal ? `/proposals/${proposal.id}/edit` : `/cfp/${call.slug}/propose`}
      values={values} status={proposal?.status ?? null} skills={tree.skills} errors={errors} />
  );
  return render(c, ctx, ctx.t(proposal ? 'sangam-proposal-edit-title' : 'sangam-proposal-new-title'), page, errors ? status : 200);
}

/** Why the viewer may not open the form: not a presenter (403), decided or withdrawn, or too late (409). */
function assertCanEdit(c: AppContext, proposal: Proposal, call: ProposalCall): void {
  const viewer = signedInViewer(c);
  if (!isPresenter(viewer, proposal)) throw new ForbiddenError();
  if (!canEditProposal(viewer, proposal)) throw new ConflictError('sangam-proposal-error-not-editable');
  if (!acceptsProposals(call, c.get('deps').now())) {
    throw new ConflictError(call.status === 'open' ? 'sangam-proposal-error-deadline' : 'sangam-proposal-error-call-closed');
  }
}

const emptyInvite: InviteValues = { username: '' };
const emptyDecision: DecisionValues = { decision: 'accepted', message: '' };

async function showProposal(c: AppContext, form: { invite?: InviteValues; decision?: DecisionValues; errors?: FieldErrors; status?: Status } = {}) {
  const viewer = c.get('viewer');
  const { db, now } = c.get('deps');
  const tr = c.get('tr');
  const { proposal, call, access } = await proposalParam(c);
  const organizer = canSeeReviews(viewer, access);
  const reviewer = canReviewCall(viewer, access);
  const [tree, zone, interested, reviews] = await Promise.all([
    getSkillTree(db, tr.lang), viewerTimeZone(c, call.series.homeZone),
    viewer ? interestOf(db, viewer.id, [proposal.id]) : new Set<number>(),
    reviewer ? listReviews(db, proposal.id) : [],
  ]);
  const view = presentProposal(tr, proposal, call, tree, {
    viewerInterested: interested.has(proposal.id), viewerZone: zone, showDecisionMessage: canSeeDecisionMessage(viewer, access, proposal),
  });
  const accepting = acceptsProposals(call, now());
  const editable = canEditProposal(viewer, proposal);
  const roles = {
    signedIn: !!viewer, presenter: isPresenter(viewer, proposal), invited: isInvitedPresenter(viewer, proposal),
    canEdit: editable && accepting, editClosed: editable && !accepting, canWithdraw: canWithdrawProposal(viewer, proposal),
    canReview: canReviewProposal(viewer, access, proposal), canDecide: canDecide(viewer, access) && proposal.status === 'submitted',
    canSignInterest: canSignInterest(viewer, proposal),
  };
  // Visitors get no forms here, so no session is started for them.
  const ctx = await pageContext(c);
  const page = (
    <ProposalPage ctx={ctx} p={view} roles={roles} invite={form.invite ?? emptyInvite} decision={form.decision ?? emptyDecision}
      reviews={organizer ? reviews.map((r) => presentReview(tr, r, call, weightedScore(call.categories, r.scores), zone)) : null}
      score={reviewer ? presentScore(tr, scoreProposal(call.categories, reviews), call) : null} errors={form.errors} />
  );
  return render(c, ctx, proposal.title, page, form.errors ? form.status ?? 400 : 200);
}

// ---- Reviews ----

async function showReview(c: AppContext, posted?: { values: ReviewFormValues; errors: FieldErrors; status: Status }) {
  const viewer = signedInViewer(c);
  const { db } = c.get('deps');
  const tr = c.get('tr');
  const { proposal, call, access } = await proposalParam(c);
  assertMayReview(viewer, access, proposal);
  const [tree, zone, own] = await Promise.all([getSkillTree(db, tr.lang), viewerTimeZone(c, call.series.homeZone), getOwnReview(db, proposal.id, viewer.id)]);
  const values: ReviewFormValues = posted?.values ?? {
    scores: Object.fromEntries(call.categories.map((k) => [k.key, own?.scores[k.key] !== undefined ? String(own.scores[k.key]) : ''])), comment: own?.comment ?? '',
  };
  const view = presentProposal(tr, proposal, call, tree, { viewerInterested: false, viewerZone: zone, showDecisionMessage: false });
  const ctx = await pageContext(c, { forms: true });
  const page = <ReviewPage ctx={ctx} p={view} categories={call.categories} values={values} editing={!!own} errors={posted?.errors} />;
  return render(c, ctx, ctx.t('sangam-review-of', proposal.title), page, posted?.status ?? 200);
}

/** Reviewers only (403); never their own proposal (403, said so); only while it is under review (409). */
function assertMayReview(viewer: Parameters<typeof canReviewCall>[0], access: SeriesAccess, proposal: Proposal): void {
  if (!canReviewCall(viewer, access)) throw new ForbiddenError();
  if (proposal.presenters.some((p) => p.person.id === viewer?.id)) throw new AppError('forbidden', 403, 'sangam-review-error-own');
  if (proposal.status !== 'submitted') throw new ConflictError('sangam-review-error-closed');
}

export const proposalRoutes = new Hono<AppEnv>()
  .get('/series/:slug/calls/new', async (c) => {
    const { series, access } = await seriesParam(c);
    return showCallForm(c, series, access, null);
  })
  .post('/series/:slug/calls/new', async (c) => {
    const viewer = signedInViewer(c);
    const { series, access } = await seriesParam(c);
    if (!canManageCalls(viewer, access)) throw new ForbiddenError();
    const values = callValuesFromBody(await formBody(c));
    let slug = '';
    const failed = await attempt(async () => {
      slug = await createCall(c.get('deps').db, viewer, series.id, validate(NewCallSchema, values));
    }, (errors, status) => showCallForm(c, series, access, null, { values, errors, status }));
    if (failed) return failed;
    await flash(c, 'success', 'sangam-cfp-created');
    return c.redirect(`/cfp/${slug}`, 303);
  })
  .get('/cfp/:slug', async (c) => {
    const viewer = c.get('viewer');
    const { db, now } = c.get('deps');
    const tr = c.get('tr');
    const { call, access } = await callParam(c);
    const [all, zone] = await Promise.all([listProposals(db, call.id), viewerTimeZone(c, call.series.homeZone)]);
    const visible = all.filter((p) => canSeeProposal(viewer, access, p));
    const interested = viewer ? await interestOf(db, viewer.id, visible.map((p) => p.id)) : new Set<number>();
    const ctx = await pageContext(c);
    const page = (
      <CallPage ctx={ctx} call={presentCall(tr, call, now(), zone)} proposals={visible.map((p) => presentProposalRow(tr, p, interested.has(p.id)))}
        signedIn={!!viewer} canManage={canManageCalls(viewer, access)} canReview={canReviewCall(viewer, access)} />
    );
    return render(c, ctx, call.title, page);
  })
  .get('/cfp/:slug/edit', async (c) => {
    const { call, access } = await callParam(c);
    return showCallForm(c, call.series, access, call);
  })
  .post('/cfp/:slug/edit', async (c) => {
    const viewer = signedInViewer(c);
    const { call, access } = await callParam(c);
    if (!canManageCalls(viewer, access)) throw new ForbiddenError();
    const values = { ...callValuesFromBody(await formBody(c)), slug: call.slug };
    const failed = await attempt(
      () => updateCall(c.get('deps').db, viewer, call.id, validate(CallEditSchema, values)),
      (errors, status) => showCallForm(c, call.series, access, call, { values, errors, status }),
    );
    if (failed) return failed;
    await flash(c, 'success', 'sangam-cfp-saved');
    return c.redirect(`/cfp/${call.slug}`, 303);
  })
  .get('/cfp/:slug/propose', async (c) => {
    signedInViewer(c);
    const { call } = await callParam(c);
    if (!acceptsProposals(call, c.get('deps').now())) {
      throw new ConflictError(call.status === 'open' ? 'sangam-proposal-error-deadline' : 'sangam-proposal-error-call-closed');
    }
    return showProposalForm(c, call, null, {
      title: '', sessionType: 'workshop', language: '', interpretation: '', durationMinutes: String(call.series.defaultDurationMinutes),
      plan: '', supportNeeded: '', benefit: '', skills: [], answers: {},
    });
  })
  .post('/cfp/:slug/propose', async (c) => {
    const viewer = signedInViewer(c);
    const { call } = await callParam(c);
    const { db, now } = c.get('deps');
    const body = await formBody(c);
    const values = proposalValuesFromBody(body, call);
    const intent = field(body, 'intent');
    let id = 0;
    const failed = await attempt(async () => {
      id = await createProposal(db, viewer, call.id, validate(ProposalSchema, { ...values, intent }), now());
    }, (errors, status) => showProposalForm(c, call, null, values, errors, status));
    if (failed) return failed;
    await flash(c, 'success', intent === 'submit' ? 'sangam-proposal-submitted' : 'sangam-proposal-saved');
    return c.redirect(`/proposals/${id}`, 303);
  })
  .get('/proposals/:id', (c) => showProposal(c))
  .get('/proposals/:id/edit', async (c) => {
    const { proposal, call } = await proposalParam(c);
    assertCanEdit(c, proposal, call);
    return showProposalForm(c, call, proposal, valuesFromProposal(proposal));
  })
  .post('/proposals/:id/edit', async (c) => {
    const viewer = signedInViewer(c);
    const { proposal, call } = await proposalParam(c);
    const { db, now } = c.get('deps');
    const body = await formBody(c);
    const values = proposalValuesFromBody(body, call);
    const intent = field(body, 'intent');
    const failed = await attempt(
      () => updateProposal(db, viewer, proposal.id, validate(ProposalSchema, { ...values, intent }), now()),
      (errors, status) => showProposalForm(c, call, proposal, values, errors, status),
    );
    if (failed) return failed;
    await flash(c, 'success', intent === 'submit' && proposal.status === 'draft' ? 'sangam-proposal-submitted' : 'sangam-proposal-saved');
    return c.redirect(`/proposals/${proposal.id}`, 303);
  })
  .post('/proposals/:id/withdraw', async (c) => {
    const viewer = signedInViewer(c);
    const { proposal } = await proposalParam(c);
    await withdrawProposal(c.get('deps').db, viewer, proposal.id, c.get('deps').now());
    await flash(c, 'success', 'sangam-proposal-withdrawn');
    return c.redirect(`/proposals/${proposal.id}`, 303);
  })
  .post('/proposals/:id/presenters', async (c) => {
    const viewer = signedInViewer(c);
    const { proposal } = await proposalParam(c);
    const invite: InviteValues = { username: field(await formBody(c), 'username') };
    const failed = await attempt(
      () => invitePresenter(c.get('deps').db, viewer, proposal.id, validate(InviteSchema, invite).username, c.get('deps').now()),
      (errors, status) => showProposal(c, { invite, errors, status }),
    );
    if (failed) return failed;
    await flash(c, 'success', 'sangam-proposal-invite-sent');
    return c.redirect(`/proposals/${proposal.id}`, 303);
  })
  .post('/proposals/:id/presenters/answer', async (c) => {
    const viewer = signedInViewer(c);
    const { proposal } = await proposalParam(c);
    const { answer } = validate(InvitationAnswerSchema, { answer: field(await formBody(c), 'answer') });
    await answerInvitation(c.get('deps').db, viewer, proposal.id, answer === 'confirm');
    await flash(c, 'success', answer === 'confirm' ? 'sangam-proposal-invitation-confirmed' : 'sangam-proposal-invitation-declined');
    return c.redirect(`/proposals/${proposal.id}`, 303);
  })
  .post('/proposals/:id/interest', async (c) => {
    const viewer = signedInViewer(c);
    const { proposal } = await proposalParam(c);
    const body = await formBody(c);
    const { want } = validate(InterestSchema, { want: field(body, 'want') });
    await setInterest(c.get('deps').db, viewer.id, proposal.id, want === 'yes', c.get('deps').now());
    await flash(c, 'success', want === 'yes' ? 'sangam-proposal-interest-added' : 'sangam-proposal-interest-removed');
    const back = field(body, 'return');
    return c.redirect(back ? safeReturnPath(back) : `/proposals/${proposal.id}`, 303);
  })
  .get('/cfp/:slug/review', async (c) => {
    const viewer = signedInViewer(c);
    const { db, now } = c.get('deps');
    const tr = c.get('tr');
    const { call, access } = await callParam(c);
    if (!canReviewCall(viewer, access)) throw new ForbiddenError();
    const sort = BoardSortSchema.parse(c.req.query('sort'));
    const [board, zone] = await Promise.all([reviewBoard(db, call), viewerTimeZone(c, call.series.homeZone)]);
    const ordered = orderBoard(board.map((b) => ({
      ...b, id: b.proposal.id, submittedAt: b.proposal.submittedAt ?? b.proposal.createdAt, reviews: b.score.reviews,
      mean: b.score.mean, median: b.score.median, interest: b.proposal.interest,
    })), sort);
    const ctx = await pageContext(c);
    const rows = ordered.map((b) => presentBoardRow(tr, b.proposal, b.score, b.reviewerIds, viewer.id));
    return render(c, ctx, ctx.t('sangam-review-board-title'), <ReviewBoardPage ctx={ctx} call={presentCall(tr, call, now(), zone)} rows={rows} sort={sort} />);
  })
  .get('/cfp/:slug/review/next', async (c) => {
    const viewer = signedInViewer(c);
    const { call, access } = await callParam(c);
    if (!canReviewCall(viewer, access)) throw new ForbiddenError();
    const next = await nextProposalToReview(c.get('deps').db, call, viewer.id);
    if (next === null) {
      await flash(c, 'success', 'sangam-review-none-left');
      return c.redirect(`/cfp/${call.slug}/review`, 303);
    }
    return c.redirect(`/proposals/${next}/review`, 303);
  })
  .get('/proposals/:id/review', (c) => showReview(c))
  .post('/proposals/:id/review', async (c) => {
    const viewer = signedInViewer(c);
    const { proposal, call, access } = await proposalParam(c);
    assertMayReview(viewer, access, proposal);
    const body = await formBody(c);
    const values: ReviewFormValues = {
      scores: Object.fromEntries(call.categories.map((k) => [k.key, field(body, `scores.${k.key}`)])), comment: field(body, 'comment'),
    };
    const failed = await attempt(
      () => saveReview(c.get('deps').db, viewer, proposal.id, values, c.get('deps').now()),
      (errors, status) => showReview(c, { values, errors, status }),
    );
    if (failed) return failed;
    await flash(c, 'success', 'sangam-review-saved');
    return c.redirect(`/cfp/${call.slug}/review`, 303);
  })
  .post('/proposals/:id/decision', async (c) => {
    const viewer = signedInViewer(c);
    const { proposal, access } = await proposalParam(c);
    if (!canDecide(viewer, access)) throw new ForbiddenError();
    const body = await formBody(c);
    const decision: DecisionValues = { decision: field(body, 'decision'), message: field(body, 'message') };
    let sessionId: number | null = null;
    const failed = await attempt(async () => {
      ({ sessionId } = await decideProposal(c.get('deps').db, viewer, proposal.id, validate(DecisionSchema, decision), c.get('deps').now()));
    }, (errors, status) => showProposal(c, { decision, errors, status }));
    if (failed) return failed;
    await flash(c, 'success', sessionId !== null ? 'sangam-proposal-accepted-done' : 'sangam-proposal-rejected-done');
    return c.redirect(sessionId !== null ? `/sessions/${sessionId}/schedule` : `/proposals/${proposal.id}`, 303);
  });

