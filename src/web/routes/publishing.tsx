import { Hono } from 'hono';
import { membershipOf } from '../../domain/communities/data.js';
import { assertCanEditCommunity, canEditCommunity } from '../../domain/communities/policy.js';
import { loadCredentialsKey } from '../../domain/publishing/credentials.js';
import { getCommunityRef, getCredentialsStatus, getPublicationStatus, getPublishingSeries, type PublishingSeries } from '../../domain/publishing/data.js';
import {
  programmePublicUrl, publishingDeps, publishSeriesProgramme, removeCommunityCredentials, removeSeriesPublication, renderSeriesProgramme,
  saveCommunityCredentials, setSeriesPublicationPage,
} from '../../domain/publishing/mutations.js';
import { credentialsFormSchema, PageTitleSchema } from '../../domain/publishing/schema.js';
import { loadSeriesAccess } from '../../domain/workshops/access.js';
import { assertCanOrganizeSeries } from '../../domain/workshops/policy.js';
import { validate } from '../../domain/validation.js';
import { NotFoundError, type FieldErrors } from '../../errors.js';
import type { AppContext, AppEnv } from '../env.js';
import { attempt, field, formBody } from '../forms.js';
import { communityHref } from '../presenters/communities.js';
import {
  communityPublishingHref, FAILURE_KEYS, presentCredentials, presentPublication, seriesPublishingHref,
} from '../presenters/publishing.js';
import { flash, pageContext, render } from '../render.js';
import { slugParam, viewerTimeZone } from '../request.js';
import { CommunityPublishingPage, SeriesPublishingPage, type CredentialsFormValues } from '../views/publishing.js';

/** The community at :slug, for its organizers (and administrators) only. */
async function managedCommunity(c: AppContext) {
  const { db } = c.get('deps');
  const community = await getCommunityRef(db, slugParam(c));
  if (!community) throw new NotFoundError();
  const viewer = c.get('viewer');
  assertCanEditCommunity(viewer, viewer ? await membershipOf(db, community.id, viewer.id) : null);
  return community;
}

/** The series at :slug, for its organizers only; also whether the viewer may change the community's account. */
async function organizedSeries(c: AppContext): Promise<{ series: PublishingSeries; mayManageAccount: boolean }> {
  const { db } = c.get('deps');
  const series = await getPublishingSeries(db, slugParam(c).toLowerCase());
  if (!series) throw new NotFoundError();
  const viewer = c.get('viewer');
  const access = await loadSeriesAccess(db, series.id, viewer?.id ?? null);
  assertCanOrganizeSeries(viewer, access);
  return { series, mayManageAccount: canEditCommunity(viewer, access.communityRole) };
}

async function showCommunity(c: AppContext, community: { id: number; slug: string; name: string }, values: CredentialsFormValues | null, errors?: FieldErrors) {
  const { db } = c.get('deps');
  const tr = c.get('tr');
  const [status, zone] = await Promise.all([getCredentialsStatus(db, community.id), viewerTimeZone(c, 'UTC')]);
  const shown: CredentialsFormValues = values ?? {
    apiUrl: status?.apiUrl ?? '', authKind: status?.authKind ?? 'bot-password', username: status?.username ?? '',
  };
  const ctx = await pageContext(c, { forms: true });
  const page = (
    <CommunityPublishingPage ctx={ctx} values={shown} errors={errors} credentials={status ? presentCredentials(tr, status, zone) : null}
      community={{ name: community.name, href: communityHref(community.slug), action: communityPublishingHref(community.slug) }} />
  );
  return render(c, ctx, tr.t('sangam-publishing-community-title', community.name), page, errors ? 400 : 200);
}

