declare module '@wikimedia/language-data' {
  const languageData: {
    isKnown(code: string): boolean;
    isRedirect(code: string): string | false;
    getAutonym(code: string): string;
    getAutonyms(): Record<string, string>;
    getDir(code: string): 'ltr' | 'rtl';
    getScript(code: string): string;
    getRegions(code: string): string[];
    getLanguagesInTerritory(territory: string): string[];
    getLanguages(): Record<string, unknown[]>;
  };
  export default languageData;
}
declare module 'banana-i18n/src/languages/fallbacks.json' {
  const fallbacks: Record<string, string[]>;
  export default fallbacks;
}
declare module 'banana-i18n/src/ast.js' {
  /** banana-i18n's message parser: a message to its syntax tree. */
  export default function parseMessage(message: string, options: { wikilinks?: boolean }): unknown;
}
