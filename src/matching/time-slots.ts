// Time finding for workshop sessions and series (decision 19). Pure code, no I/O: the caller loads people's
// weekly availability and poll votes and stores the chosen start in UTC with the IANA zone.
//
// Availability is kept as LOCAL hours of the week (0 = Monday 00:00) plus a zone, and every candidate instant
// is converted with the zone's offset AT THAT INSTANT, so daylight-saving changes and +5:30 / +5:45 zones come
// out right. (The stored `availability_utc` mask is computed with the offset of the day the profile was saved,
// so it is wrong for half the year in DST zones; it is not used here.)

import { utcOffsetMinutes } from '../domain/people/availability.js';

export type PollAnswer = 'yes' | 'if-need-be' | 'no';

export interface Attendee {
  id: number;
  /** IANA zone; null (or a name Intl does not know) = unknown, so only a poll answer can reach the person. */
  timeZone: string | null;
  /** Local hours of the week the person is available, 0..167 with 0 = Monday 00:00 local time. */
  availableLocalHours: readonly number[];
  /** Poll answers keyed by candidate start (epoch ms); an answer overrides the profile for that start. */
  votes?: ReadonlyMap<number, PollAnswer>;
}

export interface SlotScore {
  startsAt: Date;
  /** Everyone reached (by profile, 'yes' or 'if-need-be'), ids ascending. */
  reached: number[];
  /** The part of `reached` that answered 'if-need-be'. */
  ifNeedBe: number[];
  /** The part of `reached` for whom the session touches local 22:00–07:00. */
  atNight: number[];
  score: number;
}

/** What an 'if-need-be' answer counts for, against 1 for 'yes' or a matching profile. */
export const IF_NEED_BE_WEIGHT = 0.5;

/**
 * Subtracted per reached person whose local time during the session touches 22:00–07:00. Below
 * IF_NEED_BE_WEIGHT, so reaching anyone (even 'if need be', at night) always adds to a score; one more
 * person reached outweighs up to three people put at night. Multiples of 1/4 keep scores exact sums.
 */
export const NIGHT_PENALTY = 0.25;

/** Largest k for which chooseAlternatingSlots enumerates every choice (and so is exact). */
export const EXACT_MAX_K = 3;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const HOURS_PER_WEEK = 168;
const WEEK_WORDS = Math.ceil(HOURS_PER_WEEK / 32);
const MAX_DURATION_MINUTES = 24 * 60;
const MAX_CANDIDATES = 50_000;
const NIGHT_STARTS = 22;
const NIGHT_ENDS = 7;

// Per-person status at one instant, as bits.
const REACHED = 1;
const IF_NEED_BE = 2;
const AT_NIGHT = 4;

function checkDuration(durationMinutes: number): void {
  if (!Number.isInteger(durationMinutes) || durationMinutes < 1 || durationMinutes > MAX_DURATION_MINUTES) {
    throw new RangeError(`durationMinutes must be a whole number from 1 to ${MAX_DURATION_MINUTES}`);
  }
}

/** Candidate starts every `stepMinutes` (default 30, aligned to the UTC clock) in [from, to) whose whole duration fits. */
export function candidateStarts(from: Date, to: Date, durationMinutes: number, stepMinutes = 30): Date[] {
  checkDuration(durationMinutes);
  if (!Number.isInteger(stepMinutes) || stepMinutes < 1 || stepMinutes > MAX_DURATION_MINUTES) {
    throw new RangeError(`stepMinutes must be a whole number from 1 to ${MAX_DURATION_MINUTES}`);
  }
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs)) throw new RangeError('from and to must be valid dates');
  const step = stepMinutes * MINUTE;
  const first = Math.ceil(fromMs / step) * step;
  const last = toMs - durationMinutes * MINUTE;
  if (last < first) return [];
  if ((last - first) / step + 1 > MAX_CANDIDATES) throw new RangeError(`more than ${MAX_CANDIDATES} candidate starts`);
  const starts: Date[] = [];
  for (let t = first; t <= last; t += step) starts.push(new Date(t));
  return starts;
}

const zoneValidity = new Map<string, boolean>();

function knownZone(timeZone: string | null): string | null {
  if (timeZone === null) return null;
  let valid = zoneValidity.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    zoneValidity.set(timeZone, valid);
  }
  return valid ? timeZone : null;
}

const offsetMs = (timeZone: string, at: number) => utcOffsetMinutes(timeZone, new Date(at)) * MINUTE;

