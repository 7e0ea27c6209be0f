/** One wiki's statistics, as siteinfo reports them; `asOf` is the calendar day they were read. */
export interface WikiStatistics {
  dbname: string;
  articles: number;
  pages: number;
  edits: number;
  admins: number;
  users: number;
  /** Users with an action in the last 30 days. */
  activeUsers: number;
  files: number;
  /** 'YYYY-MM-DD'. */
  asOf: string;
  source: 'snapshot' | 'siteinfo';
}

/** Bands of article counts for the finder's size filter, smallest first. */
export const SIZE_CLASSES = ['under-1k', '1k-10k', '10k-100k', '100k-1m', 'over-1m'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/** A wiki in the finder: its statistics, where its language is spoken, Sangam's sharers and its index. */
export interface RankedWiki {
  dbname: string;
  url: string;
  lang: string;
  regions: string[];
  stats: WikiStatistics;
  technicalSharers: number;
  sizeClass: SizeClass;
  index: number;
  /** 1 for the most underserved wiki of all, whatever the filters. */
  rank: number;
}
