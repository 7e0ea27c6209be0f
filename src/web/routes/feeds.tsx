import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { CALENDAR_TOKEN_PATTERN, getCalendarToken, replaceCalendarToken } from '../../domain/feeds/calendar-tokens.js';
import {
  calendarOwner, getFeedCommunity, getFeedSeries, getFeedSession, listCommunitySessions, listPersonalSessions,
  listSeriesProgramme, listSeriesSessions, listUpcomingSessions,
} from '../../domain/feeds/data.js';
import type { FeedSeries } from '../../domain/feeds/types.js';
import { NotFoundError } from '../../errors.js';
import type { AppContext, AppEnv } from '../env.js';
import { sessionsAtom } from '../feeds/atom.js';
import { frabSchedule } from '../feeds/frab.js';
import { sessionsCalendar } from '../feeds/ical.js';
import { renderMemo } from '../feeds/memo.js';
import {
  communityAtomPath, communityPath, personalCalendarPath, seriesAtomPath, seriesPath, sessionPath, UPCOMING_ATOM_PATH,
  UPCOMING_CALENDAR_PATH, webcalUrl,
} from '../feeds/urls.js';
import { idParam, signedInViewer, slugParam } from '../request.js';
import { flash, pageContext, render } from '../render.js';
import { CalendarAddressPage } from '../views/feeds.js';

// Calendar, Atom and schedule feeds. They are machine formats, so they are not translated; the page that hands a
// person their private calendar address is. Public feeds never carry online links.

const ICS = 'text/calendar; charset=utf-8';
const ATOM = 'application/atom+xml; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
// Feed readers and calendars poll; five minutes of shared caching spares the database without delaying news much.
const PUBLIC_CACHE = 'public, max-age=300';
// The private feed holds online links: no cache on the way may keep it.
const PRIVATE_CACHE = 'private, no-store';

/** Absolute links use the configured public address, or the address this request came to. */
const siteBase = (c: AppContext) => c.get('deps').config.publicUrl ?? new URL(c.req.url).origin;

// One rendering per public feed address; the largest feeds are some 50 KB, so this stays within a few MB.
const rendered = renderMemo(64);

async function seriesParam(c: AppContext): Promise<FeedSeries> {
  const series = await getFeedSeries(c.get('deps').db, slugParam(c));
  if (!series) throw new NotFoundError();
  return series;
}

/** If-None-Match holds this entity tag (or *), so the client's copy is current. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === bare);
}

/** A public feed with an entity tag of its body, answering 304 when the client already has it. */
function publicFeed(c: AppContext, body: string, contentType: string, extraHeaders: Record<string, string> = {}) {
  // Weak, because compression on the way changes the bytes but not the meaning.
  const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
  c.header('Cache-Control', PUBLIC_CACHE);
  c.header('ETag', etag);
  // The same for every visitor and language, so shared caches need not keep a copy per cookie.
  c.header('Vary', 'Accept-Encoding');
  if (matches(c.req.header('if-none-match'), etag)) return c.body(null, 304);
  return c.body(body, 200, { 'Content-Type': contentType, ...extraHeaders });
}

