import { describe, expect, it } from 'vitest';
import {
  NIGHT_PENALTY,
  candidateStarts,
  chooseAlternatingSlots,
  greedyAlternatingSlots,
  rankSlots,
  startInZone,
  type AlternatingInput,
  type Attendee,
  type PollAnswer,
} from './time-slots.js';
import { seededRandom } from '../seeded-random.js';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
type Day = (typeof DAYS)[number];

/** Local hours of the week from `from` to `to` o'clock (exclusive) on the given day. */
function on(day: Day, from: number, to: number): number[] {
  const base = DAYS.indexOf(day) * 24;
  return Array.from({ length: to - from }, (_, i) => base + from + i);
}

/** The same hours on every day of the week. */
function daily(from: number, to: number): number[] {
  return DAYS.flatMap((day) => on(day, from, to));
}

const ALL_WEEK = Array.from({ length: 168 }, (_, h) => h);

function person(id: number, timeZone: string | null, hours: number[], votes?: [string, PollAnswer][]): Attendee {
  return {
    id,
    timeZone,
    availableLocalHours: hours,
    votes: votes && new Map(votes.map(([at, answer]) => [new Date(at).getTime(), answer])),
  };
}

/** Whether the one person is reached by a session at `at`. */
function reaches(attendee: Attendee, at: string, durationMinutes: number): boolean {
  return rankSlots([new Date(at)], durationMinutes, [attendee])[0].reached.includes(attendee.id);
}

describe('candidateStarts', () => {
  it('starts on the half hours of the UTC clock, only where the whole session fits', () => {
    const starts = candidateStarts(new Date('2026-01-14T10:10Z'), new Date('2026-01-14T12:00Z'), 60);
    expect(starts.map((d) => d.toISOString())).toEqual(['2026-01-14T10:30:00.000Z', '2026-01-14T11:00:00.000Z']);
  });

  it('gives 672 half-hourly starts for two weeks of one-hour sessions, less the last hour', () => {
    const from = new Date('2026-03-23T00:00Z');
    const to = new Date('2026-04-06T00:00Z');
    expect(candidateStarts(from, to, 60)).toHaveLength(14 * 48 - 1);
  });

  it('gives nothing when the range is shorter than the session', () => {
    expect(candidateStarts(new Date('2026-01-14T10:00Z'), new Date('2026-01-14T10:45Z'), 60)).toEqual([]);
  });

  it.each([
    ['a duration of zero', 0, 30],
    ['a fractional duration', 59.5, 30],
    ['a session longer than a day', 24 * 60 + 1, 30],
    ['a step of zero', 60, 0],
  ])('refuses %s', (_, duration, step) => {
    expect(() => candidateStarts(new Date('2026-01-14T00:00Z'), new Date('2026-01-15T00:00Z'), duration, step)).toThrow(
      RangeError,
    );
  });
});

describe('startInZone', () => {
  it.each([
    ['puts 18:30 in Kolkata (+5:30) at 13:00 UTC', '2026-01-14', 18 * 60 + 30, 'Asia/Kolkata', '2026-01-14T13:00:00.000Z'],
    ['puts 18:45 in Kathmandu (+5:45) at 13:00 UTC', '2026-01-14', 18 * 60 + 45, 'Asia/Kathmandu', '2026-01-14T13:00:00.000Z'],
    ['puts 18:00 in Berlin in winter at 17:00 UTC', '2026-01-14', 18 * 60, 'Europe/Berlin', '2026-01-14T17:00:00.000Z'],
    ['puts 18:00 in Berlin in summer at 16:00 UTC', '2026-07-15', 18 * 60, 'Europe/Berlin', '2026-07-15T16:00:00.000Z'],
    ['moves 02:30 on the Berlin spring-forward night on to 03:30 summer time', '2026-03-29', 150, 'Europe/Berlin', '2026-03-29T01:30:00.000Z'],
    ['takes the first of the two 02:30s of the Berlin autumn night', '2026-10-25', 150, 'Europe/Berlin', '2026-10-25T00:30:00.000Z'],
    ['moves 02:30 on the New York spring-forward night on to 03:30 daylight time', '2026-03-08', 150, 'America/New_York', '2026-03-08T07:30:00.000Z'],
    ['takes the first of the two 01:30s of the New York autumn night', '2026-11-01', 90, 'America/New_York', '2026-11-01T05:30:00.000Z'],
    ['puts midnight in Auckland on the previous UTC day', '2026-01-14', 0, 'Pacific/Auckland', '2026-01-13T11:00:00.000Z'],
  ])('%s', (_, date, minutes, zone, expected) => {
    expect(startInZone(date, minutes, zone).toISOString()).toBe(expected);
  });

  it.each([
    ['a day that does not exist', '2026-02-30', 600, 'UTC'],
    ['a date in another format', '14/01/2026', 600, 'UTC'],
    ['a time past the end of the day', '2026-01-14', 24 * 60, 'UTC'],
    ['an unknown zone', '2026-01-14', 600, 'Mars/Olympus_Mons'],
  ])('refuses %s', (_, date, minutes, zone) => {
    expect(() => startInZone(date, minutes, zone)).toThrow(RangeError);
  });
});

