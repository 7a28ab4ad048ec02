import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPage, menu, signIn } from './browser-steps.ts';
import { confirmAction, dialog, expectState, openAction, openCase } from './case-steps.ts';
import { newPage } from './harness.ts';
import { choose } from './plan-steps.ts';
import { caseAwaitingEvaluation } from './setup-evaluated.ts';
import { journey } from './users.ts';

const j = journey();
const TITLE = 'Thí điểm thanh toán điện tử phí, lệ phí tại bộ phận một cửa';

test('an evaluation that fell short with damage opens protection; the head records facts and decides against the recommendation with reasons', {
  timeout: 420_000,
}, async () => {
  const { code } = await caseAwaitingEvaluation(j.app.baseUrl, TITLE);

  // The collective evaluates: partly completed, with damage. That opens the protection case.
  const page = await j.people.as('giamdoc.stc');
  await openCase(page, j.app.baseUrl, code);
  await openAction(page, 'Ghi kết quả đánh giá');
  for (const name of ['Phạm Minh Đức', 'Hoàng Thị Lan', 'Võ Quốc Huy'])
    await dialog(page).getByLabel(new RegExp(name)).check();
  await choose(page, 'Kết quả đánh giá', 'Hoàn thành một phần', dialog(page));
  await dialog(page).getByLabel('Có thiệt hại xảy ra').check();
  await dialog(page).getByLabel('Giá trị thiệt hại ước tính (đồng)').fill('150000000');
  await dialog(page).getByLabel('Nguyên nhân khách quan').fill('Nhà cung cấp cổng thanh toán ngừng dịch vụ đột xuất.');
  await dialog(page).getByLabel('Nguyên nhân chủ quan').fill('Chưa có phương án dự phòng cổng thanh toán thứ hai.');
  await dialog(page).getByLabel('Kết luận').fill('Đạt một phần mục tiêu; thiệt hại do gián đoạn thu phí.');
  await confirmAction(page, 'Ghi kết quả đánh giá');
  await expectState(page, 'Đã đánh giá');

  await page.getByRole('tab', { name: 'Bảo vệ' }).click();
  const tab = page.getByTestId('protection-tab');
  await tab.getByText('Kết quả đánh giá chưa đạt hoặc có thiệt hại').waitFor();
  await tab.getByText('1 việc chờ bạn').waitFor();
  await checkPage(page, 'protection-01-case-tab');

  // The head's own worklist names the task and leads to the protection case.
  await menu(page, 'Việc cần xử lý').click();
  const task = page
    .getByTestId('worklist')
    .getByRole('row', { name: new RegExp(`${code}.*Ghi tình tiết xem xét bảo vệ`) });
  assert.match((await task.getByRole('link', { name: TITLE }).getAttribute('href')) ?? '', /^\/protection\//);

  // The protection worklist, reached from the main navigation, shows it awaiting the head.
  await menu(page, 'Bảo vệ cán bộ').click();
  await page.getByTestId('protection-list').getByRole('link', { name: TITLE }).waitFor();
  assert.match(await page.getByTestId('awaiting-me').first().innerText(), /1 việc chờ bạn/);
  await checkPage(page, 'protection-02-worklist');
  await page.getByTestId('protection-list').getByRole('link', { name: TITLE }).click();
  await page.getByRole('heading', { name: `Hồ sơ bảo vệ số 1 — ${code}` }).waitFor();
  await page.getByTestId('risk-register').getByText('R1').waitFor();
  await checkPage(page, 'protection-03-case');

  // Facts: an unforeseen risk, plan and directives followed, good faith, no exclusion ground.
  const person = page.getByTestId('determination-Đặng Thu Hà');
  await person.getByRole('button', { name: 'Ghi nhận tình tiết' }).click();
  const facts = dialog(page);
  assert.equal(await facts.getByLabel('Có gây thiệt hại').isChecked(), true, 'damage comes from the evaluation');
  // This person's share of the damage is smaller than the evaluation's total.
  await facts.getByLabel('Ước tính thiệt hại').fill('30000000');
  // Art. 6(1) in full (issue item 3): committing breaches and harm to political tasks, lives, businesses.
  for (const ground of [
    'Thực hiện hành vi vi phạm kỷ luật Đảng, pháp luật Nhà nước',
    'Gây tổn hại đến nhiệm vụ chính trị',
    'Gây tổn hại đến đời sống của Nhân dân',
    'Gây tổn hại đến doanh nghiệp',
  ]) {
    await facts.getByLabel(`Đã xác định: ${ground}`).waitFor();
  }
  await facts.getByLabel('Rủi ro ngoài dự liệu').check();
  await facts
    .getByLabel('Mô tả rủi ro ngoài dự liệu')
    .fill('Nhà cung cấp cổng thanh toán bị thu hồi giấy phép giữa kỳ thí điểm.');
  for (const label of [
    'Thực hiện đúng kế hoạch đã được phê duyệt',
    'Thực hiện đúng quyết định cho triển khai',
    'Chấp hành các chỉ đạo tiếp tục, tạm dừng, dừng thực hiện',
    'Đúng chủ trương',
    'Có động cơ trong sáng',
    'Vì lợi ích chung',
  ]) {
    await facts.getByLabel(label).check();
  }
  await facts.getByLabel('Đã xác định: Trục lợi').check();
  await facts.getByLabel('Chứng cứ về “Trục lợi”').waitFor();
  await facts.getByLabel('Đã xác định: Trục lợi').uncheck();
  await checkPage(page, 'protection-04-facts-form');
  await facts.getByRole('button', { name: 'Ghi tình tiết và nhận khuyến nghị' }).click();
  await facts.waitFor({ state: 'detached' });

  // The recommendation with its legal ground and reasoning.
  assert.equal(
    await person.getByTestId('recommended-result').innerText(),
    'Được xem xét loại trừ, miễn hoặc giảm nhẹ trách nhiệm',
  );
  assert.equal(await person.getByTestId('recommended-ground').innerText(), 'Điều 11 khoản 3 Nghị định 73/2023/NĐ-CP');
  await person
    .getByText('Rủi ro ngoài dự liệu: Nhà cung cấp cổng thanh toán bị thu hồi giấy phép giữa kỳ thí điểm.')
    .first()
    .waitFor();

  // Every fact the decision rests on (issue item 5): this person's damage and amount, the risk,
  // good faith, and each exclusion ground examined with its legal ground.
  const examined = person.getByTestId('facts-examined');
  assert.match(await examined.getByTestId('examined-damage').innerText(), /^Có thiệt hại, ước tính 30\.000\.000\s?₫$/);
  assert.equal(
    await examined.getByTestId('examined-risk').innerText(),
    'Rủi ro ngoài dự liệu: Nhà cung cấp cổng thanh toán bị thu hồi giấy phép giữa kỳ thí điểm.',
  );
  assert.equal(
    await examined.getByTestId('examined-good-faith').innerText(),
    'Đúng chủ trương, động cơ trong sáng, vì lợi ích chung',
  );
  const grounds = examined.getByTestId('examined-grounds').getByRole('listitem');
  assert.equal(await grounds.count(), 12);
  for (let i = 0; i < 12; i++) assert.match(await grounds.nth(i).innerText(), /Không có/);
  await examined.getByText(/Gây tổn hại đến doanh nghiệp/).waitFor();
  await checkPage(page, 'protection-05-recommendation');

  // Deciding otherwise: refused without reasons, accepted with them.
  await person.getByRole('button', { name: 'Quyết định về bảo vệ' }).click();
  const decision = dialog(page);
  assert.equal(
    await decision.getByLabel('Được xem xét loại trừ, miễn hoặc giảm nhẹ trách nhiệm (khuyến nghị)').isChecked(),
    true,
  );
  await decision.getByLabel('Loại trừ trách nhiệm', { exact: true }).check();
  await decision.getByTestId('departure-warning').waitFor();
  await decision.getByLabel(/^Số quyết định/).fill('45/QĐ-STC');
  await decision.getByRole('button', { name: 'Ban hành quyết định' }).click();
  await decision
    .getByText(/Cần nêu lý do khi quyết định khác khuyến nghị/)
    .first()
    .waitFor();
  await checkPage(page, 'protection-06-departure-refused');
  await decision
    .getByLabel(/^Lý do quyết định khác khuyến nghị/)
    .fill(
      'Rủi ro do cơ quan cấp phép thu hồi giấy phép nhà cung cấp, nằm ngoài khả năng dự liệu và kiểm soát của cán bộ.',
    );
  await decision.getByRole('button', { name: 'Ban hành quyết định' }).click();
  await decision.waitFor({ state: 'detached' });
  const decided = person.getByTestId('decision');
  await decided.getByText('Loại trừ trách nhiệm', { exact: true }).waitFor();
  await decided.getByText('Khác khuyến nghị', { exact: true }).waitFor();
  await decided.getByText(/Quyết định số 45\/QĐ-STC ngày \d{2}\/\d{2}\/\d{4}/).waitFor();
  await page.getByText('Đã quyết định', { exact: true }).first().waitFor();
  await checkPage(page, 'protection-07-decided');
  const decidedUrl = page.url();

  // A revocation is written beside the decision, which stays in view; here it is left unwritten.
  await person.getByRole('button', { name: 'Hủy bỏ quyết định bảo vệ' }).click();
  await person
    .getByTestId('revocation-form')
    .getByRole('textbox', { name: /^Số kết luận, bản án/ })
    .waitFor();
  assert.equal(await decided.isVisible(), true);
  await checkPage(page, 'protection-08-revocation-form');
  await person.getByTestId('revocation-form').getByRole('button', { name: 'Hủy', exact: true }).click();
  await person.getByTestId('revocation-form').waitFor({ state: 'detached' });

  // With every person decided, a later inspection finding may open a second protection case.
  await page.getByRole('link', { name: `Về đề xuất ${code}` }).click();
  await page.getByTestId('protection-tab').getByRole('button', { name: 'Mở hồ sơ bảo vệ' }).click();
  const opening = dialog(page);
  await choose(page, 'Lý do mở', 'Kết luận thanh tra, kiểm tra', opening);
  await opening.getByLabel(/^Số, ngày kết luận thanh tra/).fill('Kết luận 12/KL-TTr ngày 20/11/2026');
  await opening.getByLabel(/^Nội dung, căn cứ/).fill('Thanh tra tỉnh phát hiện thiệt hại phát sinh thêm sau đánh giá.');
  await checkPage(page, 'protection-09-open-dialog');
  await opening.getByRole('button', { name: 'Mở hồ sơ bảo vệ' }).click();
  await page.getByRole('heading', { name: `Hồ sơ bảo vệ số 2 — ${code}` }).waitFor();
  await page.getByText('Kết luận 12/KL-TTr ngày 20/11/2026').waitFor();

  // The person concerned sees only their own determination, on a phone.
  const phone = await newPage(j.browser, { width: 360 });
  try {
    await signIn(phone.page, j.app.baseUrl, 'truongphong.stc');
    await phone.page.goto(decidedUrl);
    await phone.page.getByText('Bạn chỉ xem được phần xem xét của chính mình.').waitFor();
    assert.equal(await phone.page.getByTestId('determination-actions').count(), 0);
    const width = Number(await phone.page.evaluate('document.documentElement.scrollWidth'));
    assert.ok(width <= 360, `the page is ${width}px wide at a 360px viewport`);
    await checkPage(phone.page, 'protection-10-own-view-360px');
  } finally {
    await phone.context.close();
  }
});
