import { areaTotals, gapClass, shadeBounds, SHADES, type Level } from '../../domain/capacity/gaps.js';
import type { CapacityReport } from '../../domain/capacity/report.js';
import type { WorldMap } from '../../domain/capacity/world-map.js';
import type { SkillTree } from '../../domain/skills/types.js';
import type { MessageKey, Translator } from '../../i18n/messages.js';
import { countryName, languageName, regionName } from './names.js';
import { profileHref } from './people.js';

// ColorBrewer PuOr (colour-blind safe, diverging): oranges where needs exceed offers, purples where
// offers exceed needs, near-white when balanced; grey where nobody is counted.
export const GAP_FILLS: Record<number, string> = {
  3: '#b35806', 2: '#f1a340', 1: '#fee0b6', 0: '#f7f7f7', [-1]: '#d8daeb', [-2]: '#998ec3', [-3]: '#542788',
};
export const NO_DATA_FILL = '#c8ccd1';

export interface AreaFill { area: string; needs: number; offers: number; gap: number; class: number; fill: string }

/** Each area's class and colour on a scale fitted to the largest gap either way. */
export function areaFills(areas: { area: string; needs: number; offers: number; gap: number }[]): { fills: Map<string, AreaFill>; bounds: number[] } {
  const bounds = shadeBounds(Math.max(1, ...areas.map((a) => Math.abs(a.gap))));
  const fills = new Map(areas.map((a) => {
    const cls = gapClass(a.gap, bounds);
    return [a.area, { ...a, class: cls, fill: GAP_FILLS[cls] }];
  }));
  return { fills, bounds };
}

export interface MapGroup { fill: string; title: string | null; paths: { d: string; title: string | null }[] }
export interface CapacityView {
  skill: string;
  by: Level;
  subject: string;
  width: number;
  height: number;
  groups: MapGroup[];
  legend: { fill: string; label: string }[];
  rows: { name: string; needs: string; offers: string; gap: string }[];
  unplaced: string | null;
  gaps: {
    region: string; skill: string; skillSlug: string; needs: string; offers: string; gap: string;
    people: { name: string; href: string; regional: boolean; languages: string }[];
    communities: { name: string; href: string; regional: boolean; sharers: number }[];
  }[];
}

const signed = (tr: Translator, n: number) => (n > 0 ? '+' : '') + tr.formatNumber(n);

/** The capacity page's view: map groups (one per colour, or per region), legend, table and gaps. */
export function presentCapacity(
  tr: Translator, world: WorldMap, report: CapacityReport, tree: SkillTree, choice: { skill: string; by: Level; subject: string },
): CapacityView {
  const { areas, unplaced } = areaTotals(report.places, choice.by);
  const { fills, bounds } = areaFills(areas);
  const regionOf = new Map(report.countries.map((c) => [c.code, c.region]));
  const nameOf = (area: string) => (choice.by === 'country' ? countryName(tr.lang, area) : regionName(tr, area) ?? area);
  const range = (lo: number, hi: number) => (lo === hi ? tr.formatNumber(lo) : `${tr.formatNumber(lo)}–${tr.formatNumber(hi)}`);
  const legend: (CapacityView['legend'][number] & { class: number | null })[] = [];
  for (let k = SHADES; k >= 1; k--) legend.push({ class: k, fill: GAP_FILLS[k], label: tr.t('sangam-capacity-legend-needs', range((bounds[k - 2] ?? 0) + 1, bounds[k - 1])) });
  legend.push({ class: 0, fill: GAP_FILLS[0], label: tr.t('sangam-capacity-legend-balanced') });
  for (let k = 1; k <= SHADES; k++) legend.push({ class: -k, fill: GAP_FILLS[-k], label: tr.t('sangam-capacity-legend-offers', range((bounds[k - 2] ?? 0) + 1, bounds[k - 1])) });
  legend.push({ class: null, fill: NO_DATA_FILL, label: tr.t('sangam-capacity-legend-no-data') });

  // A country's tooltip names its class (the table beside the map has the figures): 176 exact figures
  // in tooltips would not fit the page budget in every language.
  const classLabel = new Map(legend.map((l) => [l.class, l.label]));
  const describe = (name: string, fill: AreaFill | undefined) => (!fill ? tr.t('sangam-capacity-area-no-data', name)
    : choice.by === 'country' ? tr.t('sangam-capacity-country-title', name, classLabel.get(fill.class) ?? '')
      : tr.t('sangam-capacity-area-title', name, tr.formatNumber(fill.needs), tr.formatNumber(fill.offers)));

  const groups = new Map<string, MapGroup>();
  for (const shape of world.countries) {
    const area = shape.iso2 && (choice.by === 'country' ? shape.iso2 : regionOf.get(shape.iso2) ?? null);
    const fill = area ? fills.get(area) : undefined;
    if (choice.by === 'country') {
      const color = fill?.fill ?? NO_DATA_FILL;
      const group = groups.get(color) ?? { fill: color, title: null, paths: [] };
      group.paths.push({ d: shape.d, title: describe(shape.iso2 ? countryName(tr.lang, shape.iso2) : shape.name, fill) });
      groups.set(color, group);
    } else {
      const key = area ?? '';
      const group = groups.get(key) ?? { fill: fill?.fill ?? NO_DATA_FILL, title: area ? describe(nameOf(area), fill) : null, paths: [] };
      group.paths.push({ d: shape.d, title: area ? null : describe(shape.iso2 ? countryName(tr.lang, shape.iso2) : shape.name, undefined) });
      groups.set(key, group);
    }
  }

  return {
    skill: choice.skill, by: choice.by, subject: choice.subject, width: world.width, height: world.height,
    groups: [...groups.values()], legend: legend.map(({ fill, label }) => ({ fill, label })),
    rows: areas.map((a) => ({ name: nameOf(a.area), needs: tr.formatNumber(a.needs), offers: tr.formatNumber(a.offers), gap: signed(tr, a.gap) })),
    unplaced: unplaced.needs || unplaced.offers
      ? tr.t('sangam-capacity-unplaced', tr.formatNumber(unplaced.needs), tr.formatNumber(unplaced.offers)) : null,
    gaps: report.gaps.map((g) => {
      const skill = tree.byId.get(g.skillId);
      return {
        region: regionName(tr, g.region) ?? g.region, skill: skill?.label ?? String(g.skillId), skillSlug: skill?.slug ?? '',
        needs: tr.formatNumber(g.needs), offers: tr.formatNumber(g.offers), gap: signed(tr, g.gap),
        people: g.people.map((p) => ({
          name: p.displayName, href: profileHref(p.username), regional: p.regional, languages: p.languages.slice(0, 2).map(languageName).join(', '),
        })),
        communities: g.communities.map((c) => ({ name: c.name, href: `/communities/${c.slug}`, regional: c.regional, sharers: c.sharers })),
      };
    }),
  };
}

export const LEVEL_KEYS: Record<Level, MessageKey> = { country: 'sangam-capacity-by-country', region: 'sangam-capacity-by-region' };
