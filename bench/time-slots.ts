// Time-finding benchmark: 5,000 attendees spread over 40 real zones (whole-hour, +5:30, +5:45, +3:30, +9:30,
// −3:30 and DST zones in both hemispheres), with seeded weekly availability and some poll answers. Times
// ranking two weeks of half-hourly candidates across the European DST change, and choosing k = 1–4 alternating
// slots for a monthly series (33 local starts × 12 occurrences), exact against greedy. Prints figures; timings
// are reported, not asserted. `npm run bench:time-slots`.

import { performance } from 'node:perf_hooks';
import {
  candidateStarts,
  chooseAlternatingSlots,
  greedyAlternatingSlots,
  rankSlots,
  startInZone,
  type AlternatingInput,
  type Attendee,
  type PollAnswer,
} from '../src/matching/time-slots.js';
import { seededRandom } from '../src/seeded-random.js';

const ATTENDEES = 5_000;
const SEED = 20_260_329;
const DURATION_MINUTES = 90;
// Weighted towards South Asia, as a regional Indic series would be, with the rest of the world present.
const ZONES: [string, number][] = [
  ['Asia/Kolkata', 12], ['Asia/Kathmandu', 4], ['Asia/Dhaka', 4], ['Asia/Karachi', 3], ['Asia/Colombo', 2],
  ['Asia/Kabul', 1], ['Asia/Tehran', 1], ['Asia/Dubai', 1], ['Asia/Riyadh', 1], ['Asia/Yangon', 1],
  ['Asia/Bangkok', 1], ['Asia/Jakarta', 2], ['Asia/Manila', 1], ['Asia/Shanghai', 1], ['Asia/Tokyo', 1],
  ['Africa/Cairo', 1], ['Africa/Lagos', 2], ['Africa/Nairobi', 1], ['Africa/Johannesburg', 1], ['Africa/Accra', 1],
  ['Europe/London', 2], ['Europe/Berlin', 2], ['Europe/Paris', 1], ['Europe/Madrid', 1], ['Europe/Istanbul', 1],
  ['Europe/Moscow', 1], ['Europe/Kyiv', 1], ['America/New_York', 2], ['America/Chicago', 1], ['America/Denver', 1],
  ['America/Los_Angeles', 1], ['America/Mexico_City', 1], ['America/Bogota', 1], ['America/Lima', 1],
  ['America/Sao_Paulo', 1], ['America/Argentina/Buenos_Aires', 1], ['America/St_Johns', 1],
  ['Australia/Adelaide', 1], ['Australia/Sydney', 1], ['Pacific/Auckland', 1],
];

