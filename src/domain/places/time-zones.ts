// The platform's ICU lists some zones under names IANA has since replaced (Asia/Calcutta for
// Asia/Kolkata); people look for the current names, so the list offers those.
const CURRENT_NAMES: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata', 'Asia/Katmandu': 'Asia/Kathmandu', 'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh', 'Europe/Kiev': 'Europe/Kyiv', 'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires', 'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Catamarca': 'America/Argentina/Catamarca', 'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Mendoza': 'America/Argentina/Mendoza', 'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville', 'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe', 'Pacific/Truk': 'Pacific/Chuuk', 'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Enderbury': 'Pacific/Kanton',
};

let zones: string[] | undefined;

/** IANA zones under their current names, sorted, plus the person's own zone if it is spelt otherwise. */
export function timeZoneChoices(current?: string | null): string[] {
  zones ??= [...new Set(Intl.supportedValuesOf('timeZone').map((z) => CURRENT_NAMES[z] ?? z))].sort();
  return current && !zones.includes(current) ? [...zones, current].sort() : zones;
}
