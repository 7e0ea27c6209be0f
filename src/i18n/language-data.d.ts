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
