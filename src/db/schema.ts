import type { ColumnType, Generated } from 'kysely';
import type { Role } from '../domain/people/types.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface CountriesTable { code: string; name: string; region: string | null; m49: number | null }

export interface WikisTable {
  dbname: string; family: string; lang: string; url: string; sitename: string; english_name: string;
  closed: boolean; size_class: string | null;
}

export interface PeopleTable {
  id: Generated<number>;
  username: string;
  central_id: number | null;
  role: ColumnType<Role, Role | undefined, Role>;
  display_name: string;
  bio: Generated<string>;
  time_zone: string | null;
  country: string | null;
  region: string | null;
  availability_local: ColumnType<number[], number[] | undefined, number[]>;
  /** 336 half-hour slots of the UTC week, as a '0'/'1' string. */
  availability_utc: ColumnType<string, string | undefined, string>;
  affiliations: ColumnType<string[], string[] | undefined, string[]>;
  vis_about: Generated<number>;
  vis_languages: Generated<number>;
  vis_location: Generated<number>;
  vis_availability: Generated<number>;
  vis_skills: Generated<number>;
  vis_contact: Generated<number>;
  search_vector: ColumnType<string, never, never>;
  /** Kept by triggers from person_skills and person_languages (migration 0002) for the directory. */
  skill_facets: ColumnType<number[], never, never>;
  skill_scopes: ColumnType<number[], never, never>;
  languages: ColumnType<string[], never, never>;
  interface_language: Generated<string>;
  email_notifications: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface SessionsTable {
  id: string;
  person_id: number | null;
  csrf_token: string;
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: Generated<Date>;
  expires_at: Timestamp;
}

export interface RateLimitsTable { bucket: string; window_start: Timestamp; hits: number }

export interface SkillsTable {
  id: Generated<number>;
  slug: string;
  parent_id: number | null;
  category: string;
  wikidata_qid: string | null;
  merged_into: number | null;
  created_at: Generated<Date>;
}

export interface SkillLabelsTable { skill_id: number; lang: string; label: string }
export interface PersonLanguagesTable { person_id: number; lang: string; level: number }
export interface PersonSkillsTable { person_id: number; skill_id: number; kind: 'share' | 'learn' | 'known'; level: number }
export interface PersonWikisTable { person_id: number; dbname: string }
export interface PersonContactsTable { id: Generated<number>; person_id: number; kind: string; value: string }
export interface PersonOffersTable {
  id: Generated<number>; person_id: number; kind: 'guidance' | 'service'; skill_id: number | null;
  description: string; created_at: Generated<Date>;
}

type DateOnly = ColumnType<string, string, string>;

export interface MentorOffersTable {
  person_id: number; capacity: number; away_until: DateOnly | null;
  skill_ids: ColumnType<number[], number[] | undefined, number[]>; updated_at: Generated<Date>;
}

export interface MatchingRunsTable {
  id: Generated<number>; started_by: number | null; trigger: 'organizer' | 'schedule' | 'rematch' | 'demo';
  created_at: Generated<Date>; open_requests: number; proposals: number; swap_cycles: number; unmatched: number;
  total_weight: number; optimal: boolean; duration_ms: number;
}

export interface MentorshipRequestsTable {
  id: Generated<number>; learner_id: number; skill_id: number; learner_level: number; goal: string; languages: string[];
  format: 'one-off' | 'few-sessions' | 'ongoing'; open_to_swap: Generated<boolean>; prefer_same_region: Generated<boolean>;
  status: ColumnType<RequestStatus, RequestStatus | undefined, RequestStatus>; unmatched_reason: string | null;
  created_at: Generated<Date>; updated_at: Generated<Date>;
}
export type RequestStatus = 'open' | 'proposed' | 'matched' | 'withdrawn' | 'closed';

export interface SwapProposalsTable {
  id: Generated<number>; run_id: number | null;
  status: ColumnType<'proposed' | 'active' | 'declined', 'proposed' | 'active' | 'declined' | undefined, 'proposed' | 'active' | 'declined'>;
  created_at: Generated<Date>;
}

export type MentorshipStatus = 'proposed' | 'declined' | 'active' | 'completed' | 'stopped';
export interface MentorshipsTable {
  id: Generated<number>; request_id: number; learner_id: number; mentor_id: number; skill_id: number;
  run_id: number | null; swap_id: number | null;
  status: ColumnType<MentorshipStatus, MentorshipStatus | undefined, MentorshipStatus>;
  weight: number; reasons: ColumnType<unknown, string, string>;
  learner_accepted: Generated<boolean>; mentor_accepted: Generated<boolean>; declined_by: number | null;
  end_note: Generated<string>; created_at: Generated<Date>; started_at: Timestamp | null; ended_at: Timestamp | null;
}

export interface MentorshipCheckinsTable {
  id: Generated<number>; mentorship_id: number; author_id: number | null; met_on: DateOnly; notes: string;
  next_step: Generated<string>; created_at: Generated<Date>;
}

export interface MentorshipBlocksTable { person_id: number; blocked_id: number; created_at: Generated<Date> }

export interface NotificationsTable {
  id: Generated<number>; person_id: number; kind: string; params: ColumnType<unknown[], string | undefined, string>;
  link: string; created_at: Generated<Date>; read_at: Timestamp | null;
  email_state: ColumnType<'pending' | 'sent' | 'skipped' | 'failed', 'pending' | 'sent' | 'skipped' | 'failed' | undefined, 'pending' | 'sent' | 'skipped' | 'failed'>;
  emailed_at: Timestamp | null;
}

export interface GroupExchangesTable {
  id: Generated<number>; offering_group: string; receiving_group: string; skill_id: number; starts_on: DateOnly | null;
  description: Generated<string>;
  status: ColumnType<'proposed' | 'agreed' | 'done' | 'cancelled', 'proposed' | 'agreed' | 'done' | 'cancelled' | undefined, 'proposed' | 'agreed' | 'done' | 'cancelled'>;
  created_by: number | null; created_at: Generated<Date>; updated_at: Generated<Date>;
}

export type CommunityKind = 'wiki-community' | 'chapter' | 'user-group' | 'thematic' | 'regional-hub' | 'informal';
export interface CommunitiesTable {
  id: Generated<number>; slug: string; name: string; kind: CommunityKind; description: Generated<string>;
  created_by: number | null; created_at: Generated<Date>; updated_at: Generated<Date>;
}
export interface CommunityWikisTable { community_id: number; dbname: string }
export interface CommunityLanguagesTable { community_id: number; lang: string }
export interface CommunityCountriesTable { community_id: number; country: string }
export interface CommunityMembersTable {
  community_id: number; person_id: number;
  role: ColumnType<'organizer' | 'member', 'organizer' | 'member' | undefined, 'organizer' | 'member'>; joined_at: Generated<Date>;
}
export interface CommunityChannelsTable {
  id: Generated<number>; community_id: number; kind: 'mailing-list' | 'telegram' | 'irc' | 'matrix' | 'wiki-page' | 'other';
  label: Generated<string>; url: string;
}
export interface WikiStatsTable {
  dbname: string; articles: number; pages: number; edits: number; admins: number; users: number; active_users: number; files: number;
  as_of: DateOnly; source: 'snapshot' | 'siteinfo';
}
export type ApplicationStatus = 'draft' | 'submitted' | 'accepted' | 'waitlisted' | 'rejected';
export interface RecruitmentCallsTable {
  id: Generated<number>; slug: string; title: string; description: Generated<string>; closes_on: DateOnly | null;
  status: ColumnType<'draft' | 'open' | 'closed', 'draft' | 'open' | 'closed' | undefined, 'draft' | 'open' | 'closed'>;
  weights: ColumnType<Record<string, number>, string, string>; min_confirmed: Generated<number>;
  created_by: number | null; created_at: Generated<Date>;
}
export interface CallApplicationsTable {
  id: Generated<number>; call_id: number; community_id: number; submitted_by: number | null;
  status: ColumnType<ApplicationStatus, ApplicationStatus | undefined, ApplicationStatus>;
  answers: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: Generated<Date>; submitted_at: Timestamp | null; decided_at: Timestamp | null; decided_by: number | null;
  decision_message: Generated<string>;
}
export interface ApplicationConfirmationsTable { application_id: number; person_id: number; confirmed_at: Generated<Date> }
export interface ApplicationOverridesTable {
  application_id: number; criterion: string; score: ColumnType<string, number | string, number | string>; reason: string;
  reviewer_id: number | null; created_at: Generated<Date>;
}
export interface InterestListsTable {
  id: Generated<number>; slug: string; title: string; description: Generated<string>; created_by: number | null; created_at: Generated<Date>;
}
export interface InterestListMembersTable {
  list_id: number; person_id: number; shared_channels: ColumnType<string[], string[] | undefined, string[]>; joined_at: Generated<Date>;
}

export type SeriesScope = 'local' | 'regional' | 'global';
export type SeriesCadence = 'monthly' | 'ad-hoc';
export interface WorkshopSeriesTable {
  id: Generated<number>; slug: string; community_id: number; title: string; description: Generated<string>;
  scope: SeriesScope; cadence: SeriesCadence; cadence_week: number | null; cadence_weekday: number | null;
  cadence_time: string | null; home_zone: string; languages: ColumnType<string[], string[] | undefined, string[]>;
  default_capacity: Generated<number>; default_duration_minutes: Generated<number>; created_by: number | null;
  created_at: Generated<Date>; updated_at: Generated<Date>;
}
export interface SeriesTeamTable { series_id: number; person_id: number; role: 'organizer' | 'support' }
export interface SeriesSkillsTable { series_id: number; skill_id: number }
export type ProposalCallStatus = 'draft' | 'open' | 'closed';
export interface ProposalCallsTable {
  id: Generated<number>; slug: string; series_id: number; title: string; description: Generated<string>;
  closes_at: Timestamp | null; status: ColumnType<ProposalCallStatus, ProposalCallStatus | undefined, ProposalCallStatus>;
  questions: ColumnType<{ id: string; label: string }[], string | undefined, string>;
  review_categories: ColumnType<{ key: string; label: string; weight: number }[], string, string>;
  created_by: number | null; created_at: Generated<Date>;
}
export type ProposalStatus = 'draft' | 'submitted' | 'withdrawn' | 'accepted' | 'rejected';
export type SessionType = 'workshop' | 'talk' | 'lightning' | 'discussion' | 'panel' | 'hackathon';
export interface ProposalsTable {
  id: Generated<number>; call_id: number; submitted_by: number | null; title: string; session_type: SessionType;
  language: string; interpretation_languages: ColumnType<string[], string[] | undefined, string[]>;
  duration_minutes: number; plan: Generated<string>; support_needed: Generated<string>; benefit: Generated<string>;
  answers: ColumnType<Record<string, string>, string | undefined, string>;
  status: ColumnType<ProposalStatus, ProposalStatus | undefined, ProposalStatus>;
  decision_message: Generated<string>; decided_by: number | null; decided_at: Timestamp | null;
  submitted_at: Timestamp | null; created_at: Generated<Date>; updated_at: Generated<Date>;
}
export interface ProposalSkillsTable { proposal_id: number; skill_id: number }
export interface ProposalPresentersTable {
  proposal_id: number; person_id: number; status: ColumnType<'invited' | 'confirmed', 'invited' | 'confirmed' | undefined, 'invited' | 'confirmed'>;
  invited_at: Generated<Date>;
}
export interface ProposalInterestTable { proposal_id: number; person_id: number; created_at: Generated<Date> }
export interface ProposalReviewsTable {
  proposal_id: number; reviewer_id: number; scores: ColumnType<Record<string, number>, string, string>;
  comment: Generated<string>; created_at: Generated<Date>; updated_at: Generated<Date>;
}
export type SessionStatus = 'scheduled' | 'cancelled';
export interface WorkshopSessionsTable {
  id: Generated<number>; series_id: number; proposal_id: number | null; title: string; description: Generated<string>;
  starts_at: Timestamp | null; time_zone: string; duration_minutes: number; language: string;
  interpretation_languages: ColumnType<string[], string[] | undefined, string[]>; capacity: number;
  online_url: Generated<string>; materials_url: Generated<string>; recording_url: Generated<string>;
  status: ColumnType<SessionStatus, SessionStatus | undefined, SessionStatus>; sequence: Generated<number>;
  created_by: number | null; created_at: Generated<Date>; updated_at: Generated<Date>;
}
export interface SessionFacilitatorsTable { session_id: number; person_id: number }
export interface SessionSkillsTable { session_id: number; skill_id: number }
export type RegistrationStatus = 'registered' | 'waitlisted' | 'cancelled';
export type Attendance = 'attended' | 'no-show';
export interface SessionRegistrationsTable {
  session_id: number; person_id: number; status: RegistrationStatus; registered_at: Generated<Date>; updated_at: Generated<Date>;
  attendance: Attendance | null; attendance_marked_by: number | null;
  reminded_24h_at: Timestamp | null; reminded_1h_at: Timestamp | null;
}
export interface SessionPollOptionsTable { id: Generated<number>; session_id: number; starts_at: Timestamp }
export interface SessionPollVotesTable { option_id: number; person_id: number; answer: 'yes' | 'if-need-be' | 'no' }
export interface CalendarTokensTable { person_id: number; token: string; created_at: Generated<Date> }
export interface CommunityWikiCredentialsTable {
  community_id: number; api_url: string; auth_kind: 'bot-password' | 'oauth'; username: Generated<string>;
  secret_encrypted: string; updated_by: number | null; updated_at: Generated<Date>;
}
export interface SeriesPublicationsTable {
  series_id: number; page_title: string; content_hash: string | null; revision_id: number | null;
  published_at: Timestamp | null; attempted_at: Timestamp | null; last_error: string | null;
}

export interface TaxonomyRevisionTable { only_row: Generated<boolean>; revision: number }

export interface Database {
  taxonomy_revision: TaxonomyRevisionTable;
  countries: CountriesTable;
  wikis: WikisTable;
  people: PeopleTable;
  sessions: SessionsTable;
  rate_limits: RateLimitsTable;
  skills: SkillsTable;
  skill_labels: SkillLabelsTable;
  person_languages: PersonLanguagesTable;
  person_skills: PersonSkillsTable;
  person_wikis: PersonWikisTable;
  person_contacts: PersonContactsTable;
  person_offers: PersonOffersTable;
  mentor_offers: MentorOffersTable;
  matching_runs: MatchingRunsTable;
  mentorship_requests: MentorshipRequestsTable;
  swap_proposals: SwapProposalsTable;
  mentorships: MentorshipsTable;
  mentorship_checkins: MentorshipCheckinsTable;
  mentorship_blocks: MentorshipBlocksTable;
  notifications: NotificationsTable;
  group_exchanges: GroupExchangesTable;
  communities: CommunitiesTable;
  community_wikis: CommunityWikisTable;
  community_languages: CommunityLanguagesTable;
  community_countries: CommunityCountriesTable;
  community_members: CommunityMembersTable;
  community_channels: CommunityChannelsTable;
  wiki_stats: WikiStatsTable;
  recruitment_calls: RecruitmentCallsTable;
  call_applications: CallApplicationsTable;
  application_confirmations: ApplicationConfirmationsTable;
  application_overrides: ApplicationOverridesTable;
  interest_lists: InterestListsTable;
  interest_list_members: InterestListMembersTable;
  workshop_series: WorkshopSeriesTable;
  series_team: SeriesTeamTable;
  series_skills: SeriesSkillsTable;
  proposal_calls: ProposalCallsTable;
  proposals: ProposalsTable;
  proposal_skills: ProposalSkillsTable;
  proposal_presenters: ProposalPresentersTable;
  proposal_interest: ProposalInterestTable;
  proposal_reviews: ProposalReviewsTable;
  workshop_sessions: WorkshopSessionsTable;
  session_facilitators: SessionFacilitatorsTable;
  session_skills: SessionSkillsTable;
  session_registrations: SessionRegistrationsTable;
  session_poll_options: SessionPollOptionsTable;
  session_poll_votes: SessionPollVotesTable;
  calendar_tokens: CalendarTokensTable;
  community_wiki_credentials: CommunityWikiCredentialsTable;
  series_publications: SeriesPublicationsTable;
}
