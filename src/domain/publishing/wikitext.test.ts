import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/messages.js';
import type { Programme } from './programme.js';
import { contentHash, escapeWikitext, renderProgrammeWikitext, timeRange } from './wikitext.js';

const SANGAM = 'https://sangam.example.org';

function programme(overrides: Partial<Programme> = {}): Programme {
  return {
    series: {
      id: 1, slug: 'lua-monthly', title: 'Lua monthly', description: 'Templates and modules, once a month.\n\nBring a module you want to fix.',
      homeZone: 'Asia/Kolkata', languages: ['en', 'bn'],
    },
    community: { slug: 'bengali-wikimedians', name: 'Bengali Wikimedians' },
    lang: 'en',
    upcoming: [{
      id: 12, title: 'Writing Lua modules', startsAt: new Date('2026-12-12T09:30:00Z'), durationMinutes: 90, cancelled: false,
      language: 'bn', interpretation: ['en'], facilitators: [{ username: 'Rina Organizer', displayName: 'Rina' }], skills: ['Lua', 'Templates'],
    }],
    recent: [],
    ...overrides,
  };
}

describe('escaping text people typed', () => {
  it.each([
    ['a link', '[[Category:Spam]]', '&#91;&#91;Category:Spam&#93;&#93;'],
    ['a template', '{{delete|now}}', '&#123;&#123;delete&#124;now&#125;&#125;'],
    ['a table cell break', 'a || b', 'a &#124;&#124; b'],
    ['a tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a signature', 'Thanks ~~~~', 'Thanks &#126;&#126;&#126;&#126;'],
    ['bold', "'''loud'''", '&#39;&#39;&#39;loud&#39;&#39;&#39;'],
    ['a magic word', '__NOTOC__', '&#95;&#95;NOTOC&#95;&#95;'],
    ['an entity', '&nbsp;', '&amp;nbsp;'],
    ['a heading at the start', '== Big ==', '&#61;= Big ==' ],
    ['a list at the start', '* item', '&#42; item'],
    ['a bare address', 'see https://spam.example', 'see https&#58;//spam.example'],
    ['line breaks', 'one\n* two\n|}', 'one * two &#124;&#125;'],
  ])('makes %s inert', (_name, input, expected) => {
    expect(escapeWikitext(input)).toBe(expected);
  });

  it('leaves ordinary text in any script as it is', () => {
    expect(escapeWikitext('লুয়া মডিউল লেখা: শুরু থেকে')).toBe('লুয়া মডিউল লেখা: শুরু থেকে');
    expect(escapeWikitext("Rina's 2-hour session")).toBe('Rina&#39;s 2-hour session');
  });
});

describe('times', () => {
  it('shows a session in UTC and in the series home zone, with both dates when it crosses midnight', () => {
    const start = new Date('2026-12-12T09:30:00Z');
    expect(timeRange(start, 90, 'UTC')).toBe('2026-12-12 09:30–11:00');
    expect(timeRange(start, 90, 'Asia/Kolkata')).toBe('2026-12-12 15:00–16:30');
    expect(timeRange(new Date('2026-12-12T18:00:00Z'), 60, 'Asia/Kolkata')).toBe('2026-12-12 23:30 – 2026-12-13 00:30');
  });
});

describe('the programme as wikitext', () => {
  const en = translatorFor('en');

  it('lists each session with its times, languages, facilitators, skills and a link back to Sangam', () => {
    const text = renderProgrammeWikitext(programme(), en, SANGAM);
    expect(text).toContain('== Upcoming sessions ==');
    expect(text).toContain('{| class="wikitable"');
    expect(text).toContain('! Date and time (UTC) !! Time in Asia/Kolkata !! Session !! Language !! Facilitators !! Skills');
    expect(text).toContain('| 2026-12-12 09:30–11:00 UTC\n| 2026-12-12 15:00–16:30\n| [https://sangam.example.org/sessions/12 Writing Lua modules]');
    expect(text).toContain('| বাংলা (interpretation: English)');
    expect(text).toContain('| [[User:Rina Organizer|Rina]]');
    expect(text).toContain('| Lua, Templates');
    expect(text).toContain('[https://sangam.example.org/series/lua-monthly Lua monthly on Sangam]');
    expect(text).toContain('[https://sangam.example.org/communities/bengali-wikimedians Bengali Wikimedians]');
    expect(text).toContain('Templates and modules, once a month.\n\nBring a module you want to fix.');
    expect(text).not.toContain('== Recent sessions ==');
  });

  it('marks a cancelled session and says when nothing is scheduled', () => {
    const cancelled = programme({ upcoming: [{ ...programme().upcoming[0]!, cancelled: true }] });
    expect(renderProgrammeWikitext(cancelled, en, SANGAM)).toContain('| <s>[https://sangam.example.org/sessions/12 Writing Lua modules]</s> (cancelled)');
    expect(renderProgrammeWikitext(programme({ upcoming: [] }), en, SANGAM)).toContain("''No upcoming sessions are scheduled yet.''");
  });

  it('is written in the language given, Bengali here', () => {
    const text = renderProgrammeWikitext(programme(), translatorFor('bn'), SANGAM);
    expect(text).toContain(`== ${translatorFor('bn').t('sangam-publishing-wikitext-upcoming')} ==`);
    expect(text).not.toContain('Upcoming sessions');
  });

  it('gives the same text, and hash, for the same programme, and another hash when a session moves', () => {
    const first = renderProgrammeWikitext(programme(), en, SANGAM);
    expect(renderProgrammeWikitext(programme(), en, SANGAM)).toBe(first);
    const moved = programme({ upcoming: [{ ...programme().upcoming[0]!, startsAt: new Date('2026-12-12T10:30:00Z') }] });
    expect(contentHash(renderProgrammeWikitext(moved, en, SANGAM))).not.toBe(contentHash(first));
    expect(contentHash(first)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not let titles, names, descriptions or skills inject wikitext', () => {
    const attack = "]] [[Category:Spam]] {{delete}} <ref>x</ref> ~~~~ __NOTOC__ |} '''bold''' [https://evil.example click]";
    const text = renderProgrammeWikitext(programme({
      series: { ...programme().series, title: attack, description: `== Heading ==\n${attack}` },
      community: { slug: 'c', name: attack },
      upcoming: [{
        ...programme().upcoming[0]!, title: attack, skills: [attack],
        facilitators: [{ username: 'Evil]]|x', displayName: attack }, { username: 'Rina', displayName: attack }],
      }],
    }), en, SANGAM);
    for (const raw of ['[[Category', '{{delete', '<ref>', '~~~~', '__NOTOC__', "'''bold", '[https://evil', '== Heading']) {
      expect(text).not.toContain(raw);
    }
    // Our own markup is intact: the table has one header row, one session row and closes once.
    expect(text.match(/^\|\}$/gm)).toHaveLength(1);
    expect(text.match(/^\|-$/gm)).toHaveLength(1);
    expect(text).toContain('[[User:Rina|');
    expect(text).not.toContain('[[User:Evil');
  });
});
