import { Hono } from 'hono';
import { countPeople } from '../../domain/people/data.js';
import { getSkillTree } from '../../domain/skills/data.js';
import type { Db } from '../../db/connection.js';
import type { AppEnv } from '../env.js';
import { ttlCache } from '../ttl-cache.js';
import { pageContext, render } from '../render.js';
import { AboutPage, HomePage } from '../views/home.js';

const cachedCounts = ttlCache(60_000, (db: Db) => countPeople(db));

export const homeRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const { db, now } = c.get('deps');
    const tr = c.get('tr');
    const [counts, tree] = await Promise.all([cachedCounts(now().getTime(), db), getSkillTree(db, tr.lang)]);
    const ctx = await pageContext(c);
    const stats = { ...counts, skills: tree.skills.filter((s) => s.depth > 0).length };
    const categories = tree.skills.filter((s) => s.depth === 0).map((s) => ({ slug: s.slug, label: s.label }));
    return render(c, ctx, tr.t('sangam-home-title'), <HomePage ctx={ctx} stats={stats} categories={categories} />);
  })
  .get('/about', async (c) => {
    const ctx = await pageContext(c);
    return render(c, ctx, ctx.t('sangam-about-title'), <AboutPage ctx={ctx} />);
  });
