import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connection.js';
import { getDashboard, getMentorship, getSwap } from '../../src/domain/mentorship/data.js';
import {
  addCheckin, createRequest, endMentorship, respondToProposal, respondToSwap, runMatching, saveMentorOffer, withdrawRequest,
} from '../../src/domain/mentorship/mutations.js';
import { resolveSkillSlug } from '../../src/domain/skills/data.js';
import { JOBS } from '../../src/jobs/registry.js';
import { testConfig } from '../client.js';
import { useTestDatabase } from '../db.js';
import { createPerson, dailyHours, type PersonSpec } from '../factories.js';

const handle = useTestDatabase();
const now = new Date('2026-11-22T12:00:00Z');
const run = (db: Db, requestIds?: number[]) => runMatching(db, { trigger: 'organizer', startedBy: null, now, minOverlapHours: 2, requestIds });

const kolkataEvenings: PersonSpec = { country: 'IN', timeZone: 'Asia/Kolkata', availability: dailyHours(18, 22) };

async function mentor(spec: PersonSpec, capacity = 2) {
  const p = await createPerson(handle.db, { ...kolkataEvenings, ...spec });
  await saveMentorOffer(handle.db, p.id, { capacity, awayUntil: null, skillIds: [] }, now);
  return p;
}

async function ask(learnerId: number, skill: string, languages: string[], extra: { level?: number; openToSwap?: boolean } = {}) {
  return createRequest(handle.db, learnerId, {
    skill, level: extra.level ?? 0, goal: 'Write my first module', languages, format: 'few-sessions',
    openToSwap: extra.openToSwap ?? false, preferSameRegion: false,
  }, now);
}

const proposalsFor = async (db: Db, personId: number) =>
  (await getDashboard(db, personId)).mentorships.filter((m) => m.status === 'proposed');

