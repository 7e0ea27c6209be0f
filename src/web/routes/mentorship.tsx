import { Hono } from 'hono';
import { z } from 'zod';
import { getDashboard, getMentorOffer, getMentorship, getPool, getSwap, isAway, POOL_PAGE_SIZE } from '../../domain/mentorship/data.js';
import {
  addCheckin, createRequest, endMentorship, respondToProposal, respondToSwap, runMatching, saveMentorOffer, withdrawRequest,
} from '../../domain/mentorship/mutations.js';
import { canOrganizeMentorship, canSeeMentorship } from '../../domain/mentorship/policy.js';
import { isoDate } from '../../domain/mentorship/pool.js';
import { CheckinSchema, EndSchema, MentorOfferSchema, RequestSchema, ResponseSchema } from '../../domain/mentorship/schema.js';
import { listNotifications } from '../../domain/notifications/data.js';
import { getProfile } from '../../domain/people/data.js';
import { assertSignedIn } from '../../domain/people/policy.js';
import { getSkillTree } from '../../domain/skills/data.js';
import { validate } from '../../domain/validation.js';
import { ForbiddenError, NotFoundError, type FieldErrors } from '../../errors.js';
import type { AppContext, AppEnv } from '../env.js';
import { idParam, signedInViewer } from '../request.js';
import { attempt, field, fields, formBody } from '../forms.js';
import { FORMAT_KEYS, formatDate, presentDashboard, presentMentorship, presentRequest, UNMATCHED_KEYS } from '../presenters/mentorship.js';
import { languageName } from '../presenters/names.js';
import { presentNotification } from '../presenters/notifications.js';
import { profileHref } from '../presenters/people.js';
import { flash, pageContext, render } from '../render.js';
import {
  AskPage, DashboardPage, MentorshipIntroPage, MentorshipPage, OfferPage, PoolPage, SwapPage,
  type AskValues, type CheckinValues, type OfferValues,
} from '../views/mentorship.js';
import { NotificationList } from '../views/notifications.js';
import { UNMATCHED_REASONS } from '../../domain/mentorship/types.js';



/** After a decline, the reopened requests are matched again at once, each with its next-best mentor. */
async function rematch(c: AppContext, requestIds: number[]) {
  if (!requestIds.length) return;
  const { db, config, now } = c.get('deps');
  await runMatching(db, { trigger: 'rematch', startedBy: null, now: now(), minOverlapHours: config.mentorship.minOverlapHours, requestIds });
}

/**
 * Accepts or declines a proposed pair or a whole swap circle. An acceptance goes back to the proposal; a
 * decline goes to the dashboard, after the reopened requests have been matched again.
 */
async function answer(c: AppContext, respond: typeof respondToProposal, base: '/mentorships' | '/swaps') {
  const viewer = signedInViewer(c);
  const id = idParam(c);
  const body = await formBody(c);
  const response = validate(ResponseSchema, { decision: field(body, 'decision'), block: field(body, 'block') || undefined });
  const { db, now } = c.get('deps');
  await rematch(c, await respond(db, viewer.id, id, response, now()));
  await flash(c, 'success', response.decision === 'accept' ? 'sangam-mentorship-accepted' : 'sangam-mentorship-declined');
  return c.redirect(response.decision === 'accept' ? `${base}/${id}` : '/mentorship', 303);
}

async function showAsk(c: AppContext, values: AskValues | null, errors?: FieldErrors) {
  const viewer = signedInViewer(c);
  const { db } = c.get('deps');
  const tr = c.get('tr');
  const [profile, tree] = await Promise.all([getProfile(db, { id: viewer.id }), getSkillTree(db, tr.lang)]);
  if (!profile) throw new NotFoundError();
  const skill = values?.skill ?? c.req.query('skill') ?? '';
  // Both come from the profile: the languages spoken, and the current level in the skill if listed.
  const listed = profile.skills.find((s) => s.slug === skill && s.kind !== 'share');
  const initial: AskValues = values ?? {
    skill, level: String(Math.min(listed?.level ?? 0, 3)), goal: '', format: 'few-sessions', openToSwap: true, preferSameRegion: false,
    languages: profile.languages.filter((l) => l.level >= 2).map((l) => l.code),
  };
  const ctx = await pageContext(c, { forms: true });
  const languages = profile.languages.map((l) => ({ code: l.code, name: languageName(l.code) }));
  return render(c, ctx, ctx.t('sangam-mentorship-ask'), <AskPage ctx={ctx} skills={tree.skills} languages={languages} values={initial} errors={errors} />, errors ? 400 : 200);
}