/** Monday-based hour of the week of an hour counted from 1970-01-01 00:00 (a Thursday, weekday 3). */
function hourOfWeek(absoluteHour: number): number {
  const day = Math.floor(absoluteHour / 24);
  return (((day + 3) % 7) + 7) % 7 * 24 + (((absoluteHour % 24) + 24) % 24);
}

function addLocalHours(hours: Set<number>, localStart: number, localEnd: number): void {
  const last = Math.ceil(localEnd / HOUR) - 1;
  for (let h = Math.floor(localStart / HOUR); h <= last; h++) hours.add(hourOfWeek(h));
}

/**
 * Zone offsets for the instants of one call, read from Intl once per zone and UTC day (Intl costs microseconds a
 * call; a ranking asks tens of thousands of times). A day whose two ends have the same offset has no change in
 * it, and a day whose ends differ has exactly one, found to the minute by bisection: no zone changes its offset
 * twice within 24 hours.
 */
class OffsetCache {
  private readonly days = new Map<string, Map<number, { start: number; end: number; change: number }>>();

  private day(timeZone: string, at: number): { start: number; end: number; change: number } {
    let zoneDays = this.days.get(timeZone);
    if (!zoneDays) this.days.set(timeZone, (zoneDays = new Map()));
    const index = Math.floor(at / DAY);
    let record = zoneDays.get(index);
    if (!record) {
      let before = index * DAY;
      let after = before + DAY;
      const start = offsetMs(timeZone, before);
      const end = offsetMs(timeZone, after);
      if (start !== end) {
        while (after - before > MINUTE) {
          const middle = before + Math.floor((after - before) / MINUTE / 2) * MINUTE;
          if (offsetMs(timeZone, middle) === end) after = middle;
          else before = middle;
        }
      }
      record = { start, end, change: start === end ? Infinity : after };
      zoneDays.set(index, record);
    }
    return record;
  }

  offset(timeZone: string, at: number): number {
    const { start, end, change } = this.day(timeZone, at);
    return Math.floor(at / MINUTE) * MINUTE >= change ? end : start;
  }

  /** The first minute after `from`, up to `to`, with a new offset (there is one: the caller saw them differ). */
  change(timeZone: string, from: number, to: number): number {
    const last = this.day(timeZone, to).change;
    return last <= to && last > from ? last : this.day(timeZone, from).change;
  }
}

interface LocalSpan {
  /** The local hours of the week the session touches, as a bitset of WEEK_WORDS words: its non-zero words and masks. */
  words: number[];
  masks: number[];
  night: boolean;
}

/**
 * The local hours a session touches in a zone. When the offset at the start and at the last minute differ, each
 * side of the change uses its own (a session is at most a day long, so it holds at most one change).
 */
function localSpan(clock: OffsetCache, timeZone: string, startMs: number, durationMinutes: number): LocalSpan {
  const endMs = startMs + durationMinutes * MINUTE;
  const lastMinute = endMs - MINUTE;
  const startOffset = clock.offset(timeZone, startMs);
  const endOffset = clock.offset(timeZone, lastMinute);
  const hours = new Set<number>();
  if (startOffset === endOffset) {
    addLocalHours(hours, startMs + startOffset, endMs + startOffset);
  } else {
    const change = Math.max(clock.change(timeZone, startMs, lastMinute), startMs);
    addLocalHours(hours, startMs + startOffset, change + startOffset);
    addLocalHours(hours, change + endOffset, endMs + endOffset);
  }
  const bits = new Int32Array(WEEK_WORDS);
  for (const h of hours) bits[h >>> 5] |= 1 << (h & 31);
  const words: number[] = [];
  const masks: number[] = [];
  bits.forEach((mask, word) => {
    if (mask !== 0) {
      words.push(word);
      masks.push(mask);
    }
  });
  const night = [...hours].some((h) => h % 24 >= NIGHT_STARTS || h % 24 < NIGHT_ENDS);
  return { words, masks, night };
}

/** Attendees checked once and ordered by id, with availability as a 168-bit set each (WEEK_WORDS words). */
interface Prepared {
  ids: number[];
  /** Index into `zones`, or −1 when the zone is unknown. */
  zoneOf: Int32Array;
  zones: string[];
  available: Int32Array;
  /** The people who answered a poll, and their answers. */
  voters: number[];
  votes: ReadonlyMap<number, PollAnswer>[];
  clock: OffsetCache;
}

