import { Hono } from 'hono';
import type { Db } from '../../db/connection.js';
import { communityLanguagesInUse, getCommunityBySlug, listCommunities, membershipOf } from '../../domain/communities/data.js';
import {
  addChannel, createCommunity, joinCommunity, leaveCommunity, makeOrganizerByUsername, removeChannel, updateCommunity,
} from '../../domain/communities/mutations.js';
import { assertCanCreateCommunity, assertCanEditCommunity, assertCanJoinCommunity } from '../../domain/communities/policy.js';
import { ChannelFormSchema, CommunityFormSchema, CommunityListQuerySchema } from '../../domain/communities/schema.js';
import type { Community } from '../../domain/communities/types.js';
import { resolveLanguage } from '../../domain/places/data.js';
import { validate } from '../../domain/validation.js';
import { listSeries } from '../../domain/workshops/data.js';
import { NotFoundError, ValidationError, type FieldErrors } from '../../errors.js';
import type { AppContext, AppEnv } from '../env.js';
import { idParam, slugParam } from '../request.js';
import { attempt, field, formBody } from '../forms.js';
import { communityHref, presentCommunity, presentCommunitySummary } from '../presenters/communities.js';
import { languageName } from '../presenters/names.js';
import { presentSeriesSummary } from '../presenters/workshops.js';
import { flash, pageContext, render } from '../render.js';
import { ttlCache } from '../ttl-cache.js';
import {
  CommunitiesPage, CommunityFormPage, CommunityPage, type ChannelFormValues, type CommunityFormValues,
} from '../views/communities.js';

// The filter's languages change only when a community is saved; a minute's delay is fine.
const cachedLanguages = ttlCache(60_000, async (db: Db) =>
  (await communityLanguagesInUse(db)).map((code) => ({ code, name: languageName(code) })));

/** The community an address names; anything but a known slug is "not found", never a database error. */
async function communityAt(c: AppContext): Promise<Community> {
  const community = await getCommunityBySlug(c.get('deps').db, slugParam(c));
  if (!community) throw new NotFoundError();
  return community;
}

async function roleOf(c: AppContext, community: Community) {
  const viewer = c.get('viewer');
  return viewer ? membershipOf(c.get('deps').db, community.id, viewer.id) : null;
}

const EMPTY_FORM: CommunityFormValues = { name: '', slug: '', kind: 'wiki-community', description: '', wikis: '', languages: '', countries: '' };
const EMPTY_CHANNEL: ChannelFormValues = { kind: 'mailing-list', label: '', address: '' };

function valuesFromCommunity(community: Community): CommunityFormValues {
  return {
    name: community.name, slug: community.slug, kind: community.kind, description: community.description,
    wikis: community.wikis.map((w) => w.dbname).join('\n'), languages: community.languages.join(', '),
    countries: community.countries.map((co) => co.code).join(', '),
  };
}

async function valuesFromForm(c: AppContext): Promise<CommunityFormValues> {
  const body = await formBody(c);
  return {
    name: field(body, 'name'), slug: field(body, 'slug'), kind: field(body, 'kind'), description: field(body, 'description'),
    wikis: field(body, 'wikis'), languages: field(body, 'languages'), countries: field(body, 'countries'),
  };
}

async function showForm(
  c: AppContext, target: Community | null, values: CommunityFormValues, errors?: FieldErrors,
  channel: { values: ChannelFormValues; errors?: FieldErrors } = { values: EMPTY_CHANNEL },
) {
  const ctx = await pageContext(c, { forms: true });
  const tr = c.get('tr');
  const base = target ? communityHref(target.slug) : '';
  const channels = target
    ? { list: presentCommunity(target, tr, c.get('viewer'), null).channels, base, ...channel }
    : undefined;
  const page = (
    <CommunityFormPage ctx={ctx} mode={target ? 'edit' : 'new'} action={target ? `${base}/edit` : '/communities/new'}
      values={values} errors={errors} cancelHref={target ? base : '/communities'} channels={channels} />
  );
  return render(c, ctx, ctx.t(target ? 'sangam-community-edit-title' : 'sangam-community-new-title'), page, errors || channel.errors ? 400 : 200);
}

