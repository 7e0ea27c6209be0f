import { Hono } from 'hono';
import {
  applicationsByCommunity, getApplication, getCallBySlug, listApplications, listCalls, listConfirmations, organizedCommunities, readinessOf,
} from '../../domain/recruitment/data.js';
import { confirmInterest, createCall, decide, overrideScore, removeOverride, saveAnswers, setCallStatus, startApplication, withdrawInterest } from '../../domain/recruitment/mutations.js';
import { acceptsApplications, canCoordinate, canEditApplication, canReview, canSeeCall } from '../../domain/recruitment/policy.js';
import { CRITERIA, DEFAULT_WEIGHTS, type Criterion } from '../../domain/recruitment/readiness.js';
import { AnswersSchema, ApplySchema, CallSchema, CallStatusSchema, DecisionSchema, OverrideSchema, RemoveOverrideSchema } from '../../domain/recruitment/schema.js';
import type { Call } from '../../domain/recruitment/types.js';
import { validate } from '../../domain/validation.js';
import { ConflictError, ForbiddenError, NotFoundError, type FieldErrors } from '../../errors.js';
import type { AppContext, AppEnv } from '../env.js';
import { idParam, signedInViewer, slugParam } from '../request.js';
import { attempt, field, formBody, type FormBody } from '../forms.js';
import { isoDate } from '../../domain/mentorship/pool.js';
import { personLink, presentApplication, presentApplicationRow, presentCall, presentCallListItem } from '../presenters/recruitment.js';
import { flash, pageContext, render } from '../render.js';
import {
  ApplicationPage, ApplyPage, CallPage, CallsPage, NewCallPage, type AnswersValues, type CallValues, type ReviewValues,
} from '../views/recruitment.js';

type Status = 400 | 409;



/** The call at /calls/:slug, if the viewer may see it; a draft is a 404 to everyone but coordinators. */
async function callParam(c: AppContext): Promise<Call> {
  const call = await getCallBySlug(c.get('deps').db, slugParam(c));
  if (!call || !canSeeCall(c.get('viewer'), call)) throw new NotFoundError();
  return call;
}

const emptyReview: ReviewValues = { criterion: 'ready-for-help', score: '', reason: '', decision: 'accepted', message: '' };

function answersFromBody(body: FormBody): AnswersValues {
  return Object.fromEntries(CRITERIA.map((c) => [c, { choice: field(body, `answers.${c}.choice`), evidence: field(body, `answers.${c}.evidence`) }])) as AnswersValues;
}

async function showApplication(c: AppContext, id: number, form: { answers?: AnswersValues; review?: ReviewValues; errors?: FieldErrors; status?: Status } = {}) {
  const viewer = c.get('viewer');
  const { db, now } = c.get('deps');
  const tr = c.get('tr');
  const application = await getApplication(db, id);
  if (!application || !canSeeCall(viewer, application.call)) throw new NotFoundError();
  const confirmed = viewer ? await listConfirmations(db, id) : null;
  const undecided = application.status === 'draft' || application.status === 'submitted';
  const mayEdit = canEditApplication(viewer, application) && application.status === 'draft';
  const accepting = acceptsApplications(application.call, now());
  const stored: AnswersValues = Object.fromEntries(CRITERIA.map((c) => [c, {
    choice: application.answers[c]?.choice ?? '', evidence: application.answers[c]?.evidence ?? '',
  }])) as AnswersValues;
  const ctx = await pageContext(c, { forms: true });
  const view = presentApplication(tr, application, readinessOf(application));
  const page = (
    <ApplicationPage ctx={ctx} a={view} confirmed={confirmed && confirmed.map(personLink)}
      viewerConfirmed={!!viewer && !!confirmed?.some((p) => p.id === viewer.id)} canConfirm={undecided}
      editing={mayEdit && accepting ? form.answers ?? stored : null} editClosed={mayEdit && !accepting}
      reviewing={canReview(viewer) && (application.status === 'submitted' || application.status === 'waitlisted')}
      review={form.review ?? emptyReview} errors={form.errors} />
  );
  return render(c, ctx, tr.t('sangam-application-title', application.community.name), page, form.errors ? form.status ?? 400 : 200);
}