describe('rankSlots: who is reached', () => {
  // 2026-01-14 is a Wednesday; 13:00 UTC is 18:30 in Kolkata and 18:45 in Kathmandu.
  it.each([
    ['reaches Kolkata at 18:30–19:30 when 18:00 and 19:00 are both ticked', 'Asia/Kolkata', on('Wed', 18, 20), '2026-01-14T13:00Z', 60, true],
    ['does not reach Kolkata at 18:30–19:30 with only 18:00 ticked', 'Asia/Kolkata', on('Wed', 18, 19), '2026-01-14T13:00Z', 60, false],
    ['does not reach Kolkata at 18:30–19:30 with only 19:00 ticked', 'Asia/Kolkata', on('Wed', 19, 20), '2026-01-14T13:00Z', 60, false],
    ['reaches Kolkata at 18:00–19:00 (12:30 UTC) with only 18:00 ticked', 'Asia/Kolkata', on('Wed', 18, 19), '2026-01-14T12:30Z', 60, true],
    ['reaches Kathmandu at 18:45–19:45 when 18:00 and 19:00 are both ticked', 'Asia/Kathmandu', on('Wed', 18, 20), '2026-01-14T13:00Z', 60, true],
    ['does not reach Kathmandu at 18:45–19:45 with only 19:00 ticked', 'Asia/Kathmandu', on('Wed', 19, 20), '2026-01-14T13:00Z', 60, false],
    ['does not reach Kathmandu at 18:15–19:15 (12:30 UTC) with only 18:00 ticked', 'Asia/Kathmandu', on('Wed', 18, 19), '2026-01-14T12:30Z', 60, false],
    ['reaches Kathmandu at 19:00–19:45 (13:15 UTC) with only 19:00 ticked', 'Asia/Kathmandu', on('Wed', 19, 20), '2026-01-14T13:15Z', 45, true],
    ['reaches on the right local weekday: 23:30 UTC Wednesday is Thursday 05:00 in Kolkata', 'Asia/Kolkata', on('Thu', 5, 6), '2026-01-14T23:30Z', 60, true],
    ['does not reach on the UTC weekday when the local one differs', 'Asia/Kolkata', on('Wed', 5, 6), '2026-01-14T23:30Z', 60, false],
    ['wraps from Sunday night to Monday morning', 'UTC', [...on('Sun', 23, 24), ...on('Mon', 0, 1)], '2026-01-18T23:00Z', 120, true],
    ['reaches Berlin at 17:00 UTC in winter (18:00–20:00 local)', 'Europe/Berlin', daily(18, 20), '2026-01-14T17:00Z', 120, true],
    ['does not reach Berlin at 16:00 UTC in winter (17:00 local)', 'Europe/Berlin', daily(18, 20), '2026-01-14T16:00Z', 120, false],
    ['reaches Berlin at 16:00 UTC in summer (18:00–20:00 local)', 'Europe/Berlin', daily(18, 20), '2026-07-15T16:00Z', 120, true],
    ['does not reach Berlin at 17:00 UTC in summer (19:00 local)', 'Europe/Berlin', daily(18, 20), '2026-07-15T17:00Z', 120, false],
    ['reaches New York at 23:00 UTC in winter (18:00–20:00 local)', 'America/New_York', daily(18, 20), '2026-01-14T23:00Z', 120, true],
    ['reaches New York at 22:00 UTC in summer (18:00–20:00 local)', 'America/New_York', daily(18, 20), '2026-07-15T22:00Z', 120, true],
    ['does not reach New York at 22:00 UTC in winter (17:00 local)', 'America/New_York', daily(18, 20), '2026-01-14T22:00Z', 120, false],
    // 00:30–02:30 UTC on 2026-03-29 is 01:30 CET, then (from 01:00 UTC) 03:00–04:30 CEST: local 02:00 never happens.
    ['needs only the local hours that exist across the spring-forward change', 'Europe/Berlin', [...on('Sun', 1, 2), ...on('Sun', 3, 5)], '2026-03-29T00:30Z', 120, true],
    ['still needs the hour after the gap across the spring-forward change', 'Europe/Berlin', on('Sun', 1, 3), '2026-03-29T00:30Z', 120, false],
    // 00:00–02:00 UTC on 2026-10-25 is 02:00–03:00 CEST and then 02:00–03:00 CET: the same local hour twice.
    ['needs only the repeated hour across the autumn change', 'Europe/Berlin', on('Sun', 2, 3), '2026-10-25T00:00Z', 120, true],
    ['never reaches a person with an unknown zone from the profile alone', null, ALL_WEEK, '2026-01-14T13:00Z', 60, false],
    ['treats a zone Intl does not know as unknown', 'Mars/Olympus_Mons', ALL_WEEK, '2026-01-14T13:00Z', 60, false],
  ] as const)('%s', (_, zone, hours, at, duration, expected) => {
    expect(reaches(person(1, zone, [...hours]), at, duration)).toBe(expected);
  });

  it.each([
    {
      name: 'Berlin across the European change on 2026-03-29',
      zone: 'Europe/Berlin',
      from: '2026-03-28T00:00Z',
      to: '2026-03-31T00:00Z',
      expected: ['2026-03-28T17:00:00.000Z', '2026-03-29T16:00:00.000Z', '2026-03-30T16:00:00.000Z'],
    },
    {
      name: 'Berlin across the European change on 2026-10-25',
      zone: 'Europe/Berlin',
      from: '2026-10-24T00:00Z',
      to: '2026-10-27T00:00Z',
      expected: ['2026-10-24T16:00:00.000Z', '2026-10-25T17:00:00.000Z', '2026-10-26T17:00:00.000Z'],
    },
    {
      name: 'New York across the US change on 2026-03-08',
      zone: 'America/New_York',
      from: '2026-03-07T00:00Z',
      to: '2026-03-10T00:00Z',
      expected: ['2026-03-07T23:00:00.000Z', '2026-03-08T22:00:00.000Z', '2026-03-09T22:00:00.000Z'],
    },
  ])('ranks first exactly the 18:00–20:00 local slots on both sides of a change: $name', ({ zone, from, to, expected }) => {
    const evenings = person(1, zone, daily(18, 20));
    const ranked = rankSlots(candidateStarts(new Date(from), new Date(to), 120), 120, [evenings]);
    const top = ranked.filter((slot) => slot.score > 0);
    expect(top.map((slot) => slot.startsAt.toISOString())).toEqual(expected);
    expect(ranked.slice(0, expected.length)).toEqual(top);
  });

  it('ranks a mixed Kolkata, Kathmandu and Berlin group by how many it reaches', () => {
    const people = [
      person(1, 'Asia/Kolkata', on('Wed', 18, 20)), // 18:30–19:30 IST = 13:00 UTC
      person(2, 'Asia/Kathmandu', on('Wed', 18, 20)), // 18:45–19:45 NPT = 13:00 UTC
      person(3, 'Europe/Berlin', on('Wed', 14, 15)), // 14:00–15:00 CET = 13:00 UTC
      person(4, 'Europe/Berlin', on('Wed', 13, 14)), // 13:00–14:00 CET = 12:00 UTC
    ];
    const ranked = rankSlots(candidateStarts(new Date('2026-01-14T11:00Z'), new Date('2026-01-14T15:00Z'), 60), 60, people);
    expect(ranked.map((s) => [s.startsAt.toISOString().slice(11, 16), s.reached])).toEqual([
      ['13:00', [1, 2, 3]],
      ['12:30', [1, 2]], // 18:00–19:00 IST, 18:15–19:15 NPT
      ['12:00', [4]],
      ['13:30', [1]], // 19:00–20:00 IST; Kathmandu would need 20:00 too
      ['11:00', []],
      ['11:30', []],
      ['14:00', []],
    ]);
  });
});

