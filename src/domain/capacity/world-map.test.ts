import { describe, expect, it } from 'vitest';
import { decodeArcs, equalEarth, ringsToPath, simplify, topologyToPaths, worldMap, type Topology } from './world-map.js';

describe('the world map geometry', () => {
  it('decodes quantized, delta-encoded arcs to longitude and latitude', () => {
    const topology: Topology = { transform: { scale: [0.5, 0.25], translate: [-10, 20] }, arcs: [[[0, 0], [4, 8], [-2, -4]]], objects: {} };
    expect(decodeArcs(topology)).toEqual([[[-10, 20], [-8, 22], [-9, 21]]]);
  });

  it('projects with Equal Earth: the origin stays, the antimeridian and the poles land on known values', () => {
    expect(equalEarth([0, 0])).toEqual([0, 0]);
    expect(equalEarth([180, 0])[0]).toBeCloseTo(2.7066, 3);
    expect(equalEarth([0, 90])[1]).toBeCloseTo(1.3173, 3);
    expect(equalEarth([-90, -45])[0]).toBeCloseTo(-equalEarth([90, 45])[0], 10);
  });

  it('drops points within the tolerance and keeps corners and ends', () => {
    expect(simplify([[0, 0], [1, 0.1], [2, 0], [2, 2]], 0.5)).toEqual([[0, 0], [2, 0], [2, 2]]);
    expect(simplify([[0, 0], [1, 3], [2, 0]], 0.5)).toEqual([[0, 0], [1, 3], [2, 0]]);
  });

  it('writes rings as an absolute start and short relative steps', () => {
    expect(ringsToPath([[[10, 20], [13, 20], [13, 15]]])).toBe('M10 20l3 0 0-5z');
  });

  it('turns a topology into one closed path per geometry, sharing borders, fitted to the width', () => {
    const topology: Topology = {
      arcs: [[[0, 0], [0, 10]], [[0, 10], [10, 10], [10, 0], [0, 0]], [[0, 0], [-10, 0], [-10, 10], [0, 10]]],
      objects: { shapes: { geometries: [
        { type: 'Polygon', id: 'A', arcs: [[0, 1]], properties: { name: 'East' } },
        { type: 'Polygon', id: 'B', arcs: [[2, ~0]], properties: { name: 'West' } },
      ] } },
    };
    const map = topologyToPaths(topology, 'shapes', { width: 100, tolerance: 0, minArea: 0 });
    expect(map.width).toBe(100);
    expect(map.shapes.map((s) => s.id)).toEqual(['A', 'B']);
    for (const s of map.shapes) expect(s.d).toMatch(/^M\d+ \d+l[-\d ]+z$/);
  });

  it('draws the shipped world: 176 countries without Antarctica, each joined to an ISO code except the two unrecognised areas', () => {
    const world = worldMap();
    expect(world.countries).toHaveLength(176);
    expect(world.countries.filter((c) => !c.iso2).map((c) => c.name).sort()).toEqual(['N. Cyprus', 'Somaliland']);
    expect(world.countries.find((c) => c.iso2 === 'IN')?.d).toMatch(/^M\d+ \d+l/);
    expect(world.height).toBeGreaterThan(world.width / 2.4);
  });

  it('draws no edge across the whole map for the countries that cross the antimeridian (Russia, Fiji)', () => {
    const { width, countries } = worldMap();
    /** The longest horizontal step of a path written by ringsToPath (absolute M, then relative steps). */
    const longestStep = (d: string) => Math.max(0, ...d.split('M').slice(1).flatMap((sub) => {
      const numbers = sub.replace(/z/g, '').split(/l|(?=-)| /).filter(Boolean).map(Number);
      return numbers.slice(2).filter((_, i) => i % 2 === 0).map(Math.abs);
    }));
    for (const name of ['Russia', 'Fiji', 'United States of America']) {
      const country = countries.find((c) => c.name === name)!;
      expect(longestStep(country.d), name).toBeLessThan(width / 4);
    }
  });
});
