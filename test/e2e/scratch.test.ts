import { sql } from 'kysely';
import { it } from 'vitest';
import { seedDemo } from '../../src/db/seed/demo.js';
import { createTestDatabase } from '../db.js';

it('facts', async () => {
  const { db, drop } = await createTestDatabase();
  await seedDemo(db, new Date());
  const q = async (s: ReturnType<typeof sql>) => console.log(JSON.stringify((await s.execute(db)).rows));
  await q(sql`select count(*) from people p where exists (select 1 from person_skills ps join skills s on s.id = ps.skill_id where ps.person_id = p.id and ps.kind='share' and (s.slug='wikidata' or s.parent_id = (select id from skills where slug='wikidata'))) and exists (select 1 from person_languages pl where pl.person_id=p.id and pl.lang='hi') and p.vis_skills <= 1 and p.vis_languages <= 1`);
  await q(sql`select dbname, url, english_name from wikis where dbname='hiwiki'`);
  await q(sql`select column_name, column_default from information_schema.columns where table_name='people' and column_name like 'vis_%'`);
  await q(sql`select p.username, p.vis_contact, c.kind, c.value from people p join person_contacts c on c.person_id=p.id where p.vis_contact=1 order by p.id limit 3`);
  await q(sql`select count(*) from person_skills ps join skills s on s.id=ps.skill_id where s.slug in ('lua-modules','lua-debugging','module-translation') and ps.kind='share' and ps.level>1`);
  await q(sql`select pl.lang, count(*) from person_languages pl join people p on p.id=pl.person_id where p.vis_languages=0 group by 1 order by 2 desc limit 10`);
  await drop();
});
