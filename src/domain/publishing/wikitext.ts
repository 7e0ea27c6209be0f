import { createHash } from 'node:crypto';
import { autonym } from '../../i18n/languages.js';
import type { Translator } from '../../i18n/messages.js';
import type { Programme, ProgrammeSession } from './programme.js';

// The programme as wikitext. Pure and deterministic: the same programme gives the same text, byte for byte,
// so its hash changes only when the content does and an unchanged programme is never published again.
// Nothing in it depends on the moment it is rendered (no "updated at"), only on the sessions.

const ENTITIES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '[': '&#91;', ']': '&#93;', '{': '&#123;', '}': '&#125;', '|': '&#124;',
  '~': '&#126;', "'": '&#39;',
};

/**
 * Text typed by people, made inert: links, templates, tags, table cells, signatures, bold and italics,
 * magic words (__NOTOC__), bare addresses and line-start markup all show as the characters typed. Runs of
 * white space become one space, so a line break cannot start a list, a heading or a table row.
 */
export function escapeWikitext(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const escaped = oneLine.replace(/[&<>[\]{}|~']/g, (c) => ENTITIES[c]!)
    .replace(/_{2,}/g, (run) => '&#95;'.repeat(run.length))
    // "https://…" in the text would become a link of its own.
    .replace(/:\/\//g, '&#58;//');
  // At the start of a line these are lists, headings, indents, preformatted text or horizontal rules.
  return /^[*#:;=\s-]/.test(escaped) ? `&#${escaped.codePointAt(0)};${escaped.slice(1)}` : escaped;
}

/** A message with one link or other markup put into it after the message text itself is escaped. */
function withMarkup(message: (placeholder: string) => string, markup: string): string {
  const placeholder = '\uE000';
  return escapeWikitext(message(placeholder)).replace(placeholder, markup);
}

/** Usernames name a user page only if they are valid titles; otherwise the display name is shown as text. */
function personWikitext(person: { username: string; displayName: string }): string {
  const name = escapeWikitext(person.displayName);
  if (/[#<>[\]|{}\u0000-\u001f\u007f/:@]|~{3}|&/.test(person.username) || !person.username.trim()) return name;
  return `[[User:${person.username.replace(/\s+/g, ' ').trim()}|${name}]]`;
}

/** An external link to Sangam, whose text is escaped (a "]" in it would end the link). */
function externalLink(url: string, text: string): string {
  return `[${url.replace(/[\s[\]<>"{}|]/g, encodeURIComponent)} ${escapeWikitext(text)}]`;
}

interface Clock { date: string; time: string }

const clockFormats = new Map<string, Intl.DateTimeFormat>();
/** Date and 24-hour time in a zone, as YYYY-MM-DD and HH:MM: the same in every language and every year. */
function clock(at: Date, zone: string): Clock {
  let format = clockFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    clockFormats.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** "2026-12-12 15:00–16:00", or both dates when the session ends on the next day in that zone. */
export function timeRange(start: Date, durationMinutes: number, zone: string): string {
  const from = clock(start, zone);
  const to = clock(new Date(start.getTime() + durationMinutes * 60_000), zone);
  return from.date === to.date ? `${from.date} ${from.time}–${to.time}` : `${from.date} ${from.time} – ${to.date} ${to.time}`;
}

function sessionRow(tr: Translator, programme: Programme, session: ProgrammeSession, publicUrl: string): string {
  const title = externalLink(`${publicUrl}/sessions/${session.id}`, session.title);
  const languages = session.interpretation.length
    ? `${escapeWikitext(autonym(session.language))} (${escapeWikitext(tr.t('sangam-publishing-wikitext-interpretation', session.interpretation.map(autonym).join(', ')))})`
    : escapeWikitext(autonym(session.language));
  const cells = [
    `${timeRange(session.startsAt, session.durationMinutes, 'UTC')} UTC`,
    timeRange(session.startsAt, session.durationMinutes, programme.series.homeZone),
    session.cancelled ? `<s>${title}</s> (${escapeWikitext(tr.t('sangam-publishing-wikitext-cancelled'))})` : title,
    languages,
    session.facilitators.map(personWikitext).join(', '),
    session.skills.map(escapeWikitext).join(', '),
  ];
  return `|-\n${cells.map((c) => `| ${c}`).join('\n')}`;
}

function sessionTable(tr: Translator, programme: Programme, sessions: ProgrammeSession[], publicUrl: string, emptyText: string): string {
  if (!sessions.length) return `''${escapeWikitext(emptyText)}''`;
  const headers = [
    tr.t('sangam-publishing-wikitext-time-utc'),
    tr.t('sangam-publishing-wikitext-time-zone', programme.series.homeZone),
    tr.t('sangam-publishing-wikitext-session'),
    tr.t('sangam-publishing-wikitext-language'),
    tr.t('sangam-publishing-wikitext-facilitators'),
    tr.t('sangam-publishing-wikitext-skills'),
  ];
  return [
    '{| class="wikitable"',
    `! ${headers.map(escapeWikitext).join(' !! ')}`,
    ...sessions.map((s) => sessionRow(tr, programme, s, publicUrl)),
    '|}',
  ].join('\n');
}

/**
 * The page: a notice that Sangam keeps it, the series' description and facts, then the upcoming and recent
 * sessions as tables with times in UTC and in the series' home zone. `tr` writes in the page's language;
 * `publicUrl` is Sangam's address, for the links back to the series and its sessions.
 */
export function renderProgrammeWikitext(programme: Programme, tr: Translator, publicUrl: string): string {
  const base = publicUrl.replace(/\/$/, '');
  const { series, community } = programme;
  const seriesLink = externalLink(`${base}/series/${series.slug}`, tr.t('sangam-publishing-wikitext-series-link', series.title));
  const paragraphs = series.description.split(/\n\s*\n/).map(escapeWikitext).filter(Boolean);
  const facts = [
    `; ${escapeWikitext(tr.t('sangam-publishing-wikitext-community'))}\n: ${externalLink(`${base}/communities/${community.slug}`, community.name)}`,
    ...(series.languages.length
      ? [`; ${escapeWikitext(tr.t('sangam-publishing-wikitext-languages'))}\n: ${series.languages.map((l) => escapeWikitext(autonym(l))).join(', ')}`]
      : []),
    `; ${escapeWikitext(tr.t('sangam-publishing-wikitext-home-zone'))}\n: ${escapeWikitext(series.homeZone)}`,
  ];
  return [
    // Escaped, a translation cannot close the comment early (">" becomes "&gt;"). On the notice's line: a comment
    // on a line of its own would show as an empty paragraph.
    `<!-- ${escapeWikitext(tr.t('sangam-publishing-wikitext-comment'))} -->''${withMarkup((p) => tr.t('sangam-publishing-wikitext-notice', p), seriesLink)}''`,
    ...paragraphs,
    facts.join('\n'),
    `== ${escapeWikitext(tr.t('sangam-publishing-wikitext-upcoming'))} ==`,
    sessionTable(tr, programme, programme.upcoming, base, tr.t('sangam-publishing-wikitext-no-upcoming')),
    ...(programme.recent.length
      ? [`== ${escapeWikitext(tr.t('sangam-publishing-wikitext-recent'))} ==`, sessionTable(tr, programme, programme.recent, base, '')]
      : []),
  ].join('\n\n') + '\n';
}

/** What a publication remembers to know whether the programme changed since it was last published. */
export function contentHash(wikitext: string): string {
  return createHash('sha256').update(wikitext).digest('hex');
}
