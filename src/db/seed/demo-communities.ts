import { sql } from 'kysely';
import type { Db } from '../connection.js';
import { addChannel, createCommunity, joinCommunity, makeOrganizer } from '../../domain/communities/mutations.js';
import { ChannelFormSchema } from '../../domain/communities/schema.js';
import type { ChannelKind, CommunityKind } from '../../domain/communities/types.js';

interface DemoCommunity {
  slug: string;
  name: string;
  kind: CommunityKind;
  description: string;
  wikis: string[];
  languages: string[];
  /** Chosen for the demo (where the language is spoken, or the chapter's country); not an official record. */
  countries: string[];
  channels: { kind: ChannelKind; address: string; label?: string }[];
  /** How many demo people to draw as members, organizers included. */
  size: number;
}

const INDIC_LANGUAGES = ['hi', 'bn', 'ta', 'te', 'ml', 'kn', 'mr', 'gu', 'pa', 'or', 'as', 'ne', 'sa', 'sat', 'tcy', 'gom', 'mni'];

// Affiliates are named as in CapX's list (../shared/data/affiliates, circa 2024) and Indic-TechCom as on
// Meta-Wiki; their wikis, languages and countries are chosen for the demo, and every member is invented.
const COMMUNITIES: DemoCommunity[] = [
  {
    slug: 'indic-techcom', name: 'Indic-TechCom', kind: 'regional-hub',
    description: 'A technical community for the Indic language wikis: monthly workshops on Lua, templates, gadgets, bots and '
      + 'Wikidata, a request board for technical help, and mentoring for new technical contributors.\n\n'
      + 'Sessions are held in English and in the languages of the presenters, with recordings.',
    wikis: [...INDIC_LANGUAGES.map((l) => `${l}wiki`), 'hiwikisource', 'bnwikisource', 'tawikisource', 'tewikisource', 'mlwikisource', 'knwikisource', 'hiwiktionary', 'bnwiktionary'],
    languages: INDIC_LANGUAGES, countries: ['IN', 'BD', 'NP', 'LK'],
    channels: [
      { kind: 'wiki-page', address: 'https://meta.wikimedia.org/wiki/Indic-TechCom', label: 'Indic-TechCom on Meta-Wiki' },
      { kind: 'irc', address: '#wikimedia-tech' },
    ],
    size: 40,
  },
  {
    slug: 'wikimedia-bangladesh', name: 'Wikimedia Bangladesh', kind: 'chapter',
    description: 'The Wikimedia chapter of Bangladesh: Bengali Wikipedia, Wikisource and Wiktionary, photo contests and edit-a-thons.',
    wikis: ['bnwiki', 'bnwikisource', 'bnwiktionary', 'bnwikibooks'], languages: ['bn'], countries: ['BD'],
    channels: [{ kind: 'wiki-page', address: 'https://meta.wikimedia.org/wiki/Wikimedia_Bangladesh' }], size: 14,
  },
  {
    slug: 'hindi-wikimedians', name: 'Hindi Wikimedians User Group', kind: 'user-group',
    description: 'Contributors to the Hindi wikis, meeting online every month.',
    wikis: ['hiwiki', 'hiwikisource', 'hiwiktionary', 'hiwikibooks', 'hiwikivoyage'], languages: ['hi'], countries: ['IN'],
    channels: [{ kind: 'wiki-page', address: 'https://meta.wikimedia.org/wiki/Hindi_Wikimedians_User_Group' }], size: 14,
  },
  {
    slug: 'odia-wikimedians', name: 'Odia Wikimedians User Group', kind: 'user-group',
    description: 'Odia Wikipedia and Wikisource contributors, with a focus on digitizing Odia books.',
    wikis: ['orwiki', 'orwikisource', 'orwiktionary'], languages: ['or'], countries: ['IN'],
    channels: [{ kind: 'wiki-page', address: 'https://meta.wikimedia.org/wiki/Odia_Wikimedians_User_Group' }], size: 8,
  },
  {
    slug: 'tamil-wikipedia', name: 'Tamil Wikipedia community', kind: 'wiki-community',
    description: 'Editors of Tamil Wikipedia and its sister projects.',
    wikis: ['tawiki', 'tawikisource', 'tawiktionary'], languages: ['ta'], countries: ['IN', 'LK'],
    channels: [{ kind: 'wiki-page', address: 'https://ta.wikipedia.org/wiki/விக்கிப்பீடியா:ஆலமரத்தடி', label: 'ஆலமரத்தடி (village pump)' }], size: 12,
  },
  {
    slug: 'wikimedia-argentina', name: 'Wikimedia Argentina', kind: 'chapter',
    description: 'The Wikimedia chapter of Argentina: education programs, culture and human rights.',
    wikis: ['eswiki', 'eswikisource', 'commonswiki'], languages: ['es'], countries: ['AR'],
    channels: [{ kind: 'wiki-page', address: 'https://meta.wikimedia.org/wiki/Wikimedia_Argentina' }], size: 12,
  },
  {
    slug: 'wikimedistas-de-bolivia', name: 'Wikimedistas de Bolivia User Group', kind: 'user-group',
    description: 'Wikimedians in Bolivia, writing in Spanish, Quechua and Aymara.',
    wikis: ['eswiki', 'quwiki', 'aywiki'], languages: ['es', 'qu', 'ay'], countries: ['BO'],
    channels: [{ kind: 'wiki-page', address: 'https://meta.wikimedia.org/wiki/Wikimedistas_de_Bolivia' }], size: 8,
  },
  {
    slug: 'hausa-wikimedians', name: 'Hausa Wikimedians User Group', kind: 'user-group',
    description: 'Contributors to Hausa Wikipedia and Wiktionary.',
    wikis: ['hawiki', 'hawiktionary'], languages: ['ha'], countries: ['NG', 'NE'],
    channels: [{ kind: 'wiki-page', address: 'https://meta.wikimedia.org/wiki/Hausa_Wikimedians_User_Group' }], size: 10,
  },
  {
    slug: 'wikimedia-nigeria', name: 'Wikimedia Community User Group Nigeria', kind: 'user-group',
    description: 'Wikimedians across Nigeria, writing in English, Yoruba, Igbo and Hausa.',
    wikis: ['enwiki', 'yowiki', 'igwiki', 'hawiki'], languages: ['en', 'yo', 'ig', 'ha'], countries: ['NG'],
    channels: [{ kind: 'wiki-page', address: 'https://meta.wikimedia.org/wiki/Wikimedia_Community_User_Group_Nigeria' }], size: 14,
  },
  {
    slug: 'swahili-wikipedia', name: 'Swahili Wikipedia community', kind: 'wiki-community',
    description: 'Editors of Swahili Wikipedia in East Africa.',
    wikis: ['swwiki', 'swwiktionary'], languages: ['sw'], countries: ['KE', 'TZ'],
    channels: [{ kind: 'wiki-page', address: 'https://sw.wikipedia.org/wiki/Wikipedia:Jumuia' }], size: 8,
  },
  {
    slug: 'wikimedians-of-tamazight', name: 'Wikimedians of Tamazight User Group', kind: 'user-group',
    description: 'Contributors to the Amazigh language wikis: Kabyle, Standard Moroccan Tamazight and Tachelhit.',
    wikis: ['kabwiki', 'zghwiki', 'shiwiki'], languages: ['kab', 'zgh', 'shi'], countries: ['MA', 'DZ'],
    channels: [{ kind: 'wiki-page', address: 'https://meta.wikimedia.org/wiki/Wikimedians_of_Tamazight_User_Group' }], size: 8,
  },
  {
    slug: 'arabic-wikimedians', name: 'Arabic Wikimedians User Group', kind: 'user-group',
    description: 'Arabic-speaking Wikimedians across the region.',
    wikis: ['arwiki', 'arwikisource', 'arwiktionary'], languages: ['ar'], countries: ['EG', 'JO', 'TN', 'SA'],
    channels: [{ kind: 'wiki-page', address: 'https://meta.wikimedia.org/wiki/Arabic_Wikimedians_User_Group' }], size: 14,
  },
  {
    slug: 'wikimedia-ukraine', name: 'Wikimedia Ukraine', kind: 'chapter',
    description: 'The Wikimedia chapter of Ukraine.',
    wikis: ['ukwiki', 'ukwikisource', 'commonswiki'], languages: ['uk'], countries: ['UA'],
    channels: [{ kind: 'wiki-page', address: 'https://meta.wikimedia.org/wiki/Wikimedia_Ukraine' }], size: 10,
  },
  {
    slug: 'kazakh-wikimedians', name: 'Wikimedia Community of Kazakh language User Group', kind: 'user-group',
    description: 'Contributors to Kazakh Wikipedia.',
    wikis: ['kkwiki'], languages: ['kk'], countries: ['KZ'],
    channels: [{ kind: 'wiki-page', address: 'https://meta.wikimedia.org/wiki/Wikimedia_Community_of_Kazakh_language_User_Group' }], size: 6,
  },
  {
    slug: 'wikimedia-indonesia', name: 'Wikimedia Indonesia', kind: 'chapter',
    description: 'The Wikimedia chapter of Indonesia, supporting Indonesian and the regional languages of Indonesia.',
    wikis: ['idwiki', 'jvwiki', 'suwiki'], languages: ['id', 'jv', 'su'], countries: ['ID'],
    channels: [{ kind: 'wiki-page', address: 'https://meta.wikimedia.org/wiki/Wikimedia_Indonesia' }], size: 12,
  },
  {
    slug: 'philippine-wikimedia', name: 'Philippine Wikimedia Community User Group', kind: 'user-group',
    description: 'Wikimedians of the Philippines, in Tagalog, Cebuano, Ilocano and English.',
    wikis: ['tlwiki', 'cebwiki', 'ilowiki'], languages: ['tl', 'ceb', 'ilo', 'en'], countries: ['PH'],
    channels: [{ kind: 'wiki-page', address: 'https://meta.wikimedia.org/wiki/Philippine_Wikimedia_Community_User_Group' }], size: 8,
  },
  {
    slug: 'wikimedia-canada', name: 'Wikimedia Canada', kind: 'chapter',
    description: 'The Wikimedia chapter of Canada, in English, French and Indigenous languages.',
    wikis: ['enwiki', 'frwiki', 'commonswiki'], languages: ['en', 'fr'], countries: ['CA'],
    channels: [{ kind: 'wiki-page', address: 'https://meta.wikimedia.org/wiki/Wikimedia_Canada' }], size: 8,
  },
  {
    slug: 'amical-wikimedia', name: 'Amical Wikimedia', kind: 'thematic',
    description: 'A thematic organization for the Catalan language and culture on the Wikimedia projects.',
    wikis: ['cawiki', 'cawikisource', 'cawiktionary'], languages: ['ca'], countries: ['ES', 'AD'],
    channels: [{ kind: 'wiki-page', address: 'https://meta.wikimedia.org/wiki/Amical_Wikimedia' }], size: 8,
  },
  {
    slug: 'small-wikis-lua-circle', name: 'Lua on small wikis study circle', kind: 'informal',
    description: 'An informal group that reads and fixes Lua modules together, one small wiki at a time.',
    wikis: ['mediawikiwiki'], languages: ['en', 'hi', 'es'], countries: [],
    channels: [{ kind: 'irc', address: '#wikimedia-tech' }], size: 10,
  },
];

