import { describe, expect, it } from 'vitest';
import { timeZoneChoices } from './time-zones.js';

describe('time zone choices', () => {
  it('offers current IANA names, not the platform’s old ones', () => {
    const zones = timeZoneChoices();
    expect(zones).toEqual(expect.arrayContaining(['Asia/Kolkata', 'Asia/Kathmandu', 'Europe/Kyiv', 'America/Argentina/Buenos_Aires']));
    expect(zones).not.toContain('Asia/Calcutta');
  });

  it('keeps a person’s own zone even when it is spelt another way', () => {
    expect(timeZoneChoices('America/Montreal')).toContain('America/Montreal');
  });
});
