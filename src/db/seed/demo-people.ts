// Invented people for the demo and for the 100,000-profile benchmark.
//
// generateDemoPeople() is pure and deterministic: the same reference data, count and seed
// always give the same people. It uses a seeded PRNG (src/seeded-random.ts), never Math.random
// or the clock, and does no I/O. Every name, bio, offer and affiliation below is invented;
// the name lists are common given and family names, not real Wikimedians.

import { REGIONS } from '../../domain/places/regions.js';
import type { RegionCode } from '../../domain/places/regions.js';
import type { ContactKind, DemoPerson, DemoReference, SkillKind, Visibility } from './demo-people.types.js';
import { seededRandom } from '../../seeded-random.js';

// ---------------------------------------------------------------------------------------------
// PRNG

type Rng = () => number;

function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

/** Index into `weights` chosen with probability proportional to its weight (all weights ≥ 0, sum > 0). */
function weightedIndex(rng: Rng, weights: readonly number[], total: number): number {
  let r = rng() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] as number;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

/** Comma-separated list → array (lets the name tables stay compact and allows multi-word names). */
function L(s: string): readonly string[] {
  return s.split(/\s*,\s*/);
}

// ---------------------------------------------------------------------------------------------
// Countries: English name (with article where English needs one), weight within its region,
// IANA time zones (first is the most common).

interface CountryInfo {
  name: string;
  weight: number;
  zones: readonly string[];
}

function C(name: string, weight: number, ...zones: string[]): CountryInfo {
  return { name, weight, zones };
}

export const DEMO_COUNTRIES: Readonly<Record<string, CountryInfo>> = {
  // South Asia
  IN: C('India', 30, 'Asia/Kolkata'),
  BD: C('Bangladesh', 10, 'Asia/Dhaka'),
  PK: C('Pakistan', 7, 'Asia/Karachi'),
  NP: C('Nepal', 6, 'Asia/Kathmandu'),
  LK: C('Sri Lanka', 4, 'Asia/Colombo'),
  AF: C('Afghanistan', 2, 'Asia/Kabul'),
  BT: C('Bhutan', 0.8, 'Asia/Thimphu'),
  MV: C('the Maldives', 0.5, 'Indian/Maldives'),
  // Sub-Saharan Africa
  NG: C('Nigeria', 12, 'Africa/Lagos'),
  GH: C('Ghana', 6, 'Africa/Accra'),
  KE: C('Kenya', 6, 'Africa/Nairobi'),
  ZA: C('South Africa', 5, 'Africa/Johannesburg'),
  TZ: C('Tanzania', 4, 'Africa/Dar_es_Salaam'),
  UG: C('Uganda', 4, 'Africa/Kampala'),
  ET: C('Ethiopia', 3, 'Africa/Addis_Ababa'),
  CD: C('the DR Congo', 3, 'Africa/Kinshasa', 'Africa/Lubumbashi'),
  CM: C('Cameroon', 3, 'Africa/Douala'),
  SN: C('Senegal', 2, 'Africa/Dakar'),
  CI: C("Côte d'Ivoire", 2, 'Africa/Abidjan'),
  BJ: C('Benin', 2, 'Africa/Porto-Novo'),
  RW: C('Rwanda', 2, 'Africa/Kigali'),
  TG: C('Togo', 1.5, 'Africa/Lome'),
  BF: C('Burkina Faso', 1.5, 'Africa/Ouagadougou'),
  ZM: C('Zambia', 1.5, 'Africa/Lusaka'),
  ZW: C('Zimbabwe', 1.5, 'Africa/Harare'),
  MW: C('Malawi', 1.5, 'Africa/Blantyre'),
  MG: C('Madagascar', 1.5, 'Indian/Antananarivo'),
  ML: C('Mali', 1, 'Africa/Bamako'),
  NE: C('Niger', 1, 'Africa/Niamey'),
  MZ: C('Mozambique', 1, 'Africa/Maputo'),
  AO: C('Angola', 1, 'Africa/Luanda'),
  SD: C('Sudan', 1, 'Africa/Khartoum'),
  BI: C('Burundi', 0.8, 'Africa/Bujumbura'),
  SO: C('Somalia', 0.8, 'Africa/Mogadishu'),
  SL: C('Sierra Leone', 0.8, 'Africa/Freetown'),
  GN: C('Guinea', 0.8, 'Africa/Conakry'),
  LR: C('Liberia', 0.6, 'Africa/Monrovia'),
  NA: C('Namibia', 0.6, 'Africa/Windhoek'),
  BW: C('Botswana', 0.6, 'Africa/Gaborone'),
  GM: C('the Gambia', 0.5, 'Africa/Banjul'),
  CG: C('the Republic of the Congo', 0.5, 'Africa/Brazzaville'),
  SS: C('South Sudan', 0.4, 'Africa/Juba'),
  GA: C('Gabon', 0.4, 'Africa/Libreville'),
  TD: C('Chad', 0.4, 'Africa/Ndjamena'),
  MU: C('Mauritius', 0.3, 'Indian/Mauritius'),
  LS: C('Lesotho', 0.3, 'Africa/Maseru'),
  SZ: C('Eswatini', 0.3, 'Africa/Mbabane'),
  CV: C('Cabo Verde', 0.3, 'Atlantic/Cape_Verde'),
  MR: C('Mauritania', 0.3, 'Africa/Nouakchott'),
  CF: C('the Central African Republic', 0.2, 'Africa/Bangui'),
  ER: C('Eritrea', 0.2, 'Africa/Asmara'),
  DJ: C('Djibouti', 0.2, 'Africa/Djibouti'),
  RE: C('Réunion', 0.2, 'Indian/Reunion'),
  // Middle East & North Africa
  EG: C('Egypt', 6, 'Africa/Cairo'),
  MA: C('Morocco', 4, 'Africa/Casablanca'),
  DZ: C('Algeria', 4, 'Africa/Algiers'),
  IR: C('Iran', 4, 'Asia/Tehran'),
  TN: C('Tunisia', 3, 'Africa/Tunis'),
  IQ: C('Iraq', 3, 'Asia/Baghdad'),
  SA: C('Saudi Arabia', 2.5, 'Asia/Riyadh'),
  JO: C('Jordan', 2, 'Asia/Amman'),
  LB: C('Lebanon', 2, 'Asia/Beirut'),
  PS: C('Palestine', 1.5, 'Asia/Hebron', 'Asia/Gaza'),
  AE: C('the United Arab Emirates', 1.5, 'Asia/Dubai'),
  SY: C('Syria', 1, 'Asia/Damascus'),
  YE: C('Yemen', 1, 'Asia/Aden'),
  LY: C('Libya', 1, 'Africa/Tripoli'),
  OM: C('Oman', 0.8, 'Asia/Muscat'),
  KW: C('Kuwait', 0.5, 'Asia/Kuwait'),
  QA: C('Qatar', 0.5, 'Asia/Qatar'),
  BH: C('Bahrain', 0.4, 'Asia/Bahrain'),
  // East, Southeast Asia & Pacific
  ID: C('Indonesia', 10, 'Asia/Jakarta', 'Asia/Makassar', 'Asia/Pontianak', 'Asia/Jayapura'),
  PH: C('the Philippines', 7, 'Asia/Manila'),
  VN: C('Vietnam', 5, 'Asia/Ho_Chi_Minh'),
  TH: C('Thailand', 3, 'Asia/Bangkok'),
  MY: C('Malaysia', 3, 'Asia/Kuala_Lumpur', 'Asia/Kuching'),
  CN: C('China', 3, 'Asia/Shanghai', 'Asia/Urumqi'),
  TW: C('Taiwan', 2.5, 'Asia/Taipei'),
  JP: C('Japan', 2.5, 'Asia/Tokyo'),
  KR: C('South Korea', 2, 'Asia/Seoul'),
  MM: C('Myanmar', 2, 'Asia/Yangon'),
  AU: C('Australia', 2, 'Australia/Sydney', 'Australia/Melbourne', 'Australia/Brisbane', 'Australia/Perth', 'Australia/Adelaide'),
  HK: C('Hong Kong', 1.5, 'Asia/Hong_Kong'),
  KH: C('Cambodia', 1, 'Asia/Phnom_Penh'),
  NZ: C('New Zealand', 1, 'Pacific/Auckland'),
  SG: C('Singapore', 1, 'Asia/Singapore'),
  MN: C('Mongolia', 0.8, 'Asia/Ulaanbaatar'),
  LA: C('Laos', 0.6, 'Asia/Vientiane'),
  PG: C('Papua New Guinea', 0.4, 'Pacific/Port_Moresby'),
  FJ: C('Fiji', 0.4, 'Pacific/Fiji'),
  TL: C('Timor-Leste', 0.3, 'Asia/Dili'),
  WS: C('Samoa', 0.2, 'Pacific/Apia'),
  TO: C('Tonga', 0.2, 'Pacific/Tongatapu'),
  BN: C('Brunei', 0.2, 'Asia/Brunei'),
  MO: C('Macao', 0.2, 'Asia/Macau'),
  AS: C('American Samoa', 0.05, 'Pacific/Pago_Pago'),
  GU: C('Guam', 0.1, 'Pacific/Guam'),
  NC: C('New Caledonia', 0.1, 'Pacific/Noumea'),
  PF: C('French Polynesia', 0.1, 'Pacific/Tahiti'),
  KP: C('North Korea', 0.01, 'Asia/Pyongyang'),
  // Latin America & Caribbean
  BR: C('Brazil', 10, 'America/Sao_Paulo', 'America/Manaus', 'America/Recife', 'America/Fortaleza', 'America/Belem'),
  MX: C('Mexico', 6, 'America/Mexico_City', 'America/Monterrey', 'America/Tijuana', 'America/Merida'),
  AR: C('Argentina', 4, 'America/Argentina/Buenos_Aires', 'America/Argentina/Cordoba'),
  CO: C('Colombia', 4, 'America/Bogota'),
  PE: C('Peru', 3, 'America/Lima'),
  CL: C('Chile', 2.5, 'America/Santiago'),
  VE: C('Venezuela', 2, 'America/Caracas'),
  EC: C('Ecuador', 1.5, 'America/Guayaquil'),
  BO: C('Bolivia', 1.5, 'America/La_Paz'),
  PY: C('Paraguay', 1, 'America/Asuncion'),
  UY: C('Uruguay', 1, 'America/Montevideo'),
  CU: C('Cuba', 1, 'America/Havana'),
  DO: C('the Dominican Republic', 1, 'America/Santo_Domingo'),
  HT: C('Haiti', 1, 'America/Port-au-Prince'),
  GT: C('Guatemala', 1, 'America/Guatemala'),
  HN: C('Honduras', 0.6, 'America/Tegucigalpa'),
  SV: C('El Salvador', 0.6, 'America/El_Salvador'),
  CR: C('Costa Rica', 0.6, 'America/Costa_Rica'),
  NI: C('Nicaragua', 0.5, 'America/Managua'),
  PA: C('Panama', 0.5, 'America/Panama'),
  JM: C('Jamaica', 0.5, 'America/Jamaica'),
  PR: C('Puerto Rico', 0.5, 'America/Puerto_Rico'),
  TT: C('Trinidad and Tobago', 0.4, 'America/Port_of_Spain'),
  GY: C('Guyana', 0.2, 'America/Guyana'),
  SR: C('Suriname', 0.2, 'America/Paramaribo'),
  BZ: C('Belize', 0.2, 'America/Belize'),
  BS: C('the Bahamas', 0.2, 'America/Nassau'),
  BB: C('Barbados', 0.2, 'America/Barbados'),
  GF: C('French Guiana', 0.1, 'America/Cayenne'),
  GP: C('Guadeloupe', 0.1, 'America/Guadeloupe'),
  MQ: C('Martinique', 0.1, 'America/Martinique'),
  CW: C('Curaçao', 0.1, 'America/Curacao'),
  AW: C('Aruba', 0.1, 'America/Aruba'),
  SX: C('Sint Maarten', 0.05, 'America/Lower_Princes'),
  KY: C('the Cayman Islands', 0.05, 'America/Cayman'),
  VI: C('the U.S. Virgin Islands', 0.05, 'America/St_Thomas'),
  BM: C('Bermuda', 0.05, 'Atlantic/Bermuda'),
  AG: C('Antigua and Barbuda', 0.05, 'America/Antigua'),
  LC: C('Saint Lucia', 0.05, 'America/St_Lucia'),
  GD: C('Grenada', 0.05, 'America/Grenada'),
  // North America
  US: C('the United States', 8, 'America/New_York', 'America/Chicago', 'America/Los_Angeles', 'America/Denver', 'America/Phoenix', 'America/Anchorage'),
  CA: C('Canada', 3, 'America/Toronto', 'America/Vancouver', 'America/Montreal', 'America/Edmonton', 'America/Winnipeg', 'America/Halifax'),
  // Northern & Western Europe
  GB: C('the United Kingdom', 3, 'Europe/London'),
  DE: C('Germany', 3, 'Europe/Berlin'),
  FR: C('France', 2.5, 'Europe/Paris'),
  ES: C('Spain', 2, 'Europe/Madrid', 'Atlantic/Canary'),
  IT: C('Italy', 2, 'Europe/Rome'),
  NL: C('the Netherlands', 1.5, 'Europe/Amsterdam'),
  BE: C('Belgium', 1, 'Europe/Brussels'),
  CH: C('Switzerland', 1, 'Europe/Zurich'),
  AT: C('Austria', 1, 'Europe/Vienna'),
  SE: C('Sweden', 1, 'Europe/Stockholm'),
  NO: C('Norway', 1, 'Europe/Oslo'),
  PT: C('Portugal', 1, 'Europe/Lisbon', 'Atlantic/Azores'),
  IL: C('Israel', 1, 'Asia/Jerusalem'),
  DK: C('Denmark', 0.8, 'Europe/Copenhagen'),
  FI: C('Finland', 0.8, 'Europe/Helsinki'),
  IE: C('Ireland', 0.8, 'Europe/Dublin'),
  IS: C('Iceland', 0.3, 'Atlantic/Reykjavik'),
  LU: C('Luxembourg', 0.2, 'Europe/Luxembourg'),
  MT: C('Malta', 0.2, 'Europe/Malta'),
  FO: C('the Faroe Islands', 0.1, 'Atlantic/Faroe'),
  GL: C('Greenland', 0.05, 'America/Nuuk'),
  // Central & Eastern Europe & Central Asia
  RU: C('Russia', 4, 'Europe/Moscow', 'Europe/Samara', 'Asia/Yekaterinburg', 'Asia/Novosibirsk', 'Asia/Vladivostok'),
  UA: C('Ukraine', 3, 'Europe/Kyiv'),
  TR: C('Türkiye', 3, 'Europe/Istanbul'),
  PL: C('Poland', 2.5, 'Europe/Warsaw'),
  RO: C('Romania', 1.5, 'Europe/Bucharest'),
  AM: C('Armenia', 1.2, 'Asia/Yerevan'),
  CZ: C('Czechia', 1, 'Europe/Prague'),
  HU: C('Hungary', 1, 'Europe/Budapest'),
  BG: C('Bulgaria', 1, 'Europe/Sofia'),
  RS: C('Serbia', 1, 'Europe/Belgrade'),
  GR: C('Greece', 1, 'Europe/Athens'),
  GE: C('Georgia', 1, 'Asia/Tbilisi'),
  AZ: C('Azerbaijan', 1, 'Asia/Baku'),
  KZ: C('Kazakhstan', 1, 'Asia/Almaty', 'Asia/Aqtobe'),
  UZ: C('Uzbekistan', 1, 'Asia/Tashkent'),
  HR: C('Croatia', 0.8, 'Europe/Zagreb'),
  BY: C('Belarus', 0.8, 'Europe/Minsk'),
  SK: C('Slovakia', 0.6, 'Europe/Bratislava'),
  BA: C('Bosnia and Herzegovina', 0.6, 'Europe/Sarajevo'),
  AL: C('Albania', 0.6, 'Europe/Tirane'),
  KG: C('Kyrgyzstan', 0.6, 'Asia/Bishkek'),
  MK: C('North Macedonia', 0.5, 'Europe/Skopje'),
  XK: C('Kosovo', 0.5, 'Europe/Belgrade'),
  TJ: C('Tajikistan', 0.5, 'Asia/Dushanbe'),
  MD: C('Moldova', 0.5, 'Europe/Chisinau'),
  EE: C('Estonia', 0.5, 'Europe/Tallinn'),
  LV: C('Latvia', 0.5, 'Europe/Riga'),
  LT: C('Lithuania', 0.5, 'Europe/Vilnius'),
  SI: C('Slovenia', 0.5, 'Europe/Ljubljana'),
  ME: C('Montenegro', 0.3, 'Europe/Podgorica'),
  CY: C('Cyprus', 0.3, 'Asia/Nicosia'),
  TM: C('Turkmenistan', 0.2, 'Asia/Ashgabat'),
};