async function showNewCall(c: AppContext, values: CallValues | null, errors?: FieldErrors, status: Status = 400) {
  const viewer = signedInViewer(c);
  if (!canCoordinate(viewer)) throw new ForbiddenError();
  const { now } = c.get('deps');
  // A fortnight from today is a sensible first deadline; the coordinator changes it.
  const initial: CallValues = values ?? {
    title: '', slug: '', description: '', closesOn: isoDate(new Date(now().getTime() + 14 * 86_400_000)), minConfirmed: '15', status: 'open',
    weights: Object.fromEntries(CRITERIA.map((c) => [c, String(DEFAULT_WEIGHTS[c])])) as Record<Criterion, string>,
  };
  const ctx = await pageContext(c, { forms: true });
  return render(c, ctx, ctx.t('sangam-calls-new'), <NewCallPage ctx={ctx} values={initial} errors={errors} />, errors ? status : 200);
}

async function showApply(c: AppContext, call: Call, errors?: FieldErrors, status: Status = 400) {
  const viewer = signedInViewer(c);
  const { db, now } = c.get('deps');
  if (!acceptsApplications(call, now())) throw new ConflictError(call.status === 'open' ? 'sangam-recruitment-error-deadline' : 'sangam-recruitment-error-call-closed', [call.closesOn ?? '']);
  const [mine, applied] = await Promise.all([organizedCommunities(db, viewer.id), applicationsByCommunity(db, call.id)]);
  const communities = mine.map((m) => ({ id: m.id, name: m.name, appliedHref: applied.has(m.id) ? `/applications/${applied.get(m.id)}` : null }));
  const ctx = await pageContext(c, { forms: true });
  const view = presentCall(c.get('tr'), call, now());
  return render(c, ctx, ctx.t('sangam-apply-title', call.title), <ApplyPage ctx={ctx} call={view} communities={communities} errors={errors} />, errors ? status : 200);
}