function prepare(attendees: readonly Attendee[]): Prepared {
  const order = attendees.map((_, i) => i).sort((a, b) => attendees[a].id - attendees[b].id);
  const n = attendees.length;
  const ids = new Array<number>(n);
  const zoneNames = new Array<string | null>(n);
  const voters: number[] = [];
  const votes: ReadonlyMap<number, PollAnswer>[] = [];
  const available = new Int32Array(n * WEEK_WORDS);
  for (let p = 0; p < n; p++) {
    const a = attendees[order[p]];
    if (!Number.isSafeInteger(a.id)) throw new RangeError('attendee ids must be integers');
    if (p > 0 && ids[p - 1] === a.id) throw new RangeError(`attendee ${a.id} is given twice`);
    ids[p] = a.id;
    zoneNames[p] = knownZone(a.timeZone);
    if (a.votes && a.votes.size > 0) {
      voters.push(p);
      votes.push(a.votes);
    }
    // Hours outside the week are not availability; they are skipped rather than wrapped.
    for (const h of a.availableLocalHours) {
      if (Number.isInteger(h) && h >= 0 && h < HOURS_PER_WEEK) available[p * WEEK_WORDS + (h >>> 5)] |= 1 << (h & 31);
    }
  }
  const zones = [...new Set(zoneNames.filter((z) => z !== null))].sort();
  const index = new Map(zones.map((zone, i) => [zone, i]));
  const zoneOf = Int32Array.from(zoneNames, (zone) => (zone === null ? -1 : index.get(zone)!));
  return { ids, zoneOf, zones, available, voters, votes, clock: new OffsetCache() };
}

/** What each combination of status bits adds to a score. */
const SCORE_OF_STATUS = Float64Array.from({ length: 8 }, (_, bits) =>
  bits & REACHED ? (bits & IF_NEED_BE ? IF_NEED_BE_WEIGHT : 1) - (bits & AT_NIGHT ? NIGHT_PENALTY : 0) : 0,
);

/**
 * Each person's status (REACHED | IF_NEED_BE | AT_NIGHT bits) for a session starting at `startMs`, written to
 * `status`; returns the instant's score.
 */
function evaluateStart(people: Prepared, startMs: number, durationMinutes: number, status: Uint8Array): number {
  const spans = people.zones.map((zone) => localSpan(people.clock, zone, startMs, durationMinutes));
  const { zoneOf, available } = people;
  for (let p = 0; p < status.length; p++) {
    const z = zoneOf[p];
    if (z < 0) {
      status[p] = 0;
      continue;
    }
    const { words, masks, night } = spans[z];
    const row = p * WEEK_WORDS;
    let bits = REACHED | (night ? AT_NIGHT : 0);
    for (let i = 0; i < words.length; i++) {
      if ((available[row + words[i]] & masks[i]) !== masks[i]) {
        bits = 0;
        break;
      }
    }
    status[p] = bits;
  }
  // An answer for this start overrides the profile.
  for (let v = 0; v < people.voters.length; v++) {
    const answer = people.votes[v].get(startMs);
    if (answer === undefined) continue;
    const p = people.voters[v];
    const night = zoneOf[p] >= 0 && spans[zoneOf[p]].night ? AT_NIGHT : 0;
    status[p] = answer === 'no' ? 0 : answer === 'yes' ? REACHED | night : REACHED | IF_NEED_BE | night;
  }
  let score = 0;
  for (let p = 0; p < status.length; p++) score += SCORE_OF_STATUS[status[p]];
  return score;
}

/**
 * Ranks candidates: score = Σ reached (yes/profile = 1, if-need-be = IF_NEED_BE_WEIGHT) − NIGHT_PENALTY per
 * reached person whose local time during the session touches 22:00–07:00. Best first; ties go to the earlier start.
 * A person is reached when every local hour the session touches is in their availability, unless they answered
 * the poll for that start ('no' excludes them). People with an unknown zone are never counted at night.
 */
