import type { RankedWiki, SizeClass } from '../../domain/wikis/types.js';
import type { MessageKey, MessageParam, Translator } from '../../i18n/messages.js';
import { formatCalendarDate } from './exchanges.js';
import { languageName, regionName } from './names.js';

// Message keys are spelled out in full so that the i18n test can find every one of them; the bounds are
// numbers formatted in the interface language.
export const SIZE_LABELS: Record<SizeClass, { key: MessageKey; bounds: number[] }> = {
  'under-1k': { key: 'sangam-wikis-size-under', bounds: [1_000] },
  '1k-10k': { key: 'sangam-wikis-size-between', bounds: [1_000, 9_999] },
  '10k-100k': { key: 'sangam-wikis-size-between', bounds: [10_000, 99_999] },
  '100k-1m': { key: 'sangam-wikis-size-between', bounds: [100_000, 999_999] },
  'over-1m': { key: 'sangam-wikis-size-over', bounds: [1_000_000] },
};

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: string, digits = 0): Intl.NumberFormat {
  const key = `${lang}/${digits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return format;
}

export function sizeLabel(tr: Translator, size: SizeClass): string {
  const { key, bounds } = SIZE_LABELS[size];
  return tr.t(key, ...bounds.map((b): MessageParam => numberFormat(tr.lang).format(b)));
}

// Wiki language codes that are not valid BCP 47 tags for a lang attribute: Simple English is English;
// Emilian-Romagnol's 'eml' was retired from ISO 639 (split into egl and rgn), so it gets none.
const LANG_ATTRIBUTE: Record<string, string | undefined> = { simple: 'en', eml: undefined };

/** The value for a lang attribute naming a wiki's language, or undefined where there is no valid one. */
export function langAttribute(code: string): string | undefined {
  return code in LANG_ATTRIBUTE ? LANG_ATTRIBUTE[code] : code;
}

export interface WikiRowView {
  rank: string;
  host: string;
  href: string;
  lang: string | undefined;
  language: string;
  regions: string;
  articles: string;
  activeUsers: string;
  admins: string;
  sharers: string;
  index: string;
}

export function presentWikiRow(wiki: RankedWiki, tr: Translator): WikiRowView {
  const n = numberFormat(tr.lang);
  return {
    rank: n.format(wiki.rank),
    host: new URL(wiki.url).host,
    href: wiki.url,
    lang: langAttribute(wiki.lang),
    language: languageName(wiki.lang),
    regions: wiki.regions.map((r) => regionName(tr, r)).filter(Boolean).join(', '),
    articles: n.format(wiki.stats.articles),
    activeUsers: n.format(wiki.stats.activeUsers),
    admins: n.format(wiki.stats.admins),
    sharers: n.format(wiki.technicalSharers),
    index: numberFormat(tr.lang, 1).format(wiki.index),
  };
}

/** "as of" for a set of wikis: one date, or the oldest and newest when refreshes have spread them. */
export function presentAsOf(tr: Translator, wikis: RankedWiki[]): string | null {
  if (!wikis.length) return null;
  const dates = wikis.map((w) => w.stats.asOf).sort();
  const [first, last] = [dates[0], dates[dates.length - 1]];
  return first === last
    ? tr.t('sangam-wikis-as-of', formatCalendarDate(tr.lang, first))
    : tr.t('sangam-wikis-as-of-range', formatCalendarDate(tr.lang, first), formatCalendarDate(tr.lang, last));
}
