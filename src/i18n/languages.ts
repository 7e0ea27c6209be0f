import languageData from '@wikimedia/language-data';

/** The language code a redirecting code points to (sr → sr-cyrl), or the code itself. */
export function canonicalLanguage(code: string): string {
  const lower = code.toLowerCase();
  return languageData.isRedirect(lower) || lower;
}

export function isKnownLanguage(code: string): boolean {
  return languageData.isKnown(code.toLowerCase());
}

export function autonym(code: string): string {
  return languageData.getAutonym(canonicalLanguage(code)) || code;
}

export function direction(code: string): 'ltr' | 'rtl' {
  return languageData.isKnown(code) ? languageData.getDir(canonicalLanguage(code)) : 'ltr';
}

export function languagesOfTerritory(iso2: string): string[] {
  return languageData.getLanguagesInTerritory(iso2.toUpperCase()) ?? [];
}

export function allLanguageCodes(): string[] {
  return Object.keys(languageData.getLanguages()).filter((code) => !languageData.isRedirect(code));
}