export const feedRoutes = new Hono<AppEnv>()
  .get(UPCOMING_CALENDAR_PATH, async (c) => {
    const { db, now } = c.get('deps');
    const base = siteBase(c);
    const sessions = await listUpcomingSessions(db, now());
    const options = { base, name: 'Sangam: upcoming sessions', url: `${base}/sessions` };
    return publicFeed(c, rendered(c.req.path, [sessions, options], () => sessionsCalendar(sessions, options)), ICS);
  })
  .get(UPCOMING_ATOM_PATH, async (c) => {
    const { db, now } = c.get('deps');
    const base = siteBase(c);
    const sessions = await listUpcomingSessions(db, now());
    const options = {
      base, self: `${base}${UPCOMING_ATOM_PATH}`, alternate: `${base}/sessions`, title: 'Sangam: upcoming sessions',
      // Only an empty feed shows this time; a fixed one otherwise keeps the clock out of the memo's input.
      author: 'Sangam', emptyUpdated: sessions.length ? new Date(0) : now(),
    };
    return publicFeed(c, rendered(c.req.path, [sessions, options], () => sessionsAtom(sessions, options)), ATOM);
  })
  .get('/sessions/:id/calendar.ics', async (c) => {
    const session = await getFeedSession(c.get('deps').db, idParam(c));
    if (!session) throw new NotFoundError();
    const base = siteBase(c);
    const options = { base, name: session.title, url: `${base}${sessionPath(session.id)}` };
    const body = rendered(c.req.path, [session, options], () => sessionsCalendar([session], options));
    return publicFeed(c, body, ICS, { 'Content-Disposition': `attachment; filename="sangam-session-${session.id}.ics"` });
  })
  .get('/series/:slug/calendar.ics', async (c) => {
    const series = await seriesParam(c);
    const { db, now } = c.get('deps');
    const base = siteBase(c);
    const sessions = await listSeriesSessions(db, series.id, now());
    const options = { base, name: series.title, description: series.description || undefined, url: `${base}${seriesPath(series.slug)}` };
    return publicFeed(c, rendered(c.req.path, [sessions, options], () => sessionsCalendar(sessions, options)), ICS);
  })
  .get('/series/:slug/feed.atom', async (c) => {
    const series = await seriesParam(c);
    const { db, now } = c.get('deps');
    const base = siteBase(c);
    const sessions = await listSeriesSessions(db, series.id, now());
    const options = {
      base, self: `${base}${seriesAtomPath(series.slug)}`, alternate: `${base}${seriesPath(series.slug)}`, title: series.title,
      subtitle: series.description || undefined, author: series.community.name, emptyUpdated: series.updatedAt,
    };
    return publicFeed(c, rendered(c.req.path, [sessions, options], () => sessionsAtom(sessions, options)), ATOM);
  })
  .get('/series/:slug/schedule.json', async (c) => {
    const series = await seriesParam(c);
    const { db, now } = c.get('deps');
    const sessions = await listSeriesProgramme(db, series.id);
    const schedule = frabSchedule(series, sessions, { base: siteBase(c), now: now() });
    return publicFeed(c, JSON.stringify(schedule), JSON_TYPE);
  })
  .get('/communities/:slug/feed.atom', async (c) => {
    const { db, now } = c.get('deps');
    const community = await getFeedCommunity(db, slugParam(c));
    if (!community) throw new NotFoundError();
    const base = siteBase(c);
    const sessions = await listCommunitySessions(db, community.id, now());
    const options = {
      base, self: `${base}${communityAtomPath(community.slug)}`, alternate: `${base}${communityPath(community.slug)}`,
      title: `${community.name}: sessions`, author: community.name, emptyUpdated: community.updatedAt,
    };
    return publicFeed(c, rendered(c.req.path, [sessions, options], () => sessionsAtom(sessions, options)), ATOM);
  })
  // The token is the whole secret: an unknown, malformed or replaced one is a plain 404 that says nothing more.
  .get('/feeds/me/:file{[A-Za-z0-9_-]+\\.ics}', async (c) => {
    const token = c.req.param('file').slice(0, -'.ics'.length);
    const { db, now } = c.get('deps');
    const owner = CALENDAR_TOKEN_PATTERN.test(token) ? await calendarOwner(db, token) : undefined;
    if (!owner) throw new NotFoundError();
    const sessions = await listPersonalSessions(db, owner.id, now());
    const body = sessionsCalendar(sessions, { base: siteBase(c), name: `Sangam: ${owner.displayName}` });
    c.header('Cache-Control', PRIVATE_CACHE);
    c.header('X-Robots-Tag', 'noindex');
    return c.body(body, 200, { 'Content-Type': ICS });
  })
  .get('/me/calendar', async (c) => {
    const viewer = signedInViewer(c);
    const token = await getCalendarToken(c.get('deps').db, viewer.id);
    const address = token ? `${siteBase(c)}${personalCalendarPath(token)}` : null;
    const ctx = await pageContext(c, { forms: true });
    c.header('Cache-Control', PRIVATE_CACHE);
    return render(c, ctx, ctx.t('sangam-calendar-title'), <CalendarAddressPage ctx={ctx} address={address} webcal={address && webcalUrl(address)} />);
  })
  .post('/me/calendar', async (c) => {
    const viewer = signedInViewer(c);
    const { db, now } = c.get('deps');
    const existed = (await getCalendarToken(db, viewer.id)) !== null;
    await replaceCalendarToken(db, viewer.id, now());
    await flash(c, 'success', existed ? 'sangam-calendar-replaced' : 'sangam-calendar-created');
    return c.redirect('/me/calendar', 303);
  });
