import { describe, it, expect } from 'vitest';
import { REGION_CODES } from '../../domain/places/regions.js';
import type { RegionCode } from '../../domain/places/regions.js';
import { DEMO_COUNTRIES, REGION_FALLBACK_ZONE, generateDemoPeople } from './demo-people.js';
import type { DemoPerson, DemoReference } from './demo-people.types.js';

// A small hand-built reference: a few countries in each of the 8 regions (one, KM, missing from
// the generator's country table, one, BV, without any language), a few wikis and skills.
const ref: DemoReference = {
  countries: [
    { code: 'IN', region: 'SA', languages: ['hi', 'en', 'bn', 'te', 'mr', 'ta', 'ur'] },
    { code: 'NP', region: 'SA', languages: ['ne', 'mai', 'bho', 'new', 'en'] },
    { code: 'BD', region: 'SA', languages: ['bn', 'en', 'syl'] },
    { code: 'NG', region: 'SSA', languages: ['en', 'pcm', 'ha', 'ig', 'yo'] },
    { code: 'KE', region: 'SSA', languages: ['sw', 'en', 'ki', 'luo'] },
    { code: 'CD', region: 'SSA', languages: ['fr', 'sw', 'lua', 'ln'] },
    { code: 'KM', region: 'SSA', languages: ['ar', 'fr', 'zdj'] },
    { code: 'EG', region: 'MENA', languages: ['ar', 'arz', 'en'] },
    { code: 'MA', region: 'MENA', languages: ['ar', 'ary', 'fr', 'zgh'] },
    { code: 'IR', region: 'MENA', languages: ['fa', 'az', 'ku', 'en'] },
    { code: 'ID', region: 'ESEAP', languages: ['id', 'jv', 'su', 'ms'] },
    { code: 'PH', region: 'ESEAP', languages: ['en', 'tl', 'es', 'ceb', 'ilo'] },
    { code: 'VN', region: 'ESEAP', languages: ['vi', 'en', 'zh'] },
    { code: 'BR', region: 'LAC', languages: ['pt', 'en', 'de', 'es'] },
    { code: 'MX', region: 'LAC', languages: ['es', 'en', 'yua'] },
    { code: 'BV', region: 'LAC', languages: [] },
    { code: 'US', region: 'NA', languages: ['en', 'es', 'zh', 'fr', 'vi'] },
    { code: 'CA', region: 'NA', languages: ['en', 'fr'] },
    { code: 'DE', region: 'NWE', languages: ['de', 'en', 'tr'] },
    { code: 'FR', region: 'NWE', languages: ['fr', 'en', 'br', 'oc'] },
    { code: 'RU', region: 'CEECA', languages: ['ru', 'en', 'tt', 'ba'] },
    { code: 'UA', region: 'CEECA', languages: ['uk', 'ru', 'en'] },
    { code: 'TR', region: 'CEECA', languages: ['tr', 'ku', 'en'] },
  ],
  wikis: [
    ...['en', 'hi', 'bn', 'te', 'ta', 'ne', 'new', 'yo', 'ha', 'ig', 'sw', 'fr', 'ln', 'ar', 'arz', 'ary', 'fa', 'id', 'jv', 'tl', 'ceb', 'vi',
      'pt', 'es', 'de', 'ru', 'uk', 'tr', 'tt', 'zh'].map((lang) => ({ dbname: `${lang}wiki`, lang, family: 'wiki' })),
    { dbname: 'hiwiktionary', lang: 'hi', family: 'wiktionary' },
    { dbname: 'bnwikisource', lang: 'bn', family: 'wikisource' },
    { dbname: 'commonswiki', lang: '', family: 'commons' },
    { dbname: 'wikidatawiki', lang: '', family: 'wikidata' },
    { dbname: 'metawiki', lang: '', family: 'meta' },
  ],
  skills: [
    { slug: 'technical', category: 'technical', depth: 0 },
    { slug: 'lua-modules', category: 'technical', depth: 1 },
    { slug: 'pywikibot', category: 'technical', depth: 1 },
    { slug: 'sparql-queries', category: 'technical', depth: 2 },
    { slug: 'editing', category: 'editing', depth: 0 },
    { slug: 'article-writing', category: 'editing', depth: 1 },
    { slug: 'citations', category: 'editing', depth: 2 },
    { slug: 'translation', category: 'editing', depth: 1 },
    { slug: 'organizational', category: 'organizational', depth: 0 },
    { slug: 'edit-a-thons', category: 'organizational', depth: 1 },
    { slug: 'grant-writing', category: 'organizational', depth: 2 },
    { slug: 'governance', category: 'governance', depth: 0 },
    { slug: 'anti-vandalism-patrolling', category: 'governance', depth: 1 },
    { slug: 'communication', category: 'communication', depth: 0 },
    { slug: 'social-media', category: 'communication', depth: 1 },
  ],
};