/** Weight of a country missing from DEMO_COUNTRIES; uninhabited or tiny territories get almost none. */
const DEFAULT_COUNTRY_WEIGHT = 0.25;
const NEARLY_EMPTY = new Set(['AQ', 'BV', 'HM', 'TF', 'GS', 'UM', 'IO', 'PN', 'CX', 'CC', 'NF', 'TK', 'NU', 'SH', 'SJ', 'VA', 'FK', 'MS', 'BL', 'MF', 'PM', 'WF', 'CK', 'NR', 'TV', 'YT', 'EH']);

export const REGION_FALLBACK_ZONE: Readonly<Record<RegionCode, string>> = {
  CEECA: 'Europe/Warsaw',
  ESEAP: 'Asia/Jakarta',
  LAC: 'America/Bogota',
  MENA: 'Asia/Riyadh',
  NA: 'America/New_York',
  NWE: 'Europe/Paris',
  SA: 'Asia/Kolkata',
  SSA: 'Africa/Nairobi',
};

/** How many people each region gets: weighted toward the Global South. */
const REGION_WEIGHT: Readonly<Record<RegionCode, number>> = {
  SA: 20, SSA: 20, ESEAP: 15, LAC: 14, MENA: 12, CEECA: 8, NWE: 6, NA: 5,
};
const GLOBAL_SOUTH = new Set<RegionCode>(['SA', 'SSA', 'MENA', 'ESEAP', 'LAC']);

/** Weekend days (0 = Monday) where they are not Saturday and Sunday. */
const WEEKEND: Readonly<Record<string, readonly number[]>> = {
  SA: [4, 5], EG: [4, 5], DZ: [4, 5], IQ: [4, 5], JO: [4, 5], KW: [4, 5], OM: [4, 5], QA: [4, 5],
  BH: [4, 5], YE: [4, 5], LY: [4, 5], SY: [4, 5], SD: [4, 5], PS: [4, 5], IL: [4, 5],
  IR: [3, 4], AF: [3, 4], NP: [5],
};

/** Countries where English is a first language for many people. */
const ANGLOPHONE = new Set(['US', 'GB', 'IE', 'AU', 'NZ', 'CA', 'JM', 'TT', 'BS', 'BB', 'GY', 'BZ', 'AG', 'GD', 'LC', 'VC', 'KN', 'DM']);
const COLONIAL = new Set(['en', 'fr', 'pt', 'es', 'ru']);
const LINGUA_FRANCA = ['fr', 'pt', 'es', 'ar', 'ru'] as const;

// ---------------------------------------------------------------------------------------------
// Language names in English (for bios, offers and affiliations); others fall back to the dbname.

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English', hi: 'Hindi', bn: 'Bengali', te: 'Telugu', mr: 'Marathi', ta: 'Tamil', ur: 'Urdu',
  gu: 'Gujarati', kn: 'Kannada', ml: 'Malayalam', or: 'Odia', pa: 'Punjabi', pnb: 'Western Punjabi',
  as: 'Assamese', mai: 'Maithili', bho: 'Bhojpuri', ne: 'Nepali', new: 'Newar', sa: 'Sanskrit',
  si: 'Sinhala', sd: 'Sindhi', ps: 'Pashto', fa: 'Persian', dv: 'Dhivehi', sat: 'Santali', tcy: 'Tulu',
  ar: 'Arabic', arz: 'Egyptian Arabic', ary: 'Moroccan Arabic', he: 'Hebrew', tr: 'Turkish', ku: 'Kurdish',
  ckb: 'Central Kurdish', kab: 'Kabyle', fr: 'French', es: 'Spanish', pt: 'Portuguese', de: 'German',
  it: 'Italian', nl: 'Dutch', ru: 'Russian', uk: 'Ukrainian', be: 'Belarusian', pl: 'Polish', cs: 'Czech',
  sk: 'Slovak', hu: 'Hungarian', ro: 'Romanian', bg: 'Bulgarian', sr: 'Serbian', hr: 'Croatian',
  bs: 'Bosnian', sl: 'Slovenian', mk: 'Macedonian', sq: 'Albanian', el: 'Greek', hy: 'Armenian',
  ka: 'Georgian', az: 'Azerbaijani', kk: 'Kazakh', uz: 'Uzbek', ky: 'Kyrgyz', tg: 'Tajik', tt: 'Tatar',
  ba: 'Bashkir', sv: 'Swedish', no: 'Norwegian', nb: 'Norwegian', da: 'Danish', fi: 'Finnish',
  is: 'Icelandic', et: 'Estonian', lv: 'Latvian', lt: 'Lithuanian', ga: 'Irish', cy: 'Welsh',
  eu: 'Basque', ca: 'Catalan', gl: 'Galician', br: 'Breton', oc: 'Occitan', sw: 'Swahili',
  yo: 'Yoruba', ig: 'Igbo', ha: 'Hausa', pcm: 'Nigerian Pidgin', am: 'Amharic', om: 'Oromo',
  ti: 'Tigrinya', so: 'Somali', zu: 'Zulu', xh: 'Xhosa', af: 'Afrikaans', st: 'Sesotho', tn: 'Setswana',
  nso: 'Northern Sotho', sn: 'Shona', ny: 'Chichewa', rw: 'Kinyarwanda', rn: 'Kirundi', lg: 'Luganda',
  ak: 'Twi', tw: 'Twi', ee: 'Ewe', dag: 'Dagbani', gur: 'Frafra', wo: 'Wolof', ff: 'Fula', bm: 'Bambara',
  mos: 'Moore', fon: 'Fon', ln: 'Lingala', kg: 'Kongo', lua: 'Luba-Kasai', mg: 'Malagasy', ki: 'Kikuyu',
  id: 'Indonesian', jv: 'Javanese', su: 'Sundanese', ms: 'Malay', min: 'Minangkabau', ban: 'Balinese',
  bug: 'Buginese', ace: 'Acehnese', mad: 'Madurese', vi: 'Vietnamese', tl: 'Tagalog', ceb: 'Cebuano',
  ilo: 'Ilocano', war: 'Waray', th: 'Thai', lo: 'Lao', km: 'Khmer', my: 'Burmese', shn: 'Shan',
  zh: 'Chinese', yue: 'Cantonese', nan: 'Min Nan', ja: 'Japanese', ko: 'Korean', mn: 'Mongolian',
  sm: 'Samoan', to: 'Tongan', fj: 'Fijian', mi: 'Māori', haw: 'Hawaiian', qu: 'Quechua', ay: 'Aymara',
  gn: 'Guarani', ht: 'Haitian Creole', nah: 'Nahuatl', yua: 'Yucatec Maya', pap: 'Papiamento',
};

function baseCode(code: string): string {
  const dash = code.indexOf('-');
  return dash === -1 ? code : code.slice(0, dash);
}