/**
 * Members drawn from the demo people: those who live in one of the community's countries, then those who
 * speak one of its languages well, then neighbours from the same Wikimedia region, in a fixed order so that
 * the seed is the same every time.
 */
async function candidates(db: Db, community: DemoCommunity): Promise<number[]> {
  const countries = community.countries.length ? community.countries : ['--'];
  const rows = await sql<{ id: number }>`
    with regions as (select distinct region from countries where code = any(${countries}::text[]) and region is not null),
    scored as (
      select p.id, case
        when p.country = any(${countries}::text[]) then 0
        when exists (select 1 from person_languages pl where pl.person_id = p.id and pl.level >= 3 and pl.lang = any(${community.languages}::text[])) then 1
        when p.region in (select region from regions) then 2
      end as rank
      from people p)
    select id from scored where rank is not null order by rank, id limit ${community.size}`.execute(db);
  return rows.rows.map((r) => r.id);
}

/**
 * About twenty communities of every kind across the eight Wikimedia regions, with channels and members
 * from the demo people (who must exist first). Communities whose address is taken are left as they are,
 * so seeding twice adds nothing. Returns how many were added.
 */
export async function seedDemoCommunities(db: Db, now: Date): Promise<number> {
  const demoOrganizer = await db.selectFrom('people').select('id').where('username', '=', 'Demo Organizer').executeTakeFirst();
  let added = 0;
  for (const [i, spec] of COMMUNITIES.entries()) {
    if (await db.selectFrom('communities').select('id').where('slug', '=', spec.slug).executeTakeFirst()) continue;
    const people = await candidates(db, spec);
    // Indic-TechCom is the demo's lead community, run by the demo's organizer.
    if (spec.slug === 'indic-techcom' && demoOrganizer && !people.includes(demoOrganizer.id)) people.unshift(demoOrganizer.id);
    if (!people.length) continue;
    const createdAt = new Date(now.getTime() - (400 - i * 15) * 86_400_000);
    const { id } = await createCommunity(db, people[0], {
      slug: spec.slug, name: spec.name, kind: spec.kind, description: spec.description,
      wikis: spec.wikis, languages: spec.languages, countries: spec.countries,
    }, createdAt);
    for (const [n, personId] of people.slice(1).entries()) {
      await joinCommunity(db, id, personId, new Date(createdAt.getTime() + (n + 1) * 86_400_000));
    }
    if (people.length > 3) await makeOrganizer(db, id, people[1]);
    for (const channel of spec.channels) {
      await addChannel(db, id, ChannelFormSchema.parse({ kind: channel.kind, label: channel.label ?? '', address: channel.address }));
    }
    added += 1;
  }
  return added;
}
