import { ActionApiClient } from '../../src/integrations/wiki/action-api.js';

/** A 256-bit key for the tests, given as CREDENTIALS_KEY. */
export const TEST_CREDENTIALS_KEY = '5a'.repeat(32);

/** What the wiki holds for a page: its latest wikitext and revision, and how many revisions it has. */
export async function wikiPage(apiUrl: string, title: string): Promise<{ text: string; revisionId: number; revisions: number } | null> {
  const latest = await new ActionApiClient(apiUrl).readPage(title);
  if (!latest) return null;
  const params = new URLSearchParams({ action: 'query', prop: 'revisions', titles: title, rvprop: 'ids', rvlimit: 'max', format: 'json', formatversion: '2' });
  const body = await (await fetch(`${apiUrl}?${params}`)).json() as { query: { pages: { revisions: unknown[] }[] } };
  return { ...latest, revisions: body.query.pages[0]!.revisions.length };
}

/** HTML's character references as the characters a reader sees. */
function decodeEntities(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
  return html.replace(/&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot);/gi, (_m, ref: string) =>
    ref.startsWith('#') ? String.fromCodePoint(Number(ref[1] === 'x' ? `0${ref.slice(1)}` : ref.slice(1))) : named[ref.toLowerCase()]!);
}

/** The page as the wiki renders it: its HTML (character references decoded), and the categories and templates the wikitext put it in or used. */
export async function renderedPage(apiUrl: string, title: string): Promise<{ html: string; categories: string[]; templates: string[] }> {
  const params = new URLSearchParams({ action: 'parse', page: title, prop: 'text|categories|templates', format: 'json', formatversion: '2' });
  const body = await (await fetch(`${apiUrl}?${params}`)).json() as {
    parse: { text: string; categories: { category: string }[]; templates: { title: string }[] };
  };
  return { html: decodeEntities(body.parse.text), categories: body.parse.categories.map((c) => c.category), templates: body.parse.templates.map((t) => t.title) };
}
