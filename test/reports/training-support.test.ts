import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eligibleRewardForms } from '../../src/domain/protection/index.ts';
import { evaluatedCase, protectionCounts } from '../protection/drive.ts';
import { download, issue, listDocuments } from '../documents/drive-documents.ts';
import { readPdf, words } from '../documents/read-documents.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const FORM = 'training_funding_support';
const LABEL = 'Hỗ trợ kinh phí đào tạo, bồi dưỡng (đài thọ 100%, trong và ngoài nước)';
const forms = (body: any) =>
  body.beneficiaries.find((b: any) => b.kind === 'proposer').eligibleForms.map((f: any) => f.id);

describe('HCMC training funding as a support decision (programme item 7; seed 003, Plan 124-KH/TU)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('is offered only where the rule set names it, even with every local option switched on', () => {
    const base = { outcome: 'completed', art5Clause1Met: true, localOptionsEnabled: true } as const;
    const ids = (x: object) => eligibleRewardForms({ ...base, beneficiaryKind: 'proposer', ...x }).map((f) => f.id);
    assert.ok(!ids({}).includes(FORM), 'Decree 73’s set offers no support form');
    assert.ok(ids({ ruleSetForms: [FORM] }).includes(FORM));
    assert.ok(!ids({ ruleSetForms: [FORM], outcome: 'partly_completed' }).includes(FORM), 'only a success earns it');
  });

  it('a Decree 73 case does not offer it and refuses it, writing nothing', async () => {
    const admin = await t.login('quantri');
    assert.equal((await admin.request('PUT', '/api/reward-options/*', { enabled: true })).status, 200);
    const { code } = await evaluatedCase(t, { outcome: 'completed' });
    const officer = await t.login('tochuc.snv');
    const view = await officer.get(`/api/cases/${code}/rewards`);
    assert.ok(forms(view.body).includes('funded_training'), 'the local options are on');
    assert.ok(!forms(view.body).includes(FORM));
    const before = await protectionCounts(t);
    const r = await officer.post(`/api/cases/${code}/rewards`, {
      beneficiaryKind: 'proposer',
      personId: t.org.people['truongphong.stc'],
      form: FORM,
      justification: 'Đề xuất thành công.',
    });
    assert.equal(r.status, 422, JSON.stringify(r.body));
    assert.deepEqual(
      r.body.error.fields.map((f: any) => [f.path, f.code]),
      [['form', 'not_offered_by_rule_set']],
    );
    assert.deepEqual(await protectionCounts(t), before);
    assert.equal((await admin.request('PUT', '/api/reward-options/*', { enabled: false })).status, 200);
  });

  it('an HCMC case offers it under version 3 of the city’s set; the decision names it and cites the city’s plan', async () => {
    const { code } = await evaluatedCase(t, { profileCode: 'HCM-124', outcome: 'completed' });
    const officer = await t.login('tochuc.snv.hcm');
    const view = await officer.get(`/api/cases/${code}/rewards`);
    assert.equal(view.status, 200, JSON.stringify(view.body));
    assert.ok(forms(view.body).includes(FORM));
    const proposed = await officer.post(`/api/cases/${code}/rewards`, {
      beneficiaryKind: 'proposer',
      personId: t.org.people['chuyenvien.snv.hcm'],
      form: FORM,
      justification: 'Sáng kiến thực hiện thành công.',
    });
    assert.equal(proposed.status, 201, JSON.stringify(proposed.body));
    assert.match(proposed.body.legalBasis, /124-KH\/TU/);
    const decided = await officer.post(
      `/api/reward-proposals/${proposed.body.id}/decision`,
      {
        decision: 'granted',
        issuingAuthority: 'Ủy ban nhân dân Thành phố Hồ Chí Minh',
        signer: { name: 'Nguyễn Văn Thành', title: 'Chủ tịch' },
        decisionNumber: '1024/QĐ-UBND',
        decisionDate: '2026-03-02',
        legalBasis: 'Kế hoạch 124-KH/TU của Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh',
      },
      { 'if-match': `"${proposed.body.version}"` },
    );
    assert.equal(decided.status, 200, JSON.stringify(decided.body));
    const head = await t.login('giamdoc.snv.hcm');
    const item = (await listDocuments(head, code)).items.find((i: any) => i.kind === 'reward_decision');
    const doc = await issue(head, code, 'reward_decision', item.stepSeq);
    const pdf = (await download(t, 'giamdoc.snv.hcm', `/api/documents/${doc.id}/pdf`)).body;
    const text = words((await readPdf(pdf)).flatMap((p) => p.items.map((i) => i.str)).join(' '));
    assert.ok(text.includes(`Về việc ${LABEL.toLocaleLowerCase('vi')}`), text.slice(0, 600));
    assert.ok(text.includes(`${LABEL} đối với`), 'Article 1 names the support');
  });
});
