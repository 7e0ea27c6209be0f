import type { Db } from '../connection.js';
import { skillTaxonomy } from './skill-taxonomy.js';

/** Loads the starting skill taxonomy into an empty skills table; an edited taxonomy is left alone. */
export async function seedTaxonomy(db: Db): Promise<number> {
  const existing = await db.selectFrom('skills').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (existing.n > 0) return 0;
  await db.transaction().execute(async (trx) => {
    const ids = new Map<string, { id: number; category: string }>();
    for (const seed of skillTaxonomy) {
      const parent = seed.parent ? ids.get(seed.parent) : undefined;
      if (seed.parent && !parent) throw new Error(`skill ${seed.slug} comes before its parent ${seed.parent}`);
      const category = parent?.category ?? seed.slug;
      const { id } = await trx.insertInto('skills')
        .values({ slug: seed.slug, parent_id: parent?.id ?? null, category, wikidata_qid: seed.wikidata ?? null })
        .returning('id').executeTakeFirstOrThrow();
      ids.set(seed.slug, { id, category });
      await trx.insertInto('skill_labels')
        .values(Object.entries(seed.labels).map(([lang, label]) => ({ skill_id: id, lang, label })))
        .execute();
    }
  });
  return skillTaxonomy.length;
}