function languageName(code: string): string | null {
  return LANGUAGE_NAMES[code] ?? LANGUAGE_NAMES[baseCode(code)] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Name cultures. `family` entries may be "masculine/feminine"; given names at index ≥ femFrom are
// feminine (only matters for such family names). `native` holds the same names in native script
// (parallel arrays) for a few cultures, used as display names by speakers of `nativeLangs`.

interface Culture {
  given: readonly string[];
  family: readonly string[];
  femFrom?: number;
  familyFirst?: boolean;
  native?: { given: readonly string[]; family: readonly string[]; langs: ReadonlySet<string> };
}

const CULTURES = {
  northIndian: {
    given: L('Asha, Rahul, Priya, Amit, Sunita, Vikram, Neha, Arjun, Kavita, Rohan, Pooja, Sanjay, Meera, Anil, Divya, Manoj'),
    family: L('Sharma, Verma, Kulkarni, Patil, Joshi, Gupta, Singh, Yadav, Mishra, Deshmukh, Chauhan, Pandey, Tiwari, Rathore, Shah, Mehta'),
    native: {
      given: L('आशा, राहुल, प्रिया, अमित, सुनीता, विक्रम, नेहा, अर्जुन, कविता, रोहन, पूजा, संजय, मीरा, अनिल, दिव्या, मनोज'),
      family: L('शर्मा, वर्मा, कुलकर्णी, पाटिल, जोशी, गुप्ता, सिंह, यादव, मिश्रा, देशमुख, चौहान, पांडेय, तिवारी, राठौर, शाह, मेहता'),
      langs: new Set(['hi', 'mr', 'mai', 'bho', 'awa', 'mag', 'hne', 'bgc', 'raj', 'sa']),
    },
  },
  southIndian: {
    given: L('Karthik, Lakshmi, Arun, Kavya, Senthil, Priya, Venkatesh, Anitha, Suresh, Revathi, Ramesh, Deepa, Naveen, Sowmya, Harish'),
    family: L('Iyer, Nair, Reddy, Pillai, Menon, Rao, Krishnan, Subramanian, Naidu, Hegde, Kumar, Raman, Shetty, Gowda, Murthy'),
  },
  bengali: {
    given: L('Ayesha, Rafiq, Tanvir, Nusrat, Sumon, Farhana, Arif, Mitu, Sourav, Rupa, Imran, Shathi, Anik, Tania, Partha'),
    family: L('Rahman, Hossain, Chowdhury, Islam, Ahmed, Das, Sarkar, Roy, Khan, Biswas, Mondal, Akter, Begum, Ghosh, Mitra'),
    native: {
      given: L('আয়েশা, রফিক, তানভীর, নুসরাত, সুমন, ফারহানা, আরিফ, মিতু, সৌরভ, রূপা, ইমরান, সাথী, অনিক, তানিয়া, পার্থ'),
      family: L('রহমান, হোসেন, চৌধুরী, ইসলাম, আহমেদ, দাস, সরকার, রায়, খান, বিশ্বাস, মণ্ডল, আক্তার, বেগম, ঘোষ, মিত্র'),
      langs: new Set(['bn']),
    },
  },
  nepali: {
    given: L('Sagar, Sita, Bikash, Sabina, Prakash, Anjali, Suman, Manisha, Dipesh, Kabita, Nabin, Rupa, Bishal, Sarita, Roshan'),
    family: L('Shrestha, Adhikari, Gurung, Tamang, Thapa, Maharjan, Bhattarai, Poudel, Rai, Karki, Magar, Koirala, Pandey, Limbu, Bista'),
    native: {
      given: L('सागर, सीता, बिकास, सबिना, प्रकाश, अञ्जली, सुमन, मनिषा, दिपेश, कविता, नविन, रूपा, बिशाल, सरिता, रोशन'),
      family: L('श्रेष्ठ, अधिकारी, गुरुङ, तामाङ, थापा, महर्जन, भट्टराई, पौडेल, राई, कार्की, मगर, कोइराला, पाण्डे, लिम्बु, बिष्ट'),
      langs: new Set(['ne', 'new', 'dty']),
    },
  },
  pakistani: {
    given: L('Ali, Ayesha, Hamza, Sana, Bilal, Zainab, Usman, Hira, Faisal, Mahnoor, Saad, Iqra, Asad, Rabia, Zeeshan'),
    family: L('Khan, Malik, Qureshi, Butt, Chaudhry, Sheikh, Baloch, Mirza, Abbasi, Siddiqui, Awan, Raza, Hashmi, Bhatti, Javed'),
  },
  sinhala: {
    given: L('Nuwan, Dilani, Kasun, Chathurika, Sampath, Nadeesha, Tharindu, Ishara, Ruwan, Sanduni, Lahiru, Malsha, Chaminda, Hasini, Dinesh'),
    family: L('Perera, Fernando, Silva, Jayasinghe, Wickramasinghe, Bandara, Dissanayake, Rathnayake, Gunawardena, Herath, Senanayake, Karunaratne, Wijesinghe, Ekanayake, Jayawardena'),
  },
  arabic: {
    given: L('Mariam, Ahmed, Youssef, Fatima, Omar, Layla, Khaled, Salma, Hassan, Nour, Karim, Huda, Tarek, Rania, Samir, Amal'),
    family: L('Haddad, Mansour, Khalil, Saleh, Nasser, Hamdan, Farouk, Aziz, Rashed, Qasim, Bakri, Darwish, Othman, Sabri, Zidan'),
    native: {
      given: L('مريم, أحمد, يوسف, فاطمة, عمر, ليلى, خالد, سلمى, حسن, نور, كريم, هدى, طارق, رانيا, سمير, أمل'),
      family: L('حداد, منصور, خليل, صالح, ناصر, حمدان, فاروق, عزيز, راشد, قاسم, بكري, درويش, عثمان, صبري, زيدان'),
      langs: new Set(['ar', 'arz', 'ary', 'arq', 'acm', 'apc', 'ajp', 'aeb', 'ars']),
    },
  },
  persian: {
    given: L('Sara, Reza, Maryam, Ali, Nasrin, Hamid, Parisa, Mehdi, Shirin, Amir, Leila, Farhad, Niloufar, Babak, Zahra'),
    family: L('Ahmadi, Hosseini, Karimi, Rezaei, Moradi, Jafari, Rahimi, Mohammadi, Kazemi, Sadeghi, Ebrahimi, Nouri, Tehrani, Shirazi, Ghasemi'),
  },
  turkish: {
    given: L('Elif, Mehmet, Zeynep, Emre, Ayşe, Burak, Deniz, Can, Selin, Murat, Ece, Kerem, Merve, Onur, Aylin'),
    family: L('Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Aydın, Öztürk, Arslan, Doğan, Kılıç, Aslan, Koç, Kurt, Özdemir'),
  },
  hebrew: {
    given: L('Noa, Yonatan, Tamar, Itai, Maya, Omer, Shira, Eitan, Yael, Amit, Roni, Daniel, Michal, Ido, Lior'),
    family: L('Cohen, Levi, Mizrahi, Peretz, Biton, Friedman, Katz, Azoulay, Ben-David, Shapiro, Avraham, Golan, Segal, Rosen, Dahan'),
  },
  yoruba: {
    given: L('Tunde, Funmilayo, Segun, Bukola, Kunle, Folake, Dapo, Yetunde, Femi, Titilayo, Wale, Temitope, Bayo, Kemi, Tobi'),
    family: L('Adeyemi, Ogunleye, Adebayo, Olawale, Afolabi, Oyelaran, Bamidele, Ogundipe, Adewale, Akinola, Oladipo, Olatunji, Ajayi, Oyewole, Akande'),
  },
  igbo: {
    given: L('Chinedu, Ngozi, Emeka, Chiamaka, Obinna, Adaeze, Ikenna, Nneka, Uchenna, Chioma, Chukwuemeka, Ifeoma, Kelechi, Amarachi, Ebuka'),
    family: L('Okafor, Nwosu, Eze, Okonkwo, Obi, Nwachukwu, Okeke, Onyekachi, Uzor, Ibe, Agu, Chukwu, Nnamdi, Anyanwu, Ezeh'),
  },
  hausa: {
    given: L('Aminu, Zainab, Musa, Hauwa, Ibrahim, Aisha, Sani, Fatima, Abubakar, Maryam, Yusuf, Halima, Bashir, Rukayya, Nasiru'),
    family: L('Abdullahi, Bello, Danjuma, Garba, Lawal, Musa, Suleiman, Umar, Yakubu, Aliyu, Shehu, Idris, Sadiq, Kabir, Tijjani'),
  },
  ghanaian: {
    given: L('Kwame, Ama, Kofi, Abena, Yaw, Akosua, Kwabena, Efua, Kojo, Adwoa, Kwesi, Esi, Nana, Afua, Yaa'),
    family: L('Mensah, Owusu, Boateng, Asante, Osei, Agyeman, Appiah, Ofori, Darko, Addo, Amoah, Frimpong, Acheampong, Tetteh, Quaye'),
  },
  eastAfrican: {
    given: L('Baraka, Neema, Juma, Amani, Wanjiru, Brian, Achieng, Zawadi, Faraja, Imani, Kato, Nakato, Aline, Eric, Grace'),
    family: L('Mwangi, Otieno, Odhiambo, Kamau, Wanjala, Mutua, Njoroge, Mushi, Massawe, Mbwana, Okello, Ssekandi, Uwimana, Niyonzima, Habimana'),
  },
  ethiopian: {
    given: L('Abebe, Selam, Dawit, Hirut, Yonas, Meron, Tesfaye, Bethlehem, Samuel, Mekdes, Henok, Tigist, Biruk, Saron, Fikru'),
    family: L('Alemu, Bekele, Tadesse, Girma, Haile, Kebede, Desta, Wolde, Assefa, Getachew, Negash, Ayele, Mulugeta, Worku, Tesfaye'),
  },
  southernAfrican: {
    given: L('Thabo, Naledi, Sipho, Lerato, Themba, Nomsa, Kagiso, Zanele, Lwazi, Palesa, Tendai, Chipo, Mpho, Busisiwe, Tatenda'),
    family: L('Dlamini, Nkosi, Ndlovu, Mokoena, Khumalo, Mahlangu, Sithole, Moyo, Banda, Phiri, Mabaso, Zulu, Mthembu, Chirwa, Mwale'),
  },
  westAfricanFrancophone: {
    given: L('Moussa, Aminata, Ousmane, Fatou, Mamadou, Awa, Ibrahima, Mariama, Cheikh, Aissatou, Abdoulaye, Khady, Souleymane, Ndeye, Boubacar'),
    family: L('Diallo, Ndiaye, Traoré, Diop, Sow, Camara, Coulibaly, Keita, Touré, Ba, Cissé, Sylla, Konaté, Sarr, Fall'),
  },
  centralAfrican: {
    given: L('Grâce, Trésor, Exaucé, Merveille, Dieudonné, Christelle, Bienvenu, Glodie, Patience, Junior, Nadège, Fiston, Rachel, Emmanuel, Josué'),
    family: L('Mbuyi, Kabongo, Ilunga, Tshibangu, Mukendi, Kasongo, Lukusa, Mwamba, Nkulu, Banza, Kalala, Mbala, Ngoy, Kayembe, Mpiana'),
  },
  malagasy: {
    given: L('Hery, Lalao, Tiana, Fara, Mamy, Voahangy, Tojo, Haingo, Rivo, Nirina, Andry, Soa, Fanja, Toky, Miora'),
    family: L('Rakotomalala, Randriamanana, Rasoanaivo, Razafindrakoto, Andrianarisoa, Ravelojaona, Rakotondrabe, Rasolofo, Randrianasolo, Rabemananjara, Raharimanana, Ramanantsoa, Rajaonarison, Razanakoto, Andriamihaja'),
  },
  malayIndonesian: {
    given: L('Budi, Siti, Agus, Dewi, Rizky, Putri, Andi, Ayu, Fajar, Indah, Hendra, Nur, Yusuf, Wulan, Bayu'),
    family: L('Santoso, Wijaya, Saputra, Hidayat, Pratama, Kusuma, Nugroho, Lestari, Siregar, Harahap, Setiawan, Rahmawati, Sihombing, Halim, Gunawan'),
  },
  vietnamese: {
    given: L('Thi Lan, Van Minh, Thi Hoa, Duc Anh, Minh Chau, Thanh Huong, Quoc Bao, Thu Trang, Van Hung, Ngoc Anh, Hai Yen, Tuan Anh, Thi Mai, Gia Huy, Kim Ngan'),
    family: L('Nguyen, Tran, Le, Pham, Hoang, Phan, Vu, Dang, Bui, Do, Ho, Ngo, Duong, Ly, Vo'),
    familyFirst: true,
  },
  filipino: {
    given: L('Maria, Jose, Angelica, Mark, Kristine, John Paul, Jasmine, Carlo, Rowena, Paolo, Joy, Ramon, Liza, Miguel, Grace'),
    family: L('Santos, Reyes, Cruz, Bautista, Garcia, Mendoza, Dela Cruz, Villanueva, Aquino, Ramos, Castillo, Navarro, Tolentino, Manalo, Pascual'),
  },
  chinese: {
    given: L('Wei, Fang, Jing, Lei, Min, Xiaoming, Yan, Hao, Ying, Jun, Mei, Tao, Xin, Yu, Lan'),
    family: L('Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Lin, Guo, He'),
    familyFirst: true,
  },
  japanese: {
    given: L('Haruka, Takeshi, Yuki, Kenta, Aiko, Hiroshi, Sakura, Daisuke, Emi, Shota, Naoko, Ryo, Mai, Kazuki, Yumi'),
    family: L('Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato, Yoshida, Yamada, Sasaki, Matsumoto, Inoue'),
  },
  korean: {
    given: L('Min-jun, Seo-yeon, Ji-ho, Ha-eun, Do-yun, Su-bin, Ji-woo, Ye-jin, Hyun-woo, Eun-ji, Sung-min, Da-eun, Jae-won, Soo-ah, Tae-yang'),
    family: L('Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Oh, Seo, Shin, Kwon'),
    familyFirst: true,
  },
  thai: {
    given: L('Somchai, Siriporn, Anan, Kanya, Niran, Pimchanok, Chaiwat, Malee, Prasert, Wanida, Kittisak, Nattaya, Surasak, Ratana, Thanakorn'),
    family: L('Srisuk, Wongsa, Chaiyaporn, Suwannarat, Phromma, Kaewkla, Boonmee, Rattanakul, Sangthong, Thongchai, Intharasuk, Jaidee, Saelim, Chantharat, Srisawat'),
  },
  burmese: {
    given: L('Aung, Thandar, Kyaw, Hnin, Zaw, Su, Min, Ei, Htet, Nilar, Tun, May, Ye, Phyu, Thura'),
    family: L('Kyaw, Win, Naing, Oo, Htun, Myint, Aye, Lwin, Soe, Thant, Zin, Moe, Hlaing, Khaing, Maung'),
  },
  pacific: {
    given: L('Sione, Mele, Tevita, Losana, Viliami, Ana, Semisi, Salote, Manu, Leilani, Tavita, Fetu, Malia, Iosefa, Sina'),
    family: L('Tupou, Fifita, Vaipulu, Taufa, Leota, Faleolo, Tuilagi, Mataele, Naufahu, Soliai, Aumua, Fonoti, Kata, Lolohea, Havili'),
  },
  hispanic: {
    given: L('Lucía, Carlos, Valentina, Diego, Camila, Javier, Sofía, Andrés, Daniela, Mateo, Gabriela, Luis, Paula, Sebastián, Mariana'),
    family: L('García, Rodríguez, Martínez, López, González, Pérez, Sánchez, Ramírez, Torres, Flores, Vargas, Castro, Rojas, Morales, Herrera'),
  },
  lusophone: {
    given: L('João, Ana, Pedro, Beatriz, Lucas, Mariana, Rafael, Juliana, Gabriel, Larissa, Felipe, Fernanda, Thiago, Camila, Bruno'),
    family: L('Silva, Santos, Oliveira, Souza, Lima, Pereira, Ferreira, Almeida, Costa, Rodrigues, Carvalho, Gomes, Ribeiro, Araújo, Barbosa'),
  },
  anglo: {
    given: L('Emily, James, Sarah, Michael, Jessica, David, Laura, Daniel, Hannah, Chris, Rachel, Ben, Megan, Sam, Olivia'),
    family: L('Smith, Johnson, Brown, Taylor, Wilson, Clarke, Walker, Hughes, Murphy, Campbell, Bennett, Parker, Reid, Foster, Morgan'),
  },
  germanic: {
    given: L('Lukas, Anna, Jonas, Lea, Felix, Sophie, Jan, Marie, Tobias, Lena, Niklas, Femke, Daan, Sanne, Pieter'),
    family: L('Müller, Schmidt, Becker, Wagner, Hoffmann, de Vries, Jansen, Bakker, Visser, Peeters, Maes, Fischer, Weber, Schulz, van Dijk'),
  },
  french: {
    given: L('Camille, Julien, Claire, Mathieu, Élodie, Antoine, Manon, Nicolas, Chloé, Guillaume, Léa, Thomas, Pauline, Hugo, Margaux'),
    family: L('Martin, Bernard, Dubois, Moreau, Laurent, Lefebvre, Girard, Roux, Fournier, Mercier, Blanc, Garnier, Faure, Chevalier, Lambert'),
  },
  nordic: {
    given: L('Erik, Ingrid, Lars, Astrid, Henrik, Sofia, Mikael, Elin, Johan, Maja, Anders, Sigrid, Oskar, Freja, Aino'),
    family: L('Johansson, Andersson, Nilsen, Hansen, Larsen, Lindqvist, Berg, Dahl, Nyström, Virtanen, Korhonen, Jensen, Holm, Lund, Eriksen'),
  },
  italian: {
    given: L('Giulia, Marco, Chiara, Luca, Francesca, Matteo, Elena, Andrea, Sara, Davide, Martina, Simone, Valentina, Paolo, Federica'),
    family: L('Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, Costa'),
  },
  slavicEast: {
    given: L('Dmitry, Sergey, Alexei, Ivan, Mikhail, Pavel, Nikolai, Andrei, Anna, Olga, Elena, Natalia, Irina, Tatiana, Yulia, Svetlana'),
    femFrom: 8,
    family: L('Ivanov/Ivanova, Smirnov/Smirnova, Kuznetsov/Kuznetsova, Popov/Popova, Sokolov/Sokolova, Lebedev/Lebedeva, Kozlov/Kozlova, Novikov/Novikova, Morozov/Morozova, Volkov/Volkova, Orlov/Orlova, Belov/Belova, Zaitsev/Zaitseva, Pavlov/Pavlova, Semenov/Semenova'),
    native: {
      given: L('Дмитрий, Сергей, Алексей, Иван, Михаил, Павел, Николай, Андрей, Анна, Ольга, Елена, Наталья, Ирина, Татьяна, Юлия, Светлана'),
      family: L('Иванов/Иванова, Смирнов/Смирнова, Кузнецов/Кузнецова, Попов/Попова, Соколов/Соколова, Лебедев/Лебедева, Козлов/Козлова, Новиков/Новикова, Морозов/Морозова, Волков/Волкова, Орлов/Орлова, Белов/Белова, Зайцев/Зайцева, Павлов/Павлова, Семёнов/Семёнова'),
      langs: new Set(['ru']),
    },
  },
  ukrainian: {
    given: L('Oleksandr, Olena, Andriy, Iryna, Taras, Oksana, Mykola, Kateryna, Bohdan, Nataliia, Dmytro, Yuliia, Serhiy, Halyna, Volodymyr'),
    family: L('Kovalenko, Shevchuk, Bondarenko, Tkachenko, Melnyk, Kravchuk, Savchenko, Moroz, Lysenko, Rudenko, Marchenko, Polishchuk, Boyko, Romaniuk, Levchenko'),
  },
  slavic: {
    given: L('Marko, Ana, Petar, Ivana, Nikola, Milica, Stefan, Jelena, Luka, Maja, Tomasz, Agnieszka, Jakub, Katarzyna, Ondřej'),
    family: L('Nowak, Kowalczyk, Wójcik, Mazur, Horvat, Kovačević, Petrović, Jovanović, Novak, Babić, Marić, Krawczyk, Zając, Popović, Sikora'),
  },
  romanian: {
    given: L('Andrei, Ioana, Mihai, Elena, Alexandru, Maria, Radu, Cristina, Vlad, Diana, Bogdan, Alina, Ionuț, Roxana, Cătălin'),
    family: L('Popescu, Ionescu, Popa, Stan, Dumitru, Munteanu, Constantin, Stoica, Gheorghe, Rusu, Matei, Ciobanu, Moldovan, Lazăr, Florea'),
  },
  greek: {
    given: L('Giorgos, Nikos, Dimitris, Kostas, Yannis, Christos, Panagiotis, Maria, Eleni, Katerina, Sofia, Despina, Ioanna, Vasiliki, Anastasia'),
    femFrom: 7,
    family: L('Papadopoulos/Papadopoulou, Georgiou/Georgiou, Nikolaidis/Nikolaidou, Pappas/Pappa, Vlachos/Vlachou, Oikonomou/Oikonomou, Antoniou/Antoniou, Karagiannis/Karagianni, Dimitriou/Dimitriou, Alexiou/Alexiou, Makris/Makri, Ioannou/Ioannou, Christodoulou/Christodoulou, Petridis/Petridou'),
  },
  armenian: {
    given: L('Armen, Ani, Narek, Lilit, Tigran, Anahit, Hayk, Mane, Gor, Nune, Davit, Siranush, Aram, Lusine, Vahe'),
    family: L('Petrosyan, Hakobyan, Sargsyan, Grigoryan, Harutyunyan, Khachatryan, Vardanyan, Karapetyan, Mkrtchyan, Avetisyan, Hovhannisyan, Ghazaryan, Melkonyan, Manukyan, Stepanyan'),
  },
  georgian: {
    given: L('Giorgi, Nino, Levan, Tamar, Davit, Mariam, Irakli, Ana, Luka, Salome, Nika, Eka, Sandro, Natia, Zurab'),
    family: L('Beridze, Kapanadze, Gelashvili, Maisuradze, Tsiklauri, Lomidze, Japaridze, Chikovani, Abashidze, Bakradze, Khutsishvili, Nozadze, Gogoladze, Jorbenadze, Meladze'),
  },
  centralAsian: {
    given: L('Nurlan, Timur, Rustam, Bakhtiyor, Daniyar, Azamat, Sanjar, Aibek, Aigerim, Dilnoza, Madina, Aizhan, Gulnara, Zarina, Nodira, Kamila'),
    femFrom: 8,
    family: L('Abdullaev/Abdullaeva, Karimov/Karimova, Yusupov/Yusupova, Rakhimov/Rakhimova, Saidov/Saidova, Ismailov/Ismailova, Bekov/Bekova, Akhmedov/Akhmedova, Ospanov/Ospanova, Zhakupov/Zhakupova, Sultanov/Sultanova, Tursunov/Tursunova, Kenzhebaev/Kenzhebaeva, Mirzaev/Mirzaeva, Nurmagambetov/Nurmagambetova'),
  },
} satisfies Record<string, Culture>;

type CultureKey = keyof typeof CULTURES;

const LANG_CULTURE: Readonly<Record<string, CultureKey>> = (() => {
  const groups: [CultureKey, string][] = [
    ['northIndian', 'hi, mr, gu, mai, bho, awa, mag, hne, bgc, raj, doi, sa, or, as, gbm, kok, sat'],
    ['bengali', 'bn, syl, ccp, bpy'],
    ['southIndian', 'ta, te, kn, ml, tcy'],
    ['nepali', 'ne, new, dty, thr, thq'],
    ['pakistani', 'ur, pnb, sd, sd-arab, skr, skr-arab, brh, bal, bgn, hno, khw, dv'],
    ['sinhala', 'si'],
    ['arabic', 'ar, arz, ary, arq, acm, apc, ajp, aeb, ars, ayl, shu'],
    ['persian', 'fa, prs, ps'],
    ['turkish', 'tr, az, az-cyrl'],
    ['hebrew', 'he'],
    ['yoruba', 'yo'],
    ['igbo', 'ig'],
    ['hausa', 'ha, ha-arab'],
    ['ghanaian', 'ak, tw, ee, gaa, dag, gur, fat'],
    ['eastAfrican', 'sw, ki, luo, kam, lg, rw, rn, so, guz, mer'],
    ['ethiopian', 'am, om, ti, gez, wal'],
    ['southernAfrican', 'zu, xh, st, tn, nso, ts, ss, ve, nr, sn, ny, bem, tum, nd'],
    ['westAfricanFrancophone', 'wo, ff, bm, mos, dyu, fon, dje, snk, srr, kcg'],
    ['centralAfrican', 'ln, lua, kg, sg, ewo'],
    ['malagasy', 'mg'],
    ['malayIndonesian', 'id, jv, su, ms, ms-arab, min, mad, ban, ban-bali, bjn, ace, bug, gor, bew, sas'],
    ['vietnamese', 'vi'],
    ['filipino', 'tl, ceb, ilo, war, hil, pam, bcl, pag'],
    ['chinese', 'zh, zh-hant, zh-hans, yue, yue-hans, wuu, nan, hak, gan, hsn, lzh'],
    ['japanese', 'ja'],
    ['korean', 'ko'],
    ['thai', 'th, lo, km, tts'],
    ['burmese', 'my, shn, mnw'],
    ['pacific', 'sm, to, fj, mi, haw, ty, niu, rar'],
    ['hispanic', 'es, gl, eu, ast, an, qu, ay, gn'],
    ['lusophone', 'pt'],
    ['french', 'fr, ht, br, oc, co, frp, pcd, rcf, gcr'],
    ['anglo', 'en, cy, ga, gd, sco'],
    ['germanic', 'de, nl, lb, gsw, af, fy, li, nds, bar, ksh, pap'],
    ['italian', 'it, vec, nap, scn, lij, sc, lmo, pms, fur, mt'],
    ['nordic', 'sv, nb, nn, no, da, fi, is, fo, se, kl'],
    ['slavicEast', 'ru, be, be-tarask'],
    ['ukrainian', 'uk, rue'],
    ['slavic', 'pl, cs, sk, hr, sr, sr-cyrl, sr-latn, bs, sl, mk, bg, hu, sq, et, lv, lt, csb, szl, hsb, dsb'],
    ['romanian', 'ro'],
    ['greek', 'el, pnt'],
    ['armenian', 'hy, hyw'],
    ['georgian', 'ka, xmf'],
    ['centralAsian', 'kk, kk-cyrl, kk-arab, uz, uz-cyrl, ky, tg, tk, tt, ba, mn, kaa, crh, cv, sah'],
  ];
  const out: Record<string, CultureKey> = {};
  for (const [key, codes] of groups) for (const c of L(codes)) out[c] = key;
  return out;
})();

const COUNTRY_CULTURE: Readonly<Record<string, readonly CultureKey[]>> = (() => {
  const groups: [readonly CultureKey[], string][] = [
    [['northIndian', 'northIndian', 'southIndian', 'bengali'], 'IN'],
    [['bengali'], 'BD'],
    [['nepali'], 'NP, BT'],
    [['pakistani'], 'PK, MV'],
    [['sinhala'], 'LK'],
    [['persian'], 'AF, IR'],
    [['yoruba', 'igbo', 'hausa'], 'NG'],
    [['ghanaian'], 'GH'],
    [['eastAfrican'], 'KE, TZ, UG, RW, BI, SS, SO'],
    [['ethiopian'], 'ET, ER'],
    [['southernAfrican'], 'ZA, ZW, BW, LS, SZ, NA, ZM, MW'],
    [['lusophone'], 'AO, MZ, CV, GW, ST, BR, PT, TL'],
    [['centralAfrican'], 'CD, CG, CM, GA, CF, TD, GQ'],
    [['westAfricanFrancophone'], 'SN, ML, BF, NE, CI, BJ, TG, GN, GM, SL, LR, MR'],
    [['malagasy'], 'MG'],
    [['arabic'], 'SD, DJ, KM, EG, MA, DZ, TN, LY, IQ, SA, JO, LB, PS, AE, SY, YE, OM, KW, QA, BH, EH'],
    [['french'], 'MU, SC, RE, YT, HT, GF, GP, MQ, FR, MC, NC, PF, WF'],
    [['malayIndonesian'], 'ID, MY, BN'],
    [['filipino'], 'PH'],
    [['vietnamese'], 'VN'],
    [['thai'], 'TH, LA, KH'],
    [['burmese'], 'MM'],
    [['chinese'], 'CN, TW, HK, MO, SG'],
    [['japanese'], 'JP'],
    [['korean'], 'KR, KP'],
    [['centralAsian'], 'MN, KZ, UZ, KG, TJ, TM'],
    [['anglo'], 'AU, NZ, US, CA, GB, IE, JM, TT, BS, BB, GY, BZ, AG, GD, LC, VC, KN, DM, BM, KY, VG, VI, AI, TC, GI, IM, JE, GG'],
    [['pacific'], 'PG, FJ, WS, TO, AS, GU, KI, MH, FM, PW, SB, VU, TV, NR, CK, NU, TK, MP'],
    [['hispanic'], 'MX, AR, CO, PE, CL, VE, EC, BO, PY, UY, CU, DO, GT, HN, SV, NI, CR, PA, PR, ES, AD'],
    [['germanic'], 'DE, AT, CH, NL, BE, LU, LI, SR, CW, AW, SX, BQ'],
    [['italian'], 'IT, SM, VA, MT'],
    [['nordic'], 'SE, NO, DK, FI, IS, FO, AX, GL, SJ'],
    [['hebrew'], 'IL'],
    [['slavicEast'], 'RU, BY'],
    [['ukrainian'], 'UA'],
    [['slavic'], 'PL, CZ, SK, HR, RS, BA, MK, BG, SI, ME, XK, HU, AL, EE, LV, LT'],
    [['romanian'], 'RO, MD'],
    [['greek'], 'GR, CY'],
    [['turkish'], 'TR, AZ'],
    [['armenian'], 'AM'],
    [['georgian'], 'GE'],
  ];
  const out: Record<string, readonly CultureKey[]> = {};
  for (const [keys, codes] of groups) for (const c of L(codes)) out[c] = keys;
  return out;
})();

const REGION_CULTURE: Readonly<Record<RegionCode, CultureKey>> = {
  CEECA: 'slavic', ESEAP: 'malayIndonesian', LAC: 'hispanic', MENA: 'arabic',
  NA: 'anglo', NWE: 'germanic', SA: 'northIndian', SSA: 'eastAfrican',
};

// ---------------------------------------------------------------------------------------------
// Skills, offers, bios

const CATEGORY_FOCUS_WEIGHT: Readonly<Record<string, number>> = {
  editing: 4, technical: 2, organizational: 2, communication: 1.5, governance: 1,
};

/** Words that read better upper-cased in a skill label made from a slug. */
const ACRONYMS: Readonly<Record<string, string>> = {
  sparql: 'SPARQL', lua: 'Lua', css: 'CSS', js: 'JS', javascript: 'JavaScript', api: 'API', ocr: 'OCR',
  sql: 'SQL', ux: 'UX', irc: 'IRC', osm: 'OSM', gis: 'GIS', oauth: 'OAuth', glam: 'GLAM', wikidata: 'Wikidata',
  commons: 'Commons', wikisource: 'Wikisource', wiktionary: 'Wiktionary', pywikibot: 'Pywikibot',
  toolforge: 'Toolforge', mediawiki: 'MediaWiki', visualeditor: 'VisualEditor', python: 'Python',
  php: 'PHP', qa: 'QA', ai: 'AI', seo: 'SEO', ip: 'IP', wikipedia: 'Wikipedia', wikimedia: 'Wikimedia',
};

function labelFromSlug(slug: string): string {
  return slug
    .split('-')
    .map((w) => ACRONYMS[w] ?? w)
    .join(' ')
    .replace(/\bedit a thon/g, 'edit-a-thon');
}

interface OfferTemplate {
  re: RegExp | null;
  kind: 'guidance' | 'service';
  text: string; // placeholders: {label} {lang} {wiki}
}

const OFFER_TEMPLATES: readonly OfferTemplate[] = [
  { re: /lua|module|scribunto/, kind: 'service', text: 'Review your first Lua module' },
  { re: /bot|pywikibot|automat/, kind: 'service', text: 'Set up a Pywikibot task for your wiki' },
  { re: /grant|fund/, kind: 'guidance', text: 'Advice on applying for a Rapid Fund' },
  { re: /sparql|query|wikidata/, kind: 'service', text: 'Write a SPARQL query for your project' },
  { re: /template|infobox/, kind: 'service', text: 'Fix or import templates on your wiki' },
  { re: /gadget|javascript|user-script|\bjs\b/, kind: 'service', text: 'Port a gadget to your wiki' },
  { re: /translat|localis|localiz|translatewiki/, kind: 'service', text: 'Translate interface messages into {lang}' },
  { re: /photo|commons|upload|media|image/, kind: 'guidance', text: 'Help with uploading your photos to Commons' },
  { re: /event|editathon|edit-a-thon|organi|meetup|campaign|contest/, kind: 'guidance', text: 'Help planning your first edit-a-thon' },
  { re: /copyedit|style|proofread|grammar/, kind: 'service', text: 'Copyedit one of your article drafts' },
  { re: /cit|source|referenc|verif|fact/, kind: 'guidance', text: 'Show you how to find and cite reliable sources' },
  { re: /patrol|vandal|spam|abuse|recent-changes/, kind: 'guidance', text: 'Walk you through recent changes patrolling' },
  { re: /admin|polic|govern|arbitr|election|steward|rights/, kind: 'guidance', text: 'Explain how admin requests and policies work on {wiki}' },
  { re: /outreach|educat|teach|workshop|train|school|universit/, kind: 'guidance', text: 'Co-run a training session for students' },
  { re: /social|communicat|blog|newsletter|press|writing/, kind: 'service', text: 'Review your blog post or newsletter draft' },
  { re: /design|\bux\b|ux-|accessib|usability/, kind: 'guidance', text: 'Quick accessibility review of your tool' },
  { re: /tool|cloud|python|develop|code|software|php|api/, kind: 'guidance', text: 'Get your first tool running on Toolforge' },
  { re: /map|osm|geo|carto|gis|coordinat/, kind: 'service', text: 'Add location maps to your articles' },
  { re: /ocr|wikisource|transcri|scan/, kind: 'guidance', text: 'Getting started with Wikisource proofreading' },
  { re: /mentor|newcomer|onboard|welcom|new-editor/, kind: 'guidance', text: 'Mentoring for new editors in {lang}' },
  { re: /partner|glam|librar|museum|archiv|heritage/, kind: 'guidance', text: 'Advice on approaching a local museum or library' },
  { re: /budget|report|financ|account/, kind: 'guidance', text: 'Help writing your grant report' },
  { re: /lexeme|wiktionary|lexicograph|dictionar/, kind: 'service', text: 'Add lexemes in {lang} to Wikidata' },
  { re: /article|writ|stub|creat/, kind: 'service', text: 'Expand a stub article with you in {lang}' },
];

const GENERIC_OFFERS: readonly OfferTemplate[] = [
  { re: null, kind: 'guidance', text: 'A one-hour call about {label}' },
  { re: null, kind: 'service', text: 'Hands-on help with {label}' },
  { re: null, kind: 'guidance', text: 'Pair with you on {label} for an afternoon' },
  { re: null, kind: 'guidance', text: 'Answer your questions about {label}' },
];

const SKILLLESS_OFFERS: readonly OfferTemplate[] = [
  { re: null, kind: 'guidance', text: 'Mentoring for new editors in {lang}' },
  { re: null, kind: 'guidance', text: 'Advice on applying for a Rapid Fund' },
  { re: null, kind: 'guidance', text: 'Answer questions about how {wiki} works' },
  { re: null, kind: 'service', text: 'Proofread short texts in {lang}' },
];

const TOPICS = L(
  'local history, botany, cricket, women in science, folk music, football, public health, geography, cinema, ' +
    'architecture, folklore, linguistics, railways, birds, mathematics, literature, archaeology, food, astronomy, ' +
    'politics, biographies, festivals, rivers, traditional medicine, textiles, poetry, education, ' +
    'climate, insects, comics, medieval history, jazz, chess, agriculture, public transport, fungi',
);

interface BioContext {
  wiki: string;
  lang: string | null;
  topic: string;
  topic2: string;
  share: string | null;
  learn: string | null;
  country: string | null;
  year: number;
}

type BioTemplate = (c: BioContext) => string | null;

const BIO_FIRST: readonly BioTemplate[] = [
  (c) => `Editing ${c.wiki} since ${c.year}.`,
  (c) => `I write mostly about ${c.topic} and ${c.topic2} on ${c.wiki}.`,
  (c) => (c.lang ? `${c.lang} speaker, editing ${c.wiki} in my free time.` : null),
  (c) => (c.lang ? `Part of the ${c.lang} community since ${c.year}.` : null),
  (c) => (c.country ? `Wikimedian from ${c.country}, mostly on ${c.wiki}.` : null),
  (c) => (c.country ? `Organizing small edit-a-thons in ${c.country}.` : null),
  (c) => `Student and volunteer on ${c.wiki}.`,
  (c) => `Retired teacher who now writes about ${c.topic}.`,
  (c) => `Interested in ${c.topic}, ${c.topic2} and free knowledge in ${c.lang ?? 'every language'}.`,
  (c) => `Patroller on ${c.wiki} and occasional photographer for Commons.`,
];

const BIO_SECOND: readonly BioTemplate[] = [
  (c) => (c.share ? `Happy to help with ${c.share}.` : null),
  (c) => (c.learn ? `Trying to learn ${c.learn}.` : null),
  (c) => (c.share && c.learn ? `I can help with ${c.share}; I would like to learn ${c.learn}.` : null),
  (c) => `Ask me anything about ${c.wiki}.`,
  (c) => (c.lang && c.lang !== 'English' ? `I translate articles from English into ${c.lang}.` : null),
  () => 'Leave me a message on my talk page.',
  (c) => `Currently working on articles about ${c.topic}.`,
];

/** Short bios in the person's own language (1st person, gender-neutral). {year} is replaced. */
const NATIVE_BIOS: Readonly<Record<string, readonly string[]>> = {
  hi: [
    'हिन्दी विकिपीडिया पर {year} से सक्रिय।',
    'मेरी रुचि इतिहास, संस्कृति और स्थानीय विषयों में है।',
    'विकिपीडिया कार्यशालाओं में मदद करना पसंद है।',
    'नए संपादकों की सहायता के लिए हमेशा तैयार।',
    'विकिडेटा और कॉमन्स पर भी योगदान।',
    'मेरा लक्ष्य हिन्दी में मुक्त ज्ञान को बढ़ाना है।',
    'विज्ञान और तकनीक के लेखों का अनुवाद करना मेरा शौक है।',
    'सवाल हों तो मेरे वार्ता पृष्ठ पर लिखें।',
  ],
  bn: [
    '{year} সাল থেকে বাংলা উইকিপিডিয়ায় সক্রিয়।',
    'ইতিহাস, সাহিত্য ও স্থানীয় সংস্কৃতি নিয়ে লিখতে ভালোবাসি।',
    'নতুন সম্পাদকদের সাহায্য করতে সবসময় প্রস্তুত।',
    'উইকিউপাত্ত ও কমন্সেও অবদান রাখি।',
    'বাংলা ভাষায় মুক্ত জ্ঞান ছড়িয়ে দেওয়াই আমার লক্ষ্য।',
    'অনুবাদ ও নিবন্ধ উন্নয়নে আগ্রহ আছে।',
    'এডিটাথন ও কর্মশালা আয়োজনে সাহায্য করি।',
    'প্রশ্ন থাকলে আমার আলাপ পাতায় লিখুন।',
  ],
  ar: [
    'أساهم في ويكيبيديا العربية منذ {year}.',
    'أحب الكتابة عن التاريخ والجغرافيا والثقافة المحلية.',
    'يسعدني مساعدة المحررين الجدد.',
    'أساهم أيضًا في ويكي بيانات وويكيميديا كومنز.',
    'هدفي إثراء المحتوى العربي الحر على الإنترنت.',
    'أترجم المقالات العلمية إلى العربية.',
    'أشارك في تنظيم ورشات التحرير والمسابقات.',
    'لأي سؤال، اكتب لي في صفحة نقاشي.',
  ],
  es: [
    'Edito en Wikipedia en español desde {year}.',
    'Me gusta escribir sobre historia, geografía y cultura local.',
    'Me encanta ayudar a quienes empiezan a editar.',
    'También contribuyo en Wikidata y Wikimedia Commons.',
    'Organizo editatones y talleres en mi ciudad.',
    'Traduzco artículos del inglés al español.',
    'Mi objetivo: más conocimiento libre en nuestro idioma.',
    'Si tienes preguntas, escríbeme en mi página de discusión.',
  ],
  fr: [
    'Je contribue à Wikipédia en français depuis {year}.',
    "J'aime écrire sur l'histoire, la géographie et la culture locale.",
    "J'aide volontiers les nouveaux contributeurs.",
    'Je contribue aussi à Wikidata et à Wikimedia Commons.',
    "J'organise des ateliers et des éditathons dans ma ville.",
    "Je traduis des articles de l'anglais vers le français.",
    'Mon objectif : plus de savoir libre dans notre langue.',
    'Pour toute question, écrivez-moi sur ma page de discussion.',
  ],
  pt: [
    'Edito a Wikipédia em português desde {year}.',
    'Gosto de escrever sobre história, geografia e cultura local.',
    'Gosto de ajudar quem está começando a editar.',
    'Também contribuo no Wikidata e no Wikimedia Commons.',
    'Organizo editatonas e oficinas na minha cidade.',
    'Traduzo artigos do inglês para o português.',
    'Meu objetivo é ampliar o conhecimento livre em português.',
    'Dúvidas? Deixe uma mensagem na minha página de discussão.',
  ],
  sw: [
    'Ninahariri Wikipedia ya Kiswahili tangu {year}.',
    'Ninapenda kuandika kuhusu historia, jiografia na utamaduni.',
    'Niko tayari kuwasaidia wahariri wapya.',
    'Pia ninachangia Wikidata na Wikimedia Commons.',
    'Ninaandaa warsha na mashindano ya uhariri.',
    'Ninatafsiri makala kutoka Kiingereza kwenda Kiswahili.',
    'Lengo langu ni kuongeza maarifa huru kwa Kiswahili.',
    'Kwa maswali, niandikie kwenye ukurasa wangu wa majadiliano.',
  ],
  id: [
    'Menyunting Wikipedia bahasa Indonesia sejak {year}.',
    'Suka menulis tentang sejarah, geografi, dan budaya lokal.',
    'Senang membantu penyunting baru.',
    'Juga berkontribusi di Wikidata dan Wikimedia Commons.',
    'Aktif mengadakan lokakarya dan edit-a-thon di kota saya.',
    'Menerjemahkan artikel dari bahasa Inggris ke bahasa Indonesia.',
    'Ingin memperkaya pengetahuan bebas dalam bahasa Indonesia.',
    'Ada pertanyaan? Silakan tinggalkan pesan di halaman pembicaraan saya.',
  ],
};

const THEMATIC_AFFILIATIONS = L(
  'Wiki Campus Network, Open Heritage Photographers, Wikisource Proofreaders Circle, Women Who Edit, ' +
    'Wikidata Community Circle, Wiki Librarians Network, Small Wikis Support Group, Wiki Educators Forum',
);

// ---------------------------------------------------------------------------------------------
// Prepared reference data

interface PreparedCountry {
  code: string;
  region: RegionCode;
  name: string | null;
  languages: readonly string[];
  zones: readonly string[];
  zoneWeights: readonly number[];
  zoneTotal: number;
  nativeCodes: readonly string[];
  nativeWeights: readonly number[];
  nativeTotal: number;
  cultures: readonly CultureKey[] | null;
  weekend: readonly number[];
  weekdays: readonly number[];
  secondCandidates: readonly string[];
}

interface SkillRef {
  slug: string;
  category: string;
  label: string;
  offers: readonly OfferTemplate[];
}

interface Pool {
  skills: readonly SkillRef[];
  weights: readonly number[];
  total: number;
}

function makePool(skills: readonly { s: SkillRef; depth: number }[]): Pool {
  const weights = skills.map(({ depth }) => (depth === 1 ? 1.2 : depth === 2 ? 1 : 0.6));
  return { skills: skills.map(({ s }) => s), weights, total: weights.reduce((a, b) => a + b, 0) };
}

interface Prepared {
  regions: RegionCode[];
  regionWeights: number[];
  regionTotal: number;
  byRegion: Map<RegionCode, { countries: PreparedCountry[]; weights: number[]; total: number }>;
  allowedLangs: Set<string>;
  anyLangs: string[];
  wikiByLang: Map<string, Map<string, string>>;
  commons: string | null;
  wikidata: string | null;
  meta: string | null;
  anyWikipedia: string | null;
  anyWiki: string | null;
  wikiNames: Map<string, string>;
  dbnameFamily: Map<string, { lang: string; family: string }>;
  pool: Pool | null;
  skillBySlug: Map<string, SkillRef>;
  byCategory: Map<string, Pool>;
  nonTechnical: Pool | null;
  technical: Pool | null;
  categories: string[];
  categoryWeights: number[];
  categoryTotal: number;
}

function prepare(ref: DemoReference): Prepared {
  // Wikis by language and family.
  const wikiByLang = new Map<string, Map<string, string>>();
  const dbnameFamily = new Map<string, { lang: string; family: string }>();
  const byFamily = new Map<string, string>();
  let anyWikipedia: string | null = null;
  for (const w of ref.wikis) {
    dbnameFamily.set(w.dbname, { lang: w.lang, family: w.family });
    if (!byFamily.has(w.family)) byFamily.set(w.family, w.dbname);
    if (w.family === 'wiki' && w.lang && anyWikipedia === null) anyWikipedia = w.dbname;
    if (!w.lang) continue;
    let m = wikiByLang.get(w.lang);
    if (!m) wikiByLang.set(w.lang, (m = new Map()));
    if (!m.has(w.family)) m.set(w.family, w.dbname);
  }
  const special = (dbname: string, family: string): string | null =>
    dbnameFamily.has(dbname) ? dbname : (byFamily.get(family) ?? null);

  const allowedLangs = new Set<string>();
  for (const c of ref.countries) for (const l of c.languages) allowedLangs.add(l);
  for (const w of ref.wikis) if (w.lang && (w.family === 'wiki' || wikiByLang.get(w.lang)?.has('wiki'))) allowedLangs.add(w.lang);
  const anyLangs = [...allowedLangs].filter((l) => wikiByLang.get(l)?.has('wiki')).sort();

  const hasWikipedia = (code: string): boolean =>
    wikiByLang.get(code)?.has('wiki') === true || wikiByLang.get(baseCode(code))?.has('wiki') === true;

  // Countries.
  const byRegion = new Map<RegionCode, { countries: PreparedCountry[]; weights: number[]; total: number }>();
  for (const c of ref.countries) {
    if (!(c.region in REGIONS)) continue;
    const info = DEMO_COUNTRIES[c.code];
    const weight = info ? info.weight : NEARLY_EMPTY.has(c.code) ? 0.01 : DEFAULT_COUNTRY_WEIGHT;
    const zones = info ? info.zones : [REGION_FALLBACK_ZONE[c.region]];
    const zoneWeights = zones.map((_, i) => (i === 0 ? 3 : 1));
    const northern = c.region === 'NA' || c.region === 'NWE' || ANGLOPHONE.has(c.code);
    const nativeCodes: string[] = [];
    const nativeWeights: number[] = [];
    const limit = Math.min(c.languages.length, 12);
    for (let i = 0; i < limit; i++) {
      const code = c.languages[i] as string;
      if (nativeCodes.includes(code)) continue;
      // ULS lists a territory's languages by number of speakers: the first ones dominate,
      // except in South Asia and Sub-Saharan Africa, where many languages are widely spoken.
      const multilingual = c.region === 'SA' || c.region === 'SSA';
      let w = 1 / Math.pow(i + 1, northern ? 1.4 : 1.15);
      if (i === 0) w *= northern ? 3 : multilingual ? 1 : 2;
      if (code === 'en' && !ANGLOPHONE.has(c.code)) w *= 0.08;
      else if (COLONIAL.has(code) && c.region === 'SSA') w *= 0.5;
      else if (code === 'ru' && c.code !== 'RU' && c.code !== 'BY') w *= 0.5;
      if (!hasWikipedia(code)) w *= 0.25;
      nativeCodes.push(code);
      nativeWeights.push(w);
    }
    const pc: PreparedCountry = {
      code: c.code,
      region: c.region,
      name: info ? info.name : null,
      languages: c.languages,
      zones,
      zoneWeights,
      zoneTotal: zoneWeights.reduce((a, b) => a + b, 0),
      nativeCodes,
      nativeWeights,
      nativeTotal: nativeWeights.reduce((a, b) => a + b, 0),
      cultures: COUNTRY_CULTURE[c.code] ?? null,
      weekend: WEEKEND[c.code] ?? [5, 6],
      weekdays: [0, 1, 2, 3, 4, 5, 6].filter((d) => !(WEEKEND[c.code] ?? [5, 6]).includes(d)),
      secondCandidates: c.languages.slice(0, 8).filter((l) => l !== 'en' && !COLONIAL.has(l)),
    };
    let r = byRegion.get(c.region);
    if (!r) byRegion.set(c.region, (r = { countries: [], weights: [], total: 0 }));
    r.countries.push(pc);
    r.weights.push(weight);
    r.total += weight;
  }
  const regions = ([...byRegion.keys()] as RegionCode[]).sort();
  const regionWeights = regions.map((r) => REGION_WEIGHT[r]);

  // Skills.
  const eligible: { s: SkillRef; depth: number }[] = [];
  for (const s of ref.skills) {
    if (!(s.depth >= 1)) continue;
    const offers = OFFER_TEMPLATES.filter((t) => t.re !== null && t.re.test(s.slug));
    eligible.push({ s: { slug: s.slug, category: s.category, label: labelFromSlug(s.slug), offers }, depth: s.depth });
  }
  const byCategory = new Map<string, Pool>();
  const categories = [...new Set(eligible.map((e) => e.s.category))].sort();
  for (const cat of categories) byCategory.set(cat, makePool(eligible.filter((e) => e.s.category === cat)));
  const nonTech = eligible.filter((e) => e.s.category !== 'technical');
  const tech = eligible.filter((e) => e.s.category === 'technical');
  const categoryWeights = categories.map((c) => CATEGORY_FOCUS_WEIGHT[c] ?? 1);

  return {
    regions,
    regionWeights,
    regionTotal: regionWeights.reduce((a, b) => a + b, 0),
    byRegion,
    allowedLangs,
    anyLangs,
    wikiByLang,
    commons: special('commonswiki', 'commons'),
    wikidata: special('wikidatawiki', 'wikidata'),
    meta: special('metawiki', 'meta'),
    anyWikipedia,
    wikiNames: new Map(),
    anyWiki: ref.wikis.length > 0 ? (ref.wikis[0] as { dbname: string }).dbname : null,
    dbnameFamily,
    pool: eligible.length > 0 ? makePool(eligible) : null,
    byCategory,
    nonTechnical: nonTech.length > 0 ? makePool(nonTech) : null,
    technical: tech.length > 0 ? makePool(tech) : null,
    categories,
    categoryWeights,
    categoryTotal: categoryWeights.reduce((a, b) => a + b, 0),
    skillBySlug: new Map(eligible.map((e) => [e.s.slug, e.s])),
  };
}

function pickFromPool(rng: Rng, pool: Pool): SkillRef {
  return pool.skills[weightedIndex(rng, pool.weights, pool.total)] as SkillRef;
}

function wikiFor(p: Prepared, lang: string, family: string): string | null {
  return p.wikiByLang.get(lang)?.get(family) ?? p.wikiByLang.get(baseCode(lang))?.get(family) ?? null;
}

function wikiDisplayName(p: Prepared, dbname: string): string {
  let name = p.wikiNames.get(dbname);
  if (name !== undefined) return name;
  const w = p.dbnameFamily.get(dbname);
  const special: Readonly<Record<string, string>> = {
    commons: 'Wikimedia Commons', wikidata: 'Wikidata', meta: 'Meta-Wiki', mediawiki: 'MediaWiki.org',
  };
  if (!w) name = dbname;
  else if (special[w.family]) name = special[w.family] as string;
  else {
    const lang = w.lang ? languageName(w.lang) : null;
    const project = w.family === 'wiki' ? 'Wikipedia' : w.family.charAt(0).toUpperCase() + w.family.slice(1);
    name = lang ? `${lang} ${project}` : dbname;
  }
  p.wikiNames.set(dbname, name);
  return name;
}

// ---------------------------------------------------------------------------------------------
// Per-person pieces. These are plain module functions rather than closures inside the loop:
// generating 100,000 people must stay fast, also when the module runs through tsx/esbuild.

const ASCII_FOLD: Readonly<Record<string, string>> = { ı: 'i', ø: 'o', ß: 'ss', đ: 'd', ł: 'l', æ: 'ae', œ: 'oe', ð: 'd', þ: 'th' };

function handleOf(username: string): string {
  let s = username.toLowerCase();
  if (/[^\x00-\x7f]/.test(s)) {
    s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    s = s.replace(/[^\x00-\x7f]/g, (ch) => ASCII_FOLD[ch] ?? '');
  }
  s = s.replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  if (!/^[a-z]/.test(s)) s = 'wm' + s;
  return s;
}

function chooseVisibility(rng: Rng, pMembers: number, pPrivate: number): Visibility {
  const r = rng();
  return r < pPrivate ? 'private' : r < pPrivate + pMembers ? 'members' : 'public';
}

/** 0, 1 or 2 (or 3) with the given cumulative thresholds. */
function bucket(r: number, t0: number, t1: number, t2 = 2): number {
  return r < t0 ? 0 : r < t1 ? 1 : r < t2 ? 2 : 3;
}

type Level = 1 | 2 | 3 | 4;
type LanguageEntry = DemoPerson['languages'][number];

function hasLanguage(languages: readonly LanguageEntry[], code: string): boolean {
  for (const l of languages) if (l.code === code) return true;
  return false;
}

function familyForm(entry: string, feminine: boolean): string {
  const slash = entry.indexOf('/');
  return slash === -1 ? entry : feminine ? entry.slice(slash + 1) : entry.slice(0, slash);
}

function addWiki(wikis: string[], db: string | null): void {
  if (db !== null && !wikis.includes(db)) wikis.push(db);
}

function fillOffer(text: string, label: string, lang: string, wiki: string): string {
  return text.replace('{label}', label).replace('{lang}', lang).replace('{wiki}', wiki);
}

const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6] as const;

