import { Hono } from 'hono';
import { callSummariesForSeries, proposalDemandForSeries } from '../../domain/proposals/data.js';
import { timeZoneChoices } from '../../domain/places/time-zones.js';
import { getSkillTree, skillForFilter, subtreeIds } from '../../domain/skills/data.js';
import { loadSeriesAccess } from '../../domain/workshops/access.js';
import { localDate, localTime, nextOccurrences } from '../../domain/workshops/cadence.js';
import {
  getSeriesBySlug, getSession, listRegistrations, listSeries, listUpcomingSessions, myRegistration, organizedCommunities, pastSessions,
  pollOptions, recurringTimes, seriesDashboard, upcomingSessionLanguages, sessionAudience, suggestedTopics, unscheduledSessions,
} from '../../domain/workshops/data.js';
import {
  cancelRegistration, cancelSession, createSeries, createSession, markAttendance, registerForSession, scheduleSession, setPollOptions,
  updateSeries, updateSession, votePoll,
} from '../../domain/workshops/mutations.js';
import { canOrganizeSeries, canSupportSeries } from '../../domain/workshops/policy.js';
import {
  AttendanceSchema, FindTimesSchema, PollOptionsSchema, PollVoteSchema, RecurringQuerySchema, ScheduleSchema, SeriesEditSchema, SeriesSchema, SessionListQuerySchema, SessionSchema,
} from '../../domain/workshops/schema.js';
import type { Series, Session } from '../../domain/workshops/types.js';
import { validate } from '../../domain/validation.js';
import { ForbiddenError, NotFoundError, ValidationError, type FieldErrors } from '../../errors.js';
import { candidateStarts, rankSlots } from '../../matching/time-slots.js';
import type { AppContext, AppEnv } from '../env.js';
import { attempt, field, fields, formBody, type FormBody } from '../forms.js';
import { CATEGORY_KEYS, languageName, momentIn } from '../presenters/names.js';
import {
  cadenceText, languageList, personLink, presentSeriesSummary, presentSession, presentSessionListItem, SCOPE_KEYS,
} from '../presenters/workshops.js';
import { flash, pageContext, render } from '../render.js';
import { ttlCache } from '../ttl-cache.js';
import { idParam, signedInViewer, slugParam, viewerTimeZone } from '../request.js';
import {
  AttendancePage, DashboardPage, SchedulePage, SeriesFormPage, SeriesListPage, SeriesPage, SessionFormPage, SessionPage, SessionsPage,
  type SeriesValues, type SessionValues,
} from '../views/workshops.js';

const DAY = 86_400_000;
/**
 * The dashboard's recurring times change only as people join or edit their hours; computing them costs some
 * 20 ms of CPU, so each series' answer is kept ten minutes (and recomputed at once when the series' rule changes).
 */
const cachedRecurringTimes = ttlCache(10 * 60_000, recurringTimes,
  (_db, series, k) => `${series.id}:${k}:${series.homeZone}:${series.defaultDurationMinutes}:${JSON.stringify(series.rule)}`);
/** How many ranked times the finder shows. */
const SLOTS_SHOWN = 10;
/** The widest range the finder searches at once: four weeks of half-hours. */
const MAX_RANGE_DAYS = 28;

async function seriesParam(c: AppContext): Promise<Series> {
  const series = await getSeriesBySlug(c.get('deps').db, slugParam(c));
  if (!series) throw new NotFoundError();
  return series;
}

async function sessionParam(c: AppContext): Promise<Session> {
  const session = await getSession(c.get('deps').db, idParam(c));
  if (!session) throw new NotFoundError();
  return session;
}

async function seriesAccess(c: AppContext, seriesId: number) {
  const viewer = c.get('viewer');
  const access = await loadSeriesAccess(c.get('deps').db, seriesId, viewer?.id ?? null);
  return { organize: canOrganizeSeries(viewer, access), support: canSupportSeries(viewer, access) };
}

// ——— series ———

