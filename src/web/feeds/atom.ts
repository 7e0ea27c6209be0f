import { Feed } from 'feed';
import type { FeedSession } from '../../domain/feeds/types.js';
import { sessionFacts } from './text.js';
import { sessionPath } from './urls.js';

// Atom (RFC 4287) for all upcoming sessions, a series and a community. The library writes entry titles and
// summaries as type="html", so the plain text is escaped here and reaches readers as the same plain text.

export interface AtomOptions {
  /** Absolute origin of this site, without a trailing slash. */
  base: string;
  /** The feed's own absolute address; also its id. */
  self: string;
  /** The page the feed stands for. */
  alternate: string;
  title: string;
  subtitle?: string;
  author: string;
  /** The feed's updated time when it has no entries. */
  emptyUpdated: Date;
}

// Characters XML 1.0 does not allow at all; forms refuse them, this keeps a feed well-formed regardless.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const xmlText = (text: string) => text.replace(NOT_XML, '');
const escapeHtml = (text: string) =>
  xmlText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function sessionsAtom(sessions: readonly FeedSession[], options: AtomOptions): string {
  const updated = sessions.reduce((latest, s) => (s.updatedAt > latest ? s.updatedAt : latest), new Date(0));
  const feed = new Feed({
    id: options.self,
    title: xmlText(options.title),
    description: options.subtitle ? xmlText(options.subtitle) : undefined,
    updated: sessions.length ? updated : options.emptyUpdated,
    link: options.alternate,
    feedLinks: { atom: options.self },
    author: { name: xmlText(options.author), link: options.base },
    generator: 'Sangam',
  });
  for (const session of sessions) {
    const page = `${options.base}${sessionPath(session.id)}`;
    const lines = sessionFacts(session, { times: true });
    if (session.description) lines.push('', session.description);
    feed.addItem({
      id: page,
      link: page,
      title: escapeHtml(session.status === 'cancelled' ? `${session.title} (cancelled)` : session.title),
      date: session.updatedAt,
      published: session.createdAt,
      description: lines.map(escapeHtml).join('<br />'),
      author: session.facilitators.length ? session.facilitators.map((f) => ({ name: xmlText(f.displayName) })) : undefined,
      // The library escapes only & and " in attributes, so a label with < is left out rather than break the XML.
      category: session.skills.filter((label) => !label.includes('<')).map((label) => ({ name: xmlText(label), term: xmlText(label) })),
    });
  }
  return feed.atom1();
}
