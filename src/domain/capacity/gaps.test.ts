import { describe, expect, it } from 'vitest';
import { areaFills, GAP_FILLS, NO_DATA_FILL } from '../../web/presenters/capacity.js';
import { areaTotals, gapClass, largestGaps, regionLanguages, shadeBounds } from './gaps.js';

describe('the capacity map fills', () => {
  it('colours a fixture of three countries: more needs orange, balanced near white, more offers purple', () => {
    const { areas } = areaTotals([
      { country: 'IN', region: 'SA', needs: 30, offers: 3 },
      { country: 'BD', region: 'SA', needs: 4, offers: 4 },
      { country: 'FR', region: 'NWE', needs: 1, offers: 10 },
      { country: null, region: null, needs: 5, offers: 0 },
    ], 'country');
    expect(areas.map((a) => [a.area, a.gap])).toEqual([['IN', 27], ['BD', 0], ['FR', -9]]);
    const { fills, bounds } = areaFills(areas);
    expect(bounds).toEqual([2, 8, 27]); // (1 + 27)^(1/3) − 1 ≈ 2, (1 + 27)^(2/3) − 1 ≈ 8
    expect(fills.get('IN')).toMatchObject({ class: 3, fill: '#b35806' });
    expect(fills.get('BD')).toMatchObject({ class: 0, fill: '#f7f7f7' });
    expect(fills.get('FR')).toMatchObject({ class: -3, fill: '#542788' });
    expect(fills.get('KE')).toBeUndefined(); // drawn in NO_DATA_FILL
    expect(NO_DATA_FILL).not.toBe(GAP_FILLS[0]);
  });

  it('sums countries into regions and keeps unplaced people apart', () => {
    const { areas, unplaced } = areaTotals([
      { country: 'IN', region: 'SA', needs: 30, offers: 3 },
      { country: 'BD', region: 'SA', needs: 4, offers: 4 },
      { country: null, region: null, needs: 5, offers: 1 },
    ], 'region');
    expect(areas).toEqual([{ area: 'SA', needs: 34, offers: 7, gap: 27 }]);
    expect(unplaced).toEqual({ needs: 5, offers: 1 });
  });

  it('classes gaps on a logarithmic scale with whole, strictly increasing bounds', () => {
    expect(shadeBounds(1)).toEqual([1, 2, 3]);
    expect(shadeBounds(999)).toEqual([9, 99, 999]);
    const bounds = shadeBounds(999);
    expect([0, 1, 9, 10, 99, 100, 999, -1, -50, -999].map((g) => gapClass(g, bounds))).toEqual([0, 1, 1, 2, 2, 3, 3, -1, -2, -3]);
  });

  it('lists the largest positive gaps among the chosen skills', () => {
    const rows = [
      { region: 'SA', skillId: 1, needs: 10, offers: 2 }, { region: 'SSA', skillId: 1, needs: 9, offers: 1 },
      { region: 'NWE', skillId: 1, needs: 1, offers: 9 }, { region: 'SA', skillId: 2, needs: 50, offers: 0 },
    ];
    expect(largestGaps(rows, new Set([1]), 5).map((g) => [g.region, g.gap])).toEqual([['SA', 8], ['SSA', 8]].sort(() => 0));
    expect(largestGaps(rows, new Set([1, 2]), 1).map((g) => g.skillId)).toEqual([2]);
  });

  it('takes the languages of a region from its countries', () => {
    const langs = regionLanguages('SA', [{ code: 'BD', region: 'SA' }, { code: 'FR', region: 'NWE' }], (c) => (c === 'BD' ? ['bn', 'en'] : ['fr']));
    expect(langs).toEqual(['bn', 'en']);
  });
});