async function showOffer(c: AppContext, values: OfferValues | null, errors?: FieldErrors) {
  const viewer = signedInViewer(c);
  const { db } = c.get('deps');
  const tr = c.get('tr');
  const [profile, tree, offer] = await Promise.all([getProfile(db, { id: viewer.id }), getSkillTree(db, tr.lang), getMentorOffer(db, viewer.id)]);
  if (!profile) throw new NotFoundError();
  const shared = profile.skills.filter((s) => s.kind === 'share' && tree.byId.has(s.skillId))
    .map((s) => ({ id: s.skillId, label: tree.byId.get(s.skillId)!.label }));
  const initial: OfferValues = values ?? {
    capacity: String(offer?.capacity ?? 1), awayUntil: offer?.awayUntil ?? '', skillIds: (offer?.skillIds ?? []).map(String),
  };
  const ctx = await pageContext(c, { forms: true });
  return render(c, ctx, ctx.t('sangam-mentorship-offer'), <OfferPage ctx={ctx} shared={shared} values={initial} errors={errors} />, errors ? 400 : 200);
}

async function showMentorship(c: AppContext, id: number, values?: CheckinValues, errors?: FieldErrors) {
  const viewer = c.get('viewer');
  const { db, now } = c.get('deps');
  const tr = c.get('tr');
  assertSignedIn(viewer);
  const m = await getMentorship(db, id);
  if (!m) throw new NotFoundError();
  if (!canSeeMentorship(viewer, { learnerId: m.learner.id, mentorId: m.mentor.id })) throw new ForbiddenError();
  const tree = await getSkillTree(db, tr.lang);
  const ctx = await pageContext(c, { forms: true });
  const view = presentMentorship(m, viewer.id, tree, tr);
  const page = (
    <MentorshipPage ctx={ctx} m={view} goal={m.goal} format={tr.t(FORMAT_KEYS[m.format])}
      checkins={m.checkins.map((ch) => ({ ...ch, metOn: formatDate(tr.lang, ch.metOn) }))}
      values={values ?? { metOn: isoDate(now()), notes: '', nextStep: '' }} errors={errors} />
  );
  return render(c, ctx, tr.t('sangam-mentorship-page-title', view.skill), page, errors ? 400 : 200);
}