describe('rankSlots: night penalty', () => {
  // Everyone is available all week, so only the local time of day separates the slots.
  const kolkata = person(1, 'Asia/Kolkata', ALL_WEEK);
  const berlin = person(2, 'Europe/Berlin', ALL_WEEK);
  const lateSlot = '2026-01-14T17:30Z'; // 23:00 in Kolkata, 18:30 in Berlin
  const daySlot = '2026-01-15T10:00Z'; // 15:30 in Kolkata, 11:00 in Berlin

  it('ranks the slot at someone’s 23:00 below an equally reaching daytime slot, even though it is earlier', () => {
    const ranked = rankSlots([new Date(lateSlot), new Date(daySlot)], 60, [kolkata, berlin]);
    expect(ranked.map((s) => s.startsAt.toISOString())).toEqual([new Date(daySlot).toISOString(), new Date(lateSlot).toISOString()]);
    expect(ranked.map((s) => s.score)).toEqual([2, 2 - NIGHT_PENALTY]);
    expect(ranked[1].atNight).toEqual([1]);
    expect(ranked[1].reached).toEqual([1, 2]);
  });

  it('still prefers the night slot when it reaches one more person', () => {
    const onlyThen = person(3, 'Europe/Berlin', on('Wed', 18, 20));
    const ranked = rankSlots([new Date(daySlot), new Date(lateSlot)], 60, [kolkata, berlin, onlyThen]);
    expect(ranked[0].startsAt.toISOString()).toBe(new Date(lateSlot).toISOString());
    expect(ranked[0].score).toBeGreaterThan(ranked[1].score);
  });

  it('keeps a person reached at night worth more than nobody, even if they only answered "if need be"', () => {
    expect(NIGHT_PENALTY).toBeGreaterThan(0);
    const ifNeedBe = person(3, 'Asia/Kolkata', [], [[lateSlot, 'if-need-be']]);
    const [slot] = rankSlots([new Date(lateSlot)], 60, [ifNeedBe]);
    expect(slot.atNight).toEqual([3]);
    expect(slot.score).toBeGreaterThan(0);
  });

  it.each([
    ['a session ending at 22:00 local', '2026-01-14T20:00Z', 60, false], // Berlin 21:00–22:00
    ['a session touching 22:00 local', '2026-01-14T20:30Z', 60, true], // 21:30–22:30
    ['a session starting at 07:00 local', '2026-01-14T06:00Z', 60, false], // 07:00–08:00
    ['a session touching 06:00 local', '2026-01-14T05:30Z', 60, true], // 06:30–07:30
    ['a session at 03:00 local', '2026-01-14T02:00Z', 30, true],
  ])('counts %s as night: %s', (_, at, duration, night) => {
    const [slot] = rankSlots([new Date(at)], duration, [berlin]);
    expect(slot.atNight).toEqual(night ? [2] : []);
  });

  it('never counts a person whose zone is unknown as at night', () => {
    const [slot] = rankSlots([new Date('2026-01-14T02:00Z')], 60, [person(5, null, [], [['2026-01-14T02:00Z', 'yes']])]);
    expect(slot).toMatchObject({ reached: [5], atNight: [], score: 1 });
  });
});

