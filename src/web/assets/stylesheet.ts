import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// The stylesheet is our CSS plus only the Codex design tokens it uses: the full token file alone
// would take half of the 12 KB budget.
const require = createRequire(import.meta.url);

function tokenDefinitions(): Map<string, string> {
  const css = readFileSync(require.resolve('@wikimedia/codex-design-tokens/theme-wikimedia-ui.css'), 'utf8');
  const tokens = new Map<string, string>();
  for (const match of css.matchAll(/(--[a-z0-9-]+)\s*:\s*([^;]+);/g)) tokens.set(match[1], match[2].trim());
  return tokens;
}

function minify(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{}:;,>])\s*/g, '$1').replace(/;}/g, '}').trim();
}

export function buildStylesheet(): { css: string; path: string } {
  const own = readFileSync(join(import.meta.dirname, 'style.css'), 'utf8');
  const tokens = tokenDefinitions();
  const used = new Set<string>();
  const collect = (text: string) => {
    for (const m of text.matchAll(/var\((--[a-z0-9-]+)/g)) {
      if (!used.has(m[1]) && tokens.has(m[1])) {
        used.add(m[1]);
        collect(tokens.get(m[1])!); // tokens may refer to other tokens
      }
    }
  };
  collect(own);
  const root = `:root{${[...used].sort().map((t) => `${t}:${tokens.get(t)}`).join(';')}}`;
  const css = minify(root + own);
  const hash = createHash('sha256').update(css).digest('hex').slice(0, 12);
  return { css, path: `/assets/style-${hash}.css` };
}
