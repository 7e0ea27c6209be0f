import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDelimited } from '../../db/reference/csv.js';

// The world map of the capacity page, drawn from Natural Earth's 1:110m countries (geo/README.md):
// TopoJSON arcs decoded, projected with Equal Earth (areas true, so big countries do not look bigger
// than they are), simplified per shared arc (neighbours keep one border) and rounded to whole pixels,
// so that the whole map is a few kilobytes gzip and the page stays within its 14 KB budget.

export type Point = [number, number];

export interface Topology {
  transform?: { scale: Point; translate: Point };
  arcs: Point[][];
  objects: Record<string, { geometries: TopoGeometry[] }>;
}

export type TopoGeometry =
  | { type: 'Polygon'; id?: string; arcs: number[][]; properties?: { name?: string } }
  | { type: 'MultiPolygon'; id?: string; arcs: number[][][]; properties?: { name?: string } }
  | { type: null; id?: string; arcs?: undefined; properties?: { name?: string } };

/** Arcs as absolute longitude/latitude: quantized topologies store each arc as deltas from its previous point. */
export function decodeArcs(topology: Topology): Point[][] {
  const t = topology.transform;
  if (!t) return topology.arcs.map((arc) => arc.map(([x, y]) => [x, y]));
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

const A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796, M = Math.sqrt(3) / 2;

/** Equal Earth (Šavrič, Patterson and Jenny 2018): degrees in, unitless plane out, y up. */
export function equalEarth([lon, lat]: Point): Point {
  const lambda = (lon * Math.PI) / 180;
  const theta = Math.asin(M * Math.sin((lat * Math.PI) / 180));
  const t2 = theta * theta, t6 = t2 * t2 * t2;
  return [
    (lambda * Math.cos(theta)) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2))),
    theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)),
  ];
}

