import { describe, expect, it } from 'vitest';
import { negotiateLanguage, parseAcceptLanguage } from './negotiate.js';
import { resolveInterfaceLanguage } from './messages.js';

describe('interface language negotiation', () => {
  it('prefers ?uselang= over the cookie and the browser', () => {
    expect(negotiateLanguage({ uselang: 'bn', cookie: 'fr', acceptLanguage: 'es' })).toBe('bn');
  });

  it('uses the cookie when there is no uselang', () => {
    expect(negotiateLanguage({ cookie: 'fr', acceptLanguage: 'es' })).toBe('fr');
  });

  it('takes the best shipped language from Accept-Language by weight', () => {
    expect(negotiateLanguage({ acceptLanguage: 'de;q=0.9, ar;q=0.8, en;q=0.1' })).toBe('ar');
  });

  it('follows MediaWiki fallbacks from an unshipped language to a shipped one', () => {
    expect(resolveInterfaceLanguage('mai')).toBe('hi');
    expect(resolveInterfaceLanguage('es-mx')).toBe('es');
    expect(resolveInterfaceLanguage('fr-CA')).toBe('fr');
  });

  it('ignores nonsense and falls back to English', () => {
    expect(negotiateLanguage({ uselang: '../../etc', acceptLanguage: '*;q=0.5' })).toBe('en');
    expect(negotiateLanguage({ uselang: 'zz' })).toBe('en');
  });

  it('parses Accept-Language keeping order among equal weights', () => {
    expect(parseAcceptLanguage('hi-IN, hi;q=0.9, en;q=0.9, *;q=0.1')).toEqual(['hi-IN', 'hi', 'en']);
  });
});