describe('rankSlots: poll answers', () => {
  const at = '2026-01-14T13:00Z'; // 18:30 in Kolkata
  const available = on('Wed', 18, 20);
  it.each([
    { name: 'reaches someone who answered yes although the profile does not fit', hours: [], answer: 'yes', reached: true, ifNeedBe: false, score: 1 },
    { name: 'reaches someone who answered "if need be", at half weight', hours: [], answer: 'if-need-be', reached: true, ifNeedBe: true, score: 0.5 },
    { name: 'counts "if need be" at half weight even when the profile fits', hours: available, answer: 'if-need-be', reached: true, ifNeedBe: true, score: 0.5 },
    { name: 'leaves out someone who answered no although the profile fits', hours: available, answer: 'no', reached: false, ifNeedBe: false, score: 0 },
    { name: 'falls back on the profile without an answer for this start', hours: available, answer: undefined, reached: true, ifNeedBe: false, score: 1 },
  ] as const)('$name', ({ hours, answer, reached, ifNeedBe, score }) => {
    const voter = person(7, 'Asia/Kolkata', [...hours], answer ? [[at, answer], ['2026-01-14T14:00Z', 'no']] : undefined);
    const [slot] = rankSlots([new Date(at)], 60, [voter]);
    expect(slot.reached).toEqual(reached ? [7] : []);
    expect(slot.ifNeedBe).toEqual(ifNeedBe ? [7] : []);
    expect(slot.score).toBe(score);
  });

  it('applies an answer only to the start it was given for', () => {
    const voter = person(7, 'Asia/Kolkata', available, [['2026-01-14T13:30Z', 'no']]);
    const ranked = rankSlots([new Date(at), new Date('2026-01-14T13:30Z')], 60, [voter]);
    expect(ranked.map((s) => [s.startsAt.toISOString(), s.reached])).toEqual([
      ['2026-01-14T13:00:00.000Z', [7]],
      ['2026-01-14T13:30:00.000Z', []],
    ]);
  });

  it('refuses an attendee given twice', () => {
    expect(() => rankSlots([new Date(at)], 60, [person(1, 'UTC', []), person(1, 'UTC', [])])).toThrow(RangeError);
  });
});

