import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';

const rendered = new WeakMap<object, Map<string, string>>();

/**
 * Long option lists (about 130 skills, 150 languages) are rendered once per list and kept as HTML; the
 * list object is replaced when its content changes (a new taxonomy revision, a refreshed cache), which
 * drops the cached HTML with it. The chosen value is marked in the cached HTML; values are slugs, ids
 * or language codes, and anything else is simply not marked.
 */
export function cachedOptions(list: object, variant: string, selected: string, render: () => Child) {
  let variants = rendered.get(list);
  if (!variants) rendered.set(list, (variants = new Map()));
  let html = variants.get(variant);
  if (html === undefined) {
    html = String(render());
    variants.set(variant, html);
  }
  const marked = /^[\w.-]+$/.test(selected)
    ? html.replace(`<option value="${selected}"`, `<option selected="" value="${selected}"`)
    : html;
  return raw(marked);
}
