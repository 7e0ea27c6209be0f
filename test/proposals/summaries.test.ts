import { beforeAll, describe, expect, it } from 'vitest';
import { callSummariesForSeries, proposalDemandForSeries } from '../../src/domain/proposals/data.js';
import { createProposal, decideProposal, setInterest } from '../../src/domain/proposals/mutations.js';
import { validate } from '../../src/domain/validation.js';
import { ProposalSchema } from '../../src/domain/proposals/schema.js';
import { ConflictError } from '../../src/errors.js';
import { useTestDatabase } from '../db.js';
import { createCommunity, createPerson } from '../factories.js';
import { createSeries } from '../workshops/factories.js';
import { insertCall, insertProposal } from './helpers.js';

// The domain against PostgreSQL: what the series page and the organizer dashboard read, and the locking that
// keeps a proposal from being decided twice or changed after its deadline.

const handle = useTestDatabase();
let organizer: { id: number; username: string };
let presenter: { id: number; username: string };
let seriesId = 0;
let openCall = { id: 0, slug: '' };
const learners: number[] = [];

beforeAll(async () => {
  const { db } = handle;
  organizer = await createPerson(db, { username: 'Organizer Asha' });
  presenter = await createPerson(db, { username: 'Presenter Ravi' });
  for (let i = 0; i < 4; i++) learners.push((await createPerson(db, { username: `Learner ${i}` })).id);
  const community = await createCommunity(db, { members: [organizer.id] });
  ({ id: seriesId } = await createSeries(db, { communityId: community.id, slug: 'indic-monthly' }));
  const other = await createSeries(db, { communityId: community.id, slug: 'other-series' });
  await insertCall(db, { seriesId: other.id, slug: 'elsewhere' });
  await insertCall(db, { seriesId, slug: 'drafted', status: 'draft' });
  openCall = await insertCall(db, { seriesId, slug: 'open-call', title: 'Sessions for 2027', closesAt: new Date('2027-03-15T18:29:00Z') });
  const interested = async (id: number, count: number) => {
    for (const personId of learners.slice(0, count)) await db.insertInto('proposal_interest').values({ proposal_id: id, person_id: personId }).execute();
  };
  await interested(await insertProposal(db, { callId: openCall.id, by: presenter.id, status: 'draft' }), 1);
  await interested(await insertProposal(db, { callId: openCall.id, by: presenter.id, status: 'submitted' }), 3);
  await interested(await insertProposal(db, { callId: openCall.id, by: presenter.id, status: 'submitted' }), 0);
  await interested(await insertProposal(db, { callId: openCall.id, by: presenter.id, status: 'withdrawn' }), 4);
  await interested(await insertProposal(db, { callId: openCall.id, by: presenter.id, status: 'accepted' }), 2);
  await interested(await insertProposal(db, { callId: openCall.id, by: presenter.id, status: 'rejected' }), 1);
});

describe('what the series page and dashboard read', () => {
  it('lists a series’ calls with their submitted proposals, drafts only for organizers', async () => {
    const { db } = handle;
    const asOrganizer = await callSummariesForSeries(db, seriesId, { id: organizer.id, username: organizer.username, role: 'member' });
    expect(asOrganizer.map((c) => [c.slug, c.status, c.submittedCount])).toEqual([['open-call', 'open', 4], ['drafted', 'draft', 0]]);
    expect(asOrganizer[0]).toEqual({ slug: 'open-call', title: 'Sessions for 2027', status: 'open', closesAt: new Date('2027-03-15T18:29:00Z'), submittedCount: 4 });
    const asPresenter = await callSummariesForSeries(db, seriesId, { id: presenter.id, username: presenter.username, role: 'member' });
    expect(asPresenter.map((c) => c.slug)).toEqual(['open-call']);
    expect((await callSummariesForSeries(db, seriesId, null)).map((c) => c.slug)).toEqual(['open-call']);
  });

  it('sums interest only over proposals that reached the reviewers, per call', async () => {
    const demand = await proposalDemandForSeries(handle.db, seriesId);
    expect(demand.map(({ slug, submitted, interest, accepted }) => ({ slug, submitted, interest, accepted }))).toEqual([
      // Submitted 3 + 0, accepted 2, rejected 1; the draft’s and the withdrawn proposal’s interest do not count.
      { slug: 'open-call', submitted: 4, interest: 6, accepted: 1 },
      { slug: 'drafted', submitted: 0, interest: 0, accepted: 0 },
    ]);
  });
});

describe('locking', () => {
  it('decides a proposal once when two organizers accept it at the same moment', async () => {
    const { db } = handle;
    const id = await insertProposal(db, { callId: openCall.id, by: presenter.id, title: 'Raced' });
    const actor = { id: organizer.id, role: 'member' as const };
    const now = new Date('2027-04-01T00:00:00Z');
    const results = await Promise.allSettled([1, 2].map(() => decideProposal(db, actor, id, { decision: 'accepted', message: '' }, now)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failure = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failure.reason).toBeInstanceOf(ConflictError);
    expect(await db.selectFrom('workshop_sessions').select('id').where('proposal_id', '=', id).execute()).toHaveLength(1);
    expect(await db.selectFrom('notifications').select('id').where('kind', '=', 'proposal-accepted').where('person_id', '=', presenter.id).execute()).toHaveLength(1);
  });

  it('stores nothing for a proposal sent after the deadline, and counts interest once however often it is sent', async () => {
    const { db } = handle;
    const before = await db.selectFrom('proposals').select('id').execute();
    const input = validate(ProposalSchema, {
      title: 'Late', sessionType: 'talk', language: 'en', interpretation: '', durationMinutes: '30', plan: 'p', supportNeeded: '', benefit: 'b',
      skills: [], answers: {}, intent: 'submit',
    });
    await expect(createProposal(db, { id: presenter.id, role: 'member' }, openCall.id, input, new Date('2027-03-15T18:30:00Z'))).rejects.toBeInstanceOf(ConflictError);
    expect(await db.selectFrom('proposals').select('id').execute()).toEqual(before);

    const id = await insertProposal(db, { callId: openCall.id, by: presenter.id, title: 'Wanted' });
    const now = new Date('2027-03-10T00:00:00Z');
    const signed = await Promise.all([1, 2, 3].map(() => setInterest(db, learners[0], id, true, now)));
    expect(signed.filter(Boolean)).toHaveLength(1);
    expect(await db.selectFrom('proposal_interest').select('person_id').where('proposal_id', '=', id).execute()).toEqual([{ person_id: learners[0] }]);
  });
});