/** The second Saturday of each month from January to December 2026, as dates in the home zone. */
const SECOND_SATURDAYS_2026 = Array.from({ length: 12 }, (_, month) => {
  const firstDay = new Date(Date.UTC(2026, month, 1)).getUTCDay();
  const day = 1 + ((6 - firstDay + 7) % 7) + 7;
  return `2026-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
});
/** Every half hour from 06:00 to 22:00. */
const DAYTIME_STARTS = Array.from({ length: 33 }, (_, i) => 6 * 60 + 30 * i);

describe('chooseAlternatingSlots', () => {
  it('finds the second Saturdays of 2026 the tests use', () => {
    expect(SECOND_SATURDAYS_2026.slice(0, 3)).toEqual(['2026-01-10', '2026-02-14', '2026-03-14']);
  });

  it('gives a group split between Asia and the Americas two slots that together reach both halves', () => {
    const asia = [1, 2, 3, 4].map((id) => person(id, id % 2 ? 'Asia/Kolkata' : 'Asia/Kathmandu', daily(18, 21)));
    // 06:00 in Kolkata is 19:30 the evening before in Bogotá and Lima (no daylight saving in either).
    const americas = [5, 6, 7].map((id) => person(id, id % 2 ? 'America/Bogota' : 'America/Lima', daily(19, 22)));
    const input: AlternatingInput = {
      homeZone: 'Asia/Kolkata',
      occurrenceDates: SECOND_SATURDAYS_2026,
      localStartMinutes: DAYTIME_STARTS,
      durationMinutes: 60,
      k: 2,
      attendees: [...asia, ...americas],
    };
    const single = chooseAlternatingSlots({ ...input, k: 1 });
    expect(single.reachedPeople).toBe(4);
    const pair = chooseAlternatingSlots(input);
    expect(pair).toMatchObject({ reachedPeople: 7, exact: true });
    expect(pair.slots.map((s) => s.reached)).toEqual([[5, 6, 7], [1, 2, 3, 4]]);
    expect(pair.slots.map((s) => s.localStartMinutes)).toEqual([6 * 60, 18 * 60]);
    // Occurrences alternate, and each is stored as a UTC instant.
    expect(pair.schedule.slice(0, 3).map((o) => [o.date, o.startsAt.toISOString(), o.slot])).toEqual([
      ['2026-01-10', '2026-01-10T00:30:00.000Z', 0],
      ['2026-02-14', '2026-02-14T12:30:00.000Z', 1],
      ['2026-03-14', '2026-03-14T00:30:00.000Z', 0],
    ]);
  });

  it('keeps a slot at the same local time in the home zone across a DST change, so its UTC start moves', () => {
    const choice = chooseAlternatingSlots({
      homeZone: 'Europe/Berlin',
      occurrenceDates: ['2026-03-14', '2026-04-11'],
      localStartMinutes: [18 * 60],
      durationMinutes: 90,
      k: 1,
      attendees: [],
    });
    expect(choice.schedule.map((o) => o.startsAt.toISOString())).toEqual(['2026-03-14T17:00:00.000Z', '2026-04-11T16:00:00.000Z']);
  });

  // A Berlin series at 14:00 local is 18:30 in Kolkata in winter and 17:30 in summer.
  it.each([
    { name: 'counts a person reached at three of five occurrences', dates: ['2026-01-10', '2026-02-14', '2026-03-14', '2026-04-11', '2026-05-09'], reached: 1 },
    { name: 'does not count a person reached at two of five occurrences', dates: ['2026-02-14', '2026-03-14', '2026-04-11', '2026-05-09', '2026-06-13'], reached: 0 },
    { name: 'does not count a person reached at exactly half the occurrences', dates: ['2026-02-14', '2026-03-14', '2026-04-11', '2026-05-09'], reached: 0 },
  ])('$name (reach needs more than half the occurrences of a slot, DST included)', ({ dates, reached }) => {
    const choice = chooseAlternatingSlots({
      homeZone: 'Europe/Berlin',
      occurrenceDates: dates,
      localStartMinutes: [14 * 60],
      durationMinutes: 60,
      k: 1,
      attendees: [person(1, 'Asia/Kolkata', on('Sat', 18, 20))],
    });
    expect(choice.reachedPeople).toBe(reached);
  });

  it('prefers, among choices reaching as many, the one putting fewer people at night', () => {
    // Both Kolkata people are available all day; 06:00 and 22:00 Kolkata are night, 10:00 and 15:00 are not.
    const attendees = [person(1, 'Asia/Kolkata', ALL_WEEK), person(2, 'Asia/Kolkata', ALL_WEEK)];
    const choice = chooseAlternatingSlots({
      homeZone: 'Asia/Kolkata',
      occurrenceDates: SECOND_SATURDAYS_2026.slice(0, 4),
      localStartMinutes: [6 * 60, 10 * 60, 15 * 60, 22 * 60],
      durationMinutes: 60,
      k: 2,
      attendees,
    });
    expect(choice.slots.map((s) => s.localStartMinutes)).toEqual([10 * 60, 15 * 60]);
    expect(choice.score).toBe(8);
  });

  it.each([
    ['k of zero', { k: 0 }],
    ['more slots than candidates', { k: 3, localStartMinutes: [600, 660] }],
    ['more slots than occurrences', { k: 2, occurrenceDates: ['2026-01-10'] }],
    ['an unknown home zone', { homeZone: 'Nowhere/Town' }],
  ])('refuses %s', (_, change) => {
    const input: AlternatingInput = {
      homeZone: 'UTC',
      occurrenceDates: ['2026-01-10', '2026-02-14'],
      localStartMinutes: [600, 660, 720],
      durationMinutes: 60,
      k: 1,
      attendees: [],
      ...change,
    };
    expect(() => chooseAlternatingSlots(input)).toThrow(RangeError);
  });
});

/**
 * Exhaustive reference: every ordered choice of k distinct slots, each (slot, occurrence) evaluated with
 * rankSlots on its own, reach by majority counted with sets. Returns the best (people, score).
 */
function bruteForce(input: AlternatingInput): { reached: number; score: number } {
  const slots = [...new Set(input.localStartMinutes)].sort((a, b) => a - b);
  const evaluated = slots.map((minutes) =>
    input.occurrenceDates.map((date) => rankSlots([startInZone(date, minutes, input.homeZone)], input.durationMinutes, input.attendees)[0]),
  );
  let best = { reached: -1, score: -Infinity };
  const visit = (chosen: number[]): void => {
    if (chosen.length === input.k) {
      const people = new Set<number>();
      let score = 0;
      chosen.forEach((s, pos) => {
        const hits = new Map<number, number>();
        const mine = input.occurrenceDates.map((_, o) => o).filter((o) => o % input.k === pos);
        for (const o of mine) {
          score += evaluated[s][o].score;
          for (const id of evaluated[s][o].reached) hits.set(id, (hits.get(id) ?? 0) + 1);
        }
        for (const [id, count] of hits) if (count * 2 > mine.length) people.add(id);
      });
      if (people.size > best.reached || (people.size === best.reached && score > best.score)) best = { reached: people.size, score };
      return;
    }
    for (let s = 0; s < slots.length; s++) if (!chosen.includes(s)) visit([...chosen, s]);
  };
  visit([]);
  return best;
}

const ZONES = ['Asia/Kolkata', 'Asia/Kathmandu', 'Europe/Berlin', 'America/New_York', 'America/Sao_Paulo', 'Australia/Adelaide', 'UTC', null];
const HOME_ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata'];

/** A small random series over the spring DST changes, with blocks of availability and some poll answers. */
function randomSeries(seed: number, k: number): AlternatingInput {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const homeZone = pick(HOME_ZONES);
  const occurrenceDates = SECOND_SATURDAYS_2026.slice(1, 1 + Math.max(k, 3 + Math.floor(random() * 4)));
  const localStartMinutes = Array.from({ length: 5 + Math.floor(random() * 3) }, () => 6 * 60 + 30 * Math.floor(random() * 33));
  while (new Set(localStartMinutes).size < k + 1) localStartMinutes.push(6 * 60 + 30 * Math.floor(random() * 33));
  const durationMinutes = pick([45, 60, 90, 120]);
  const attendees = Array.from({ length: 10 + Math.floor(random() * 5) }, (_, i): Attendee => {
    const hours = new Set<number>();
    for (let b = 0; b < 3; b++) {
      const start = Math.floor(random() * 168);
      const length = 2 + Math.floor(random() * 10);
      for (let h = start; h < start + length; h++) hours.add(h % 168);
    }
    const timeZone = pick(ZONES);
    const votes = new Map<number, PollAnswer>();
    for (let v = 0; v < 3; v++) {
      const at = startInZone(pick(occurrenceDates), pick(localStartMinutes), homeZone).getTime();
      votes.set(at, pick(['yes', 'if-need-be', 'no'] as const));
    }
    return { id: 100 + i, timeZone, availableLocalHours: [...hours], votes: random() < 0.5 ? votes : undefined };
  });
  return { homeZone, occurrenceDates, localStartMinutes, durationMinutes, k, attendees };
}

describe('chooseAlternatingSlots against brute force', () => {
  const seeds = Array.from({ length: 30 }, (_, i) => 9_000 + i);
  it.each([1, 2, 3])('reaches as many people, with as high a score, as the best of every choice of k = %i slots', (k) => {
    for (const seed of seeds) {
      const input = randomSeries(seed * 7 + k, k);
      const best = bruteForce(input);
      const choice = chooseAlternatingSlots(input);
      expect(choice.exact).toBe(true);
      expect({ seed, reached: choice.reachedPeople, score: choice.score }).toEqual({ seed, ...best });
      expect(new Set(choice.slots.map((s) => s.localStartMinutes)).size).toBe(k);
      const greedy = greedyAlternatingSlots(input);
      expect(greedy.reachedPeople).toBeLessThanOrEqual(best.reached);
    }
  });

  it('beats greedy when the slot reaching the most people overlaps both others', () => {
    // 12:00 reaches 2–5; 10:00 reaches 1–3 and 14:00 reaches 4–6: greedy takes 12:00 first and ends with five.
    const hours: Record<number, number[]> = { 1: [10], 2: [10, 12], 3: [10, 12], 4: [12, 14], 5: [12, 14], 6: [14] };
    const input: AlternatingInput = {
      homeZone: 'UTC',
      occurrenceDates: SECOND_SATURDAYS_2026.slice(0, 4),
      localStartMinutes: [10 * 60, 12 * 60, 14 * 60],
      durationMinutes: 60,
      k: 2,
      attendees: Object.entries(hours).map(([id, list]) => person(Number(id), 'UTC', list.flatMap((h) => on('Sat', h, h + 1)))),
    };
    expect(greedyAlternatingSlots(input).reachedPeople).toBe(5);
    const choice = chooseAlternatingSlots(input);
    expect(choice.reachedPeople).toBe(6);
    expect(choice.slots.map((s) => s.localStartMinutes)).toEqual([10 * 60, 14 * 60]);
  });

  it('falls back to greedy with swaps for k = 4, says it is not exact, and is never better than the optimum', () => {
    for (const seed of seeds.slice(0, 10)) {
      const input = randomSeries(seed, 4);
      const best = bruteForce(input);
      const choice = chooseAlternatingSlots(input);
      expect(choice.exact).toBe(false);
      expect(choice.reachedPeople).toBeLessThanOrEqual(best.reached);
      expect(choice.reachedPeople).toBeGreaterThanOrEqual(greedyAlternatingSlots(input).reachedPeople);
    }
  });

  it('reports for each slot exactly the people it reaches, and counts each person once', () => {
    const input = randomSeries(4_242, 3);
    const choice = chooseAlternatingSlots(input);
    const union = new Set(choice.slots.flatMap((s) => s.reached));
    expect(union.size).toBe(choice.reachedPeople);
    expect(choice.schedule).toHaveLength(input.occurrenceDates.length);
    expect(choice.schedule.map((o) => o.slot)).toEqual(input.occurrenceDates.map((_, i) => i % 3));
  });
});