/** Douglas–Peucker: drops points closer than `tolerance` to the line their neighbours keep; ends stay. */
export function simplify(points: Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [from, to] = stack.pop()!;
    const [ax, ay] = points[from], [bx, by] = points[to];
    const dx = bx - ax, dy = by - ay, length = Math.hypot(dx, dy);
    let worst = -1, index = -1;
    for (let i = from + 1; i < to; i++) {
      const [px, py] = points[i];
      const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * (px - ax) - dx * (py - ay)) / length;
      if (d > worst) { worst = d; index = i; }
    }
    if (index !== -1 && worst > tolerance) {
      keep[index] = 1;
      stack.push([from, index], [index, to]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** Twice the signed area of a ring (shoelace). */
function ringArea(ring: Point[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return sum / 2;
}

/** An SVG path for rings of whole-pixel points: the first point absolute, the rest relative (short numbers). */
export function ringsToPath(rings: Point[][]): string {
  let d = '';
  for (const ring of rings) {
    let [px, py] = ring[0];
    d += `M${px} ${py}`;
    let first = true;
    for (let i = 1; i < ring.length; i++) {
      const [x, y] = ring[i];
      const dx = x - px, dy = y - py;
      d += `${first ? 'l' : dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`;
      first = false;
      px = x;
      py = y;
    }
    d += 'z';
  }
  return d;
}

export interface MapOptions {
  /** Width of the drawing in pixels (its viewBox); the height follows from the projection. */
  width: number;
  /** Douglas–Peucker tolerance in pixels. */
  tolerance: number;
  /** Polygons smaller than this many square pixels are left out, except each country's largest. */
  minArea: number;
  /** Geometry ids to leave out (Antarctica: nobody to count there, and a quarter of the height). */
  omit?: string[];
}

export interface MapShape { id: string; name: string; d: string }
export interface WorldShapes { width: number; height: number; shapes: MapShape[] }

/** Projected, simplified SVG paths for every geometry of `object`, fitted to the drawing's width. */
export function topologyToPaths(topology: Topology, object: string, options: MapOptions): WorldShapes {
  const omit = new Set(options.omit ?? []);
  const geometries = topology.objects[object].geometries.filter((g) => g.type && !omit.has(g.id ?? ''));
  const decoded = decodeArcs(topology);
  const projected = decoded.map((arc) => arc.map(equalEarth));
  // Fit only the arcs that are drawn.
  const used = new Set<number>();
  const polygonsOf = (g: TopoGeometry): number[][][] => (g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : []);
  for (const g of geometries) for (const polygon of polygonsOf(g)) for (const ring of polygon) for (const a of ring) used.add(a < 0 ? ~a : a);
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const a of used) for (const [x, y] of projected[a]) {
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  const scale = options.width / (maxX - minX);
  const height = Math.ceil((maxY - minY) * scale);
  const toPixels = ([x, y]: Point): Point => [(x - minX) * scale, (maxY - y) * scale];
  const arcs = projected.map((arc) => simplify(arc.map(toPixels), options.tolerance)
    .map(([x, y]): Point => [Math.round(x), Math.round(y)]));

  // A ring that crosses the antimeridian (Chukotka, Fiji) would be drawn with an edge across the whole
  // map. Its longitudes are unwrapped so that it continues past ±180°, where the drawing is clipped.
  const crossing = (ring: number[]): Point[] | null => {
    const lonLat = ring.flatMap((index) => (index < 0 ? decoded[~index].slice().reverse() : decoded[index]));
    let shift = 0;
    let crossed = false;
    const unwrapped = lonLat.map(([lon, lat], i): Point => {
      const previous = i > 0 ? lonLat[i - 1][0] : lon;
      if (lon - previous > 180) shift -= 360, crossed = true;
      else if (previous - lon > 180) shift += 360, crossed = true;
      return [lon + shift, lat];
    });
    if (!crossed) return null;
    return simplify(unwrapped.map((p) => toPixels(equalEarth(p))), options.tolerance).map(([x, y]): Point => [Math.round(x), Math.round(y)]);
  };

  const stitch = (ring: number[]): Point[] => {
    const unwrapped = crossing(ring);
    if (unwrapped) return unwrapped;
    const points: Point[] = [];
    for (const index of ring) {
      const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
      for (const p of arc) {
        const last = points[points.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
      }
    }
    const [first, last] = [points[0], points[points.length - 1]];
    if (points.length > 1 && first[0] === last[0] && first[1] === last[1]) points.pop();
    return points;
  };

  // A country too small to keep a ring at this scale still gets a mark where it is, so it can be coloured.
  const dot = (g: TopoGeometry): string => {
    const points = polygonsOf(g).flat(2).flatMap((a) => projected[a < 0 ? ~a : a]);
    const x = points.reduce((s, p) => s + p[0], 0) / points.length, y = points.reduce((s, p) => s + p[1], 0) / points.length;
    return `M${Math.round((x - minX) * scale) - 1} ${Math.round((maxY - y) * scale) - 1}h2v2h-2z`;
  };
  const shapes = geometries.map((g) => {
    const polygons = polygonsOf(g)
      .map((polygon) => polygon.map(stitch).filter((ring) => ring.length >= 3))
      .filter((rings) => rings.length > 0)
      .map((rings) => ({ rings, area: Math.abs(ringArea(rings[0])) }));
    const largest = Math.max(0, ...polygons.map((p) => p.area));
    const kept = polygons.filter((p) => p.area >= options.minArea || p.area === largest)
      .flatMap((p) => [p.rings[0], ...p.rings.slice(1).filter((hole) => Math.abs(ringArea(hole)) >= options.minArea)]);
    return { id: g.id ?? g.properties?.name ?? '', name: g.properties?.name ?? '', d: kept.length ? ringsToPath(kept) : dot(g) };
  });
  return { width: options.width, height, shapes };
}

export interface CountryShape { iso2: string | null; name: string; d: string }
export interface WorldMap { width: number; height: number; countries: CountryShape[] }

export const MAP_OPTIONS: MapOptions = { width: 500, tolerance: 1.1, minArea: 4, omit: ['010'] };

const HERE = import.meta.dirname;
let world: WorldMap | undefined;

/** The map's base paths, built once per process from the shipped topology and join table. */
export function worldMap(): WorldMap {
  if (world) return world;
  const topology = JSON.parse(readFileSync(join(HERE, 'geo/world-atlas-countries-110m.topo.json'), 'utf8')) as Topology;
  const joins = parseDelimited(readFileSync(join(HERE, 'geo/world-atlas-110m-to-country.csv'), 'utf8'));
  // Geometries without a numeric id (Kosovo) are joined by name; N. Cyprus and Somaliland have no code.
  const iso2ById = new Map(joins.map((r) => [r.atlas_id || r.atlas_name, r.iso2 || null]));
  const { width, height, shapes } = topologyToPaths(topology, 'countries', MAP_OPTIONS);
  world = { width, height, countries: shapes.map((s) => ({ iso2: iso2ById.get(s.id) ?? null, name: s.name, d: s.d })) };
  return world;
}
