import { describe, expect, it } from 'vitest';
import { readWikis } from '../../db/reference/import.js';
import { readWikiStatsSnapshot } from '../../db/reference/wiki-stats.js';
import { capacityIndex, capacityParts, sizeClass } from './capacity.js';
import { rankWikis } from './data.js';

const base = { articles: 10_000, activeUsers: 30, admins: 2, technicalSharers: 0 };

describe('the technical-capacity index', () => {
  it.each([
    ['a wiki with nobody at all scores only its full coverage', { articles: 0, activeUsers: 0, admins: 0, technicalSharers: 0 }, 10],
    ['a wiki saturating every part scores 100', { articles: 1_000_000, activeUsers: 100_000, admins: 1_000, technicalSharers: 10 }, 100],
    ['more than saturation adds nothing', { articles: 1_000_000, activeUsers: 500_000, admins: 5_000, technicalSharers: 99 }, 100],
    ['one active user per 1,000 articles gives a tenth of the coverage', { articles: 100_000, activeUsers: 100, admins: 0, technicalSharers: 0 }, 15],
  ])('%s', (_name, input, expected) => {
    expect(capacityIndex(input)).toBe(expected);
  });

  it.each([
    ['more admins', { ...base, admins: 5 }],
    ['more active users', { ...base, activeUsers: 300 }],
    ['a Sangam member who shares technical skills', { ...base, technicalSharers: 1 }],
    ['fewer articles to look after per active user', { ...base, articles: 5_000 }],
  ])('rises with %s', (_name, input) => {
    expect(capacityIndex(input)).toBeGreaterThan(capacityIndex(base));
  });

  it('counts on a logarithmic scale: the first admin matters more than the hundredth', () => {
    const gain = (from: number) => capacityParts({ ...base, admins: from + 1 }).admins - capacityParts({ ...base, admins: from }).admins;
    expect(gain(0)).toBeGreaterThan(gain(99) * 50);
  });

  it('puts article counts into bands', () => {
    expect([999, 1_000, 9_999, 10_000, 100_000, 1_000_000].map(sizeClass)).toEqual(['under-1k', '1k-10k', '1k-10k', '10k-100k', '100k-1m', 'over-1m']);
  });
});

describe('the ranking of the 343 Wikipedias of November 2025', () => {
  const urls = new Map(readWikis().map((w) => [w.dbname, w]));
  const ranked = rankWikis(readWikiStatsSnapshot().map((stats) => ({ url: urls.get(stats.dbname)!.url, lang: urls.get(stats.dbname)!.lang, stats })), new Map());
  const rankOf = (dbname: string) => ranked.find((w) => w.dbname === dbname)!.rank;

  it('ranks every wiki once, most underserved first', () => {
    expect(ranked).toHaveLength(343);
    expect(ranked.map((w) => w.rank)).toEqual(ranked.map((_, i) => i + 1));
    for (let i = 1; i < ranked.length; i++) expect(ranked[i].index).toBeGreaterThanOrEqual(ranked[i - 1].index);
  });

  it('ranks the English Wikipedia least underserved, after the German and French ones', () => {
    expect(rankOf('enwiki')).toBe(343);
    expect(rankOf('dewiki')).toBeGreaterThan(335);
    expect(rankOf('frwiki')).toBeGreaterThan(335);
  });

  it('ranks small wikis with one admin or none among the most underserved', () => {
    const first20 = ranked.slice(0, 20);
    expect(first20.every((w) => w.stats.admins <= 3 && w.stats.activeUsers < 60)).toBe(true);
    expect(rankOf('kgewiki')).toBe(1); // Kongo: 2,660 articles, 13 active users, no admin
    expect(rankOf('bugwiki')).toBe(2); // Buginese: 15,955 articles, 18 active users, 1 admin
    expect(ranked.filter((w) => w.stats.admins === 0).every((w) => w.rank <= 343 / 3)).toBe(true);
  });

  it('judges by people, not articles: the bot-grown Waray and Cebuano Wikipedias are the most underserved of the largest', () => {
    // Over a million mostly bot-written articles each: 104 active users and 3 admins; 175 and 7.
    const largest = ranked.filter((w) => w.sizeClass === 'over-1m');
    expect(largest.slice(0, 2).map((w) => w.dbname)).toEqual(['warwiki', 'cebwiki']);
    expect(rankOf('cebwiki')).toBeLessThan(rankOf('bnwiki'));
  });

  it('raises a wiki when Sangam members share technical skills there', () => {
    const helped = rankWikis(ranked.map((w) => ({ url: w.url, lang: w.lang, stats: w.stats })), new Map([['bugwiki', 5]]));
    expect(helped.find((w) => w.dbname === 'bugwiki')!.rank).toBeGreaterThan(50);
  });

  it('places wikis in the regions where their language is spoken', () => {
    expect(ranked.find((w) => w.dbname === 'hawiki')!.regions).toEqual(['SSA']);
    expect(ranked.find((w) => w.dbname === 'banwiki')!.regions).toEqual(['ESEAP']);
    expect(ranked.find((w) => w.dbname === 'be_x_oldwiki')!.regions).toContain('CEECA');
    expect(ranked.find((w) => w.dbname === 'simplewiki')!.regions).toEqual([]);
  });
});
