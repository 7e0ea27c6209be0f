import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Banana from 'banana-i18n';
import parseMessage from 'banana-i18n/src/ast.js';
import fallbacks from 'banana-i18n/src/languages/fallbacks.json' with { type: 'json' };
import type en from '../../i18n/en.json';
import { direction } from './languages.js';

export type MessageKey = Exclude<keyof typeof en, '@metadata'>;
export type MessageParam = string | number;

export interface Translator {
  /** The interface language actually shown (a shipped language), e.g. 'hi'. */
  lang: string;
  dir: 'ltr' | 'rtl';
  t(key: MessageKey, ...params: MessageParam[]): string;
  formatNumber(n: number): string;
}

const I18N_DIR = join(import.meta.dirname, '..', '..', 'i18n');
const NON_LANGUAGE_FILES = new Set(['qqq']);

function readMessageFiles(): Map<string, Record<string, string>> {
  const files = new Map<string, Record<string, string>>();
  for (const name of readdirSync(I18N_DIR)) {
    const code = name.replace(/\.json$/, '');
    if (!name.endsWith('.json') || NON_LANGUAGE_FILES.has(code)) continue;
    const { ['@metadata']: _metadata, ...messages } = JSON.parse(readFileSync(join(I18N_DIR, name), 'utf8'));
    files.set(code, messages);
  }
  return files;
}

const messageFiles = readMessageFiles();

/** Interface languages with a message file of their own, English first. */
export const INTERFACE_LANGUAGES: string[] = ['en', ...[...messageFiles.keys()].filter((c) => c !== 'en').sort()];

const translators = new Map<string, Translator>();

type Ast = string | number | Ast[];

/** PLURAL must choose its form from the number itself, while the text shows it formatted ("১,২৩৪"). */
function withRawPluralCounts(ast: Ast, params: MessageParam[]): Ast {
  if (!Array.isArray(ast)) return ast;
  if (ast[0] === 'PLURAL' && Array.isArray(ast[1]) && ast[1][0] === 'REPLACE') {
    const raw = params[ast[1][1] as number];
    if (typeof raw === 'number') return ['PLURAL', raw, ...ast.slice(2).map((a) => withRawPluralCounts(a, params))];
  }
  return ast.map((a) => withRawPluralCounts(a, params));
}

function buildTranslator(lang: string): Translator {
  const banana = new Banana(lang);
  for (const [code, messages] of messageFiles) banana.load(messages, code);
  const numberFormat = new Intl.NumberFormat(lang);
  const emitter = (banana as unknown as { parser: { emitter: { emit(ast: Ast, params: unknown[]): string } } }).parser.emitter;
  // Parsing a message with syntax takes ~50 µs, and a directory page shows dozens: parse each once.
  const asts = new Map<string, Ast>();
  return {
    lang,
    dir: direction(lang),
    t: (key, ...params) => {
      const message = banana.getMessage(key);
      const shown = params.map((p) => (typeof p === 'number' ? numberFormat.format(p) : p));
      if (!message.includes('{{') && !message.includes('<')) {
        return message.replace(/\$(\d+)/g, (whole: string, n: string) => String(shown[Number(n) - 1] ?? whole));
      }
      let ast = asts.get(key);
      if (!ast) asts.set(key, (ast = parseMessage(message, {}) as Ast));
      return emitter.emit(withRawPluralCounts(ast, params), shown);
    },
    formatNumber: (n) => numberFormat.format(n),
  };
}

/**
 * The shipped interface language for a requested code: itself if shipped, else the first shipped
 * language in MediaWiki's fallback chain (mai → hi, pt-br → pt), else null.
 */
export function resolveInterfaceLanguage(requested: string): string | null {
  const code = requested.trim().toLowerCase();
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(code)) return null;
  const chain = [code, ...(fallbacks[code] ?? []), code.split('-')[0]];
  return chain.find((c) => messageFiles.has(c)) ?? null;
}

export function translatorFor(lang: string): Translator {
  const shipped = resolveInterfaceLanguage(lang) ?? 'en';
  let translator = translators.get(shipped);
  if (!translator) {
    translator = buildTranslator(shipped);
    translators.set(shipped, translator);
  }
  return translator;
}
