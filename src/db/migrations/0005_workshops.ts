import { sql, type Kysely } from 'kysely';

// Workshop series owned by a community, calls for session proposals with reviews and interest sign-ups,
// sessions with registration, waitlist, reminders and attendance, time polls, private calendar tokens,
// and the on-wiki publishing of each series' programme.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table workshop_series (
      id serial primary key,
      slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,60}$'),
      community_id int not null references communities(id) on delete cascade,
      title text not null,
      description text not null default '',
      scope text not null check (scope in ('local', 'regional', 'global')),
      -- 'monthly' repeats on the nth (or last, -1) weekday of each month at a local time in the home zone.
      cadence text not null check (cadence in ('monthly', 'ad-hoc')),
      cadence_week smallint check (cadence_week in (-1, 1, 2, 3, 4)),
      cadence_weekday smallint check (cadence_weekday between 0 and 6), -- 0 = Monday
      cadence_time text check (cadence_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      home_zone text not null,
      languages text[] not null default '{}',
      default_capacity int not null default 50 check (default_capacity between 1 and 10000),
      default_duration_minutes int not null default 60 check (default_duration_minutes between 15 and 480),
      created_by int references people(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (cadence = 'ad-hoc' or (cadence_week is not null and cadence_weekday is not null and cadence_time is not null))
    );
    create index workshop_series_community on workshop_series (community_id);
    -- Organizers run the series; the supporting team helps (interpretation, moderation, notes).
    create table series_team (
      series_id int not null references workshop_series(id) on delete cascade,
      person_id int not null references people(id) on delete cascade,
      role text not null check (role in ('organizer', 'support')),
      primary key (series_id, person_id)
    );
    create index series_team_person on series_team (person_id);
    create table series_skills (
      series_id int not null references workshop_series(id) on delete cascade,
      skill_id int not null references skills(id),
      primary key (series_id, skill_id)
    );

    create table proposal_calls (
      id serial primary key,
      slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,60}$'),
      series_id int not null references workshop_series(id) on delete cascade,
      title text not null,
      description text not null default '',
      closes_at timestamptz,
      status text not null default 'open' check (status in ('draft', 'open', 'closed')),
      -- Custom questions [{id, label}] and weighted review categories [{key, label, weight}].
      questions jsonb not null default '[]',
      review_categories jsonb not null,
      created_by int references people(id) on delete set null,
      created_at timestamptz not null default now()
    );
    create index proposal_calls_series on proposal_calls (series_id);
    create table proposals (
      id serial primary key,
      call_id int not null references proposal_calls(id) on delete cascade,
      submitted_by int references people(id) on delete set null,
      title text not null,
      session_type text not null check (session_type in ('workshop', 'talk', 'lightning', 'discussion', 'panel', 'hackathon')),
      language text not null,
      interpretation_languages text[] not null default '{}',
      duration_minutes int not null check (duration_minutes between 5 and 480),
      plan text not null default '',
      support_needed text not null default '',
      benefit text not null default '',
      answers jsonb not null default '{}',
      status text not null default 'draft' check (status in ('draft', 'submitted', 'withdrawn', 'accepted', 'rejected')),
      decision_message text not null default '',
      decided_by int references people(id) on delete set null,
      decided_at timestamptz,
      submitted_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index proposals_call on proposals (call_id, status);
    create index proposals_submitter on proposals (submitted_by);
    create table proposal_skills (
      proposal_id int not null references proposals(id) on delete cascade,
      skill_id int not null references skills(id),
      primary key (proposal_id, skill_id)
    );
    -- Co-presenters invited by username; they confirm before they are listed publicly.
    create table proposal_presenters (
      proposal_id int not null references proposals(id) on delete cascade,
      person_id int not null references people(id) on delete cascade,
      status text not null default 'invited' check (status in ('invited', 'confirmed')),
      invited_at timestamptz not null default now(),
      primary key (proposal_id, person_id)
    );
    create index proposal_presenters_person on proposal_presenters (person_id);
    -- "I would attend": demand shown to reviewers beside, never inside, the quality score.
    create table proposal_interest (
      proposal_id int not null references proposals(id) on delete cascade,
      person_id int not null references people(id) on delete cascade,
      created_at timestamptz not null default now(),
      primary key (proposal_id, person_id)
    );
    create index proposal_interest_person on proposal_interest (person_id);
    create table proposal_reviews (
      proposal_id int not null references proposals(id) on delete cascade,
      reviewer_id int not null references people(id) on delete cascade,
      scores jsonb not null, -- category key → 1..5
      comment text not null default '',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (proposal_id, reviewer_id)
    );

    create table workshop_sessions (
      id serial primary key,
      series_id int not null references workshop_series(id) on delete cascade,
      proposal_id int unique references proposals(id) on delete set null,
      title text not null,
      description text not null default '',
      -- Null until a time is found; stored in UTC with the IANA zone it was scheduled in.
      starts_at timestamptz,
      time_zone text not null,
      duration_minutes int not null check (duration_minutes between 5 and 480),
      language text not null,
      interpretation_languages text[] not null default '{}',
      capacity int not null check (capacity between 1 and 10000),
      online_url text not null default '',
      materials_url text not null default '',
      recording_url text not null default '',
      status text not null default 'scheduled' check (status in ('scheduled', 'cancelled')),
      -- iCalendar SEQUENCE: bumped whenever the time or status changes, so calendars update the event.
      sequence int not null default 0,
      created_by int references people(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index workshop_sessions_series on workshop_sessions (series_id, starts_at);
    create index workshop_sessions_upcoming on workshop_sessions (starts_at) where status = 'scheduled';
    create table session_facilitators (
      session_id int not null references workshop_sessions(id) on delete cascade,
      person_id int not null references people(id) on delete cascade,
      primary key (session_id, person_id)
    );
    create index session_facilitators_person on session_facilitators (person_id);
    create table session_skills (
      session_id int not null references workshop_sessions(id) on delete cascade,
      skill_id int not null references skills(id),
      primary key (session_id, skill_id)
    );
    create index session_skills_skill on session_skills (skill_id);
    create table session_registrations (
      session_id int not null references workshop_sessions(id) on delete cascade,
      person_id int not null references people(id) on delete cascade,
      status text not null check (status in ('registered', 'waitlisted', 'cancelled')),
      -- The waitlist is served in order of this time; registering again after cancelling starts it anew.
      registered_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      attendance text check (attendance in ('attended', 'no-show')),
      attendance_marked_by int references people(id) on delete set null,
      reminded_24h_at timestamptz,
      reminded_1h_at timestamptz,
      primary key (session_id, person_id)
    );
    create index session_registrations_person on session_registrations (person_id);
    -- Per-session time polls: candidate starts and each person's yes / if need be / no.
    create table session_poll_options (
      id serial primary key,
      session_id int not null references workshop_sessions(id) on delete cascade,
      starts_at timestamptz not null,
      unique (session_id, starts_at)
    );
    create table session_poll_votes (
      option_id int not null references session_poll_options(id) on delete cascade,
      person_id int not null references people(id) on delete cascade,
      answer text not null check (answer in ('yes', 'if-need-be', 'no')),
      primary key (option_id, person_id)
    );

    -- A private token for a person's own calendar feed; replacing it revokes the old address.
    create table calendar_tokens (
      person_id int primary key references people(id) on delete cascade,
      token text not null unique,
      created_at timestamptz not null default now()
    );

    -- Credentials a community configures for publishing to its wiki; the secret is encrypted at rest.
    create table community_wiki_credentials (
      community_id int primary key references communities(id) on delete cascade,
      api_url text not null,
      auth_kind text not null check (auth_kind in ('bot-password', 'oauth')),
      username text not null default '',
      secret_encrypted text not null,
      updated_by int references people(id) on delete set null,
      updated_at timestamptz not null default now()
    );
    create table series_publications (
      series_id int primary key references workshop_series(id) on delete cascade,
      page_title text not null,
      content_hash text,
      revision_id bigint,
      published_at timestamptz,
      attempted_at timestamptz,
      last_error text
    );
  `.execute(db);
}
