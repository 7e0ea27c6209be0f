import type { ColumnType, Generated } from 'kysely';

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
  role: ColumnType<'member' | 'admin', 'member' | 'admin' | undefined, 'member' | 'admin'>;
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
}
