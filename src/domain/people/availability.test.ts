import { describe, expect, it } from 'vitest';
import { overlapHours, toUtcSlots, utcOffsetMinutes } from './availability.js';

const JANUARY = new Date('2027-01-15T12:00:00Z');
const JULY = new Date('2027-07-15T12:00:00Z');
const slotsOf = (bits: string) => [...bits].flatMap((b, i) => (b === '1' ? [i] : []));

describe('weekly availability in UTC half-hours', () => {
  it('knows half-hour and 45-minute zones', () => {
    expect(utcOffsetMinutes('Asia/Kolkata', JANUARY)).toBe(330);
    expect(utcOffsetMinutes('Asia/Kathmandu', JANUARY)).toBe(345);
  });

  it('follows daylight saving time', () => {
    expect(utcOffsetMinutes('Europe/Paris', JANUARY)).toBe(60);
    expect(utcOffsetMinutes('Europe/Paris', JULY)).toBe(120);
    expect(slotsOf(toUtcSlots([18], 'Europe/Paris', JANUARY))).toEqual([34, 35]); // Monday 17:00–18:00 UTC
    expect(slotsOf(toUtcSlots([18], 'Europe/Paris', JULY))).toEqual([32, 33]); // Monday 16:00–17:00 UTC
  });

  it('maps a Kolkata hour onto two UTC half-hours', () => {
    // Monday 09:00–10:00 in Kolkata is Monday 03:30–04:30 UTC.
    expect(slotsOf(toUtcSlots([9], 'Asia/Kolkata', JANUARY))).toEqual([7, 8]);
  });

  it('keeps only whole half-hours for a 45-minute zone', () => {
    // Monday 09:00–10:00 in Kathmandu is 03:15–04:15 UTC: only 03:30–04:00 is whole.
    expect(slotsOf(toUtcSlots([9], 'Asia/Kathmandu', JANUARY))).toEqual([7]);
  });

  it('wraps Monday early hours back to Sunday in UTC', () => {
    // Monday 01:00–02:00 in Kolkata is Sunday 19:30–20:30 UTC.
    expect(slotsOf(toUtcSlots([1], 'Asia/Kolkata', JANUARY))).toEqual([6 * 48 + 39, 6 * 48 + 40]);
  });

  it('counts shared hours across zones', () => {
    const delhiEvening = toUtcSlots([18, 19, 20], 'Asia/Kolkata', JANUARY); // 12:30–15:30 UTC
    const lagosAfternoon = toUtcSlots([13, 14], 'Africa/Lagos', JANUARY); // 12:00–14:00 UTC
    expect(overlapHours(delhiEvening, lagosAfternoon)).toBe(1.5);
    expect(overlapHours(delhiEvening, toUtcSlots([3], 'Africa/Lagos', JANUARY))).toBe(0);
  });
});