/** The second Saturday of each of the 12 months from January 2026, as dates. */
export function secondSaturdays(): string[] {
  return Array.from({ length: 12 }, (_, month) => {
    const firstDay = new Date(Date.UTC(2026, month, 1)).getUTCDay();
    const day = 1 + ((6 - firstDay + 7) % 7) + 7;
    return `2026-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  });
}

/**
 * Weekday evenings (a 2–4 hour block starting 17:00–20:00 on 2–5 weekdays), often a weekend block
 * (10:00–20:00), sometimes early mornings; 3 % have no zone. Some answer a poll on a few series starts.
 */
export function generateAttendees(pollStarts: number[], seed = SEED): Attendee[] {
  const random = seededRandom(seed);
  const totalWeight = ZONES.reduce((sum, [, w]) => sum + w, 0);
  const pickZone = () => {
    let r = random() * totalWeight;
    for (const [zone, weight] of ZONES) if ((r -= weight) < 0) return zone;
    return ZONES[0][0];
  };
  const answers: PollAnswer[] = ['yes', 'if-need-be', 'no'];
  return Array.from({ length: ATTENDEES }, (_, id): Attendee => {
    const hours = new Set<number>();
    const evening = 17 + Math.floor(random() * 4);
    const length = 2 + Math.floor(random() * 3);
    for (let day = 0; day < 5; day++) {
      if (random() < 0.6) for (let h = evening; h < Math.min(24, evening + length); h++) hours.add(day * 24 + h);
    }
    if (random() < 0.6) {
      const from = 10 + Math.floor(random() * 6);
      const to = from + 2 + Math.floor(random() * 5);
      for (const day of [5, 6]) if (random() < 0.7) for (let h = from; h < to; h++) hours.add(day * 24 + h);
    }
    if (random() < 0.15) for (let day = 0; day < 7; day++) for (let h = 6; h < 8; h++) hours.add(day * 24 + h);
    let votes: Map<number, PollAnswer> | undefined;
    if (random() < 0.1) {
      votes = new Map();
      for (let v = 0; v < 4; v++) votes.set(pollStarts[Math.floor(random() * pollStarts.length)], answers[Math.floor(random() * 3)]);
    }
    return { id: id + 1, timeZone: random() < 0.03 ? null : pickZone(), availableLocalHours: [...hours], votes };
  });
}

const ms = (t: number) => `${t.toFixed(0)} ms`;
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export async function runTimeSlotsBenchmark(): Promise<void> {
  const lines: string[] = [];
  const homeZone = 'Asia/Kolkata';
  const occurrenceDates = secondSaturdays();
  const localStartMinutes = Array.from({ length: 33 }, (_, i) => 6 * 60 + 30 * i);
  const pollStarts = occurrenceDates.flatMap((date) => localStartMinutes.map((m) => startInZone(date, m, homeZone).getTime()));
  const attendees = generateAttendees(pollStarts);
  lines.push(
    `Sangam time-finding benchmark: ${ATTENDEES.toLocaleString('en')} attendees in ${ZONES.length} zones, ` +
      `${DURATION_MINUTES}-minute sessions, seed ${SEED}`,
  );

  const candidates = candidateStarts(new Date('2026-03-23T00:00Z'), new Date('2026-04-06T00:00Z'), DURATION_MINUTES);
  let t = performance.now();
  const cold = rankSlots(candidates, DURATION_MINUTES, attendees);
  const coldMs = performance.now() - t;
  t = performance.now();
  const ranked = rankSlots(candidates, DURATION_MINUTES, attendees);
  const warmMs = performance.now() - t;
  const best = ranked[0];
  lines.push(
    `  rankSlots: ${candidates.length} half-hourly candidates over two weeks (across 2026-03-29): ` +
      `${ms(coldMs)} first call, ${ms(warmMs)} warm`,
  );
  lines.push(
    `    best ${best.startsAt.toISOString()}: ${best.reached.length} reached (${best.ifNeedBe.length} if need be, ` +
      `${best.atNight.length} at night), score ${best.score}; median candidate reaches ` +
      `${[...ranked].sort((a, b) => a.reached.length - b.reached.length)[ranked.length >> 1].reached.length}`,
  );
  if (cold[0].score !== best.score) lines.push('  WARNING: the two rankings disagree');

  const input: Omit<AlternatingInput, 'k'> = { homeZone, occurrenceDates, localStartMinutes, durationMinutes: DURATION_MINUTES, attendees };
  lines.push(`  chooseAlternatingSlots: ${homeZone} series, ${localStartMinutes.length} local starts × ${occurrenceDates.length} occurrences`);
  for (const k of [1, 2, 3, 4]) {
    t = performance.now();
    const chosen = chooseAlternatingSlots({ ...input, k });
    const chosenMs = performance.now() - t;
    t = performance.now();
    const greedy = greedyAlternatingSlots({ ...input, k });
    const greedyMs = performance.now() - t;
    const ratio = chosen.reachedPeople > 0 ? greedy.reachedPeople / chosen.reachedPeople : 1;
    lines.push(
      `    k = ${k}: ${chosen.exact ? 'exact' : 'greedy + swaps (not exact)'} ${chosen.reachedPeople} people ` +
        `at ${chosen.slots.map((s) => hhmm(s.localStartMinutes)).join(' / ')} (${ms(chosenMs)}); ` +
        `greedy ${greedy.reachedPeople} (${ms(greedyMs)}); greedy / chosen = ${ratio.toFixed(4)}`,
    );
  }
  for (const line of lines) console.log(line);
  process.exit(0);
}