describe('the mentorship lifecycle', () => {
  it('proposes the mentor who shares a language, then runs from acceptance to a check-in and completion', async () => {
    const { db } = handle;
    const learner = await createPerson(db, { ...kolkataEvenings, languages: [['hi', 5], ['en', 2]] });
    const hindiMentor = await mentor({ languages: [['hi', 4]], skills: [['lua-modules', 'share', 4]] });
    await mentor({ languages: [['es', 5]], skills: [['lua-modules', 'share', 4]] });
    const requestId = await ask(learner.id, 'lua-modules', ['hi']);

    const summary = await run(db);
    expect(summary).toMatchObject({ openRequests: 1, proposals: 1, unmatched: 0, optimal: true });
    const [proposal] = await proposalsFor(db, learner.id);
    expect(proposal.mentor.id).toBe(hindiMentor.id);
    const lua = (await resolveSkillSlug(db, 'lua-modules'))!.id;
    expect(proposal.reasons).toMatchObject({ language: 'hi', overlapHours: 28, mentorLevel: 4, learnerLevel: 0, specificity: 'exact', skillId: lua });

    await respondToProposal(db, learner.id, proposal.id, { decision: 'accept', block: false }, now);
    expect((await getMentorship(db, proposal.id))!.status).toBe('proposed');
    await respondToProposal(db, hindiMentor.id, proposal.id, { decision: 'accept', block: false }, now);
    expect((await getMentorship(db, proposal.id))!.status).toBe('active');

    await addCheckin(db, hindiMentor.id, proposal.id, { metOn: '2026-11-25', notes: 'Wrote a hello-world module', nextStep: 'Tables' });
    await endMentorship(db, learner.id, proposal.id, { outcome: 'completed', note: 'Thank you!' }, now);
    const done = (await getMentorship(db, proposal.id))!;
    expect(done.status).toBe('completed');
    expect(done.checkins.map((c) => c.notes)).toEqual(['Wrote a hello-world module']);
    expect((await getDashboard(db, learner.id)).requests.map((r) => r.id)).not.toContain(requestId);
    const kinds = await db.selectFrom('notifications').select('kind').where('person_id', '=', hindiMentor.id).orderBy('id').execute();
    expect(kinds.map((k) => k.kind)).toEqual(['mentorship-proposed', 'mentorship-started', 'mentorship-ended']);
  });

  it('re-matches a learner with the next mentor after a decline, and never proposes a blocked pair again', async () => {
    const { db } = handle;
    const learner = await createPerson(db, { ...kolkataEvenings, languages: [['bn', 5]] });
    const first = await mentor({ languages: [['bn', 5]], skills: [['templates', 'share', 4]], wikis: ['bnwiki'] });
    const second = await mentor({ languages: [['bn', 3]], skills: [['templates', 'share', 3]] });
    await db.insertInto('person_wikis').values({ person_id: learner.id, dbname: 'bnwiki' }).execute();
    const requestId = await ask(learner.id, 'templates', ['bn']);
    await run(db, [requestId]);
    const [proposal] = await proposalsFor(db, learner.id);
    expect(proposal.mentor.id).toBe(first.id);
    expect(proposal.reasons.sharedWiki).toBe('bnwiki');

    const reopened = await respondToProposal(db, first.id, proposal.id, { decision: 'decline', block: true }, now);
    expect(reopened).toEqual([requestId]);
    await run(db, reopened);
    const [next] = await proposalsFor(db, learner.id);
    expect(next.mentor.id).toBe(second.id);
    await respondToProposal(db, learner.id, next.id, { decision: 'decline', block: false }, now);
    await run(db, [requestId]);
    expect(await proposalsFor(db, learner.id)).toEqual([]);
    const request = await db.selectFrom('mentorship_requests').select(['status', 'unmatched_reason']).where('id', '=', requestId).executeTakeFirstOrThrow();
    expect(request).toEqual({ status: 'open', unmatched_reason: 'capacity' });
  });

  it('says why a request found nobody: no mentor for the skill, no shared language, no overlapping hours', async () => {
    const { db } = handle;
    await mentor({ languages: [['fr', 5]], skills: [['wikidata-lexemes', 'share', 4]], timeZone: 'Europe/Paris', availability: dailyHours(9, 12) });
    const noSkill = await createPerson(db, { ...kolkataEvenings, languages: [['fr', 4]] });
    const noLanguage = await createPerson(db, { ...kolkataEvenings, languages: [['ta', 5]] });
    const noOverlap = await createPerson(db, { ...kolkataEvenings, languages: [['fr', 4]] });
    const ids = [
      await ask(noSkill.id, 'wikisource-proofreading', ['fr']),
      await ask(noLanguage.id, 'wikidata-lexemes', ['ta']),
      await ask(noOverlap.id, 'wikidata-lexemes', ['fr']),
    ];
    await run(db, ids);
    const reasons = await db.selectFrom('mentorship_requests').select(['id', 'unmatched_reason']).where('id', 'in', ids).orderBy('id').execute();
    expect(reasons.map((r) => r.unmatched_reason)).toEqual(['skill', 'language', 'overlap']);
  });

  it('proposes a swap circle that starts only when everyone in it has accepted', async () => {
    const { db } = handle;
    const a = await mentor({ languages: [['ar', 5]], skills: [['wikidata-query-service', 'share', 4], ['lua-debugging', 'learn', 1]] });
    const b = await mentor({ languages: [['ar', 4]], skills: [['lua-debugging', 'share', 4], ['wikidata-query-service', 'learn', 1]] });
    const ra = await ask(a.id, 'lua-debugging', ['ar'], { openToSwap: true });
    const rb = await ask(b.id, 'wikidata-query-service', ['ar'], { openToSwap: true });
    const summary = await run(db);
    expect(summary.swapCycles).toBeGreaterThanOrEqual(1);
    const swapId = (await proposalsFor(db, a.id)).find((m) => m.swapId)!.swapId!;
    const swap = (await getSwap(db, swapId))!;
    expect(swap.links.map((l) => [l.mentor.id, l.learner.id]).sort()).toEqual([[a.id, b.id], [b.id, a.id]].sort());
    expect(swap.links.map((l) => l.requestId).sort()).toEqual([ra, rb].sort());

    await respondToSwap(db, a.id, swapId, { decision: 'accept', block: false }, now);
    expect((await getSwap(db, swapId))!.status).toBe('proposed');
    await respondToSwap(db, b.id, swapId, { decision: 'accept', block: false }, now);
    const active = (await getSwap(db, swapId))!;
    expect(active.status).toBe('active');
    expect(active.links.every((l) => l.status === 'active')).toBe(true);
  });

  it('lets only the learner withdraw a request, and only while it is open or proposed', async () => {
    const { db } = handle;
    const learner = await createPerson(db, { languages: [['es', 5]] });
    const other = await createPerson(db, { languages: [['es', 5]] });
    const id = await ask(learner.id, 'wikidata', ['es']);
    await expect(withdrawRequest(db, other.id, id, now)).rejects.toMatchObject({ status: 403 });
    await withdrawRequest(db, learner.id, id, now);
    await expect(withdrawRequest(db, learner.id, id, now)).rejects.toMatchObject({ status: 409 });
    await expect(ask(learner.id, 'wikidata', ['de'])).rejects.toMatchObject({ status: 400 });
    await ask(learner.id, 'wikidata', ['es']);
    await expect(ask(learner.id, 'wikidata', ['es'])).rejects.toMatchObject({ status: 409 });
  });

  it('runs matching every week as a background job, like an organizer would', async () => {
    const { db } = handle;
    const learner = await createPerson(db, { ...kolkataEvenings, languages: [['ml', 5]] });
    await mentor({ languages: [['ml', 4]], skills: [['outreach', 'share', 3]] });
    const requestId = await ask(learner.id, 'outreach', ['ml']);
    const job = JOBS.find((j) => j.name === 'mentorship-matching')!;
    expect(job.schedule).toBe('0 6 * * 1');
    await job.run({ db, config: testConfig(), now: () => now, mail: null });
    const run = await db.selectFrom('matching_runs').select(['trigger', 'started_by']).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(run).toEqual({ trigger: 'schedule', started_by: null });
    expect((await db.selectFrom('mentorship_requests').select('status').where('id', '=', requestId).executeTakeFirstOrThrow()).status).toBe('proposed');
  });
});
