import { sql, type Kysely } from 'kysely';

// Mentorship: mentors' offers, learners' requests, matching runs, proposals that become mentorships
// (one row from proposal to completion), swap circles, check-ins, blocks; and the notifications that
// tell people about them, on their dashboard and by email. Also the lighter group-to-group exchanges.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table people drop constraint people_role_check;
    alter table people add constraint people_role_check check (role in ('member', 'organizer', 'admin'));
    -- The language notifications are written in by email: the one the person last used here.
    alter table people add column interface_language text not null default 'en';
    alter table people add column email_notifications boolean not null default true;

    create table mentor_offers (
      person_id int primary key references people(id) on delete cascade,
      capacity smallint not null check (capacity between 0 and 20),
      away_until date,
      -- Skills (from the person's "share" skills) offered for mentoring; empty means all of them.
      skill_ids int[] not null default '{}',
      updated_at timestamptz not null default now()
    );

    create table matching_runs (
      id serial primary key,
      started_by int references people(id) on delete set null,
      trigger text not null check (trigger in ('organizer', 'schedule', 'rematch', 'demo')),
      created_at timestamptz not null default now(),
      open_requests int not null,
      proposals int not null,
      swap_cycles int not null,
      unmatched int not null,
      total_weight int not null,
      optimal boolean not null,
      duration_ms int not null
    );

    create table mentorship_requests (
      id serial primary key,
      learner_id int not null references people(id) on delete cascade,
      skill_id int not null references skills(id),
      learner_level smallint not null check (learner_level between 0 and 3),
      goal text not null,
      languages text[] not null,
      format text not null check (format in ('one-off', 'few-sessions', 'ongoing')),
      open_to_swap boolean not null default true,
      prefer_same_region boolean not null default false,
      status text not null default 'open' check (status in ('open', 'proposed', 'matched', 'withdrawn', 'closed')),
      -- Why the last run found nobody: 'skill', 'language', 'overlap', 'capacity' or 'outweighed'.
      unmatched_reason text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index mentorship_requests_live on mentorship_requests (learner_id, skill_id)
      where status in ('open', 'proposed', 'matched');
    create index mentorship_requests_status on mentorship_requests (status, id);

    create table swap_proposals (
      id serial primary key,
      run_id int references matching_runs(id) on delete set null,
      status text not null default 'proposed' check (status in ('proposed', 'active', 'declined')),
      created_at timestamptz not null default now()
    );

    create table mentorships (
      id serial primary key,
      request_id int not null references mentorship_requests(id) on delete cascade,
      learner_id int not null references people(id) on delete cascade,
      mentor_id int not null references people(id) on delete cascade,
      -- The mentor's skill that matched the request (the same skill, a broader or a narrower one).
      skill_id int not null references skills(id),
      run_id int references matching_runs(id) on delete set null,
      swap_id int references swap_proposals(id) on delete cascade,
      status text not null default 'proposed' check (status in ('proposed', 'declined', 'active', 'completed', 'stopped')),
      weight int not null,
      reasons jsonb not null,
      learner_accepted boolean not null default false,
      mentor_accepted boolean not null default false,
      declined_by int references people(id) on delete set null,
      end_note text not null default '',
      created_at timestamptz not null default now(),
      started_at timestamptz,
      ended_at timestamptz,
      check (learner_id <> mentor_id)
    );
    create index mentorships_mentor on mentorships (mentor_id, status);
    create index mentorships_learner on mentorships (learner_id, status);
    create index mentorships_request on mentorships (request_id);
    create index mentorships_swap on mentorships (swap_id) where swap_id is not null;

    create table mentorship_checkins (
      id serial primary key,
      mentorship_id int not null references mentorships(id) on delete cascade,
      author_id int references people(id) on delete set null,
      met_on date not null,
      notes text not null,
      next_step text not null default '',
      created_at timestamptz not null default now()
    );
    create index mentorship_checkins_mentorship on mentorship_checkins (mentorship_id, met_on);

    -- Either side blocking the other keeps the pair out of every later run.
    create table mentorship_blocks (
      person_id int not null references people(id) on delete cascade,
      blocked_id int not null references people(id) on delete cascade,
      created_at timestamptz not null default now(),
      primary key (person_id, blocked_id)
    );

    create table notifications (
      id bigserial primary key,
      person_id int not null references people(id) on delete cascade,
      kind text not null,
      params jsonb not null default '[]',
      link text not null,
      created_at timestamptz not null default now(),
      read_at timestamptz,
      email_state text not null default 'pending' check (email_state in ('pending', 'sent', 'skipped', 'failed')),
      emailed_at timestamptz
    );
    create index notifications_person on notifications (person_id, id desc);
    create index notifications_pending_email on notifications (id) where email_state = 'pending';

    create table group_exchanges (
      id serial primary key,
      offering_group text not null,
      receiving_group text not null,
      skill_id int not null references skills(id),
      starts_on date,
      description text not null default '',
      status text not null default 'proposed' check (status in ('proposed', 'agreed', 'done', 'cancelled')),
      created_by int references people(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index group_exchanges_status on group_exchanges (status, id desc);
  `.execute(db);
}
