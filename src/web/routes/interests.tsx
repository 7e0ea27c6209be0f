import { Hono } from 'hono';
import { getInterestList, listInterestLists, ownMembership, visibleMembers } from '../../domain/interests/data.js';
import { membersCsv } from '../../domain/interests/export.js';
import { createInterestList, joinInterestList, leaveInterestList } from '../../domain/interests/mutations.js';
import {
  assertCanCreateInterestList, assertCanExportInterestList, assertCanJoinInterestList, canCreateInterestList,
} from '../../domain/interests/policy.js';
import { InterestListFormSchema, InterestListsQuerySchema, InterestMembersQuerySchema, JoinFormSchema } from '../../domain/interests/schema.js';
import type { InterestList } from '../../domain/interests/types.js';
import { validate } from '../../domain/validation.js';
import { NotFoundError, type FieldErrors } from '../../errors.js';
import { slugParam } from '../request.js';
import type { AppContext, AppEnv } from '../env.js';
import { attempt, field, fields, formBody } from '../forms.js';
import { presentInterestList, presentMember, presentMembership } from '../presenters/interests.js';
import { flash, pageContext, render } from '../render.js';
import { InterestFormPage, InterestListPage, InterestListsPage, type InterestFormValues } from '../views/interests.js';

/** The list an address names; anything but a well-formed, existing slug is "not found". */
async function listAt(c: AppContext): Promise<InterestList> {
  const list = await getInterestList(c.get('deps').db, slugParam(c));
  if (!list) throw new NotFoundError();
  return list;
}

async function showList(c: AppContext, list: InterestList, chosen?: string[], errors?: FieldErrors) {
  const { db } = c.get('deps');
  const tr = c.get('tr');
  const viewer = c.get('viewer');
  const { page } = validate(InterestMembersQuerySchema, c.req.query());
  const [{ members, hidden, hasNext }, own] = await Promise.all([
    visibleMembers(db, list.id, viewer, page),
    viewer ? ownMembership(db, list.id, viewer.id) : null,
  ]);
  // Visitors get a sign-in link rather than a form, so no session is started for them.
  const ctx = await pageContext(c);
  const view = (
    <InterestListPage ctx={ctx} list={presentInterestList(list, viewer)} members={members.map((m) => presentMember(m, viewer, tr))}
      hidden={hidden} membership={own && presentMembership(own, tr, chosen)} errors={errors} page={page} hasNext={hasNext} />
  );
  return render(c, ctx, list.title, view, errors ? 400 : 200);
}

async function showForm(c: AppContext, values: InterestFormValues, errors?: FieldErrors) {
  const ctx = await pageContext(c, { forms: true });
  return render(c, ctx, ctx.t('sangam-interest-new-title'), <InterestFormPage ctx={ctx} values={values} errors={errors} />, errors ? 400 : 200);
}

export const interestRoutes = new Hono<AppEnv>()
  .get('/interests', async (c) => {
    const { page } = validate(InterestListsQuerySchema, c.req.query());
    const viewer = c.get('viewer');
    const { lists, hasNext } = await listInterestLists(c.get('deps').db, page);
    const ctx = await pageContext(c);
    const view = (
      <InterestListsPage ctx={ctx} lists={lists.map((l) => presentInterestList(l, viewer))} canCreate={canCreateInterestList(viewer)}
        page={page} hasNext={hasNext} />
    );
    return render(c, ctx, ctx.t('sangam-interests-title'), view);
  })
  .get('/interests/new', (c) => {
    assertCanCreateInterestList(c.get('viewer'));
    return showForm(c, { title: '', slug: '', description: '' });
  })
  .post('/interests/new', async (c) => {
    const viewer = c.get('viewer');
    assertCanCreateInterestList(viewer);
    const { db, now } = c.get('deps');
    const body = await formBody(c);
    const values = { title: field(body, 'title'), slug: field(body, 'slug'), description: field(body, 'description') };
    let slug = '';
    const invalid = await attempt(async () => {
      slug = await createInterestList(db, viewer.id, validate(InterestListFormSchema, values), now());
    }, (errors) => showForm(c, values, errors));
    if (invalid) return invalid;
    await flash(c, 'success', 'sangam-interest-created');
    return c.redirect(`/interests/${slug}`, 303);
  })
  .get('/interests/:slug', async (c) => showList(c, await listAt(c)))
  .post('/interests/:slug/join', async (c) => {
    const list = await listAt(c);
    const viewer = c.get('viewer');
    assertCanJoinInterestList(viewer);
    const { db, now } = c.get('deps');
    const chosen = fields(await formBody(c), 'channels');
    const wasMember = (await ownMembership(db, list.id, viewer.id)).member;
    const invalid = await attempt(
      () => joinInterestList(db, list.id, viewer.id, validate(JoinFormSchema, { channels: chosen }).channels, now()),
      // An unknown kind is reported at 'channels.N'; the form has one place for errors about the choice.
      (errors) => showList(c, list, chosen, Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace(/^channels\..*/, 'channels'), v]))),
    );
    if (invalid) return invalid;
    await flash(c, 'success', wasMember ? 'sangam-interest-updated' : 'sangam-interest-joined');
    return c.redirect(`/interests/${list.slug}`, 303);
  })
  .post('/interests/:slug/leave', async (c) => {
    const list = await listAt(c);
    const viewer = c.get('viewer');
    assertCanJoinInterestList(viewer);
    await leaveInterestList(c.get('deps').db, list.id, viewer.id);
    await flash(c, 'success', 'sangam-interest-left');
    return c.redirect(`/interests/${list.slug}`, 303);
  })
  .get('/interests/:slug/export.csv', async (c) => {
    const list = await listAt(c);
    const viewer = c.get('viewer');
    assertCanExportInterestList(viewer, list);
    const { members } = await visibleMembers(c.get('deps').db, list.id, viewer, 1, null);
    c.header('Content-Disposition', `attachment; filename="${list.slug}.csv"`);
    c.header('Cache-Control', 'private, no-store');
    return c.body(membersCsv(members), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
  });
