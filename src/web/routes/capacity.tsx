import { Hono } from 'hono';
import { raw } from 'hono/html';
import type { Db } from '../../db/connection.js';
import { capacityByRegionAndSkill } from '../../domain/capacity/data.js';
import { capacityReport } from '../../domain/capacity/report.js';
import { CapacityQuerySchema } from '../../domain/capacity/schema.js';
import { worldMap } from '../../domain/capacity/world-map.js';
import { getSkillTree, resolveSkillSlug, subtreeIds } from '../../domain/skills/data.js';
import { validate } from '../../domain/validation.js';
import { ValidationError } from '../../errors.js';
import type { AppEnv } from '../env.js';
import { presentCapacity } from '../presenters/capacity.js';
import { CATEGORY_KEYS } from '../presenters/names.js';
import { pageContext, render } from '../render.js';
import { ttlCache } from '../ttl-cache.js';
import { CapacityPage } from '../views/capacity.js';

// Both reads scan many people (a category covers most of them); they are public aggregates, the same
// for every viewer, so one process keeps each for a minute and refreshes it in the background.
const cachedRegionSkill = ttlCache(60_000, (db: Db, today: string) => capacityByRegionAndSkill(db, today));
const cachedReport = ttlCache(
  60_000,
  async (db: Db, now: number, today: string, roots: number[], skillIds: number[]) =>
    capacityReport(db, { roots, skillIds, today, regionSkill: await cachedRegionSkill(now, db, today) }),
  (_db, _now, _today, roots) => roots.join(','),
);

// The page body (176 country paths, their titles and the table) is the same for every viewer of one
// report in one language; it is rendered once per report and skill tree (both are replaced when they
// change) and reused until then.
const renderedBodies = new WeakMap<object, WeakMap<object, Map<string, string>>>();

export const capacityRoutes = new Hono<AppEnv>()
  .get('/capacity', async (c) => {
    const { db, now } = c.get('deps');
    const tr = c.get('tr');
    const query = validate(CapacityQuerySchema, { skill: c.req.query('skill'), by: c.req.query('by') || undefined });
    const tree = await getSkillTree(db, tr.lang);
    let skill = query.skill ? tree.bySlug.get(query.skill) : undefined;
    if (query.skill && !skill) {
      // An old slug of a merged skill still works; anything else is a bad choice.
      const live = await resolveSkillSlug(db, query.skill);
      if (live) return c.redirect(`/capacity?skill=${live.slug}&by=${query.by}`, 301);
      throw new ValidationError({ skill: { key: 'sangam-capacity-error-skill' } });
    }
    const roots = skill ? [skill.id] : tree.skills.filter((s) => s.depth === 0).map((s) => s.id);
    const skillIds = skill ? subtreeIds(tree, skill.id) : tree.skills.map((s) => s.id);
    const at = now();
    const report = await cachedReport(at.getTime(), db, at.getTime(), at.toISOString().slice(0, 10), roots, skillIds);
    const subject = !skill ? tr.t('sangam-capacity-all-skills') : skill.depth === 0 ? tr.t(CATEGORY_KEYS[skill.category]) : skill.label;
    const ctx = await pageContext(c);
    let byTree = renderedBodies.get(report);
    if (!byTree) renderedBodies.set(report, (byTree = new WeakMap()));
    let bodies = byTree.get(tree);
    if (!bodies) byTree.set(tree, (bodies = new Map()));
    const key = `${query.by}:${skill?.slug ?? ''}`;
    let body = bodies.get(key);
    if (body === undefined) {
      const view = presentCapacity(tr, worldMap(), report, tree, { skill: skill?.slug ?? '', by: query.by, subject });
      body = String(<CapacityPage ctx={ctx} view={view} skills={tree.skills} />);
      bodies.set(key, body);
    }
    return render(c, ctx, tr.t('sangam-capacity-title'), raw(body));
  });
