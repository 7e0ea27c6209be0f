import { describe, expect, it } from 'vitest';
import { getApplication, getCallBySlug, listApplications, readinessOf } from '../../domain/recruitment/data.js';
import { createCommunity, createPerson } from '../../../test/factories.js';
import { useTestDatabase } from '../../../test/db.js';
import { DEMO_CALL_SLUG, seedDemoRecruitment } from './demo-recruitment.js';

const handle = useTestDatabase();
const now = new Date('2026-11-22T12:00:00Z');

describe('demo recruitment', () => {
  it('creates nothing when there are no communities to apply', async () => {
    await seedDemoRecruitment(handle.db, now);
    expect(await handle.db.selectFrom('recruitment_calls').select('id').execute()).toEqual([]);
  });

  it('opens the call with five varied applications from existing communities, and a second run changes nothing', async () => {
    const { db } = handle;
    await createPerson(db, { username: 'Demo Coordinator', role: 'organizer' });
    const people = [];
    for (let i = 0; i < 40; i++) people.push(await createPerson(db, { username: `Demo Member ${i}` }));
    await createCommunity(db, { kind: 'chapter', name: 'A chapter, not applying' });
    for (let i = 0; i < 6; i++) {
      await createCommunity(db, { kind: i % 2 ? 'user-group' : 'wiki-community', name: `Demo Community ${i}`, wikis: ['bnwiki'], members: [people[i].id, people[i + 10].id] });
    }
    await seedDemoRecruitment(db, now);
    await seedDemoRecruitment(db, now);

    const call = (await getCallBySlug(db, DEMO_CALL_SLUG))!;
    expect(call).toMatchObject({ title: 'Technical capacity program 2027', status: 'open', minConfirmed: 15, closesOn: '2027-01-06' });
    const applications = await listApplications(db, call);
    expect(applications.map((a) => a.community.name)).toEqual([0, 1, 2, 3, 4].map((i) => `Demo Community ${i}`));
    expect(applications.map((a) => a.status)).toEqual(['accepted', 'submitted', 'submitted', 'draft', 'submitted']);
    expect(applications.map((a) => a.facts.confirmations)).toEqual([18, 15, 9, 4, 20]);
    // The community's own organizer submitted, and members are among those who joined.
    expect(applications[1].submittedBy?.id).toBe(people[1].id);
    const joined = await db.selectFrom('application_confirmations').select('person_id').where('application_id', '=', applications[0].id).execute();
    expect(joined.map((j) => j.person_id)).toEqual(expect.arrayContaining([people[0].id, people[10].id]));

    const accepted = (await getApplication(db, applications[0].id))!;
    expect(accepted.decidedBy?.username).toBe('Demo Coordinator');
    expect(accepted.decisionMessage).toContain('Welcome');
    const overridden = readinessOf(applications[1]).criteria.find((c) => c.criterion === 'takes-lead')!;
    expect(overridden).toMatchObject({ computed: 0.5, score: 1 });
    expect(overridden.override?.reason).toContain('four online workshops');
    // Scores differ enough to rank.
    expect(new Set(applications.map((a) => readinessOf(a).total)).size).toBe(5);
    expect(await db.selectFrom('notifications').select('kind').where('person_id', '=', people[0].id).execute()).toEqual([{ kind: 'application-accepted' }]);
  });
});
