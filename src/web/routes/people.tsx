import { Hono } from 'hono';
import type { Db } from '../../db/connection.js';
import { DIRECTORY_PAGE_SIZE, getProfile, languagesInUse, matchingNeeds, searchDirectory, wantedSkills } from '../../domain/people/data.js';
import { DirectoryQuerySchema } from '../../domain/people/schema.js';
import { getSkillTree, subtreeIds } from '../../domain/skills/data.js';
import { validate } from '../../domain/validation.js';
import { NotFoundError } from '../../errors.js';
import type { AppEnv } from '../env.js';
import { languageName } from '../presenters/names.js';
import { presentDirectoryEntry, presentProfile } from '../presenters/people.js';
import { pageContext, render } from '../render.js';
import { ttlCache } from '../ttl-cache.js';
import { DirectoryPage, ProfilePage } from '../views/people.js';

// Names are looked up once per refresh, so the list object (and its rendered options) lives as long.
const cachedLanguagesInUse = ttlCache(5 * 60_000, async (db: Db) =>
  (await languagesInUse(db)).map((code) => ({ code, name: languageName(code) })));

export const MIN_OVERLAP_HOURS = 2;

export const peopleRoutes = new Hono<AppEnv>()
  .get('/people', async (c) => {
    const { db, now } = c.get('deps');
    const tr = c.get('tr');
    const viewer = c.get('viewer');
    const query = validate(DirectoryQuerySchema, c.req.query());
    const [tree, langs, needs] = await Promise.all([
      getSkillTree(db, tr.lang),
      cachedLanguagesInUse(now().getTime(), db),
      viewer ? matchingNeeds(db, viewer.id) : null,
    ]);
    const mine = needs?.availabilityUtc ?? null;
    const skill = query.skill ? tree.bySlug.get(query.skill) : undefined;
    const skillIds = skill ? subtreeIds(tree, skill.id) : null;
    const directoryViewer = viewer ? { id: viewer.id, wanted: wantedSkills(needs?.learning ?? [], tree) } : null;
    const { total, totalIsCapped, entries } = await searchDirectory(db, {
      text: query.q, skillId: skill?.id ?? null, kind: query.kind, lang: query.lang || null, region: query.region || null,
      overlapWith: query.overlap && mine ? mine : null, minOverlapHours: MIN_OVERLAP_HOURS,
    }, directoryViewer, query.page);
    const ctx = await pageContext(c);
    // Beyond the lookahead the number of pages is unknown; a full page means there may be another.
    const pageCount = totalIsCapped ? null : Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));
    const hasNext = pageCount === null ? entries.length === DIRECTORY_PAGE_SIZE : query.page < pageCount;
    const values = { q: query.q, skill: skill?.slug ?? '', kind: query.kind, lang: query.lang, region: query.region, overlap: query.overlap };
    const pageLink = (page: number) => {
      const params = new URLSearchParams(Object.entries(values).filter(([, v]) => v && v !== 'any'));
      params.set('page', String(page));
      return `/people?${params}`;
    };
    const highlight = skillIds ? new Set(skillIds) : null;
    const page = (
      <DirectoryPage ctx={ctx} values={values} skills={tree.skills}
        languages={langs}
        entries={entries.map((e) => presentDirectoryEntry(e, tree, tr, highlight))}
        total={total} totalIsCapped={totalIsCapped} page={query.page} pageCount={pageCount} hasNext={hasNext} canFilterOverlap={!!mine} pageLink={pageLink} />
    );
    return render(c, ctx, tr.t('sangam-directory-title'), page);
  })
  .get('/people/:username', async (c) => {
    const { db } = c.get('deps');
    const tr = c.get('tr');
    const viewer = c.get('viewer');
    const username = c.req.param('username').replace(/_/g, ' ');
    const profile = await getProfile(db, { username });
    if (!profile) throw new NotFoundError();
    const [tree, needs] = await Promise.all([getSkillTree(db, tr.lang), viewer ? matchingNeeds(db, viewer.id) : null]);
    const mine = needs?.availabilityUtc ?? null;
    const ctx = await pageContext(c);
    return render(c, ctx, profile.displayName, <ProfilePage ctx={ctx} profile={presentProfile(profile, viewer, tree, tr, mine)} />);
  });
