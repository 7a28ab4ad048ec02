import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { download } from '../documents/drive-documents.ts';
import { readPdf, words } from '../documents/read-documents.ts';
import { seedPlan } from '../programme/plan-task-steps.ts';

/**
 * Issue 14, item 4: a review report accounts for the province's plan tasks of the unit's subtree
 * that fell due in the period, as it stood when issued (Plan 116/KH-UBND's periodic reporting).
 */
describe('review reports: the plan tasks section', () => {
  let t: TestApp;

  before(async () => {
    t = await startTestApp({ start: '2026-03-02T02:00:00Z' });
    await seedPlan(t, await t.login('truongphong.snv'), [
      ['Ban hành quy chế khuyến khích đổi mới', 'finance', '2026-04-29'],
      ['Tổ chức hội nghị phổ biến Nghị định 73', 'tanPhu', '2026-06-30'],
      ['Sơ kết một năm thực hiện', 'finance', '2026-09-30'],
    ]);
    t.clock.set('2026-07-02T02:00:00Z');
  });
  after(() => t.close());

  const draft = async (unitId: string, kind: string) => {
    const r = await (await t.login('tochuc.snv')).get(
      `/api/units/${unitId}/review-reports/draft?kind=${kind}&year=2026`,
    );
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return r.body.extras.plan_tasks as { title: string; unitName: string; late: boolean; status: string }[];
  };

  it('lists the tasks of the subtree due in the period, late ones marked', async () => {
    const province = await draft(t.org.units.province!, 'six_month');
    assert.deepEqual(
      province.map((x) => [x.title, x.status, x.late]),
      [
        ['Ban hành quy chế khuyến khích đổi mới', 'not_started', true],
        ['Tổ chức hội nghị phổ biến Nghị định 73', 'not_started', true],
      ],
    );
    const finance = await draft(t.org.units.finance!, 'annual');
    assert.deepEqual(
      finance.map((x) => x.title),
      ['Ban hành quy chế khuyến khích đổi mới', 'Sơ kết một năm thực hiện'],
      'the department sees its own tasks only, the whole year',
    );
  });

  it('the issued report has the section, numbered after the others', async () => {
    const officer = await t.login('tochuc.snv');
    const r = await officer.post(`/api/units/${t.org.units.province}/review-reports`, {
      kind: 'six_month',
      year: 2026,
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const pdf = (await download(t, 'tochuc.snv', `/api/documents/${r.body.id}/pdf`)).body;
    const text = words((await readPdf(pdf)).flatMap((p) => p.items.map((i) => i.str)).join(' '));
    assert.ok(text.includes('IV. THỰC HIỆN NHIỆM VỤ THEO KẾ HOẠCH'), text.slice(-800));
    assert.ok(text.includes('Kế hoạch 116/KH-UBND, nhiệm vụ 1: Ban hành quy chế khuyến khích đổi mới'));
    assert.ok(text.includes('quá hạn'));
    assert.ok(!text.includes('Sơ kết một năm thực hiện'), 'a task due after the period is not in it');
  });
});