/** Marks `len` consecutive hours (random start within lo..hi) on some of `days`; returns hours newly marked. */
function markBlock(rng: Rng, marks: Uint8Array, days: readonly number[], lo: number, hi: number, minLen: number, maxLen: number, pDay: number): number {
  if (days.length === 0) return 0;
  const len = int(rng, minLen, maxLen);
  const start = int(rng, lo, Math.max(lo, hi - len + 1));
  let added = 0;
  let any = false;
  for (let j = 0; j <= days.length; j++) {
    // Each day with probability pDay; if none was taken, one day at random.
    let d: number;
    if (j < days.length) {
      if (rng() >= pDay) continue;
      d = days[j] as number;
    } else if (!any) d = days[Math.floor(rng() * days.length)] as number;
    else break;
    any = true;
    for (let k = 0; k < len; k++) {
      const h = (d * 24 + start + k) % 168;
      if (marks[h] === 0) {
        marks[h] = 1;
        added++;
      }
    }
  }
  return added;
}

/** Local hours of the week: 1–2 habits (evenings, weekend mornings, lunch, late nights…), 4–30 hours. */
function availability(rng: Rng, marks: Uint8Array, country: PreparedCountry): number[] {
  marks.fill(0);
  let count = 0;
  const patterns = rng() < 0.45 ? 2 : 1;
  for (let n = 0; n < patterns || count < 4; n++) {
    const r = rng();
    if (r < 0.38) count += markBlock(rng, marks, country.weekdays, 18, 22, 2, 4, 0.7); // weekday evenings
    else if (r < 0.58) count += markBlock(rng, marks, country.weekend, 7, 12, 2, 4, 0.8); // weekend mornings
    else if (r < 0.7) count += markBlock(rng, marks, country.weekdays, 12, 13, 1, 2, 0.8); // lunch breaks
    else if (r < 0.82) count += markBlock(rng, marks, EVERY_DAY, 22, 25, 2, 3, 0.6); // night owls, past midnight
    else if (r < 0.9) count += markBlock(rng, marks, country.weekdays, 5, 7, 1, 2, 0.7); // before work
    else count += markBlock(rng, marks, country.weekend, 13, 19, 2, 5, 0.8); // weekend afternoons
  }
  // Drop random hours down to 30.
  while (count > 30) {
    const h = Math.floor(rng() * 168);
    if (marks[h] === 1) {
      marks[h] = 0;
      count--;
    }
  }
  const out: number[] = new Array(count);
  let j = 0;
  for (let h = 0; h < 168; h++) if (marks[h] === 1) out[j++] = h;
  return out;
}