export const communityRoutes = new Hono<AppEnv>()
  .get('/communities', async (c) => {
    const { db, now } = c.get('deps');
    const tr = c.get('tr');
    const query = validate(CommunityListQuerySchema, c.req.query());
    const lang = query.lang ? resolveLanguage(query.lang) : undefined;
    if (query.lang && !lang) throw new ValidationError({ lang: { key: 'sangam-error-unknown-language', params: [query.lang] } });
    const [{ communities, hasNext }, languages] = await Promise.all([
      listCommunities(db, { kind: query.kind || null, region: query.region || null, lang: lang ?? null, text: query.q }, query.page),
      cachedLanguages(now().getTime(), db),
    ]);
    const values = { q: query.q, kind: query.kind, region: query.region, lang: lang ?? '' };
    // A language no community lists yet still shows as chosen.
    const options = lang && !languages.some((l) => l.code === lang) ? [{ code: lang, name: languageName(lang) }, ...languages] : languages;
    const pageLink = (n: number) => {
      const params = new URLSearchParams(Object.entries(values).filter(([, v]) => v));
      params.set('page', String(n));
      return `/communities?${params}`;
    };
    const ctx = await pageContext(c);
    const view = (
      <CommunitiesPage ctx={ctx} values={values} languages={options} page={query.page} hasNext={hasNext} pageLink={pageLink}
        communities={communities.map((x) => presentCommunitySummary(x, tr))} />
    );
    return render(c, ctx, tr.t('sangam-communities-title'), view);
  })
  .get('/communities/new', async (c) => {
    assertCanCreateCommunity(c.get('viewer'));
    return showForm(c, null, EMPTY_FORM);
  })
  .post('/communities/new', async (c) => {
    const viewer = c.get('viewer');
    assertCanCreateCommunity(viewer);
    const { db, now } = c.get('deps');
    const values = await valuesFromForm(c);
    let slug = '';
    const invalid = await attempt(async () => {
      ({ slug } = await createCommunity(db, viewer.id, validate(CommunityFormSchema, values), now(), c.get('tr').lang));
    }, (errors) => showForm(c, null, values, errors));
    if (invalid) return invalid;
    await flash(c, 'success', 'sangam-community-created');
    return c.redirect(communityHref(slug), 303);
  })
  .get('/communities/:slug', async (c) => {
    const community = await communityAt(c);
    const tr = c.get('tr');
    const { db, now } = c.get('deps');
    const view = presentCommunity(community, tr, c.get('viewer'), await roleOf(c, community));
    const series = (await listSeries(db, now(), community.id)).map((s) => presentSeriesSummary(tr, s, null));
    const ctx = await pageContext(c);
    return render(c, ctx, community.name, <CommunityPage ctx={ctx} community={view} series={series} />);
  })
  .get('/communities/:slug/edit', async (c) => {
    const community = await communityAt(c);
    assertCanEditCommunity(c.get('viewer'), await roleOf(c, community));
    return showForm(c, community, valuesFromCommunity(community));
  })
  .post('/communities/:slug/edit', async (c) => {
    const community = await communityAt(c);
    assertCanEditCommunity(c.get('viewer'), await roleOf(c, community));
    const { db, now } = c.get('deps');
    // The address stays as it is: links to it elsewhere keep working.
    const values = { ...(await valuesFromForm(c)), slug: community.slug };
    const invalid = await attempt(
      () => updateCommunity(db, community.id, validate(CommunityFormSchema, values), now(), c.get('tr').lang),
      (errors) => showForm(c, community, values, errors),
    );
    if (invalid) return invalid;
    await flash(c, 'success', 'sangam-saved');
    return c.redirect(communityHref(community.slug), 303);
  })
  .post('/communities/:slug/join', async (c) => {
    const community = await communityAt(c);
    const viewer = c.get('viewer');
    assertCanJoinCommunity(viewer);
    const { db, now } = c.get('deps');
    await joinCommunity(db, community.id, viewer.id, now());
    await flash(c, 'success', 'sangam-community-joined');
    return c.redirect(communityHref(community.slug), 303);
  })
  .post('/communities/:slug/leave', async (c) => {
    const community = await communityAt(c);
    const viewer = c.get('viewer');
    assertCanJoinCommunity(viewer);
    await leaveCommunity(c.get('deps').db, community.id, viewer.id);
    await flash(c, 'success', 'sangam-community-left');
    return c.redirect(communityHref(community.slug), 303);
  })
  .post('/communities/:slug/channels', async (c) => {
    const community = await communityAt(c);
    assertCanEditCommunity(c.get('viewer'), await roleOf(c, community));
    const body = await formBody(c);
    const values: ChannelFormValues = { kind: field(body, 'kind'), label: field(body, 'label'), address: field(body, 'address') };
    const { db } = c.get('deps');
    const invalid = await attempt(
      async () => { await addChannel(db, community.id, validate(ChannelFormSchema, values)); },
      (errors) => showForm(c, community, valuesFromCommunity(community), undefined, { values, errors }),
    );
    if (invalid) return invalid;
    await flash(c, 'success', 'sangam-community-channel-added');
    return c.redirect(`${communityHref(community.slug)}/edit#channels`, 303);
  })
  .post('/communities/:slug/organizers', async (c) => {
    const community = await communityAt(c);
    assertCanEditCommunity(c.get('viewer'), await roleOf(c, community));
    await makeOrganizerByUsername(c.get('deps').db, community.id, field(await formBody(c), 'username'));
    await flash(c, 'success', 'sangam-community-organizer-added');
    return c.redirect(communityHref(community.slug), 303);
  })
  .post('/communities/:slug/channels/:id/remove', async (c) => {
    const community = await communityAt(c);
    assertCanEditCommunity(c.get('viewer'), await roleOf(c, community));
    await removeChannel(c.get('deps').db, community.id, idParam(c));
    await flash(c, 'success', 'sangam-community-channel-removed');
    return c.redirect(`${communityHref(community.slug)}/edit#channels`, 303);
  });
