import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readDocx } from '../documents/read-documents.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';
import { planBody, seedPlan } from './plan-task-steps.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Item 2 of "The programme around the cases": what the plan's pages offer each person (create a
 * plan, add and change tasks), and the focal point's periodic report as an administrative
 * document (Decree 30/2020/NĐ-CP) in Word, with the same access as the workbook.
 */
describe('the plan forms’ allowed actions and the periodic report as DOCX', () => {
  let t: TestApp;
  let focal: TestClient;
  let plan: any;

  const download = (client: TestClient, id: string) =>
    t.server.inject({
      method: 'GET',
      url: `/api/plans/${id}/report.docx`,
      headers: { cookie: (client as any).cookies },
    });

  before(async () => {
    t = await startTestApp({ start: '2026-04-28T02:00:00Z' });
    focal = await t.login('tochuc.snv');
    plan = await seedPlan(t, focal, [
      ['Ban hành quy chế khuyến khích đổi mới', 'finance', '2026-04-29'],
      ['Tổ chức hội nghị quán triệt', 'tanPhu', '2026-04-30'],
      ['Tập huấn cán bộ', 'binhMinh', '2026-05-29'],
    ]);
    const commune = await t.login('chutich.tanphu');
    const task = plan.tasks[1];
    const done = await commune.post(
      `/api/plan-tasks/${task.id}/reports`,
      { kind: 'completion', text: 'Đã tổ chức hội nghị cho 45 cán bộ' },
      { 'if-match': `"${task.version}"` },
    );
    assert.equal(done.status, 204, JSON.stringify(done.body));
    // Monday 4 May 2026: the finance task (due 29 April) is one working day late.
    t.clock.set('2026-05-04T02:00:00Z');
    focal = await t.login('tochuc.snv');
  });
  after(() => t.close());

  it('the list says who may create a plan and which issuing units they may name, by the same rule as creation', async () => {
    const list = (await focal.get('/api/plans')).body;
    assert.equal(list.mayCreatePlan, true);
    const ids = list.issuingUnits.map((u: { id: string }) => u.id);
    assert.equal(ids[0], t.org.units.province, 'the unit of the issuer grant comes first');
    assert.ok(ids.includes(t.org.units.homeAffairs));
    assert.ok(list.issuingUnits.every((u: { name: string }) => u.name.length > 0));
    // Each offered issuing unit is accepted by the server.
    for (const unit of ids) {
      const r = await focal.post('/api/plans', planBody(t, { number: `${unit.slice(0, 4)}/KH`, issuingUnitId: unit }));
      assert.equal(r.status, 201, `${unit}: ${JSON.stringify(r.body)}`);
    }
    // Staff who are no issuer are offered nothing and see no form.
    for (const who of ['truongphong.stc', 'truongphong.snv']) {
      const offered = (await (await t.login(who)).get('/api/plans')).body;
      assert.deepEqual([offered.mayCreatePlan, offered.issuingUnits], [false, []], who);
    }
  });

  it('the plan carries mayManageTasks for the issuer and the focal point only', async () => {
    const seen = async (username: string) => (await (await t.login(username)).get(`/api/plans/${plan.plan.id}`)).body;
    assert.equal((await seen('tochuc.snv')).plan.mayManageTasks, true);
    assert.equal((await seen('truongphong.stc')).plan.mayManageTasks, false);
    assert.equal((await seen('chutich.tanphu')).plan.mayManageTasks, false);
  });

  it('the focal point downloads the report: a well-formed DOCX with the heading, figures and the task table', async () => {
    const res = await download(focal, plan.plan.id);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], DOCX);
    assert.match(String(res.headers['content-disposition']), /bao-cao-ke-hoach-116-KH-UBND-2026-05-04\.docx/);
    assert.match(String(res.headers['cache-control']), /no-store/);
    const { parts, bodyText } = await readDocx(res.rawPayload);
    const xml = parts.get('word/document.xml')!;
    assert.ok(xml.includes('116/KH-UBND'));
    assert.ok(xml.includes('Ban hành quy chế khuyến khích đổi mới'));
    const text = bodyText.join('\n');
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'SỞ NỘI VỤ',
      'BÁO CÁO',
      'Kết quả thực hiện Kế hoạch số 116/KH-UBND ngày 20 tháng 4 năm 2026',
      '1. Tổng số nhiệm vụ được giao: 3 nhiệm vụ.',
      '2. Đã hoàn thành: 1 nhiệm vụ, trong đó đúng hạn 1 nhiệm vụ, trễ hạn 0 nhiệm vụ.',
      '4. Quá hạn chưa hoàn thành: 1 nhiệm vụ:',
      'Đã tổ chức hội nghị cho 45 cán bộ',
      'Nơi nhận:',
      '- Lưu: VT.',
    ])
      assert.ok(text.includes(expected), `missing: ${expected}\n${text}`);
    assert.match(text, /ngày 04 tháng 5 năm 2026/);
    assert.match(text, /Sở Tài chính.*quá hạn 1 ngày làm việc/);
  });

  it('the focal point’s officer signs "TL." the director; for the chair (issuer) the draft is the director’s to sign', async () => {
    const officer = (await readDocx((await download(focal, plan.plan.id)).rawPayload)).bodyText;
    assert.deepEqual(officer.slice(-3), ['TL. GIÁM ĐỐC', 'CHUYÊN VIÊN', 'Trịnh Thị Mai']);
    const chair = await download(await t.login('chutich'), plan.plan.id);
    assert.equal(chair.statusCode, 200, chair.body);
    const text = (await readDocx(chair.rawPayload)).bodyText;
    assert.ok(text.includes('SỞ NỘI VỤ'), 'still in the focal point’s name');
    assert.deepEqual(text.slice(-2), ['GIÁM ĐỐC', 'Phan Văn Khải']);
  });

  it('refuses the report to a reader (403) and hides the plan from a stranger (404)', async () => {
    assert.equal((await download(await t.login('truongphong.stc'), plan.plan.id)).statusCode, 403);
    assert.equal((await download(await t.login('truongphong.snv.hcm'), plan.plan.id)).statusCode, 404);
    assert.equal((await download(focal, '00000000-0000-4000-8000-000000000000')).statusCode, 404);
    const anonymous = await t.server.inject({ method: 'GET', url: `/api/plans/${plan.plan.id}/report.docx` });
    assert.equal(anonymous.statusCode, 401);
  });
});