function numberSuffix(rng: Rng, attempt: number): number {
  if (attempt === 0) return rng() < 0.5 ? int(rng, 2, 9) : int(rng, 1970, 2008);
  if (attempt < 3) return int(rng, 10, 99);
  return int(rng, 100, 99 * attempt * attempt + 999);
}

function pickLanguages(rng: Rng, p: Prepared, country: PreparedCountry): { native: string | null; languages: LanguageEntry[] } {
  const region = country.region;
  const languages: LanguageEntry[] = [];
  let native: string | null = null;
  if (country.nativeCodes.length > 0) {
    native = country.nativeCodes[weightedIndex(rng, country.nativeWeights, country.nativeTotal)] as string;
  } else {
    const fallback = ['en', 'fr', 'es', 'ar', 'pt', 'ru'].filter((l) => p.allowedLangs.has(l));
    if (fallback.length > 0) native = pick(rng, fallback);
    else if (p.anyLangs.length > 0) native = pick(rng, p.anyLangs);
  }
  if (native === null) return { native, languages };
  languages.push({ code: native, level: 5 });
  const maxLangs = rng() < 0.15 ? 2 : 4;

  // Another local language (many Indians speak Hindi as well).
  if (rng() < (country.code === 'IN' ? 0.5 : 0.3)) {
    let second: string | null = null;
    if (country.code === 'IN' && native !== 'hi' && rng() < 0.6 && country.languages.includes('hi')) second = 'hi';
    else if (country.secondCandidates.length > 0) second = pick(rng, country.secondCandidates);
    if (second !== null && !hasLanguage(languages, second)) languages.push({ code: second, level: int(rng, 2, 4) as Level });
  }
  // English.
  if (native !== 'en' && languages.length < maxLangs && p.allowedLangs.has('en')) {
    const pEn =
      region === 'NA' ? 0.95
        : region === 'NWE' ? 0.85
          : region === 'SA' ? 0.8
            : region === 'SSA' ? (country.languages.includes('en') ? 0.85 : 0.45)
              : region === 'LAC' ? 0.45
                : region === 'MENA' ? 0.55
                  : 0.6;
    if (rng() < pEn) {
      const r = rng();
      languages.push({ code: 'en', level: (r < 0.2 ? 2 : r < 0.7 ? 3 : 4) as Level });
    }
  }
  // French, Portuguese, Spanish, Arabic or Russian where the country uses it.
  for (const lf of LINGUA_FRANCA) {
    if (languages.length >= maxLangs) break;
    if (hasLanguage(languages, lf) || !country.languages.includes(lf) || !p.allowedLangs.has(lf)) continue;
    const pLf = region === 'SSA' || region === 'MENA' || (region === 'CEECA' && lf === 'ru') ? 0.6 : 0.25;
    if (rng() < pLf) languages.push({ code: lf, level: int(rng, region === 'SSA' ? 3 : 2, 4) as Level });
  }
  // Now and then a language learnt for pleasure.
  if (languages.length < maxLangs && rng() < 0.08) {
    const extra = pick(rng, FOREIGN_LANGUAGES);
    if (!hasLanguage(languages, extra) && p.allowedLangs.has(extra)) languages.push({ code: extra, level: int(rng, 1, 2) as Level });
  }
  return { native, languages };
}

