import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { INTERFACE_LANGUAGES } from '../src/i18n/messages.js';

const root = join(import.meta.dirname, '..');
const readJson = (file: string) => JSON.parse(readFileSync(join(root, 'i18n', file), 'utf8')) as Record<string, unknown>;
const keysOf = (messages: Record<string, unknown>) => Object.keys(messages).filter((k) => k !== '@metadata').sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

const en = readJson('en.json');
const qqq = readJson('qqq.json');
const sources = sourceFiles('src').map((file) => ({ file, text: readFileSync(file, 'utf8') }));

describe('interface messages', () => {
  it('uses no message key that en.json lacks', () => {
    const used = new Set(sources.flatMap(({ text }) => [...text.matchAll(/['"`](sangam-[a-z0-9-]+)['"`]/g)].map((m) => m[1])));
    // 'sangam-local' is the embedded database's password, not a message.
    used.delete('sangam-local');
    expect([...used].filter((k) => !(k in en))).toEqual([]);
  });

  it('documents every message in qqq.json and nothing else', () => {
    expect(keysOf(qqq)).toEqual(keysOf(en));
    for (const key of keysOf(qqq)) expect(String(qqq[key]).length, key).toBeGreaterThan(5);
  });

  it('has no message that the code never uses', () => {
    const allSource = sources.map((s) => s.text).join('\n');
    expect(keysOf(en).filter((k) => !allSource.includes(`'${k}'`))).toEqual([]);
  });

  it('translates every message in each shipped interface language, keeping its placeholders', () => {
    expect(INTERFACE_LANGUAGES).toEqual(expect.arrayContaining(['en', 'hi', 'bn', 'ar', 'es', 'fr']));
    for (const lang of INTERFACE_LANGUAGES.filter((l) => l !== 'en')) {
      const messages = readJson(`${lang}.json`);
      expect(keysOf(messages), lang).toEqual(keysOf(en));
      for (const key of keysOf(en)) {
        const placeholders = new Set(String(en[key]).match(/\$\d/g) ?? []);
        for (const p of placeholders) expect(String(messages[key]), `${lang} ${key}`).toContain(p);
      }
    }
  });

  it('has no user-visible literal text in views', () => {
    const problems: string[] = [];
    for (const { file, text } of sources.filter((s) => s.file.includes('/web/views/'))) {
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
      const visit = (node: ts.Node) => {
        if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) problems.push(`${file}: text "${node.text.trim()}"`);
        if (ts.isJsxAttribute(node) && ['title', 'alt', 'placeholder', 'aria-label', 'label'].includes(node.name.getText())) {
          const init = node.initializer;
          if (init && ts.isStringLiteral(init) && /\p{L}/u.test(init.text)) problems.push(`${file}: ${node.name.getText()}="${init.text}"`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(problems).toEqual([]);
  });
});