export const recruitmentRoutes = new Hono<AppEnv>()
  .get('/calls', async (c) => {
    const viewer = c.get('viewer');
    const tr = c.get('tr');
    const calls = await listCalls(c.get('deps').db, { includeDrafts: canCoordinate(viewer) });
    const ctx = await pageContext(c);
    return render(c, ctx, tr.t('sangam-calls-title'), <CallsPage ctx={ctx} calls={calls.map((call) => presentCallListItem(tr, call))} canCreate={canCoordinate(viewer)} />);
  })
  .get('/calls/new', (c) => showNewCall(c, null))
  .post('/calls/new', async (c) => {
    const viewer = signedInViewer(c);
    if (!canCoordinate(viewer)) throw new ForbiddenError();
    const body = await formBody(c);
    const values: CallValues = {
      title: field(body, 'title'), slug: field(body, 'slug'), description: field(body, 'description'), closesOn: field(body, 'closesOn'),
      minConfirmed: field(body, 'minConfirmed'), status: field(body, 'status'),
      weights: Object.fromEntries(CRITERIA.map((k) => [k, field(body, `weights.${k}`)])) as Record<Criterion, string>,
    };
    let slug = '';
    const failed = await attempt(async () => {
      slug = await createCall(c.get('deps').db, viewer, validate(CallSchema, values));
    }, (errors, status) => showNewCall(c, values, errors, status));
    if (failed) return failed;
    await flash(c, 'success', 'sangam-call-created');
    return c.redirect(`/calls/${slug}`, 303);
  })
  .get('/calls/:slug', async (c) => {
    const viewer = c.get('viewer');
    const call = await callParam(c);
    const { db, now } = c.get('deps');
    const tr = c.get('tr');
    const [applications, mine] = await Promise.all([listApplications(db, call), viewer ? organizedCommunities(db, viewer.id) : []]);
    const ranked = canReview(viewer);
    const rows = ranked
      ? applications.map((a) => ({ a, r: readinessOf(a) })).sort((x, y) => y.r.total - x.r.total || x.a.community.name.localeCompare(y.a.community.name))
        .map(({ a, r }) => presentApplicationRow(tr, a, r))
      : applications.sort((x, y) => x.community.name.localeCompare(y.community.name)).map((a) => presentApplicationRow(tr, a, null));
    const view = presentCall(tr, call, now());
    const ctx = await pageContext(c, { forms: canCoordinate(viewer) });
    const page = <CallPage ctx={ctx} call={view} applications={rows} ranked={ranked} canApply={view.accepting && mine.length > 0} canManage={canCoordinate(viewer)} />;
    return render(c, ctx, call.title, page);
  })
  .post('/calls/:slug/status', async (c) => {
    const viewer = signedInViewer(c);
    const call = await callParam(c);
    const body = await formBody(c);
    const { status } = validate(CallStatusSchema, { status: field(body, 'status') });
    await setCallStatus(c.get('deps').db, viewer, call.id, status);
    await flash(c, 'success', status === 'open' ? 'sangam-call-opened' : 'sangam-call-closed-done');
    return c.redirect(`/calls/${call.slug}`, 303);
  })
  .get('/calls/:slug/apply', async (c) => showApply(c, await callParam(c)))
  .post('/calls/:slug/apply', async (c) => {
    const viewer = signedInViewer(c);
    const call = await callParam(c);
    const body = await formBody(c);
    const { db, now } = c.get('deps');
    let id = 0;
    const failed = await attempt(async () => {
      const input = validate(ApplySchema, { community: field(body, 'community') });
      id = await startApplication(db, viewer, call.id, input.community, now());
    }, async (errors, status) => {
      // A passed deadline or a closed call has no form to show again.
      if (status === 409 && !acceptsApplications(call, now())) throw new ConflictError(errors.form!.key, errors.form!.params);
      return showApply(c, call, errors, status);
    });
    if (failed) return failed;
    await flash(c, 'success', 'sangam-application-started');
    return c.redirect(`/applications/${id}`, 303);
  })
  .get('/applications/:id', (c) => showApplication(c, idParam(c)))
  .post('/applications/:id/answers', async (c) => {
    const viewer = signedInViewer(c);
    const id = idParam(c);
    const body = await formBody(c);
    const answers = answersFromBody(body);
    const intent = field(body, 'intent');
    const failed = await attempt(
      () => saveAnswers(c.get('deps').db, viewer, id, validate(AnswersSchema, { answers, intent }), c.get('deps').now()),
      (errors, status) => showApplication(c, id, { answers, errors, status }),
    );
    if (failed) return failed;
    await flash(c, 'success', intent === 'submit' ? 'sangam-application-submitted' : 'sangam-application-saved');
    return c.redirect(`/applications/${id}`, 303);
  })
  .post('/applications/:id/confirm', async (c) => {
    const viewer = signedInViewer(c);
    const id = idParam(c);
    const { db, now } = c.get('deps');
    await confirmInterest(db, viewer.id, id, now());
    await flash(c, 'success', 'sangam-application-joined');
    return c.redirect(`/applications/${id}`, 303);
  })
  .post('/applications/:id/withdraw', async (c) => {
    const viewer = signedInViewer(c);
    const id = idParam(c);
    await withdrawInterest(c.get('deps').db, viewer.id, id);
    await flash(c, 'success', 'sangam-application-withdrawn');
    return c.redirect(`/applications/${id}`, 303);
  })
  .post('/applications/:id/overrides', async (c) => {
    const viewer = signedInViewer(c);
    if (!canReview(viewer)) throw new ForbiddenError();
    const id = idParam(c);
    const body = await formBody(c);
    const review: ReviewValues = { ...emptyReview, criterion: field(body, 'criterion'), score: field(body, 'score'), reason: field(body, 'reason') };
    const { db, now } = c.get('deps');
    const failed = await attempt(
      () => overrideScore(db, viewer, id, validate(OverrideSchema, review), now()),
      (errors, status) => showApplication(c, id, { review, errors, status }),
    );
    if (failed) return failed;
    await flash(c, 'success', 'sangam-override-saved');
    return c.redirect(`/applications/${id}`, 303);
  })
  .post('/applications/:id/overrides/remove', async (c) => {
    const viewer = signedInViewer(c);
    if (!canReview(viewer)) throw new ForbiddenError();
    const id = idParam(c);
    const { criterion } = validate(RemoveOverrideSchema, { criterion: field(await formBody(c), 'criterion') });
    await removeOverride(c.get('deps').db, viewer, id, criterion);
    await flash(c, 'success', 'sangam-override-removed');
    return c.redirect(`/applications/${id}`, 303);
  })
  .post('/applications/:id/decision', async (c) => {
    const viewer = signedInViewer(c);
    if (!canReview(viewer)) throw new ForbiddenError();
    const id = idParam(c);
    const body = await formBody(c);
    const review: ReviewValues = { ...emptyReview, decision: field(body, 'decision'), message: field(body, 'message') };
    const { db, now } = c.get('deps');
    const failed = await attempt(
      () => decide(db, viewer, id, validate(DecisionSchema, review), now()),
      (errors, status) => showApplication(c, id, { review, errors, status }),
    );
    if (failed) return failed;
    await flash(c, 'success', 'sangam-decision-saved');
    return c.redirect(`/applications/${id}`, 303);
  });