const FOREIGN_LANGUAGES = ['fr', 'es', 'de', 'ar', 'pt', 'ru', 'ja', 'zh', 'it', 'ko', 'tr', 'sw'] as const;

function pickWikis(rng: Rng, p: Prepared, native: string | null, languages: readonly LanguageEntry[]): string[] {
  const wikis: string[] = [];
  const target = 1 + bucket(rng(), 0.45, 0.83);
  if (native !== null && rng() < 0.92) addWiki(wikis, wikiFor(p, native, 'wiki'));
  for (let k = 0; k < languages.length && wikis.length === 0; k++) addWiki(wikis, wikiFor(p, (languages[k] as LanguageEntry).code, 'wiki'));
  if (wikis.length === 0) addWiki(wikis, rng() < 0.5 ? p.commons : p.wikidata);
  if (wikis.length === 0) addWiki(wikis, p.commons ?? p.wikidata ?? p.anyWikipedia ?? p.anyWiki);
  for (let tries = 0; wikis.length < target && tries < 6; tries++) {
    const r = rng() * 10;
    if (r < 3) {
      const other = languages[1 + Math.floor(rng() * (languages.length - 1))];
      if (other && other.level >= 3) addWiki(wikis, wikiFor(p, other.code, 'wiki'));
    } else if (r < 5.5) addWiki(wikis, p.commons);
    else if (r < 7.5) addWiki(wikis, p.wikidata);
    else if (r < 8.3) addWiki(wikis, p.meta);
    else if (r < 9.3) addWiki(wikis, native !== null ? wikiFor(p, native, 'wiktionary') : null);
    else addWiki(wikis, native !== null ? wikiFor(p, native, 'wikisource') : null);
  }
  return wikis;
}

