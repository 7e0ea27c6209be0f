import { sql, type Kysely } from 'kysely';

// The directory filters people by skills (with kind and level) and languages. Measured with 100,000
// profiles (bench/pages.ts), joining person_skills and person_languages for every filter and count
// took 20–350 ms; the same facts kept on the person row as arrays, under GIN indexes, answer the same
// filters in a few milliseconds. Triggers keep the arrays equal to the tables they summarise.
//
// Two encodings (src/domain/people/facets.ts), with kind 0 share, 1 learn, 2 known:
// - skill_scopes: skill_id * 4 + kind for each skill *and every broader skill above it*, so "shares
//   something under Technical" is an overlap with a one-element array;
// - skill_facets: skill_id * 16 + kind * 4 + (level - 1), so "shares Lua above level 2" is an overlap
//   with a short array (used to rank the people who can teach the viewer).
// A change to the tree itself (move, merge) refreshes the people concerned (skills/mutations.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table people add column skill_facets int[] not null default '{}';
    alter table people add column skill_scopes int[] not null default '{}';
    alter table people add column languages text[] not null default '{}';

    create function refresh_person_facets(person_ids int[]) returns void language sql as $$
      with recursive ancestry(skill_id, ancestor_id) as (
        select id, id from skills
        union all
        select a.skill_id, s.parent_id from ancestry a join skills s on s.id = a.ancestor_id where s.parent_id is not null
      )
      update people p set
        skill_scopes = coalesce((
          select array_agg(distinct a.ancestor_id * 4 + (case ps.kind when 'share' then 0 when 'learn' then 1 else 2 end))
          from person_skills ps join ancestry a on a.skill_id = ps.skill_id where ps.person_id = p.id), '{}'),
        skill_facets = coalesce((
          select array_agg(ps.skill_id * 16 + (case ps.kind when 'share' then 0 when 'learn' then 1 else 2 end) * 4 + ps.level - 1
                           order by 1)
          from person_skills ps where ps.person_id = p.id), '{}'),
        languages = coalesce((select array_agg(pl.lang order by pl.lang) from person_languages pl where pl.person_id = p.id), '{}')
      where p.id = any(person_ids)
    $$;

    create function person_facets_after_insert() returns trigger language plpgsql as $$
    begin
      perform refresh_person_facets(array(select distinct person_id from new_rows));
      return null;
    end $$;
    create function person_facets_after_delete() returns trigger language plpgsql as $$
    begin
      perform refresh_person_facets(array(select distinct person_id from old_rows));
      return null;
    end $$;
    create function person_facets_after_update() returns trigger language plpgsql as $$
    begin
      perform refresh_person_facets(array(select person_id from new_rows union select person_id from old_rows));
      return null;
    end $$;

    create trigger person_skills_facets_insert after insert on person_skills
      referencing new table as new_rows for each statement execute function person_facets_after_insert();
    create trigger person_skills_facets_delete after delete on person_skills
      referencing old table as old_rows for each statement execute function person_facets_after_delete();
    create trigger person_skills_facets_update after update on person_skills
      referencing new table as new_rows old table as old_rows for each statement execute function person_facets_after_update();
    create trigger person_languages_facets_insert after insert on person_languages
      referencing new table as new_rows for each statement execute function person_facets_after_insert();
    create trigger person_languages_facets_delete after delete on person_languages
      referencing old table as old_rows for each statement execute function person_facets_after_delete();
    create trigger person_languages_facets_update after update on person_languages
      referencing new table as new_rows old table as old_rows for each statement execute function person_facets_after_update();

    select refresh_person_facets(array(select id from people));

    -- Searches read people in id order and stop after a page and a lookahead; this narrow copy of what
    -- the filters test lets that walk skip the wide rows (bios, search vectors).
    -- It also carries the region, so the region index is dropped: with it, PostgreSQL combined three
    -- bitmaps for filters whose matches correlate (Spanish speakers in Latin America), 20–130 ms
    -- instead of a 3–5 ms walk.
    drop index people_region;
    create index people_directory on people (id)
      include (vis_skills, vis_languages, vis_location, vis_availability, region, skill_scopes, skill_facets, languages, availability_utc);
    create index people_skill_facets on people using gin (skill_facets);
    create index people_skill_scopes on people using gin (skill_scopes);
    create index people_languages on people using gin (languages);
    -- Bumped by every change to the taxonomy, so each process can keep the tree in memory and know
    -- with one tiny read whether it is still current (domain/skills/data.ts, getSkillTree).
    create table taxonomy_revision (only_row boolean primary key default true check (only_row), revision bigint not null);
    insert into taxonomy_revision (revision) values (1);
    create function bump_taxonomy_revision() returns trigger language plpgsql as $$
    begin
      update taxonomy_revision set revision = revision + 1;
      return null;
    end $$;
    create trigger skills_revision after insert or update or delete on skills
      for each statement execute function bump_taxonomy_revision();
    create trigger skill_labels_revision after insert or update or delete on skill_labels
      for each statement execute function bump_taxonomy_revision();

    create index person_skills_skill_level on person_skills (skill_id, kind, person_id) include (level);
    drop index person_skills_skill;
  `.execute(db);
}