export function rankSlots(candidates: readonly Date[], durationMinutes: number, attendees: readonly Attendee[]): SlotScore[] {
  checkDuration(durationMinutes);
  const people = prepare(attendees);
  const status = new Uint8Array(people.ids.length);
  const ranked: SlotScore[] = candidates.map((candidate) => {
    const startMs = candidate.getTime();
    if (!Number.isFinite(startMs)) throw new RangeError('candidates must be valid dates');
    const score = evaluateStart(people, startMs, durationMinutes, status);
    const reached: number[] = [];
    const ifNeedBe: number[] = [];
    const atNight: number[] = [];
    for (let p = 0; p < status.length; p++) {
      const bits = status[p];
      if (bits === 0) continue;
      reached.push(people.ids[p]);
      if (bits & IF_NEED_BE) ifNeedBe.push(people.ids[p]);
      if (bits & AT_NIGHT) atNight.push(people.ids[p]);
    }
    return { startsAt: new Date(startMs), reached, ifNeedBe, atNight, score };
  });
  return ranked.sort((a, b) => b.score - a.score || a.startsAt.getTime() - b.startsAt.getTime());
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The instant at which a local date and time (minutes after midnight) occurs in a zone. A time skipped by a
 * spring-forward change is moved on by the length of the gap (02:30 → 03:30); a time that happens twice in the
 * autumn is its first occurrence — the same rule as Temporal's 'compatible' disambiguation.
 */
export function startInZone(date: string, localStartMinutes: number, timeZone: string): Date {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`${JSON.stringify(date)} is not a date as YYYY-MM-DD`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const midnight = Date.UTC(year, month - 1, day);
  const check = new Date(midnight);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`${JSON.stringify(date)} is not a date`);
  }
  if (!Number.isInteger(localStartMinutes) || localStartMinutes < 0 || localStartMinutes >= 24 * 60) {
    throw new RangeError('a local start is a whole number of minutes from 0 to 1439');
  }
  if (knownZone(timeZone) === null) throw new RangeError(`unknown time zone ${JSON.stringify(timeZone)}`);
  const localAsUtc = midnight + localStartMinutes * MINUTE;
  const offsetBefore = offsetMs(timeZone, localAsUtc - DAY);
  const offsetAfter = offsetMs(timeZone, localAsUtc + DAY);
  const early = localAsUtc - offsetBefore;
  const late = localAsUtc - offsetAfter;
  const earlyFits = offsetMs(timeZone, early) === offsetBefore;
  const lateFits = offsetMs(timeZone, late) === offsetAfter;
  if (earlyFits && lateFits) return new Date(Math.min(early, late));
  if (lateFits) return new Date(late);
  // Either the only reading, or a gap: the offset before the change lands as far past it as the gap is long.
  return new Date(early);
}

export interface AlternatingInput {
  /** The series' IANA zone, in which dates and local starts are given. */
  homeZone: string;
  /** The coming occurrences, as YYYY-MM-DD in the home zone, in order. */
  occurrenceDates: readonly string[];
  /** Candidate slots: local start times in the home zone, minutes after midnight (18:30 = 1110). */
  localStartMinutes: readonly number[];
  durationMinutes: number;
  /** How many slots alternate: occurrence i uses chosen slot i mod k. */
  k: number;
  attendees: readonly Attendee[];
}

export interface AlternatingSlot {
  localStartMinutes: number;
  /** The occurrences (i ≡ this slot's position mod k) with their UTC starts. */
  occurrences: { date: string; startsAt: Date }[];
  /** People reached at more than half of those occurrences, ids ascending. */
  reached: number[];
  /** Sum of the rankSlots scores of those occurrences. */
  score: number;
}

export interface AlternatingChoice {
  /** slots[j] is used by occurrences j, j + k, j + 2k, … */
  slots: AlternatingSlot[];
  /** Every occurrence in the order given, with its UTC start and the index of its slot in `slots`. */
  schedule: { date: string; startsAt: Date; slot: number }[];
  /** People reached by at least one slot. */
  reachedPeople: number;
  /** Sum of the slots' scores: the tie-break between choices reaching as many people. */
  score: number;
  /** True when no choice of k slots reaches more people (or as many with a higher score). */
  exact: boolean;
}