export const mentorshipRoutes = new Hono<AppEnv>()
  .get('/mentorship', async (c) => {
    const viewer = c.get('viewer');
    const tr = c.get('tr');
    if (!viewer) {
      const ctx = await pageContext(c);
      return render(c, ctx, tr.t('sangam-mentorship-title'), <MentorshipIntroPage ctx={ctx} />);
    }
    const { db, now } = c.get('deps');
    const [dashboard, tree, profile, latest] = await Promise.all([
      getDashboard(db, viewer.id), getSkillTree(db, tr.lang), getProfile(db, { id: viewer.id }), listNotifications(db, viewer.id, { limit: 5 }),
    ]);
    const zone = profile?.timeZone || 'UTC';
    const asked = new Set(dashboard.requests.map((r) => r.skillId));
    const askable = (profile?.skills ?? []).filter((s) => s.kind === 'learn' && !asked.has(s.skillId) && tree.byId.has(s.skillId))
      .map((s) => ({ slug: s.slug, label: tree.byId.get(s.skillId)!.label }));
    const offer = dashboard.offer
      ? { capacity: dashboard.offer.capacity, load: dashboard.offer.load, away: isAway(dashboard.offer, now()) ? formatDate(tr.lang, dashboard.offer.awayUntil!) : null }
      : null;
    const ctx = await pageContext(c, { forms: true });
    const notifications = <NotificationList ctx={ctx} items={latest.items.map((n) => presentNotification(tr, n, tree, zone))} />;
    const page = (
      <DashboardPage ctx={ctx} dashboard={presentDashboard(dashboard, viewer.id, tree, tr)} offer={offer} askable={askable}
        notifications={notifications} canOrganize={canOrganizeMentorship(viewer)} />
    );
    return render(c, ctx, tr.t('sangam-mentorship-title'), page);
  })
  .get('/mentorship/ask', (c) => showAsk(c, null))
  .post('/mentorship/ask', async (c) => {
    const viewer = signedInViewer(c);
    const body = await formBody(c);
    const values: AskValues = {
      skill: field(body, 'skill'), level: field(body, 'level'), goal: field(body, 'goal'), languages: fields(body, 'languages'),
      format: field(body, 'format'), openToSwap: field(body, 'openToSwap') === 'yes', preferSameRegion: field(body, 'preferSameRegion') === 'yes',
    };
    const { db, now } = c.get('deps');
    const failed = await attempt(async () => {
      const input = validate(RequestSchema, { ...values, openToSwap: field(body, 'openToSwap'), preferSameRegion: field(body, 'preferSameRegion') });
      await createRequest(db, viewer.id, input, now());
    }, (errors) => showAsk(c, values, errors));
    if (failed) return failed;
    await flash(c, 'success', 'sangam-mentorship-asked');
    return c.redirect('/mentorship', 303);
  })
  .get('/mentorship/offer', (c) => showOffer(c, null))
  .post('/mentorship/offer', async (c) => {
    const viewer = signedInViewer(c);
    const body = await formBody(c);
    const values: OfferValues = { capacity: field(body, 'capacity'), awayUntil: field(body, 'awayUntil'), skillIds: fields(body, 'skills') };
    const { db, now } = c.get('deps');
    const failed = await attempt(
      () => saveMentorOffer(db, viewer.id, validate(MentorOfferSchema, { ...values, skillIds: values.skillIds }), now()),
      (errors) => showOffer(c, values, errors),
    );
    if (failed) return failed;
    await flash(c, 'success', 'sangam-saved');
    return c.redirect('/mentorship', 303);
  })
  .post('/mentorship/requests/:id/withdraw', async (c) => {
    const viewer = signedInViewer(c);
    const { db, now } = c.get('deps');
    const reopened = await withdrawRequest(db, viewer.id, idParam(c), now());
    await rematch(c, reopened);
    await flash(c, 'success', 'sangam-mentorship-withdrawn');
    return c.redirect('/mentorship', 303);
  })
  .get('/mentorships/:id', (c) => showMentorship(c, idParam(c)))
  .post('/mentorships/:id/respond', (c) => answer(c, respondToProposal, '/mentorships'))
  .post('/mentorships/:id/checkins', async (c) => {
    const viewer = signedInViewer(c);
    const id = idParam(c);
    const body = await formBody(c);
    const values = { metOn: field(body, 'metOn'), notes: field(body, 'notes'), nextStep: field(body, 'nextStep') };
    const failed = await attempt(
      () => addCheckin(c.get('deps').db, viewer.id, id, validate(CheckinSchema, values)),
      (errors) => showMentorship(c, id, values, errors),
    );
    if (failed) return failed;
    await flash(c, 'success', 'sangam-checkin-saved');
    return c.redirect(`/mentorships/${id}`, 303);
  })
  .post('/mentorships/:id/end', async (c) => {
    const viewer = signedInViewer(c);
    const id = idParam(c);
    const body = await formBody(c);
    const input = validate(EndSchema, { outcome: field(body, 'outcome'), note: field(body, 'note') });
    const { db, now } = c.get('deps');
    await endMentorship(db, viewer.id, id, input, now());
    await flash(c, 'success', input.outcome === 'completed' ? 'sangam-mentorship-completed' : 'sangam-mentorship-stopped');
    return c.redirect(`/mentorships/${id}`, 303);
  })
  .get('/swaps/:id', async (c) => {
    const viewer = signedInViewer(c);
    const { db } = c.get('deps');
    const tr = c.get('tr');
    const swap = await getSwap(db, idParam(c));
    if (!swap) throw new NotFoundError();
    const inCircle = swap.links.some((l) => l.learner.id === viewer.id || l.mentor.id === viewer.id);
    if (!inCircle && !canOrganizeMentorship(viewer)) throw new ForbiddenError();
    const tree = await getSkillTree(db, tr.lang);
    const links = swap.links.map((l) => presentMentorship(l, viewer.id, tree, tr));
    // Everyone in the circle is both a mentor (of one link) and a learner (of another).
    const accepted = swap.links.map((l) => ({
      name: l.mentor.displayName, href: profileHref(l.mentor.username),
      done: l.mentorAccepted && (swap.links.find((x) => x.learner.id === l.mentor.id)?.learnerAccepted ?? true),
    }));
    const mine = accepted.find((_, i) => swap.links[i].mentor.id === viewer.id);
    const ctx = await pageContext(c, { forms: true });
    const statusKey = swap.status === 'proposed' ? 'sangam-mentorship-status-proposed' : swap.status === 'active' ? 'sangam-mentorship-status-active' : 'sangam-mentorship-status-declined';
    const page = <SwapPage ctx={ctx} links={links} statusText={tr.t(statusKey)} accepted={accepted} awaitsViewer={swap.status === 'proposed' && !!mine && !mine.done} />;
    return render(c, ctx, tr.t('sangam-swap-title', links.length), page);
  })
  .post('/swaps/:id/respond', (c) => answer(c, respondToSwap, '/swaps'))
  .get('/mentorship/pool', async (c) => {
    const viewer = signedInViewer(c);
    if (!canOrganizeMentorship(viewer)) throw new ForbiddenError();
    const { db } = c.get('deps');
    const tr = c.get('tr');
    const { page } = validate(z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1) }), { page: c.req.query('page') ?? '1' });
    const [pool, tree] = await Promise.all([getPool(db, page), getSkillTree(db, tr.lang)]);
    const ctx = await pageContext(c, { forms: true });
    const view = {
      requests: pool.requests.map((r) => presentRequest(r, tree, tr)), openCount: pool.openCount, proposedCount: pool.proposedCount,
      mentors: pool.mentors.map((m) => ({ name: m.person.displayName, href: profileHref(m.person.username), load: m.load, capacity: m.capacity, away: m.awayUntil ? formatDate(tr.lang, m.awayUntil) : null })),
      mentorCount: pool.mentorCount,
      unmatched: UNMATCHED_REASONS.filter((r) => pool.unmatchedByReason[r]).map((r) => ({ reason: tr.t(UNMATCHED_KEYS[r]), count: pool.unmatchedByReason[r]! })),
      activeMentorships: pool.activeMentorships,
      runs: pool.runs.map((r) => ({
        when: formatDate(tr.lang, r.createdAt), by: r.startedBy ?? tr.t(r.trigger === 'schedule' ? 'sangam-pool-run-by-schedule' : 'sangam-pool-run-by-system'),
        requests: r.openRequests, proposals: r.proposals, swaps: r.swapCycles, unmatched: r.unmatched, total: r.totalWeight, optimal: r.optimal, ms: r.durationMs,
      })),
    };
    const hasNext = page * POOL_PAGE_SIZE < Math.max(pool.openCount, pool.mentorCount);
    return render(c, ctx, tr.t('sangam-pool-title'), <PoolPage ctx={ctx} pool={view} page={page} hasNext={hasNext} pageLink={(p) => `/mentorship/pool?page=${p}`} />);
  })
  .post('/mentorship/runs', async (c) => {
    const viewer = signedInViewer(c);
    if (!canOrganizeMentorship(viewer)) throw new ForbiddenError();
    const { db, config, now } = c.get('deps');
    const summary = await runMatching(db, { trigger: 'organizer', startedBy: viewer.id, now: now(), minOverlapHours: config.mentorship.minOverlapHours });
    await flash(c, 'success', 'sangam-pool-run-done', [summary.proposals, summary.swapCycles, summary.unmatched]);
    return c.redirect('/mentorship/pool', 303);
  });
