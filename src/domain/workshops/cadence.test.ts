import { describe, expect, it } from 'vitest';
import { localDate, nextOccurrences, ruleDate, zonedToUtc } from './cadence.js';

describe('monthly cadence', () => {
  it.each([
    ['the second Saturday of December 2026', 2026, 12, { week: 2, weekday: 5 }, '2026-12-12'],
    ['the first Monday of June 2026, which is the 1st', 2026, 6, { week: 1, weekday: 0 }, '2026-06-01'],
    ['the last Friday of January 2027', 2027, 1, { week: -1, weekday: 4 }, '2027-01-29'],
    ['the fourth Sunday of February 2026', 2026, 2, { week: 4, weekday: 6 }, '2026-02-22'],
  ])('finds %s', (_name, year, month, rule, expected) => {
    expect(ruleDate(year, month, rule)).toBe(expected);
  });

  it('places a Kolkata 15:00 session at 09:30 UTC and a Kathmandu one at 09:15 UTC', () => {
    expect(zonedToUtc('2026-12-12', '15:00', 'Asia/Kolkata').toISOString()).toBe('2026-12-12T09:30:00.000Z');
    expect(zonedToUtc('2026-12-12', '15:00', 'Asia/Kathmandu').toISOString()).toBe('2026-12-12T09:15:00.000Z');
  });

  it('follows summer time: 18:00 in Berlin is 17:00 UTC in winter and 16:00 UTC in summer', () => {
    expect(zonedToUtc('2026-03-28', '18:00', 'Europe/Berlin').toISOString()).toBe('2026-03-28T17:00:00.000Z');
    expect(zonedToUtc('2026-03-29', '18:00', 'Europe/Berlin').toISOString()).toBe('2026-03-29T16:00:00.000Z');
  });

  it('moves a local time skipped by the spring change forward instead of failing', () => {
    // 02:30 does not exist in New York on 8 March 2026; the clock jumps from 02:00 to 03:00.
    expect(zonedToUtc('2026-03-08', '02:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });

  it('takes the first of the two 01:30s when New York falls back', () => {
    expect(zonedToUtc('2026-11-01', '01:30', 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });


  it('lists the next second Saturdays at 15:00 in Kolkata after a given moment', () => {
    const next = nextOccurrences({ week: 2, weekday: 5, time: '15:00', zone: 'Asia/Kolkata' }, new Date('2026-12-12T10:00:00Z'), 3);
    expect(next.map((d) => d.toISOString())).toEqual(['2027-01-09T09:30:00.000Z', '2027-02-13T09:30:00.000Z', '2027-03-13T09:30:00.000Z']);
  });

  it('keeps a New York series at 10:00 local across the March change', () => {
    const next = nextOccurrences({ week: 1, weekday: 6, time: '10:00', zone: 'America/New_York' }, new Date('2026-02-01T00:00:00Z'), 2);
    expect(next.map((d) => d.toISOString())).toEqual(['2026-02-01T15:00:00.000Z', '2026-03-01T15:00:00.000Z']);
    const april = nextOccurrences({ week: 1, weekday: 6, time: '10:00', zone: 'America/New_York' }, new Date('2026-03-10T00:00:00Z'), 1);
    expect(april[0]!.toISOString()).toBe('2026-04-05T14:00:00.000Z');
  });

  it('reads the local date of an instant in the zone, not in UTC', () => {
    expect(localDate(new Date('2026-12-12T20:00:00Z'), 'Asia/Kolkata')).toBe('2026-12-13');
  });
});