/** Everything the search needs, computed once: per position and candidate, a bitset of the people it reaches. */
interface SeriesInstance {
  people: Prepared;
  slotMinutes: number[];
  /** startsAt[s][o]: epoch ms of occurrence o at candidate slot s. */
  startsAt: number[][];
  words: number;
  /** cover[pos][s]: bitset (words Int32s) of people reached by slot s at position pos. */
  cover: Int32Array[][];
  coverCount: number[][];
  /** value[pos][s]: sum of the scores of the occurrences at position pos, at slot s. */
  value: number[][];
  k: number;
  input: AlternatingInput;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

function countBits(bits: Int32Array): number {
  let count = 0;
  for (let w = 0; w < bits.length; w++) count += popcount(bits[w]);
  return count;
}

function buildSeries(input: AlternatingInput): SeriesInstance {
  const { homeZone, occurrenceDates, durationMinutes, k } = input;
  checkDuration(durationMinutes);
  if (knownZone(homeZone) === null) throw new RangeError(`unknown time zone ${JSON.stringify(homeZone)}`);
  // Earlier local times first, so that ties go to them; a time given twice is one candidate.
  const slotMinutes = [...new Set(input.localStartMinutes)].sort((a, b) => a - b);
  if (!Number.isInteger(k) || k < 1 || k > slotMinutes.length || k > occurrenceDates.length) {
    throw new RangeError('k must be a whole number from 1 to the number of candidate slots and of occurrences');
  }
  const people = prepare(input.attendees);
  const n = people.ids.length;
  const words = Math.ceil(n / 32);
  const startsAt = slotMinutes.map((minutes) => occurrenceDates.map((date) => startInZone(date, minutes, homeZone).getTime()));
  const occurrencesAt = Array.from({ length: k }, (_, pos) => occurrenceDates.map((_, o) => o).filter((o) => o % k === pos));
  const status = new Uint8Array(n);
  const hits = new Int32Array(n);
  const cover: Int32Array[][] = Array.from({ length: k }, () => []);
  const coverCount: number[][] = Array.from({ length: k }, () => []);
  const value: number[][] = Array.from({ length: k }, () => []);
  for (let s = 0; s < slotMinutes.length; s++) {
    for (let pos = 0; pos < k; pos++) {
      hits.fill(0);
      let total = 0;
      for (const o of occurrencesAt[pos]) {
        total += evaluateStart(people, startsAt[s][o], durationMinutes, status);
        for (let p = 0; p < n; p++) if (status[p] !== 0) hits[p]++;
      }
      const majority = Math.floor(occurrencesAt[pos].length / 2) + 1;
      const bits = new Int32Array(words);
      for (let p = 0; p < n; p++) if (hits[p] >= majority) bits[p >>> 5] |= 1 << (p & 31);
      cover[pos][s] = bits;
      coverCount[pos][s] = countBits(bits);
      value[pos][s] = total;
    }
  }
  return { people, slotMinutes, startsAt, words, cover, coverCount, value, k, input };
}

/** Coverage of a full choice (chosen[pos] = slot index) and its score. */
function evaluateChoice(inst: SeriesInstance, chosen: readonly number[]): { reached: number; score: number } {
  const union = new Int32Array(inst.words);
  let score = 0;
  chosen.forEach((s, pos) => {
    const bits = inst.cover[pos][s];
    for (let w = 0; w < inst.words; w++) union[w] |= bits[w];
    score += inst.value[pos][s];
  });
  return { reached: countBits(union), score };
}

function better(reached: number, score: number, bestReached: number, bestScore: number): boolean {
  return reached > bestReached || (reached === bestReached && score > bestScore);
}

/**
 * Every ordered choice of k distinct slots, depth first, in lexicographic order (so the first best one is kept:
 * earlier local times win ties). A branch is cut when even the largest remaining sets could not reach the best
 * coverage — only when strictly below, since an equal coverage may still win on score.
 */
function exhaustive(inst: SeriesInstance): number[] {
  const { k, words, cover, coverCount, value } = inst;
  const slots = inst.slotMinutes.length;
  const maxCount = coverCount.map((counts) => Math.max(...counts));
  const remainingCount = new Array<number>(k + 1).fill(0);
  for (let pos = k - 1; pos >= 0; pos--) remainingCount[pos] = remainingCount[pos + 1] + maxCount[pos];
  const unions = Array.from({ length: k + 1 }, () => new Int32Array(words));
  const chosen = new Array<number>(k).fill(-1);
  let best: number[] = [];
  let bestReached = -1;
  let bestScore = -Infinity;
  const visit = (pos: number, reachedSoFar: number, scoreSoFar: number): void => {
    if (pos === k) {
      if (better(reachedSoFar, scoreSoFar, bestReached, bestScore)) {
        bestReached = reachedSoFar;
        bestScore = scoreSoFar;
        best = [...chosen];
      }
      return;
    }
    if (reachedSoFar + remainingCount[pos] < bestReached) return;
    const previous = unions[pos];
    const next = unions[pos + 1];
    for (let s = 0; s < slots; s++) {
      if (chosen.includes(s)) continue;
      const bits = cover[pos][s];
      let count = 0;
      for (let w = 0; w < words; w++) {
        const u = previous[w] | bits[w];
        next[w] = u;
        count += popcount(u);
      }
      if (pos === k - 1 && count < bestReached) continue;
      chosen[pos] = s;
      visit(pos + 1, count, scoreSoFar + value[pos][s]);
      chosen[pos] = -1;
    }
  };
  visit(0, 0, 0);
  return best;
}

/**
 * Greedy max coverage: k times, the (unfilled position, unused slot) that adds the most people not yet reached
 * (then the higher score, then the lower position and slot).
 */
function greedy(inst: SeriesInstance): number[] {
  const { k, words, cover, value } = inst;
  const slots = inst.slotMinutes.length;
  const chosen = new Array<number>(k).fill(-1);
  const union = new Int32Array(words);
  for (let round = 0; round < k; round++) {
    let bestPos = -1;
    let bestSlot = -1;
    let bestGain = -1;
    let bestValue = -Infinity;
    for (let pos = 0; pos < k; pos++) {
      if (chosen[pos] !== -1) continue;
      for (let s = 0; s < slots; s++) {
        if (chosen.includes(s)) continue;
        const bits = cover[pos][s];
        let gain = 0;
        for (let w = 0; w < words; w++) gain += popcount(bits[w] & ~union[w]);
        if (gain > bestGain || (gain === bestGain && value[pos][s] > bestValue)) {
          bestGain = gain;
          bestValue = value[pos][s];
          bestPos = pos;
          bestSlot = s;
        }
      }
    }
    chosen[bestPos] = bestSlot;
    const bits = cover[bestPos][bestSlot];
    for (let w = 0; w < words; w++) union[w] |= bits[w];
  }
  return chosen;
}

/** Replaces one slot at a time while that strictly improves (coverage, score); every step improves, so it ends. */
function improveBySwaps(inst: SeriesInstance, chosen: number[]): number[] {
  const slots = inst.slotMinutes.length;
  let current = evaluateChoice(inst, chosen);
  for (let improved = true; improved; ) {
    improved = false;
    for (let pos = 0; pos < inst.k; pos++) {
      for (let s = 0; s < slots; s++) {
        if (chosen.includes(s)) continue;
        const trial = [...chosen];
        trial[pos] = s;
        const result = evaluateChoice(inst, trial);
        if (better(result.reached, result.score, current.reached, current.score)) {
          chosen = trial;
          current = result;
          improved = true;
        }
      }
    }
  }
  return chosen;
}

function describeChoice(inst: SeriesInstance, chosen: readonly number[], exact: boolean): AlternatingChoice {
  const { k, people, input } = inst;
  const slots: AlternatingSlot[] = chosen.map((s, pos) => {
    const reached: number[] = [];
    const bits = inst.cover[pos][s];
    for (let p = 0; p < people.ids.length; p++) if (bits[p >>> 5] & (1 << (p & 31))) reached.push(people.ids[p]);
    const occurrences = input.occurrenceDates
      .map((date, o) => ({ date, startsAt: new Date(inst.startsAt[s][o]), o }))
      .filter(({ o }) => o % k === pos)
      .map(({ date, startsAt }) => ({ date, startsAt }));
    return { localStartMinutes: inst.slotMinutes[s], occurrences, reached, score: inst.value[pos][s] };
  });
  const schedule = input.occurrenceDates.map((date, o) => ({
    date,
    startsAt: new Date(inst.startsAt[chosen[o % k]][o]),
    slot: o % k,
  }));
  const { reached, score } = evaluateChoice(inst, chosen);
  return { slots, schedule, reachedPeople: reached, score, exact };
}

/**
 * For a series: chooses k candidate local start times in the home zone (occurrence i uses slot i mod k),
 * evaluated on the concrete dates of the occurrences so that DST shifts count. A person is reached by a slot
 * when reached (as in rankSlots, votes keyed by each occurrence's UTC start) at more than half of the
 * occurrences that use it. Maximises the number of people reached by at least one slot, then the score.
 * Exact (every choice is tried) for k ≤ EXACT_MAX_K; above, greedy followed by single-slot swaps, exact = false.
 */
export function chooseAlternatingSlots(input: AlternatingInput): AlternatingChoice {
  const inst = buildSeries(input);
  if (inst.k <= EXACT_MAX_K) return describeChoice(inst, exhaustive(inst), true);
  return describeChoice(inst, improveBySwaps(inst, greedy(inst)), false);
}

/** The plain greedy choice (no swaps), as a baseline for the benchmark. */
export function greedyAlternatingSlots(input: AlternatingInput): AlternatingChoice {
  const inst = buildSeries(input);
  return describeChoice(inst, greedy(inst), false);
}