function seriesValuesFromBody(body: FormBody): SeriesValues {
  return {
    community: field(body, 'community'), title: field(body, 'title'), slug: field(body, 'slug'), description: field(body, 'description'),
    scope: field(body, 'scope'), cadence: field(body, 'cadence'), cadenceWeek: field(body, 'cadenceWeek'), cadenceWeekday: field(body, 'cadenceWeekday'),
    cadenceTime: field(body, 'cadenceTime'), homeZone: field(body, 'homeZone'), languages: field(body, 'languages'),
    defaultCapacity: field(body, 'defaultCapacity'), defaultDurationMinutes: field(body, 'defaultDurationMinutes'),
    skillIds: fields(body, 'skillIds').map(Number).filter(Number.isInteger), organizers: field(body, 'organizers'), support: field(body, 'support'),
  };
}

function seriesValuesOf(series: Series): SeriesValues {
  return {
    community: String(series.community.id), title: series.title, slug: series.slug, description: series.description, scope: series.scope,
    cadence: series.cadence, cadenceWeek: String(series.rule?.week ?? 2), cadenceWeekday: String(series.rule?.weekday ?? 5),
    cadenceTime: series.rule?.time ?? '15:00', homeZone: series.homeZone, languages: series.languages.join(', '),
    defaultCapacity: String(series.defaultCapacity), defaultDurationMinutes: String(series.defaultDurationMinutes), skillIds: series.skillIds,
    organizers: series.team.filter((m) => m.role === 'organizer').map((m) => m.username).join(', '),
    support: series.team.filter((m) => m.role === 'support').map((m) => m.username).join(', '),
  };
}

async function showSeriesForm(c: AppContext, values: SeriesValues, editing: Series | null, errors?: FieldErrors) {
  const viewer = signedInViewer(c);
  const { db } = c.get('deps');
  const communities = editing ? null : await organizedCommunities(db, viewer.id, viewer.role === 'admin');
  if (communities && !communities.length) throw new ForbiddenError();
  const tree = await getSkillTree(db, c.get('tr').lang);
  const ctx = await pageContext(c, { forms: true });
  const title = editing ? ctx.t('sangam-series-edit-title', editing.title) : ctx.t('sangam-series-new-title');
  return render(c, ctx, title, (
    <SeriesFormPage ctx={ctx} values={values} errors={errors} communities={communities} zones={timeZoneChoices(values.homeZone)}
      skills={tree.skills} editing={editing && { slug: editing.slug, title: editing.title }} />
  ), errors ? (errors.form ? 409 : 400) : 200);
}

// ——— sessions ———

function sessionValuesFromBody(body: FormBody): SessionValues {
  return {
    title: field(body, 'title'), description: field(body, 'description'), date: field(body, 'date'), time: field(body, 'time'),
    timeZone: field(body, 'timeZone'), durationMinutes: field(body, 'durationMinutes'), language: field(body, 'language'),
    interpretationLanguages: field(body, 'interpretationLanguages'), capacity: field(body, 'capacity'), onlineUrl: field(body, 'onlineUrl'),
    materialsUrl: field(body, 'materialsUrl'), recordingUrl: field(body, 'recordingUrl'), facilitators: field(body, 'facilitators'),
    skillIds: fields(body, 'skillIds').map(Number).filter(Number.isInteger),
  };
}

function sessionValuesOf(s: Session): SessionValues {
  return {
    title: s.title, description: s.description, date: s.startsAt ? localDate(s.startsAt, s.timeZone) : '',
    time: s.startsAt ? localTime(s.startsAt, s.timeZone) : '', timeZone: s.timeZone, durationMinutes: String(s.durationMinutes),
    language: s.language, interpretationLanguages: s.interpretationLanguages.join(', '), capacity: String(s.capacity),
    onlineUrl: s.onlineUrl, materialsUrl: s.materialsUrl, recordingUrl: s.recordingUrl,
    facilitators: s.facilitators.map((f) => f.username).join(', '), skillIds: s.skillIds,
  };
}

async function showSessionForm(c: AppContext, values: SessionValues, action: string, heading: string, errors?: FieldErrors) {
  const tree = await getSkillTree(c.get('deps').db, c.get('tr').lang);
  const ctx = await pageContext(c, { forms: true });
  return render(c, ctx, heading, (
    <SessionFormPage ctx={ctx} values={values} errors={errors} zones={timeZoneChoices(values.timeZone)} skills={tree.skills} action={action} heading={heading} />
  ), errors ? (errors.form ? 409 : 400) : 200);
}

