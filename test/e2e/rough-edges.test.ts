import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { EXCLUSION_GROUNDS } from '../../src/domain/protection/facts.ts';
import { demoPlan } from '../../src/demo/demo-plan.ts';
import { ApiSession, vietnamToday } from './api-session.ts';
import { checkPage } from './browser-steps.ts';
import { dialog, openCase } from './case-steps.ts';
import { evaluatedCase } from './setup-evaluated.ts';
import { journey } from './users.ts';

const j = journey();

async function switchLanguage(page: Page, lang: 'EN' | 'VI'): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^${lang}`) }).click();
  await page.locator(`html[lang="${lang.toLowerCase()}"]`).waitFor({ state: 'attached' });
}

interface ProtectionCase {
  id: string;
  version: number;
  determinations: { id: string; person: { name: string } }[];
}

test('issue 15 item 1: a notification names its case’s title, and shows as done once its step is taken', {
  timeout: 300_000,
}, async () => {
  const title = 'Thí điểm trả kết quả thủ tục hành chính qua bưu điện';
  const proposer = await ApiSession.signIn(j.app.baseUrl, 'truongphong.stc');
  const created = (await proposer.call('POST', '/api/cases', {
    plan: demoPlan(title, 'economy', Number(vietnamToday().slice(0, 4))),
  })) as { code: string };
  await proposer.act(created.code, 'submit');

  const page = await j.people.as('giamdoc.stc');
  const panel = page.getByRole('region', { name: 'Thông báo' });
  const line = panel
    .locator('li')
    .filter({ has: page.getByRole('link', { name: `Hồ sơ ${created.code} chờ bạn xử lý` }) });
  // The job that tells the head runs after the submission: open the panel until the line is there.
  const deadline = Date.now() + 60_000;
  for (;;) {
    await page.goto(`${j.app.baseUrl}/worklist`);
    await page.getByTestId('notifications-button').click();
    await panel.waitFor();
    if ((await line.count()) > 0) break;
    assert.ok(Date.now() < deadline, 'the head was not told');
    await page.waitForTimeout(1000);
  }
  await line.getByTestId('notification-case-title').getByText(title).waitFor();
  assert.equal(await line.getAttribute('data-unread'), 'true');
  assert.equal(await line.getByTestId('notification-done').count(), 0);
  await checkPage(page, 'rough-01-notification-title');

  // Someone else ends the step: the proposer withdraws. The head's notice is done, and no longer unread.
  await proposer.act(created.code, 'withdraw', { reason: 'no_longer_needed' });
  await page.goto(`${j.app.baseUrl}/worklist`);
  await page.getByTestId('notifications-button').click();
  await line.getByTestId('notification-done').getByText('Đã xử lý').waitFor();
  assert.equal(await line.getAttribute('data-unread'), null);
  assert.equal(await line.getAttribute('data-resolved'), 'true');
  await checkPage(page, 'rough-02-notification-done');
});

test('issue 15 items 3 and 4: the protection page says each label once, names its rule, and cites the law in English on the English page', {
  timeout: 420_000,
}, async () => {
  const title = 'Thí điểm cấp mã số thuế cho hộ kinh doanh tại bộ phận một cửa';
  const code = await evaluatedCase(j.app.baseUrl, title, { outcome: 'partly_completed' });
  const head = await ApiSession.signIn(j.app.baseUrl, 'giamdoc.stc');
  const list = (await head.call('GET', `/api/cases/${code}/protection`)) as { items: { id: string }[] };
  const pc = (await head.call('GET', `/api/protection-cases/${list.items.at(-1)!.id}`)) as ProtectionCase;
  const d = pc.determinations[0]!;
  await head.call(
    'POST',
    `/api/protection-cases/${pc.id}/determinations/${d.id}/facts`,
    {
      damage: { caused: false },
      causes: { objective: 'Nhà cung cấp hạ tầng ngừng dịch vụ.', subjective: 'Chưa có phương án dự phòng.' },
      risk: { kind: 'none' },
      followedApprovedPlan: true,
      followedDirectives: true,
      followedDecision: true,
      motive: { correctPolicyLine: true, pureMotive: true, commonGood: true },
      exclusions: Object.fromEntries(EXCLUSION_GROUNDS.map((g) => [g, { found: false }])),
    },
    pc.version,
  );

  const page = await j.people.as('giamdoc.stc');
  await page.goto(`${j.app.baseUrl}/protection/${pc.id}`);
  const card = page.getByTestId(`determination-${d.person.name}`);
  const recommendation = card.getByTestId('recommendation');
  await recommendation.waitFor();
  const vi = await card.innerText();
  assert.doesNotMatch(vi, /Kết quả đánh giá:\s*Kết quả đánh giá/, 'the outcome label is said once');
  assert.match(vi, /Kết quả đánh giá: Hoàn thành một phần mục tiêu/);
  assert.doesNotMatch(vi, /Quy tắc [a-z_]+ của|ND73-PROTECTION/, 'no rule or rule set code');
  assert.match(
    vi,
    /Quy tắc “Chưa hoàn thành, động cơ trong sáng, không gây thiệt hại” của bộ quy tắc “Bảo vệ cán bộ theo Nghị định 73\/2023\/NĐ-CP”, phiên bản \d+/,
  );
  assert.match(vi, /Theo Điều 11 khoản 2 Nghị định 73/, 'the binding row in Vietnamese words');
  assert.doesNotMatch(vi, /Art\./, 'no English citation on the Vietnamese page');
  assert.match(
    await recommendation.getByTestId('recommended-ground').innerText(),
    /^Điều 11 khoản 2 Nghị định 73\/2023\/NĐ-CP$/,
  );
  await checkPage(page, 'rough-03-protection-vi');

  await switchLanguage(page, 'EN');
  await recommendation.getByText('Recommendation of the rule set').waitFor();
  const en = await card.innerText();
  assert.equal(await recommendation.getByTestId('recommended-ground').innerText(), 'Decree 73/2023/NĐ-CP, Art. 11(2)');
  assert.doesNotMatch(en, /Điều \d|Nghị định|khoản/, 'no Vietnamese legal ground on the English page');
  assert.match(en, /Decree 73\/2023\/NĐ-CP, Art\. 6\(1\)/, 'exclusion grounds cite the decree in English');
  assert.doesNotMatch(en, /Evaluation outcome:\s*Evaluation outcome/);
  assert.match(
    en,
    /Rule “Fell short in good faith, no damage” of the rule set “Protection of officials under Decree 73/,
  );
  await checkPage(page, 'rough-04-protection-en');
  await switchLanguage(page, 'VI');
});

test('issue 15 items 2 and 4: the reward decision form starts with the head’s agency, name and title; English pages cite the reward’s ground in English', {
  timeout: 420_000,
}, async () => {
  const title = 'Thí điểm thanh toán học phí không dùng tiền mặt';
  const code = await evaluatedCase(j.app.baseUrl, title, { outcome: 'completed' });
  const head = await ApiSession.signIn(j.app.baseUrl, 'giamdoc.stc');
  const proposerId = await head.findPerson('truongphong.stc', 'Đặng Thu Hà');
  await head.call('POST', `/api/cases/${code}/rewards`, {
    beneficiaryKind: 'proposer',
    personId: proposerId,
    form: 'public_commendation',
    justification: 'Chủ trì thí điểm thành công.',
  });

  const page = await j.people.as('giamdoc.stc');
  await openCase(page, j.app.baseUrl, code);
  await page.getByRole('tab', { name: 'Khen thưởng' }).click();
  const rewards = page.getByTestId('rewards');
  await rewards.getByText('Điều 10 khoản 1 điểm a Nghị định 73/2023/NĐ-CP').waitFor();
  await rewards.getByRole('button', { name: /^Ghi quyết định: Đặng Thu Hà/ }).click();
  const decide = dialog(page);
  assert.equal(await decide.getByLabel(/^Cơ quan ban hành/).inputValue(), 'Sở Tài chính');
  assert.equal(await decide.getByLabel(/^Họ tên người ký/).inputValue(), 'Phạm Minh Đức');
  assert.equal(await decide.getByLabel(/^Chức vụ người ký/).inputValue(), 'Giám đốc sở');
  await checkPage(page, 'rough-05-reward-decision-prefilled');
  await decide.getByRole('button', { name: 'Hủy' }).click();
  await decide.waitFor({ state: 'detached' });

  await switchLanguage(page, 'EN');
  await rewards.getByText('Decree 73/2023/NĐ-CP, Art. 10(1)(a)').waitFor();
  assert.doesNotMatch(await rewards.innerText(), /Điều \d|Nghị định/);
  await switchLanguage(page, 'VI');
});
