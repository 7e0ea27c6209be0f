import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteinfoUrl, SiteinfoError, statisticsFromSiteinfo } from './siteinfo.js';

// banwiki's row of the 5 November 2025 snapshot, in the shape siteinfo answers (test/fixtures).
const recorded = JSON.parse(readFileSync(join(import.meta.dirname, '../../../test/fixtures/siteinfo-statistics.banwiki.json'), 'utf8'));

describe('siteinfo statistics', () => {
  it('converts a recorded response into the statistics of the day it was read', () => {
    expect(statisticsFromSiteinfo('banwiki', recorded, '2026-12-01')).toEqual({
      dbname: 'banwiki', articles: 33792, pages: 68290, edits: 239260, admins: 3, users: 62934, activeUsers: 154, files: 143,
      asOf: '2026-12-01', source: 'siteinfo',
    });
  });

  it.each([
    ['a missing count', { query: { statistics: { ...recorded.query.statistics, admins: undefined } } }, 'malformed'],
    ['a count as a string', { query: { statistics: { ...recorded.query.statistics, articles: '33792' } } }, 'malformed'],
    ['a negative count', { query: { statistics: { ...recorded.query.statistics, edits: -1 } } }, 'malformed'],
    ['an HTML page', '<html>', 'malformed'],
    ['a maxlag error', { error: { code: 'maxlag', info: 'Waiting for 10.64.0.1: 7 seconds lagged.' } }, 'lagged'],
    ['another API error', { error: { code: 'readapidenied', info: 'You need read permission.' } }, 'api'],
  ])('refuses %s', (_name, response, reason) => {
    expect(() => statisticsFromSiteinfo('banwiki', response, '2026-12-01')).toThrowError(SiteinfoError);
    try {
      statisticsFromSiteinfo('banwiki', response, '2026-12-01');
    } catch (error) {
      expect((error as SiteinfoError).reason).toBe(reason);
    }
  });

  it('asks with maxlag=5 in format version 2', () => {
    expect(siteinfoUrl('https://ban.wikipedia.org')).toBe(
      'https://ban.wikipedia.org/w/api.php?action=query&meta=siteinfo&siprop=statistics&format=json&formatversion=2&maxlag=5');
  });
});