// The skills newcomers ask about first: a few experienced mentors for each make the demo's searches
// show what a match looks like, while technical gaps elsewhere stay visible.
const FLAGSHIP_SKILLS = ['lua-modules', 'templates', 'pywikibot', 'gadgets-user-scripts', 'mediawiki-api', 'wikidata', 'sparql'];

function pickSkills(rng: Rng, p: Prepared, south: boolean): DemoPerson['skills'] {
  const skills: DemoPerson['skills'] = [];
  if (!p.pool) return skills;
  if (rng() < 0.08) {
    const flagship = p.skillBySlug.get(FLAGSHIP_SKILLS[Math.floor(rng() * FLAGSHIP_SKILLS.length)]);
    if (flagship) skills.push({ slug: flagship.slug, kind: 'share', level: 4 });
  }
  const focus = p.byCategory.get(p.categories[weightedIndex(rng, p.categoryWeights, p.categoryTotal)] as string) as Pool;
  const total = 2 + Math.floor(Math.pow(rng(), 1.3) * 7); // 2..8
  for (let tries = 0; skills.length < total && tries < total * 8; tries++) {
    const kr = rng();
    const kind: SkillKind = kr < 0.35 ? 'share' : kr < 0.7 ? 'learn' : 'known';
    let s: SkillRef;
    // In the Global South, many want to learn technical skills and few can teach them yet.
    if (kind === 'learn' && south && p.technical && rng() < 0.3) s = pickFromPool(rng, p.technical);
    else s = pickFromPool(rng, rng() < 0.55 ? focus : p.pool);
    if (kind === 'share' && s.category === 'technical' && p.nonTechnical && rng() < (south ? 0.6 : 0.15)) {
      s = pickFromPool(rng, p.nonTechnical);
    }
    let dup = false;
    for (const x of skills) if (x.slug === s.slug) dup = true;
    if (dup) continue; // one kind per slug: never share and learn the same skill
    const level = (kind === 'share' ? int(rng, 3, 4) : kind === 'learn' ? int(rng, 1, 2) : int(rng, 1, 4)) as Level;
    skills.push({ slug: s.slug, kind, level });
  }
  return skills;
}

