import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchSiteMatrix, SiteMatrixResponse, SiteMatrixUnavailable, wikisFromSiteMatrix } from './sitematrix.js';

// Five languages and seven special wikis of the real site matrix (../shared/data/sitematrix, 2026-03),
// with the flags as formatversion=2 sends them.
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../../../test/fixtures/sitematrix.json'), 'utf8'));

describe('the site matrix converter', () => {
  const rows = wikisFromSiteMatrix(SiteMatrixResponse.parse(fixture).sitematrix);

  it('turns language sites into rows with their language, family and an English name', () => {
    expect(rows.find((r) => r.dbname === 'bnwikisource')).toEqual({
      dbname: 'bnwikisource', family: 'wikisource', lang: 'bn', url: 'https://bn.wikisource.org', sitename: 'উইকিসংকলন',
      english_name: 'Bangla Wikisource', closed: false,
    });
    expect(rows.find((r) => r.dbname === 'be_x_oldwiki')).toMatchObject({ lang: 'be-tarask', url: 'https://be-tarask.wikipedia.org', english_name: expect.stringContaining('Wikipedia') });
  });

  it('keeps closed wikis, marked closed, and leaves private and fishbowl wikis out', () => {
    expect(rows.find((r) => r.dbname === 'aawiki')).toMatchObject({ closed: true });
    const names = rows.map((r) => r.dbname);
    expect(names).not.toContain('advisorswiki');
    expect(names).not.toContain('aewikimedia');
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it('takes special wikis with their own language and family', () => {
    expect(rows.find((r) => r.dbname === 'arwikimedia')).toEqual({
      dbname: 'arwikimedia', family: 'arwikimedia', lang: 'es', url: 'https://ar.wikimedia.org', sitename: 'Wikimedia Argentina',
      english_name: 'Wikimedia Argentina', closed: false,
    });
    expect(rows.find((r) => r.dbname === 'commonswiki')).toMatchObject({ family: 'commons', closed: false });
  });

  it('reads formatversion=1 flags (empty strings) the same as formatversion=2 ones', () => {
    const v1 = JSON.parse(JSON.stringify(fixture).replaceAll('"closed":true', '"closed":""'));
    expect(wikisFromSiteMatrix(SiteMatrixResponse.parse(v1).sitematrix)).toEqual(rows);
  });
});

describe('the site matrix client', () => {
  const respond = (body: unknown, status = 200) => (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

  it('sends a descriptive User-Agent and maxlag, and validates the response', async () => {
    let seen: { url: string; agent: string | null } | undefined;
    const fetchImpl = (async (url: string, init: RequestInit) => {
      seen = { url, agent: new Headers(init.headers).get('user-agent') };
      return new Response(JSON.stringify(fixture));
    }) as unknown as typeof fetch;
    const matrix = await fetchSiteMatrix(fetchImpl);
    expect(matrix.languages.map((l) => l.code)).toContain('hi');
    expect(seen!.url).toContain('action=sitematrix');
    expect(seen!.url).toContain('maxlag=5');
    expect(seen!.agent).toMatch(/^Sangam\/.+ \(.+\)$/);
  });

  it('reports an unreachable, lagged or malformed site matrix as unavailable', async () => {
    const failing = (async () => { throw new TypeError('fetch failed'); }) as unknown as typeof fetch;
    await expect(fetchSiteMatrix(failing)).rejects.toBeInstanceOf(SiteMatrixUnavailable);
    await expect(fetchSiteMatrix(respond({}, 503))).rejects.toThrow('HTTP 503');
    await expect(fetchSiteMatrix(respond({ error: { code: 'maxlag', info: 'Waiting for a database server' } }))).rejects.toThrow('maxlag');
    await expect(fetchSiteMatrix(respond({ sitematrix: { 0: { code: 'x', name: 'X', site: [{ url: 'not a url', dbname: 'x', code: 'wiki', sitename: 'X' }] } } })))
      .rejects.toBeInstanceOf(SiteMatrixUnavailable);
    await expect(fetchSiteMatrix(respond(['not', 'an', 'object']))).rejects.toBeInstanceOf(SiteMatrixUnavailable);
  });
});