const regionOf = new Map(ref.countries.map((c) => [c.code, c.region]));
const knownLanguages = new Set([...ref.countries.flatMap((c) => c.languages), ...ref.wikis.map((w) => w.lang).filter(Boolean)]);
const knownWikis = new Set(ref.wikis.map((w) => w.dbname));
const depthOf = new Map(ref.skills.map((s) => [s.slug, s.depth]));

function isValidZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function regionsOf(people: DemoPerson[]): Set<RegionCode> {
  return new Set(people.map((p) => regionOf.get(p.country) as RegionCode));
}

describe('generateDemoPeople', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateDemoPeople(ref, 400, 1);
    const b = generateDemoPeople(ref, 400, 1);
    const c = generateDemoPeople(ref, 400, 2);
    expect(a).toHaveLength(400);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    expect(c.map((p) => p.username)).not.toEqual(a.map((p) => p.username));
  });

  it('returns nothing for count 0', () => {
    expect(generateDemoPeople(ref, 0, 1)).toEqual([]);
  });

  it('gives unique usernames to 5,000 people', () => {
    const people = generateDemoPeople(ref, 5000, 7);
    expect(new Set(people.map((p) => p.username)).size).toBe(5000);
    // Case-insensitively too, to be safe with databases that fold case.
    expect(new Set(people.map((p) => p.username.toLowerCase())).size).toBe(5000);
  });

  it('represents every region', () => {
    for (const seed of [1, 2, 3]) expect(regionsOf(generateDemoPeople(ref, 300, seed))).toEqual(new Set(REGION_CODES));
    for (const seed of [4, 5, 6]) expect(regionsOf(generateDemoPeople(ref, 50, seed))).toEqual(new Set(REGION_CODES));
  });

  it('weights the Global South above North America and Northern & Western Europe', () => {
    const people = generateDemoPeople(ref, 3000, 11);
    const count = (r: RegionCode): number => people.filter((p) => regionOf.get(p.country) === r).length;
    const south = count('SA') + count('SSA') + count('MENA') + count('ESEAP') + count('LAC');
    expect(south).toBeGreaterThan(0.7 * people.length);
    expect(count('SA')).toBeGreaterThan(count('NWE'));
    expect(count('SSA')).toBeGreaterThan(count('NA'));
  });

  it('respects the invariants', () => {
    const people = generateDemoPeople(ref, 3000, 42);
    const problems: string[] = [];
    const check = (ok: boolean, p: DemoPerson, what: string): void => {
      if (!ok) problems.push(`${p.username}: ${what}`);
    };
    const zones = new Set<string>();
    for (const p of people) {
      zones.add(p.timeZone);
      check(regionOf.has(p.country), p, `unknown country ${p.country}`);
      check(p.username.trim() === p.username && p.username.length > 0, p, 'username not trimmed');
      check(p.displayName.length > 0, p, 'empty displayName');

      check(p.languages.length >= 1 && p.languages.length <= 4, p, `${p.languages.length} languages`);
      check(p.languages[0]?.level === 5, p, 'first language not native');
      check(new Set(p.languages.map((l) => l.code)).size === p.languages.length, p, 'duplicate language');
      for (const l of p.languages) {
        check(knownLanguages.has(l.code), p, `unknown language ${l.code}`);
        check([1, 2, 3, 4, 5].includes(l.level), p, `language level ${l.level}`);
      }

      check(p.wikis.length >= 1 && p.wikis.length <= 3, p, `${p.wikis.length} wikis`);
      check(new Set(p.wikis).size === p.wikis.length, p, 'duplicate wiki');
      for (const w of p.wikis) check(knownWikis.has(w), p, `unknown wiki ${w}`);

      const hours = p.availability;
      check(hours.length >= 4 && hours.length <= 30, p, `${hours.length} hours`);
      hours.forEach((h, i) => {
        check(Number.isInteger(h) && h >= 0 && h <= 167, p, `hour ${h}`);
        if (i > 0) check(h > (hours[i - 1] as number), p, 'hours not sorted and unique');
      });

      check(p.skills.length >= 2 && p.skills.length <= 8, p, `${p.skills.length} skills`);
      const kindsBySlug = new Map<string, string[]>();
      for (const s of p.skills) {
        const depth = depthOf.get(s.slug);
        check(depth !== undefined && depth >= 1, p, `skill ${s.slug} of depth ${depth}`);
        const levels = s.kind === 'share' ? [3, 4] : s.kind === 'learn' ? [1, 2] : [1, 2, 3, 4];
        check(levels.includes(s.level), p, `${s.kind} ${s.slug} at level ${s.level}`);
        kindsBySlug.set(s.slug, [...(kindsBySlug.get(s.slug) ?? []), s.kind]);
      }
      for (const [slug, kinds] of kindsBySlug) {
        check(new Set(kinds).size === kinds.length, p, `${slug} twice with the same kind`);
        check(!(kinds.includes('share') && kinds.includes('learn')), p, `shares and learns ${slug}`);
      }

      check(p.offers.length <= 2, p, `${p.offers.length} offers`);
      for (const o of p.offers) {
        check(o.kind === 'guidance' || o.kind === 'service', p, `offer kind ${o.kind}`);
        check(o.description.length > 0 && !/[{}]/.test(o.description), p, `offer "${o.description}"`);
        if (o.skill !== null) check(p.skills.some((s) => s.slug === o.skill && s.kind === 'share'), p, `offer on unshared ${o.skill}`);
      }
      check(p.affiliations.length <= 2, p, `${p.affiliations.length} affiliations`);
      check(p.contacts.length <= 3, p, `${p.contacts.length} contacts`);
      for (const c of p.contacts) {
        if (c.kind === 'talk') check(c.value === `User talk:${p.username}@${p.wikis[0]}`, p, c.value);
        if (c.kind === 'telegram') check(/^@[a-z][a-z0-9_]{4,31}$/.test(c.value), p, c.value);
        if (c.kind === 'matrix') check(/^@[a-z0-9_]+:matrix\.org$/.test(c.value), p, c.value);
        if (c.kind === 'email') check(/@example\.org$/.test(c.value), p, c.value);
      }
      check(!/[{}]|undefined|null/.test(p.bio), p, `bio "${p.bio}"`);
      for (const v of Object.values(p.visibility)) check(['public', 'members', 'private'].includes(v), p, `visibility ${v}`);
    }
    for (const z of zones) if (!isValidZone(z)) problems.push(`invalid time zone ${z}`);
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('uses only valid IANA zones in its tables', () => {
    const zones = [...Object.values(DEMO_COUNTRIES).flatMap((c) => c.zones), ...Object.values(REGION_FALLBACK_ZONE)];
    expect(Object.keys(DEMO_COUNTRIES).length).toBeGreaterThanOrEqual(80);
    for (const z of zones) expect(isValidZone(z), z).toBe(true);
  });

  it('generates 100,000 people', { timeout: 120_000 }, () => {
    const people = generateDemoPeople(ref, 100_000, 2024);
    expect(people).toHaveLength(100_000);
    expect(new Set(people.map((p) => p.username)).size).toBe(100_000);
  });
});