async function showSession(c: AppContext, session: Session, errors?: FieldErrors) {
  const viewer = c.get('viewer');
  const { db, now } = c.get('deps');
  const tr = c.get('tr');
  const [zone, tree, access, mine, poll] = await Promise.all([
    viewerTimeZone(c, session.timeZone), getSkillTree(db, tr.lang), seriesAccess(c, session.series.id),
    viewer ? myRegistration(db, session.id, viewer.id) : null, pollOptions(db, session.id, viewer?.id ?? null),
  ]);
  const facilitating = !!viewer && session.facilitators.some((f) => f.id === viewer.id);
  const seesLink = access.support || facilitating || mine?.status === 'registered';
  const ctx = await pageContext(c, { forms: true });
  const view = presentSession(tr, tree, session, zone, now());
  const me = {
    signedIn: !!viewer, registration: mine, onlineUrl: seesLink && session.onlineUrl ? session.onlineUrl : null,
    canOrganize: access.organize, canSupport: access.support,
    poll: poll.map((o) => ({ id: o.id, when: momentIn(tr.lang, zone, o.startsAt), yes: o.yes, ifNeedBe: o.ifNeedBe, mine: o.mine })),
  };
  return render(c, ctx, session.title, <SessionPage ctx={ctx} s={view} me={me} errors={errors} />, errors ? (errors.form ? 409 : 400) : 200);
}

/** Runs a registration-like write and comes back to the session page, or shows why it could not be done. */
async function sessionAction(c: AppContext, write: (session: Session) => Promise<void>, done: Parameters<typeof flash>[2]) {
  const session = await sessionParam(c);
  const failed = await attempt(() => write(session), (errors) => showSession(c, session, errors));
  if (failed) return failed;
  await flash(c, 'success', done);
  return c.redirect(`/sessions/${session.id}`, 303);
}

