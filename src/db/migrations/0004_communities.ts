import { sql, type Kysely } from 'kysely';

// Communities (wiki language communities, affiliates, hubs, informal groups) with their wikis, languages,
// countries, members and the channels they already use; recruitment calls that communities apply to with
// evidence for written readiness criteria; wiki statistics for the underserved-wiki finder; interest lists.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table communities (
      id serial primary key,
      slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,60}$'),
      name text not null,
      kind text not null check (kind in ('wiki-community', 'chapter', 'user-group', 'thematic', 'regional-hub', 'informal')),
      description text not null default '',
      created_by int references people(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create table community_wikis (
      community_id int not null references communities(id) on delete cascade,
      dbname text not null references wikis(dbname),
      primary key (community_id, dbname)
    );
    create index community_wikis_wiki on community_wikis (dbname);
    create table community_languages (
      community_id int not null references communities(id) on delete cascade,
      lang text not null,
      primary key (community_id, lang)
    );
    create index community_languages_lang on community_languages (lang);
    create table community_countries (
      community_id int not null references communities(id) on delete cascade,
      country char(2) not null references countries(code),
      primary key (community_id, country)
    );
    create index community_countries_country on community_countries (country);
    create table community_members (
      community_id int not null references communities(id) on delete cascade,
      person_id int not null references people(id) on delete cascade,
      role text not null default 'member' check (role in ('organizer', 'member')),
      joined_at timestamptz not null default now(),
      primary key (community_id, person_id)
    );
    create index community_members_person on community_members (person_id);
    create table community_channels (
      id serial primary key,
      community_id int not null references communities(id) on delete cascade,
      kind text not null check (kind in ('mailing-list', 'telegram', 'irc', 'matrix', 'wiki-page', 'other')),
      label text not null default '',
      url text not null
    );
    create index community_channels_community on community_channels (community_id);

    -- One row per wiki, from the shipped snapshot or refreshed from the wiki's siteinfo statistics.
    create table wiki_stats (
      dbname text primary key references wikis(dbname),
      articles int not null,
      pages int not null,
      edits bigint not null,
      admins int not null,
      users int not null,
      active_users int not null,
      files int not null,
      as_of date not null,
      source text not null check (source in ('snapshot', 'siteinfo'))
    );

    create table recruitment_calls (
      id serial primary key,
      slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,60}$'),
      title text not null,
      description text not null default '',
      closes_on date,
      status text not null default 'open' check (status in ('draft', 'open', 'closed')),
      -- Weight of each readiness criterion for this call (criterion code → integer weight).
      weights jsonb not null,
      min_confirmed int not null default 15 check (min_confirmed between 1 and 1000),
      created_by int references people(id) on delete set null,
      created_at timestamptz not null default now()
    );
    create table call_applications (
      id serial primary key,
      call_id int not null references recruitment_calls(id) on delete cascade,
      community_id int not null references communities(id) on delete cascade,
      submitted_by int references people(id) on delete set null,
      status text not null default 'draft' check (status in ('draft', 'submitted', 'accepted', 'waitlisted', 'rejected')),
      -- Per criterion: the applicant's answer and evidence.
      answers jsonb not null default '{}',
      created_at timestamptz not null default now(),
      submitted_at timestamptz,
      decided_at timestamptz,
      decided_by int references people(id) on delete set null,
      decision_message text not null default '',
      unique (call_id, community_id)
    );
    create index call_applications_call on call_applications (call_id, status);
    -- Contributors who signed in and joined the application: the evidence for "15–20 interested".
    create table application_confirmations (
      application_id int not null references call_applications(id) on delete cascade,
      person_id int not null references people(id) on delete cascade,
      confirmed_at timestamptz not null default now(),
      primary key (application_id, person_id)
    );
    -- A reviewer's override of one criterion's score, always with a reason.
    create table application_overrides (
      application_id int not null references call_applications(id) on delete cascade,
      criterion text not null,
      score numeric not null check (score between 0 and 1),
      reason text not null check (length(reason) > 0),
      reviewer_id int references people(id) on delete set null,
      created_at timestamptz not null default now(),
      primary key (application_id, criterion)
    );

    create table interest_lists (
      id serial primary key,
      slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,60}$'),
      title text not null,
      description text not null default '',
      created_by int references people(id) on delete set null,
      created_at timestamptz not null default now()
    );
    create table interest_list_members (
      list_id int not null references interest_lists(id) on delete cascade,
      person_id int not null references people(id) on delete cascade,
      -- Which of the person's contact channels the export may include; email only if listed here.
      shared_channels text[] not null default '{}',
      joined_at timestamptz not null default now(),
      primary key (list_id, person_id)
    );
  `.execute(db);
}
