import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sweepCampaigns } from '../../src/jobs/sweep-campaigns.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';

/**
 * The reminder days of a registration campaign are a setting (the HCMC plan fixes none): the
 * profile's, or the campaign's own when it opens, kept on the campaign so a later profile version
 * does not move them.
 */
describe('registration campaigns: reminder days are a setting', () => {
  let t: TestApp;
  let officer: TestClient;
  const body = (patch: Record<string, unknown> = {}) => ({
    year: 2026,
    title: 'Đăng ký sáng kiến, nhắc sớm',
    ownerUnitId: t.org.units.hcm,
    scope: [{ unitId: t.org.units.hcmUbnd, includeSubtree: true }],
    deadline: '2026-03-20',
    ...patch,
  });
  const campaigns = async () =>
    Number(
      (
        await t.runtime.db
          .selectFrom('registration_campaigns')
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    t = await startTestApp({ start: '2026-03-02T02:00:00Z' });
    officer = await t.login('tochuc.snv.hcm');
  });
  after(() => t.close());

  it('refuses reminder days outside 0–60 working days, naming the field and writing nothing', async () => {
    const n = await campaigns();
    for (const days of [[-1], [61], [], [5, 5]]) {
      const r = await officer.post('/api/campaigns', body({ reminderDaysBefore: days }));
      assert.equal(r.status, 400, JSON.stringify(r.body));
      assert.match(JSON.stringify(r.body.error.fields), /reminderDaysBefore/);
    }
    assert.equal(await campaigns(), n);
  });

  it('takes 5 and 1 working days from the profile when none are given', async () => {
    const r = await officer.post('/api/campaigns', body());
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.deepEqual(r.body.reminderDaysBefore, [5, 1]);
    const closed = await officer.post(`/api/campaigns/${r.body.id}/close`, {}, { 'if-match': `"${r.body.version}"` });
    assert.equal(closed.status, 200, JSON.stringify(closed.body));
  });

  it("reminds on the campaign's own days, in working days, and on no other", async () => {
    const r = await officer.post('/api/campaigns', body({ reminderDaysBefore: [10] }));
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.deepEqual(r.body.reminderDaysBefore, [10]);
    // Thursday 5 March: eleven working days before Friday 20 March.
    t.clock.set('2026-03-05T02:00:00Z');
    assert.deepEqual(await sweepCampaigns(t.runtime.app), { reminders: 0, escalations: 0 });
    // Friday 6 March: ten working days before (two weekends between).
    t.clock.set('2026-03-06T02:00:00Z');
    const first = await sweepCampaigns(t.runtime.app);
    assert.ok(first.reminders > 0, JSON.stringify(first));
    // Friday 13 March: five working days before, which this campaign does not use.
    t.clock.set('2026-03-13T02:00:00Z');
    assert.deepEqual(await sweepCampaigns(t.runtime.app), { reminders: 0, escalations: 0 });
  });
});