function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export const workshopRoutes = new Hono<AppEnv>()
  .get('/series', async (c) => {
    const viewer = c.get('viewer');
    const { db, now } = c.get('deps');
    const tr = c.get('tr');
    const [series, zone, mine] = await Promise.all([
      listSeries(db, now()), viewerTimeZone(c, ''),
      viewer ? organizedCommunities(db, viewer.id, viewer.role === 'admin') : [],
    ]);
    const ctx = await pageContext(c);
    return render(c, ctx, tr.t('sangam-series-list-title'), (
      <SeriesListPage ctx={ctx} series={series.map((s) => presentSeriesSummary(tr, s, zone || null))} canStart={mine.length > 0} />
    ));
  })
  .get('/series/new', async (c) => {
    const viewer = signedInViewer(c);
    const zone = await viewerTimeZone(c, 'UTC');
    // A community page links here with its slug, to preselect it.
    const mine = await organizedCommunities(c.get('deps').db, viewer.id, viewer.role === 'admin');
    const community = mine.find((m) => m.slug === c.req.query('community'));
    return showSeriesForm(c, {
      community: community ? String(community.id) : '', title: '', slug: '', description: '', scope: 'regional', cadence: 'monthly', cadenceWeek: '2',
      cadenceWeekday: '5', cadenceTime: '15:00', homeZone: zone, languages: '', defaultCapacity: '50', defaultDurationMinutes: '60',
      skillIds: [], organizers: '', support: '',
    }, null);
  })
  .post('/series/new', async (c) => {
    const viewer = signedInViewer(c);
    const { db, now } = c.get('deps');
    const values = seriesValuesFromBody(await formBody(c));
    let slug = '';
    const failed = await attempt(async () => {
      const input = validate(SeriesSchema, values);
      const communityId = Number(values.community);
      if (!Number.isInteger(communityId) || communityId < 1 || communityId > 2_147_483_647) throw new ValidationError({ community: { key: 'sangam-error-invalid-choice' } });
      slug = await createSeries(db, viewer, communityId, input, now());
    }, (errors) => showSeriesForm(c, values, null, errors));
    if (failed) return failed;
    await flash(c, 'success', 'sangam-series-created');
    return c.redirect(`/series/${slug}`, 303);
  })
  .get('/series/:slug', async (c) => {
    const series = await seriesParam(c);
    const viewer = c.get('viewer');
    const { db, now } = c.get('deps');
    const tr = c.get('tr');
    const at = now();
    const [zone, tree, access, upcoming, past, calls, unscheduled, suggested] = await Promise.all([
      viewerTimeZone(c, series.homeZone), getSkillTree(db, tr.lang), seriesAccess(c, series.id),
      listUpcomingSessions(db, { lang: null, skillIds: null, region: null, from: null, to: null, seriesId: series.id }, at),
      pastSessions(db, series.id, at), callSummariesForSeries(db, series.id, viewer), unscheduledSessions(db, series.id), suggestedTopics(db, series.id),
    ]);
    const skillView = (id: number) => {
      const skill = tree.byId.get(id);
      return skill ? { href: `/skills/${skill.slug}`, label: skill.depth === 0 ? tr.t(CATEGORY_KEYS[skill.category]) : skill.label } : null;
    };
    const view = {
      slug: series.slug, title: series.title, description: series.description,
      community: { href: `/communities/${series.community.slug}`, name: series.community.name },
      scope: tr.t(SCOPE_KEYS[series.scope]), cadence: cadenceText(tr, series), homeZone: series.homeZone, languages: languageList(series.languages),
      topics: series.skillIds.map(skillView).filter((k) => !!k).map((k) => k!),
      suggested: suggested.map((s) => ({ ...skillView(s.skillId)!, learners: s.learners })).filter((s) => s.href),
      organizers: series.team.filter((m) => m.role === 'organizer').map(personLink),
      support: series.team.filter((m) => m.role === 'support').map(personLink),
      nextDates: series.rule ? nextOccurrences({ ...series.rule, zone: series.homeZone }, at, 3).map((d) => momentIn(tr.lang, zone, d)) : [],
      upcoming: upcoming.sessions.map((s) => presentSessionListItem(tr, tree, s, zone)),
      past: past.map((p) => ({ href: `/sessions/${p.id}`, title: p.title, when: momentIn(tr.lang, zone, p.startsAt!), recordingUrl: p.recordingUrl, materialsUrl: p.materialsUrl })),
      calls: calls.map((k) => ({
        href: `/cfp/${k.slug}`, title: k.title, status: tr.t(k.status === 'open' ? 'sangam-call-status-open' : k.status === 'closed' ? 'sangam-call-status-closed' : 'sangam-call-status-draft'),
        closes: k.closesAt ? momentIn(tr.lang, zone, k.closesAt) : null, submitted: k.submittedCount,
      })),
      unscheduled: unscheduled.map((u) => ({ href: `/sessions/${u.id}/schedule`, title: u.title })),
    };
    const ctx = await pageContext(c);
    return render(c, ctx, series.title, <SeriesPage ctx={ctx} s={view} canOrganize={access.organize} />);
  })
  .get('/series/:slug/edit', async (c) => {
    const series = await seriesParam(c);
    signedInViewer(c);
    if (!(await seriesAccess(c, series.id)).organize) throw new ForbiddenError();
    return showSeriesForm(c, seriesValuesOf(series), series);
  })
  .post('/series/:slug/edit', async (c) => {
    const series = await seriesParam(c);
    const viewer = signedInViewer(c);
    const { db, now } = c.get('deps');
    const values = { ...seriesValuesFromBody(await formBody(c)), slug: series.slug };
    const failed = await attempt(
      () => updateSeries(db, viewer, series.id, validate(SeriesEditSchema, values), now()),
      (errors) => showSeriesForm(c, values, series, errors),
    );
    if (failed) return failed;
    await flash(c, 'success', 'sangam-saved');
    return c.redirect(`/series/${series.slug}`, 303);
  })
  .get('/series/:slug/dashboard', async (c) => {
    const series = await seriesParam(c);
    signedInViewer(c);
    if (!(await seriesAccess(c, series.id)).support) throw new ForbiddenError();
    const { db, now } = c.get('deps');
    const tr = c.get('tr');
    const k = validate(RecurringQuerySchema, { k: c.req.query('k') || undefined }).k;
    const [zone, sessions, calls, recurringChoice] = await Promise.all([
      viewerTimeZone(c, series.homeZone), seriesDashboard(db, series.id), proposalDemandForSeries(db, series.id),
      cachedRecurringTimes(now().getTime(), db, series, k, now()),
    ]);
    const percent = (part: number, whole: number) => (whole ? new Intl.NumberFormat(tr.lang, { style: 'percent' }).format(part / whole) : null);
    const marked = sessions.reduce((n, s) => n + s.attended + s.noShows, 0);
    const attended = sessions.reduce((n, s) => n + s.attended, 0);
    const recurring = recurringChoice && {
      k, reached: recurringChoice.reachedPeople, audience: recurringChoice.audience,
      slots: recurringChoice.slots.map((s) => ({ when: momentIn(tr.lang, zone, s.startsAt), reached: s.reached })),
    };
    const view = {
      series: { href: `/series/${series.slug}`, title: series.title },
      sessions: sessions.map((s) => ({
        href: `/sessions/${s.id}`, title: s.title, when: s.startsAt ? momentIn(tr.lang, zone, s.startsAt) : null, capacity: s.capacity,
        registered: s.registered, waitlisted: s.waitlisted, attended: s.attended, noShows: s.noShows,
        rate: percent(s.attended, s.attended + s.noShows), interest: s.interest, cancelled: s.status === 'cancelled',
      })),
      totals: { registered: sessions.reduce((n, s) => n + s.registered, 0), attended, marked, rate: percent(attended, marked) },
      calls: calls.map((k) => ({ href: `/cfp/${k.slug}`, reviewHref: `/cfp/${k.slug}/review`, title: k.title, submitted: k.submitted, interest: k.interest, accepted: k.accepted })),
      k, recurring,
    };
    const ctx = await pageContext(c);
    return render(c, ctx, tr.t('sangam-dashboard-title'), <DashboardPage ctx={ctx} d={view} />);
  })
  .get('/series/:slug/sessions/new', async (c) => {
    const series = await seriesParam(c);
    signedInViewer(c);
    if (!(await seriesAccess(c, series.id)).organize) throw new ForbiddenError();
    const next = series.rule ? nextOccurrences({ ...series.rule, zone: series.homeZone }, c.get('deps').now(), 1)[0] : undefined;
    return showSessionForm(c, {
      title: '', description: '', date: next ? localDate(next, series.homeZone) : '', time: next ? localTime(next, series.homeZone) : '',
      timeZone: series.homeZone, durationMinutes: String(series.defaultDurationMinutes), language: series.languages[0] ?? '',
      interpretationLanguages: series.languages.slice(1).join(', '), capacity: String(series.defaultCapacity), onlineUrl: '',
      materialsUrl: '', recordingUrl: '', facilitators: '', skillIds: [],
    }, `/series/${series.slug}/sessions/new`, c.get('tr').t('sangam-series-add-session'));
  })
  .post('/series/:slug/sessions/new', async (c) => {
    const series = await seriesParam(c);
    const viewer = signedInViewer(c);
    const { db, now } = c.get('deps');
    const values = sessionValuesFromBody(await formBody(c));
    let id = 0;
    const failed = await attempt(async () => {
      id = await createSession(db, viewer, series.id, validate(SessionSchema, values), now());
    }, (errors) => showSessionForm(c, values, `/series/${series.slug}/sessions/new`, c.get('tr').t('sangam-series-add-session'), errors));
    if (failed) return failed;
    await flash(c, 'success', 'sangam-session-created');
    return c.redirect(`/sessions/${id}`, 303);
  })
  .get('/sessions', async (c) => {
    const { db, now } = c.get('deps');
    const tr = c.get('tr');
    const query = validate(SessionListQuerySchema, c.req.query());
    const tree = await getSkillTree(db, tr.lang);
    const skill = await skillForFilter(db, tree, query.skill);
    const zone = await viewerTimeZone(c, 'UTC');
    const { sessions, hasNext } = await listUpcomingSessions(db, {
      lang: query.lang || null, skillIds: skill ? subtreeIds(tree, skill.id) : null, region: query.region || null,
      from: query.from || null, to: query.to || null,
    }, now(), query.page);
    const values = { lang: query.lang, skill: skill?.slug ?? '', region: query.region, from: query.from, to: query.to };
    const pageLink = (n: number) => {
      const params = new URLSearchParams(Object.entries(values).filter(([, v]) => v));
      params.set('page', String(n));
      return `/sessions?${params}`;
    };
    // The chosen language stays offered even when no upcoming session uses it any more.
    const used = await upcomingSessionLanguages(db, now());
    const languages = [...new Set([...used, ...(query.lang ? [query.lang] : [])])].map((code) => ({ code, name: languageName(code) }));
    const ctx = await pageContext(c);
    return render(c, ctx, tr.t('sangam-sessions-title'), (
      <SessionsPage ctx={ctx} values={values} languages={languages} skills={tree.skills} zone={zone} page={query.page} hasNext={hasNext}
        pageLink={pageLink} sessions={sessions.map((s) => presentSessionListItem(tr, tree, s, zone))} />
    ));
  })
  .get('/sessions/:id', async (c) => showSession(c, await sessionParam(c)))
  .post('/sessions/:id/register', async (c) => {
    const viewer = signedInViewer(c);
    const { db, now } = c.get('deps');
    let status: 'registered' | 'waitlisted' = 'registered';
    const session = await sessionParam(c);
    const failed = await attempt(async () => { status = await registerForSession(db, viewer, session.id, now()); }, (errors) => showSession(c, session, errors));
    if (failed) return failed;
    await flash(c, 'success', status === 'registered' ? 'sangam-session-registered' : 'sangam-session-waitlisted');
    return c.redirect(`/sessions/${session.id}`, 303);
  })
  .post('/sessions/:id/unregister', async (c) => {
    const viewer = signedInViewer(c);
    const { db, now } = c.get('deps');
    return sessionAction(c, (s) => cancelRegistration(db, viewer, s.id, now()), 'sangam-session-registration-cancelled');
  })
  .post('/sessions/:id/cancel', async (c) => {
    const viewer = signedInViewer(c);
    const { db, now } = c.get('deps');
    return sessionAction(c, (s) => cancelSession(db, viewer, s.id, now()), 'sangam-session-cancelled');
  })
  .post('/sessions/:id/vote', async (c) => {
    const viewer = signedInViewer(c);
    const body = await formBody(c);
    const answers = Object.fromEntries(Object.keys(body).filter((k) => k.startsWith('answers.')).map((k) => [k.slice(8), field(body, k)]));
    return sessionAction(c, (s) => votePoll(c.get('deps').db, viewer, s.id, validate(PollVoteSchema, { answers }).answers), 'sangam-session-poll-saved');
  })
  .get('/sessions/:id/edit', async (c) => {
    const session = await sessionParam(c);
    signedInViewer(c);
    if (!(await seriesAccess(c, session.series.id)).organize) throw new ForbiddenError();
    return showSessionForm(c, sessionValuesOf(session), `/sessions/${session.id}/edit`, c.get('tr').t('sangam-session-edit-title', session.title));
  })
  .post('/sessions/:id/edit', async (c) => {
    const session = await sessionParam(c);
    const viewer = signedInViewer(c);
    const { db, now } = c.get('deps');
    const values = sessionValuesFromBody(await formBody(c));
    const failed = await attempt(
      () => updateSession(db, viewer, session.id, validate(SessionSchema, values), now()),
      (errors) => showSessionForm(c, values, `/sessions/${session.id}/edit`, c.get('tr').t('sangam-session-edit-title', session.title), errors),
    );
    if (failed) return failed;
    await flash(c, 'success', 'sangam-saved');
    return c.redirect(`/sessions/${session.id}`, 303);
  })
  .get('/sessions/:id/schedule', async (c) => {
    const session = await sessionParam(c);
    signedInViewer(c);
    if (!(await seriesAccess(c, session.series.id)).organize) throw new ForbiddenError();
    const { db, now } = c.get('deps');
    const tr = c.get('tr');
    const tomorrow = isoDay(new Date(now().getTime() + DAY));
    const values = { from: c.req.query('from') ?? tomorrow, to: c.req.query('to') ?? isoDay(new Date(now().getTime() + 14 * DAY)) };
    let errors: FieldErrors | undefined;
    let slots: { iso: string; when: string; whenHome: string; reached: number; ifNeedBe: number; atNight: number }[] = [];
    const [zone, audience] = await Promise.all([viewerTimeZone(c, session.timeZone), sessionAudience(db, session.id)]);
    try {
      const range = validate(FindTimesSchema, values);
      const from = new Date(Math.max(Date.parse(`${range.from}T00:00:00Z`), now().getTime()));
      const to = new Date(Math.min(Date.parse(`${range.to}T00:00:00Z`) + DAY, from.getTime() + MAX_RANGE_DAYS * DAY));
      const candidates = to > from ? candidateStarts(from, to, session.durationMinutes) : [];
      slots = rankSlots(candidates, session.durationMinutes, audience).slice(0, SLOTS_SHOWN).map((s) => ({
        iso: s.startsAt.toISOString(), when: momentIn(tr.lang, zone, s.startsAt), whenHome: momentIn(tr.lang, session.timeZone, s.startsAt),
        reached: s.reached.length, ifNeedBe: s.ifNeedBe.length, atNight: s.atNight.length,
      }));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      errors = error.fields;
    }
    const ctx = await pageContext(c, { forms: true });
    const withHours = audience.filter((a) => a.timeZone && a.availableLocalHours.length).length;
    const view = { href: `/sessions/${session.id}`, title: session.title, minutes: session.durationMinutes, when: session.startsAt ? momentIn(tr.lang, zone, session.startsAt) : null };
    return render(c, ctx, tr.t('sangam-schedule-title'), (
      <SchedulePage ctx={ctx} s={view} audience={{ total: audience.length, withHours }} slots={slots} values={values} errors={errors} zone={zone} />
    ), errors ? 400 : 200);
  })
  .post('/sessions/:id/schedule', async (c) => {
    const viewer = signedInViewer(c);
    const { db, now } = c.get('deps');
    const body = await formBody(c);
    return sessionAction(c, async (s) => {
      const { startsAt } = validate(ScheduleSchema, { startsAt: field(body, 'startsAt') });
      await scheduleSession(db, viewer, s.id, new Date(startsAt), now());
    }, 'sangam-session-scheduled');
  })
  .post('/sessions/:id/poll', async (c) => {
    const viewer = signedInViewer(c);
    const { db, now } = c.get('deps');
    const body = await formBody(c);
    return sessionAction(c, async (s) => {
      const { startsAt } = validate(PollOptionsSchema, { startsAt: fields(body, 'startsAt') });
      await setPollOptions(db, viewer, s.id, startsAt.map((iso) => new Date(iso)), now());
    }, 'sangam-session-poll-opened');
  })
  .get('/sessions/:id/attendance', async (c) => showAttendance(c, await sessionParam(c)))
  .post('/sessions/:id/attendance', async (c) => {
    const session = await sessionParam(c);
    const viewer = signedInViewer(c);
    const { db, now } = c.get('deps');
    const body = await formBody(c);
    let counts = { attended: 0, noShows: 0 };
    const failed = await attempt(async () => {
      const { attended } = validate(AttendanceSchema, { attended: fields(body, 'attended') });
      counts = await markAttendance(db, viewer, session.id, attended, now());
    }, (errors) => showAttendance(c, session, errors));
    if (failed) return failed;
    await flash(c, 'success', 'sangam-attendance-saved', [counts.attended, counts.noShows]);
    return c.redirect(`/sessions/${session.id}/attendance`, 303);
  });

async function showAttendance(c: AppContext, session: Session, errors?: FieldErrors) {
  signedInViewer(c);
  if (!(await seriesAccess(c, session.series.id)).support) throw new ForbiddenError();
  const { db, now } = c.get('deps');
  const tr = c.get('tr');
  const [zone, people] = await Promise.all([viewerTimeZone(c, session.timeZone), listRegistrations(db, session.id)]);
  const ctx = await pageContext(c, { forms: true });
  const view = { href: `/sessions/${session.id}`, title: session.title, when: session.startsAt ? momentIn(tr.lang, zone, session.startsAt) : null };
  const canMark = !!session.startsAt && session.startsAt <= now();
  return render(c, ctx, tr.t('sangam-attendance-title'), (
    <AttendancePage ctx={ctx} s={view} errors={errors} canMark={canMark}
      people={people.map((p) => ({ id: p.id, ...personLink(p), status: p.status, attendance: p.attendance }))} />
  ), errors ? (errors.form ? 409 : 400) : 200);
}
