import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/db/seed/demo.js';
import { useTestDatabase } from '../db.js';

const handle = useTestDatabase();

describe('the demo community', () => {
  it('shows mentorship at work on first start: offers, open requests, active mentorships with check-ins and a swap circle', async () => {
    const { db } = handle;
    const started = performance.now();
    await seedDemo(db, new Date('2026-11-22T12:00:00Z'));
    const seconds = (performance.now() - started) / 1000;
    const count = async (query: string) => Number((await sql<{ n: number }>`${sql.raw(query)}`.execute(db)).rows[0].n);
    const figures = {
      mentors: await count('select count(*) as n from mentor_offers'),
      openRequests: await count(`select count(*) as n from mentorship_requests where status = 'open'`),
      proposals: await count(`select count(*) as n from mentorships where status = 'proposed' and swap_id is null`),
      active: await count(`select count(*) as n from mentorships where status = 'active'`),
      completed: await count(`select count(*) as n from mentorships where status = 'completed'`),
      checkins: await count('select count(*) as n from mentorship_checkins'),
      swaps: await count(`select count(*) as n from swap_proposals where status = 'proposed'`),
      exchanges: await count('select count(*) as n from group_exchanges'),
      organizers: await count(`select count(*) as n from people where role = 'organizer'`),
      unreadNotifications: await count('select count(*) as n from notifications where read_at is null'),
    };
    console.log(`demo seeded in ${seconds.toFixed(1)} s:`, figures);
    expect(figures.mentors).toBeGreaterThan(30);
    expect(figures.openRequests).toBeGreaterThan(0);
    expect(figures.proposals).toBeGreaterThan(3);
    expect(figures.active).toBeGreaterThan(3);
    expect(figures.completed).toBeGreaterThan(0);
    expect(figures.checkins).toBeGreaterThan(0);
    expect(figures.swaps).toBeGreaterThanOrEqual(1);
    expect(figures.exchanges).toBeGreaterThan(3);
    expect(figures.organizers).toBe(1);
    expect(figures.unreadNotifications).toBe(0);
    // Every open request that found nobody says why.
    expect(await count(`select count(*) as n from mentorship_requests where status = 'open' and unmatched_reason is null`)).toBe(0);
  });
});
