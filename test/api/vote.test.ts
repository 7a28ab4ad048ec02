import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';
import { caseIn, createDraft, ALL_CONDITIONS, today } from '../support/fixtures.ts';
import { up as republishBuiltInProfiles } from '../../src/db/migrations/009-vote-settings.ts';

/**
 * Issue 10, items 9–10, through HTTP on a real database (PGlite, or PostgreSQL with
 * TEST_DATABASE_URL). Art. 8(1) and open question G12: every member present has a ballot before
 * a result is computed; the base is eligible members by default; written consultation where the
 * profile allows it, each ballot an event by its member; the minutes list every member's ballot.
 * Refused actions write nothing: the case's version and its events are unchanged.
 * The finance department's collective: giamdoc.stc (head), phogiamdoc1.stc, phogiamdoc2.stc.
 */
describe('The vote (Art. 8(1), G12)', () => {
  let t: TestApp;
  let head: TestClient;
  let liaison: TestClient;
  let ids: { head: string; d1: string; d2: string };

  before(async () => {
    t = await startTestApp();
    head = await t.login('giamdoc.stc');
    liaison = await t.login('dangu.ducq');
    ids = {
      head: t.org.people['giamdoc.stc']!,
      d1: t.org.people['phogiamdoc1.stc']!,
      d2: t.org.people['phogiamdoc2.stc']!,
    };
  });
  after(() => t.close());

  /** The case's version and the number of its events and of all events, to show nothing was written. */
  async function written(code: string) {
    const db = t.runtime.db;
    const row = await db
      .selectFrom('cases')
      .select(['id', 'version', 'event_count'])
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    const all = await db
      .selectFrom('case_events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return { version: row.version, eventCount: row.event_count, allEvents: Number(all.n) };
  }

  async function readyToVote(title?: string): Promise<string> {
    const code = await caseIn(t, 'under_consideration', title);
    await head.must(code, 'request_party_opinion', {});
    await liaison.must(code, 'record_party_opinion', {
      opinion: 'agree',
      content: 'Đồng ý chủ trương.',
      givenOn: today(t),
    });
    return code;
  }

  const meeting = (attendees: string[], votes: [string, string][]) => ({
    meetingOn: today(t),
    attendeeIds: attendees,
    votes: votes.map(([personId, vote]) => ({ personId, vote })),
  });

  it('Art. 8(1): three members present, only the head’s ballot → 422 naming each member without a ballot, nothing written', async () => {
    const code = await readyToVote();
    const before = await written(code);
    const r = await head.act(
      code,
      'record_vote',
      meeting([ids.head, ids.d1, ids.d2], [[ids.head, 'for']]),
      before.version,
    );
    assert.equal(r.status, 422, JSON.stringify(r.body));
    assert.deepEqual(
      r.body.error.fields.map((f: { path: string; code: string }) => `${f.path}:${f.code}`),
      ['attendeeIds[1]:ballot_missing', 'attendeeIds[2]:ballot_missing'],
    );
    assert.deepEqual(await written(code), before, 'no event, no new version');
    assert.equal((await head.get(`/api/cases/${code}`)).body.state, 'under_consideration');

    const passed = await head.must(
      code,
      'record_vote',
      meeting(
        [ids.head, ids.d1, ids.d2],
        [
          [ids.head, 'for'],
          [ids.d1, 'against'],
          [ids.d2, 'for'],
        ],
      ),
    );
    assert.equal(passed.state, 'vote_passed');
    const events = (await head.get(`/api/cases/${code}/events`)).body.items;
    const vote = events.find((e: { type: string }) => e.type === 'vote_recorded');
    assert.equal(vote.payload.mode, 'meeting');
    const byPerson = Object.fromEntries(
      vote.payload.ballots.map((b: { personId: string; ballot: string }) => [b.personId, b.ballot]),
    );
    assert.deepEqual(
      byPerson,
      { [ids.head]: 'for', [ids.d1]: 'against', [ids.d2]: 'for' },
      'the minutes list every member',
    );
  });

  it('G12: the default base is eligible members — the head alone for, two absent → 1 of 3, not passed', async () => {
    const code = await readyToVote();
    const r = await head.must(code, 'record_vote', meeting([ids.head], [[ids.head, 'for']]));
    assert.equal(r.state, 'vote_failed');
    const vote = (await head.get(`/api/cases/${code}/events`)).body.items.find(
      (e: { type: string }) => e.type === 'vote_recorded',
    );
    assert.deepEqual(
      [vote.payload.result.base, vote.payload.result.for, vote.payload.voteRule.base],
      [3, 1, 'eligible_members'],
    );
    assert.deepEqual(
      vote.payload.ballots
        .filter((b: { ballot: string }) => b.ballot === 'absent')
        .map((b: { personId: string }) => b.personId)
        .sort(),
      [ids.d1, ids.d2].sort(),
    );
  });

  it('the server gives the vote form its voters, the excluded deputy-proposer and names (not role guesses)', async () => {
    const deputy = await t.login('phogiamdoc1.stc');
    const code = (await createDraft(deputy, 'Đề xuất của phó giám đốc')).code as string;
    await deputy.must(code, 'submit');
    await head.must(code, 'accept_for_consideration', ALL_CONDITIONS);
    const c = (await head.get(`/api/cases/${code}`)).body;
    assert.deepEqual(c.vote.excludedIds, [ids.d1]);
    assert.deepEqual([...c.vote.votingMemberIds].sort(), [ids.head, ids.d2].sort());
    assert.equal(c.vote.headId, ids.head);
    assert.equal(c.vote.members[0].id, ids.head, 'the head first');
    assert.ok(c.vote.members.every((m: { name: string | null }) => typeof m.name === 'string' && m.name.length > 0));
    assert.equal(c.vote.writtenConsultation, false);
    assert.ok(!c.allowedActions.includes('cast_ballot'), 'no written consultation under Decree 73’s default');
  });

  it('cast_ballot is refused (409) where the profile allows no written consultation, nothing written', async () => {
    const code = await readyToVote();
    const deputy = await t.login('phogiamdoc2.stc');
    const before = await written(code);
    const r = await deputy.act(code, 'cast_ballot', { vote: 'for' }, before.version);
    assert.equal(r.status, 409, JSON.stringify(r.body));
    assert.deepEqual(await written(code), before);
  });

  it('item 10: the open time limits and vote parameters are published as settings, the tie rule as law', async () => {
    const admin = await t.login('quantri');
    const profiles = (await admin.get('/api/profiles')).body;
    const kind = (path: string) => profiles.settings.find((s: { path: string }) => s.path === path)?.kind;
    assert.equal(kind('limits.superiorConsiderationDays'), 'setting');
    assert.equal(kind('limits.terminationReportDays'), 'setting');
    assert.equal(kind('voteRule.base'), 'setting');
    assert.equal(kind('voteRule.tie'), 'law');
    const nd73 = profiles.items.find((p: { code: string }) => p.code === 'ND73').definition;
    assert.equal(nd73.limits.superiorConsiderationDays, 7);
    assert.equal(nd73.limits.terminationReportDays, 5);
    const { version: _v, ...definition } = nd73;
    const bent = await admin.post('/api/profiles', {
      ...definition,
      voteRule: { ...definition.voteRule, tie: 'not_passed' },
    });
    assert.equal(bent.status, 422);
    assert.deepEqual(
      bent.body.error.fields.map((f: { path: string; code: string }) => `${f.path}:${f.code}`),
      ['voteRule.tie:fixed_by_law'],
    );
  });

  describe('G12: a written consultation under a profile that allows it', () => {
    let code: string;
    let d1: TestClient;
    before(async () => {
      const admin = await t.login('quantri');
      const nd73 = (await admin.get('/api/profiles')).body.items.find(
        (p: { code: string }) => p.code === 'ND73',
      ).definition;
      const { version: _v, ...definition } = nd73;
      const published = await admin.post('/api/profiles', {
        ...definition,
        voteRule: { ...definition.voteRule, writtenConsultation: true },
      });
      assert.equal(published.status, 201, JSON.stringify(published.body));
      code = await caseIn(t, 'under_consideration', 'Đề xuất lấy ý kiến bằng phiếu');
      d1 = await t.login('phogiamdoc1.stc');
    });

    it('no ballot before the Party committee’s opinion (Art. 4), nothing written', async () => {
      const before = await written(code);
      const r = await d1.act(code, 'cast_ballot', { vote: 'for' }, before.version);
      assert.equal(r.status, 409);
      assert.deepEqual(await written(code), before);
      await head.must(code, 'request_party_opinion', {});
      await liaison.must(code, 'record_party_opinion', {
        opinion: 'agree',
        content: 'Đồng ý chủ trương.',
        givenOn: today(t),
      });
    });

    it('each member casts their own ballot: an event by that member; a second ballot is refused', async () => {
      assert.ok((await d1.get(`/api/cases/${code}`)).body.allowedActions.includes('cast_ballot'));
      const cast = await d1.must(code, 'cast_ballot', { vote: 'for', comment: 'Đồng ý.' });
      assert.equal(cast.state, 'under_consideration');
      const events = (await d1.get(`/api/cases/${code}/events`)).body.items;
      const ballot = events.find((e: { type: string }) => e.type === 'ballot_cast');
      assert.deepEqual([ballot.actorId, ballot.payload.vote], [ids.d1, 'for']);
      const before = await written(code);
      const again = await d1.act(code, 'cast_ballot', { vote: 'against' }, before.version);
      assert.equal(again.status, 409);
      assert.equal(again.body.error.code, 'ballot_already_cast');
      assert.deepEqual(await written(code), before);
      await head.must(code, 'cast_ballot', { vote: 'for' });
      const c = (await head.get(`/api/cases/${code}`)).body;
      assert.deepEqual(
        c.vote.ballotsCast.map((b: { personId: string }) => b.personId).sort(),
        [ids.d1, ids.head].sort(),
      );
    });

    it('once ballots are cast, a meeting record is refused; the result is computed from the ballots', async () => {
      const before = await written(code);
      const mixed = await head.act(
        code,
        'record_vote',
        meeting(
          [ids.head, ids.d1],
          [
            [ids.head, 'for'],
            [ids.d1, 'for'],
          ],
        ),
        before.version,
      );
      assert.equal(mixed.status, 422);
      assert.deepEqual(
        mixed.body.error.fields.map((f: { path: string }) => f.path),
        ['written'],
      );
      const withList = await head.act(
        code,
        'record_vote',
        { meetingOn: today(t), written: true, attendeeIds: [ids.head] },
        before.version,
      );
      assert.equal(withList.status, 422);
      assert.deepEqual(await written(code), before);

      const r = await head.must(code, 'record_vote', { meetingOn: today(t), written: true });
      assert.equal(r.state, 'vote_passed', '2 of 3 eligible members for');
      const vote = (await head.get(`/api/cases/${code}/events`)).body.items.find(
        (e: { type: string }) => e.type === 'vote_recorded',
      );
      assert.equal(vote.payload.mode, 'written');
      const byPerson = Object.fromEntries(
        vote.payload.ballots.map((b: { personId: string; ballot: string }) => [b.personId, b.ballot]),
      );
      assert.deepEqual(byPerson, { [ids.head]: 'for', [ids.d1]: 'for', [ids.d2]: 'absent' });
    });
  });

  it('migration 009: an installation holding the old built-in definition gets a new version with the vote settings', async () => {
    const db = t.runtime.db;
    const latest = await db
      .selectFrom('procedure_profiles')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('code', '=', 'HCM-124')
      .executeTakeFirstOrThrow();
    const old = Number(latest.v) + 1;
    // The definition as installations stored it before these settings existed.
    const legacy = {
      code: 'HCM-124',
      version: old,
      limits: {
        considerationMeetingDays: 7,
        partyOpinionDays: null,
        appraisalDays: null,
        completionReportDays: 5,
        evaluationMeetingDays: 7,
      },
      voteRule: { moreThanFraction: 0.5, base: 'votes_cast', tie: 'head_side', quorumFraction: 0 },
    };
    await db
      .insertInto('procedure_profiles')
      .values({ code: 'HCM-124', version: old, definition: JSON.stringify(legacy) })
      .execute();
    await republishBuiltInProfiles(db as never);
    const row = await db
      .selectFrom('procedure_profiles')
      .select(['version', 'definition'])
      .where('code', '=', 'HCM-124')
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    const d = row.definition as typeof legacy & {
      voteRule: { writtenConsultation: boolean };
      limits: Record<string, unknown>;
    };
    assert.equal(row.version, old + 1);
    assert.equal(d.version, old + 1);
    assert.deepEqual(d.voteRule, {
      moreThanFraction: 0.5,
      base: 'eligible_members',
      tie: 'head_side',
      quorumFraction: 0,
      writtenConsultation: false,
    });
    assert.deepEqual(
      [d.limits.superiorConsiderationDays, d.limits.terminationReportDays, d.limits.considerationMeetingDays],
      [7, 5, 7],
    );
    await republishBuiltInProfiles(db as never);
    const again = await db
      .selectFrom('procedure_profiles')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('code', '=', 'HCM-124')
      .executeTakeFirstOrThrow();
    assert.equal(Number(again.v), old + 1, 'run twice, it publishes once');
  });
});
