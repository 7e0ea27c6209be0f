import { resolveInterfaceLanguage } from './messages.js';

/** Language tags of an Accept-Language header, best first. */
export function parseAcceptLanguage(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.tag);
}

/** The interface language: ?uselang=, then the cookie, then Accept-Language, then English. */
export function negotiateLanguage(sources: { uselang?: string; cookie?: string; acceptLanguage?: string }): string {
  const candidates = [sources.uselang, sources.cookie, ...parseAcceptLanguage(sources.acceptLanguage)];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const lang = resolveInterfaceLanguage(candidate);
    if (lang) return lang;
  }
  return 'en';
}
