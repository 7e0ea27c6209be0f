import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { expect } from 'vitest';

// Independent readers for the feeds: Mozilla's ical.js for iCalendar and fast-xml-parser for Atom, plus the
// RFC rules those parsers are lenient about.

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  startZone: string | undefined;
  stamp: string;
  lastModified: string;
  sequence: number;
  status: string;
  url: string;
  location: string | null;
}

export interface ParsedCalendar { name: string | null; events: ParsedEvent[] }

/** Parses an iCalendar body and checks what RFC 5545 requires of it. */
export function parseCalendar(text: string): ParsedCalendar {
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n') || text.endsWith('END:VCALENDAR')).toBe(true);
  // Content lines end in CRLF and are folded at 75 octets (RFC 5545, 3.1).
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  expect(String(calendar.getFirstPropertyValue('prodid'))).toMatch(/^-\/\/Sangam\/\//);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const utc = (name: string) => {
      const value = component.getFirstPropertyValue(name) as InstanceType<typeof ICAL.Time> | null;
      expect(value, `${name} of ${event.uid}`).not.toBeNull();
      return value!.toJSDate().toISOString();
    };
    expect(event.uid).toBeTruthy();
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      startZone: event.startDate.zone?.tzid,
      stamp: utc('dtstamp'),
      lastModified: utc('last-modified'),
      sequence: event.sequence,
      status: String(component.getFirstPropertyValue('status')),
      url: String(component.getFirstPropertyValue('url')),
      location: event.location || null,
    };
  });
  return { name: calendar.getFirstPropertyValue('x-wr-calname') as string | null, events };
}

export interface AtomLink { href: string; rel: string }
export interface AtomEntry { id: string; title: string; updated: string; links: AtomLink[]; summary: string; authors: string[] }
export interface AtomFeed { id: string; title: string; updated: string; links: AtomLink[]; authors: string[]; entries: AtomEntry[] }

const list = <T,>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Text of an Atom text construct, decoded as a reader would for its type. */
function textConstruct(node: unknown): string {
  if (typeof node === 'string') return node;
  const { '#text': text = '', '@_type': type = 'text' } = node as { '#text'?: string; '@_type'?: string };
  if (type !== 'html') return text;
  // type="html" holds escaped markup; a reader unescapes it and renders it. Line breaks are the only markup used.
  return text.replace(/<br \/>/g, '\n').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

const links = (node: unknown): AtomLink[] =>
  list(node as { '@_href': string; '@_rel'?: string } | undefined).map((l) => ({ href: l['@_href'], rel: l['@_rel'] ?? 'alternate' }));

/** Parses an Atom body and checks the elements RFC 4287 requires (4.1.1, 4.1.2). */
export function parseAtom(text: string): AtomFeed {
  expect(XMLValidator.validate(text)).toBe(true);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text', parseTagValue: false, trimValues: false });
  const document = parser.parse(text) as { feed: Record<string, unknown> };
  const feed = document.feed;
  expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
  const authors = list(feed.author as { name: string } | undefined).map((a) => a.name);
  const entries = list<Record<string, unknown>>(feed.entry as Record<string, unknown> | undefined).map((entry) => {
    const entryAuthors = list(entry.author as { name: string } | undefined).map((a) => a.name);
    const parsed: AtomEntry = {
      id: String(entry.id), title: textConstruct(entry.title), updated: String(entry.updated), links: links(entry.link),
      summary: entry.summary === undefined ? '' : textConstruct(entry.summary), authors: entryAuthors,
    };
    expect(parsed.id).toMatch(/^[a-z][a-z0-9+.-]*:/);
    expect(parsed.title).toBeTruthy();
    expect(parsed.updated).toMatch(RFC3339);
    // An entry needs an author unless the feed has one, and an alternate link unless it has content.
    expect(entryAuthors.length + authors.length).toBeGreaterThan(0);
    expect(parsed.links.some((l) => l.rel === 'alternate')).toBe(true);
    return parsed;
  });
  const parsed: AtomFeed = {
    id: String(feed.id), title: textConstruct(feed.title), updated: String(feed.updated), links: links(feed.link), authors, entries,
  };
  expect(parsed.id).toMatch(/^[a-z][a-z0-9+.-]*:/);
  expect(parsed.title).toBeTruthy();
  expect(parsed.updated).toMatch(RFC3339);
  // Entry ids are unique within a feed.
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  return parsed;
}
