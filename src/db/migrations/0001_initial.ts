import { sql, type Kysely } from 'kysely';

// Visibility levels are small integers so that "may this viewer see it" is one comparison:
// 0 public, 1 signed-in members, 2 only the person (see src/domain/people/policy.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create extension if not exists pg_trgm;

    create table countries (
      code char(2) primary key,
      name text not null,
      region text,
      m49 int
    );

    create table wikis (
      dbname text primary key,
      family text not null,
      lang text not null,
      url text not null,
      sitename text not null,
      english_name text not null,
      closed boolean not null,
      size_class text
    );

    create table people (
      id serial primary key,
      username text not null unique,
      central_id bigint unique,
      role text not null default 'member' check (role in ('member', 'admin')),
      display_name text not null,
      bio text not null default '',
      time_zone text,
      country char(2) references countries(code),
      region text,
      availability_local smallint[] not null default '{}',
      availability_utc bit(336) not null default repeat('0', 336)::bit(336),
      affiliations text[] not null default '{}',
      vis_about smallint not null default 0 check (vis_about between 0 and 2),
      vis_languages smallint not null default 0 check (vis_languages between 0 and 2),
      vis_location smallint not null default 0 check (vis_location between 0 and 2),
      vis_availability smallint not null default 1 check (vis_availability between 0 and 2),
      vis_skills smallint not null default 0 check (vis_skills between 0 and 2),
      vis_contact smallint not null default 1 check (vis_contact between 0 and 2),
      search_vector tsvector generated always as
        (to_tsvector('simple', username || ' ' || display_name || ' ' || bio)) stored,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index people_region on people (region);
    create index people_search on people using gin (search_vector);
    create index people_name_trgm on people using gin ((username || ' ' || display_name) gin_trgm_ops);

    create table sessions (
      id text primary key,
      person_id int references people(id) on delete cascade,
      csrf_token text not null,
      data jsonb not null default '{}',
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index sessions_expiry on sessions (expires_at);
    create index sessions_person on sessions (person_id);

    create table rate_limits (
      bucket text not null,
      window_start timestamptz not null,
      hits int not null,
      primary key (bucket, window_start)
    );

    create table skills (
      id serial primary key,
      slug text not null unique,
      parent_id int references skills(id),
      category text not null check (category in ('technical', 'editing', 'organizational', 'governance', 'communication')),
      wikidata_qid text check (wikidata_qid ~ '^Q[1-9][0-9]*$'),
      merged_into int references skills(id),
      created_at timestamptz not null default now()
    );
    create index skills_parent on skills (parent_id);

    create table skill_labels (
      skill_id int not null references skills(id) on delete cascade,
      lang text not null,
      label text not null,
      primary key (skill_id, lang)
    );

    create table person_languages (
      person_id int not null references people(id) on delete cascade,
      lang text not null,
      level smallint not null check (level between 1 and 5),
      primary key (person_id, lang)
    );
    create index person_languages_lang on person_languages (lang, person_id);

    create table person_skills (
      person_id int not null references people(id) on delete cascade,
      skill_id int not null references skills(id),
      kind text not null check (kind in ('share', 'learn', 'known')),
      level smallint not null check (level between 1 and 4),
      primary key (person_id, skill_id, kind)
    );
    create index person_skills_skill on person_skills (skill_id, kind, person_id);

    create table person_wikis (
      person_id int not null references people(id) on delete cascade,
      dbname text not null references wikis(dbname),
      primary key (person_id, dbname)
    );

    create table person_contacts (
      id serial primary key,
      person_id int not null references people(id) on delete cascade,
      kind text not null check (kind in ('email', 'talk', 'telegram', 'matrix', 'irc', 'other')),
      value text not null
    );
    create index person_contacts_person on person_contacts (person_id);

    create table person_offers (
      id serial primary key,
      person_id int not null references people(id) on delete cascade,
      kind text not null check (kind in ('guidance', 'service')),
      skill_id int references skills(id),
      description text not null,
      created_at timestamptz not null default now()
    );
    create index person_offers_person on person_offers (person_id);
  `.execute(db);
}