async function showSeries(c: AppContext, target: { series: PublishingSeries; mayManageAccount: boolean }, pageTitle: string | null, errors?: FieldErrors) {
  const { db, config, now } = c.get('deps');
  const tr = c.get('tr');
  const { series } = target;
  const [publication, account, rendered, zone] = await Promise.all([
    getPublicationStatus(db, series.id),
    getCredentialsStatus(db, series.communityId),
    renderSeriesProgramme(db, series.id, programmePublicUrl(config), now()),
    viewerTimeZone(c, 'UTC'),
  ]);
  const ctx = await pageContext(c, { forms: true });
  const page = (
    <SeriesPublishingPage ctx={ctx} errors={errors} preview={rendered?.text ?? ''}
      series={{ title: series.title, href: `/series/${series.slug}`, action: seriesPublishingHref(series.slug) }}
      accountConfigured={!!account} accountHref={target.mayManageAccount ? communityPublishingHref(series.communitySlug) : null}
      publication={publication ? presentPublication(tr, publication, zone) : null} pageTitle={pageTitle ?? publication?.pageTitle ?? ''} />
  );
  return render(c, ctx, tr.t('sangam-publishing-series-title', series.title), page, errors ? 400 : 200);
}

export const publishingRoutes = new Hono<AppEnv>()
  .get('/communities/:slug/wiki-publishing', async (c) => showCommunity(c, await managedCommunity(c), null))
  .post('/communities/:slug/wiki-publishing', async (c) => {
    const community = await managedCommunity(c);
    const viewer = c.get('viewer')!;
    const { db, config, now } = c.get('deps');
    const body = await formBody(c);
    const values: CredentialsFormValues = { apiUrl: field(body, 'apiUrl'), authKind: field(body, 'authKind'), username: field(body, 'username') };
    const schema = credentialsFormSchema({ httpsOnly: config.isProduction });
    const invalid = await attempt(async () => {
      const input = validate(schema, { ...values, secret: field(body, 'secret') });
      await saveCommunityCredentials(db, await loadCredentialsKey(config), viewer.id, community.id, input, now());
    }, (errors) => showCommunity(c, community, values, errors));
    if (invalid) return invalid;
    await flash(c, 'success', 'sangam-publishing-credentials-saved');
    return c.redirect(communityPublishingHref(community.slug), 303);
  })
  .post('/communities/:slug/wiki-publishing/remove', async (c) => {
    const community = await managedCommunity(c);
    await removeCommunityCredentials(c.get('deps').db, community.id);
    await flash(c, 'success', 'sangam-publishing-credentials-removed');
    return c.redirect(communityPublishingHref(community.slug), 303);
  })
  .get('/series/:slug/publishing', async (c) => showSeries(c, await organizedSeries(c), null))
  .post('/series/:slug/publishing', async (c) => {
    const target = await organizedSeries(c);
    const pageTitle = field(await formBody(c), 'pageTitle');
    const invalid = await attempt(async () => {
      await setSeriesPublicationPage(c.get('deps').db, target.series.id, validate(PageTitleSchema, { pageTitle }).pageTitle);
    }, (errors) => showSeries(c, target, pageTitle, errors));
    if (invalid) return invalid;
    await flash(c, 'success', 'sangam-publishing-page-saved');
    return c.redirect(seriesPublishingHref(target.series.slug), 303);
  })
  .post('/series/:slug/publishing/publish', async (c) => {
    const { series } = await organizedSeries(c);
    const { db, config, now } = c.get('deps');
    // Someone is waiting: a lagged wiki is not waited for here but left to the job, which tries again soon.
    const deps = { ...(await publishingDeps(config)), lagRetries: 0 };
    const outcome = await publishSeriesProgramme(db, deps, series.id, now(), { force: true });
    if (outcome.status === 'published') await flash(c, 'success', 'sangam-publishing-published', [String(outcome.revisionId)]);
    else if (outcome.status === 'unchanged') await flash(c, 'success', 'sangam-publishing-unchanged');
    else await flash(c, 'error', 'sangam-publishing-failed', [c.get('tr').t(FAILURE_KEYS[outcome.reason])]);
    return c.redirect(seriesPublishingHref(series.slug), 303);
  })
  .post('/series/:slug/publishing/remove', async (c) => {
    const { series } = await organizedSeries(c);
    await removeSeriesPublication(c.get('deps').db, series.id);
    await flash(c, 'success', 'sangam-publishing-stopped');
    return c.redirect(seriesPublishingHref(series.slug), 303);
  });