function pickSlugOfKind(rng: Rng, skills: DemoPerson['skills'], kind: SkillKind, exclude: ReadonlySet<string> | null): string | null {
  let n = 0;
  for (const s of skills) if (s.kind === kind && !(exclude && exclude.has(s.slug))) n++;
  if (n === 0) return null;
  let k = Math.floor(rng() * n);
  for (const s of skills) if (s.kind === kind && !(exclude && exclude.has(s.slug)) && k-- === 0) return s.slug;
  return null;
}

function makeOffers(rng: Rng, p: Prepared, skills: DemoPerson['skills'], lang: string, wiki: string): DemoPerson['offers'] {
  const offers: DemoPerson['offers'] = [];
  const want = bucket(rng(), 0.4, 0.82);
  if (want === 0) return offers;
  const usedSlugs = new Set<string>();
  for (let k = 0; k < want * 3 && offers.length < want; k++) {
    const slug = rng() < 0.85 ? pickSlugOfKind(rng, skills, 'share', usedSlugs) : null;
    let offer: DemoPerson['offers'][number];
    if (slug !== null) {
      const sref = p.skillBySlug.get(slug) as SkillRef;
      const t = sref.offers.length > 0 && rng() < 0.8 ? pick(rng, sref.offers) : pick(rng, GENERIC_OFFERS);
      offer = { kind: t.kind, skill: slug, description: fillOffer(t.text, sref.label, lang, wiki) };
    } else {
      const t = pick(rng, SKILLLESS_OFFERS);
      offer = { kind: t.kind, skill: null, description: fillOffer(t.text, '', lang, wiki) };
    }
    let dup = false;
    for (const o of offers) if (o.description === offer.description) dup = true;
    if (dup) continue;
    if (slug !== null) usedSlugs.add(slug);
    offers.push(offer);
  }
  return offers;
}

function makeAffiliations(rng: Rng, country: PreparedCountry, lang: string | null): string[] {
  const affiliations: string[] = [];
  const want = bucket(rng(), 0.45, 0.85);
  for (let k = 0; k < want * 3 && affiliations.length < want; k++) {
    const r = rng();
    let a: string;
    if (r < 0.4) a = `Wikimedians of ${country.name ?? REGIONS[country.region]}`;
    else if (r < 0.75) a = `${lang ?? 'Small Wikis'} Wikimedians User Group`;
    else if (r < 0.85 && country.name) a = `Wikipedia Education Network ${country.name.replace(/^the /, '')}`;
    else a = pick(rng, THEMATIC_AFFILIATIONS);
    if (!affiliations.includes(a)) affiliations.push(a);
  }
  return affiliations;
}

function makeContacts(rng: Rng, username: string, homeWiki: string | null): DemoPerson['contacts'] {
  const contacts: DemoPerson['contacts'] = [];
  const want = bucket(rng(), 0.15, 0.6, 0.88);
  let handle: string | null = null;
  for (let k = 0; k < want * 4 && contacts.length < want; k++) {
    const r = rng() * 11;
    const kind: ContactKind = r < 5 ? 'talk' : r < 8 ? 'telegram' : r < 9.5 ? 'matrix' : r < 10.4 ? 'irc' : 'email';
    let seen = false;
    for (const c of contacts) if (c.kind === kind) seen = true;
    if (seen || (kind === 'talk' && homeWiki === null)) continue;
    if (kind !== 'talk' && handle === null) handle = handleOf(username);
    const h = handle as string;
    let value: string;
    if (kind === 'talk') value = `User talk:${username}@${homeWiki}`;
    else if (kind === 'telegram') value = `@${h.length >= 5 ? h.slice(0, 32) : h + '_wiki'}`;
    else if (kind === 'matrix') value = `@${h}:matrix.org`;
    else if (kind === 'irc') value = h.replace(/_/g, '').slice(0, 16);
    else value = `${h.replace(/_/g, '.')}@example.org`;
    contacts.push({ kind, value });
  }
  return contacts;
}

function makeBio(
  rng: Rng,
  p: Prepared,
  native: string | null,
  skills: DemoPerson['skills'],
  wiki: string,
  country: PreparedCountry,
): string {
  const r = rng();
  if (r < 0.12) return '';
  const year = int(rng, 2004, 2024);
  const nativeBios = native !== null ? NATIVE_BIOS[native] : undefined;
  if (nativeBios && r < 0.45) {
    const a = Math.floor(rng() * nativeBios.length);
    let bio = (nativeBios[a] as string).replace('{year}', String(year));
    if (rng() < 0.55) {
      const b = (a + 1 + Math.floor(rng() * (nativeBios.length - 1))) % nativeBios.length;
      bio += ' ' + (nativeBios[b] as string).replace('{year}', String(year));
    }
    return bio;
  }
  const t1 = Math.floor(rng() * TOPICS.length);
  const t2 = (t1 + 1 + Math.floor(rng() * (TOPICS.length - 1))) % TOPICS.length;
  const share = pickSlugOfKind(rng, skills, 'share', null);
  const learn = pickSlugOfKind(rng, skills, 'learn', null);
  const ctx: BioContext = {
    wiki,
    lang: native !== null ? languageName(native) : null,
    topic: TOPICS[t1] as string,
    topic2: TOPICS[t2] as string,
    share: share !== null ? (p.skillBySlug.get(share) as SkillRef).label : null,
    learn: learn !== null ? (p.skillBySlug.get(learn) as SkillRef).label : null,
    country: country.name,
    year,
  };
  let bio = '';
  for (let k = 0; k < 5 && bio === ''; k++) bio = pick(rng, BIO_FIRST)(ctx) ?? '';
  if (bio !== '' && rng() < 0.55) {
    for (let k = 0; k < 4; k++) {
      const second = pick(rng, BIO_SECOND)(ctx);
      if (second) {
        bio += ' ' + second;
        break;
      }
    }
  }
  return bio;
}

function cultureFor(rng: Rng, native: string | null, country: PreparedCountry): CultureKey {
  const region = country.region;
  const byLang = native !== null ? (LANG_CULTURE[native] ?? LANG_CULTURE[baseCode(native)]) : undefined;
  // A Congolese whose first language is French still has a Congolese name.
  const colonialHere = (GLOBAL_SOUTH.has(region) && region !== 'LAC') || region === 'CEECA';
  if (native !== null && COLONIAL.has(native) && colonialHere && country.cultures) return pick(rng, country.cultures);
  if (byLang) return byLang;
  if (country.cultures) return pick(rng, country.cultures);
  return REGION_CULTURE[region];
}

// ---------------------------------------------------------------------------------------------

/**
 * Invented people for demos and benchmarks. Deterministic: the same (ref, count, seed) always
 * gives the same array. Every region present in ref.countries is represented whenever count is
 * at least the number of regions (so always for count ≥ 50).
 */
export function generateDemoPeople(ref: DemoReference, count: number, seed: number): DemoPerson[] {
  const n = Math.max(0, Math.floor(count));
  if (n === 0) return [];
  const p = prepare(ref);
  if (p.regions.length === 0) throw new RangeError('generateDemoPeople: ref.countries has no country in a known region');
  const rng = seededRandom(Math.imul((seed | 0) ^ 0x5bd1e995, 0x9e3779b1) ^ ((seed / 4294967296) | 0));

  // Region of each person, weighted; then make sure every region appears.
  const regionOf: RegionCode[] = new Array(n);
  const regionCount = new Map<RegionCode, number>();
  for (let i = 0; i < n; i++) {
    const r = p.regions[weightedIndex(rng, p.regionWeights, p.regionTotal)] as RegionCode;
    regionOf[i] = r;
    regionCount.set(r, (regionCount.get(r) ?? 0) + 1);
  }
  if (n >= p.regions.length) {
    for (const r of p.regions) {
      if (regionCount.has(r)) continue;
      for (;;) {
        const i = Math.floor(rng() * n);
        const old = regionOf[i] as RegionCode;
        const c = regionCount.get(old) ?? 0;
        if (c > 1) {
          regionCount.set(old, c - 1);
          regionOf[i] = r;
          regionCount.set(r, 1);
          break;
        }
      }
    }
  }

  const usernames = new Set<string>();
  const marks = new Uint8Array(168);
  const people: DemoPerson[] = new Array(n);

  for (let i = 0; i < n; i++) {
    const region = regionOf[i] as RegionCode;
    const rg = p.byRegion.get(region)!;
    const country = rg.countries[weightedIndex(rng, rg.weights, rg.total)] as PreparedCountry;
    const { native, languages } = pickLanguages(rng, p, country);

    // Name and username.
    const culture: Culture = CULTURES[cultureFor(rng, native, country)];
    const gi = Math.floor(rng() * culture.given.length);
    const fi = Math.floor(rng() * culture.family.length);
    const feminine = culture.femFrom !== undefined && gi >= culture.femFrom;
    const given = culture.given[gi] as string;
    const family = familyForm(culture.family[fi] as string, feminine);
    const fullName = culture.familyFirst ? `${family} ${given}` : `${given} ${family}`;
    const langTag = native !== null ? baseCode(native) : 'wm';
    const space = given.indexOf(' ');
    const shortGiven = space === -1 ? given : culture.familyFirst ? given.slice(given.lastIndexOf(' ') + 1) : given.slice(0, space);
    const initial = family.charAt(0).toUpperCase();

    const style = rng();
    const base =
      style < 0.38 ? fullName // Asha Kulkarni, Nguyen Thi Lan
        : style < 0.5 ? `${shortGiven}.${initial}` // Tunde.O
          : style < 0.6 ? `${shortGiven}-${langTag}` // Mariam-ar
            : style < 0.7 ? fullName.replace(/[ -]/g, '') // AshaKulkarni
              : style < 0.78 ? (culture.familyFirst ? fullName : `${given.charAt(0)}. ${family}`) // A. Kulkarni
                : style < 0.88 ? `${shortGiven}${int(rng, 10, 99)}` // Rahul42
                  : style < 0.94 ? `${shortGiven}${initial}` // NicolasL
                    : culture.familyFirst ? fullName : `${given} ${initial}.`; // Emily B.
    // Numbers go after a space in names written with spaces ("Asha Kulkarni 2"), else right after ("Tunde.O7").
    const spaced = base.includes(' ');
    let username = base;
    for (let attempt = 0; usernames.has(username); attempt++) {
      const num = attempt < 8 ? numberSuffix(rng, attempt) : 1000 + attempt * 7919 + i;
      username = spaced ? `${base} ${num}` : `${base}${num}`;
    }
    usernames.add(username);

    let displayName = username;
    const dr = rng();
    if (culture.native && native !== null && culture.native.langs.has(native) && dr < 0.35) {
      displayName = `${culture.native.given[gi]} ${familyForm(culture.native.family[fi] as string, feminine)}`;
    } else if (dr > 0.7 && username !== fullName) {
      displayName = fullName;
    }

    const wikis = pickWikis(rng, p, native, languages);
    const homeWiki = wikis.length > 0 ? (wikis[0] as string) : null;
    const homeWikiName = homeWiki !== null ? wikiDisplayName(p, homeWiki) : 'your wiki';
    const langName = native !== null ? languageName(native) : null;
    const timeZone = country.zones[weightedIndex(rng, country.zoneWeights, country.zoneTotal)] as string;
    const hours = availability(rng, marks, country);
    const skills = pickSkills(rng, p, GLOBAL_SOUTH.has(region));
    const offers = makeOffers(rng, p, skills, langName ?? 'your language', homeWikiName);
    const affiliations = makeAffiliations(rng, country, langName);
    const contacts = makeContacts(rng, username, homeWiki);
    const bio = makeBio(rng, p, native, skills, homeWikiName, country);

    people[i] = {
      username,
      displayName,
      bio,
      timeZone,
      country: country.code,
      languages,
      wikis,
      availability: hours,
      skills,
      offers,
      affiliations,
      contacts,
      visibility: {
        about: chooseVisibility(rng, 0.05, 0.04),
        languages: chooseVisibility(rng, 0.1, 0.05),
        location: chooseVisibility(rng, 0.1, 0.05),
        availability: chooseVisibility(rng, 0.3, 0.05),
        skills: chooseVisibility(rng, 0.1, 0.05),
        contact: chooseVisibility(rng, 0.75, 0.1),
      },
    };
  }
  return people;
}
