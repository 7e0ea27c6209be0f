import { Hono } from 'hono';
import type { Db } from '../../db/connection.js';
import { viewerLevel } from '../../domain/people/policy.js';
import { getSkillTree, resolveSkillSlug, skillCounts, skillPeopleStats, subtreeIds } from '../../domain/skills/data.js';
import { addSkill, mergeSkill, moveSkill, renameSkill } from '../../domain/skills/mutations.js';
import { assertCanManageSkills } from '../../domain/skills/policy.js';
import { AddSkillSchema, MergeSkillSchema, MoveSkillSchema, RenameSkillSchema } from '../../domain/skills/schema.js';
import type { SkillTree } from '../../domain/skills/types.js';
import { validate } from '../../domain/validation.js';
import { AppError, NotFoundError, ValidationError, type FieldErrors } from '../../errors.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { AppContext, AppEnv } from '../env.js';
import { field, formBody } from '../forms.js';
import { languageName, regionName } from '../presenters/names.js';
import { flash, pageContext, render } from '../render.js';
import { ttlCache } from '../ttl-cache.js';
import { AdminSkillsPage, SkillPage, SkillsIndexPage, type SkillTreeNode } from '../views/skills.js';

const cachedSkillCounts = ttlCache(60_000, (db: Db) => skillCounts(db));
// A broad skill's statistics cover tens of thousands of people; they are shared by everyone at the same level.
const cachedSkillStats = ttlCache(
  60_000, (db: Db, skillIds: number[], level: number) => skillPeopleStats(db, skillIds, level),
  (_db, skillIds, level) => `${level}:${skillIds.join(',')}`,
);

function treeNodes(tree: SkillTree, counts: Map<number, { share: number; learn: number }>, parentId: number | null): SkillTreeNode[] {
  return (tree.children.get(parentId) ?? []).map((s) => ({
    slug: s.slug, label: s.label, ...(counts.get(s.id) ?? { share: 0, learn: 0 }), children: treeNodes(tree, counts, s.id),
  }));
}

async function showAdmin(c: AppContext, values: Record<string, string> = {}, errors?: FieldErrors) {
  const tree = await getSkillTree(c.get('deps').db, c.get('tr').lang);
  const ctx = await pageContext(c, { forms: true });
  return render(c, ctx, ctx.t('sangam-admin-skills-title'), <AdminSkillsPage ctx={ctx} skills={tree.skills} values={values} errors={errors} />, errors ? 400 : 200);
}

/** One administrative change: authorize, validate, write, then back to the page with a message. */
function adminAction(prefix: string, run: (c: AppContext, body: Record<string, string>) => Promise<MessageKey>) {
  return async (c: AppContext) => {
    assertCanManageSkills(c.get('viewer'));
    const form = await formBody(c);
    const body = Object.fromEntries(['label', 'parent', 'wikidata', 'skill', 'lang', 'into'].map((k) => [k, field(form, k)]));
    try {
      const done = await run(c, body);
      await flash(c, 'success', done);
      return c.redirect('/admin/skills', 303);
    } catch (error) {
      const values = Object.fromEntries(Object.entries(body).map(([k, v]) => [`${prefix}-${k}`, v]));
      if (error instanceof ValidationError) return showAdmin(c, values, error.fields);
      if (error instanceof AppError && error.status === 409) return showAdmin(c, values, { form: { key: error.messageKey } });
      throw error;
    }
  };
}

export const skillRoutes = new Hono<AppEnv>()
  .get('/skills', async (c) => {
    const { db, now } = c.get('deps');
    const [tree, counts] = await Promise.all([getSkillTree(db, c.get('tr').lang), cachedSkillCounts(now().getTime(), db)]);
    const ctx = await pageContext(c);
    return render(c, ctx, ctx.t('sangam-skills-title'), <SkillsIndexPage ctx={ctx} categories={treeNodes(tree, counts, null)} />);
  })
  .get('/skills/:slug', async (c) => {
    const { db } = c.get('deps');
    const tr = c.get('tr');
    const slug = c.req.param('slug');
    const live = await resolveSkillSlug(db, slug);
    if (!live) throw new NotFoundError();
    if (live.slug !== slug) return c.redirect(`/skills/${live.slug}`, 301);
    const tree = await getSkillTree(db, tr.lang);
    const skill = tree.bySlug.get(live.slug);
    if (!skill) throw new NotFoundError();
    const stats = await cachedSkillStats(c.get('deps').now().getTime(), db, subtreeIds(tree, skill.id), viewerLevel(c.get('viewer')));
    const path: { slug: string; label: string }[] = [];
    for (let p = skill.parentId; p !== null; p = tree.byId.get(p)?.parentId ?? null) {
      const parent = tree.byId.get(p);
      if (!parent) break;
      path.unshift({ slug: parent.slug, label: parent.label });
    }
    const ctx = await pageContext(c);
    const view = {
      slug: skill.slug, label: skill.label, path, wikidataQid: skill.wikidataQid,
      narrower: (tree.children.get(skill.id) ?? []).map((n) => ({ slug: n.slug, label: n.label })),
      sharers: stats.sharers, learners: stats.learners,
      byRegion: stats.byRegion.map((r) => ({ name: regionName(tr, r.region) ?? tr.t('sangam-not-given'), sharers: r.sharers, learners: r.learners })),
      byLanguage: stats.byLanguage.map((l) => ({ code: l.lang, name: languageName(l.lang), sharers: l.sharers, learners: l.learners })),
    };
    return render(c, ctx, skill.label, <SkillPage ctx={ctx} skill={view} />);
  })
  .get('/admin/skills', async (c) => {
    assertCanManageSkills(c.get('viewer'));
    return showAdmin(c);
  })
  .post('/admin/skills/add', adminAction('add', async (c, body) => {
    const input = validate(AddSkillSchema, body);
    await addSkill(c.get('deps').db, { label: input.label, parentId: input.parent, wikidataQid: input.wikidata || null });
    return 'sangam-admin-added';
  }))
  .post('/admin/skills/rename', adminAction('rename', async (c, body) => {
    const input = validate(RenameSkillSchema, body);
    await renameSkill(c.get('deps').db, { skillId: input.skill, lang: input.lang, label: input.label });
    return 'sangam-admin-renamed';
  }))
  .post('/admin/skills/move', adminAction('move', async (c, body) => {
    const input = validate(MoveSkillSchema, body);
    await moveSkill(c.get('deps').db, { skillId: input.skill, parentId: input.parent });
    return 'sangam-admin-moved';
  }))
  .post('/admin/skills/merge', adminAction('merge', async (c, body) => {
    const input = validate(MergeSkillSchema, body);
    await mergeSkill(c.get('deps').db, { skillId: input.skill, intoId: input.into });
    return 'sangam-admin-merged';
  }));
