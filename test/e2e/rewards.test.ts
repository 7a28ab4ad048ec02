import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { assertUpdating, checkPage, holdRequest, menu, searchPeople } from './browser-steps.ts';
import { dialog, openCase } from './case-steps.ts';
import { choose } from './plan-steps.ts';
import { evaluatedCase } from './setup-evaluated.ts';
import { journey } from './users.ts';

const j = journey();
const TITLE = 'Thí điểm tiếp nhận hồ sơ quyết toán qua cổng dịch vụ công';
const SALARY_STEP = 'Nâng bậc lương trước thời hạn (tối đa 12 tháng)';

test('a completed proposal awaits a reward; the head proposes an early salary step and records the decision; the proposer exports the record', {
  timeout: 420_000,
}, async () => {
  const code = await evaluatedCase(j.app.baseUrl, TITLE, { outcome: 'completed' });

  // The organisation officer finds it among the proposals awaiting a reward.
  let page = await j.people.as('tochuc.snv');
  await menu(page, 'Đề xuất chờ khen thưởng').click();
  await page.getByTestId('reward-candidates').getByText(TITLE).waitFor();
  await checkPage(page, 'rewards-01-candidates');
  await page.getByTestId('reward-candidates').getByRole('link', { name: TITLE }).click();
  await page.getByTestId('rewards-tab').getByText('Chưa có đề nghị khen thưởng nào.').waitFor();

  // The head proposes an early salary step for the proposer: first the person, then an eligible form.
  page = await j.people.as('giamdoc.stc');
  await openCase(page, j.app.baseUrl, code);
  await page.getByRole('tab', { name: 'Khen thưởng' }).click();
  const tab = page.getByTestId('rewards-tab');
  await tab.getByText('Hoàn thành', { exact: true }).waitFor();
  await checkPage(page, 'rewards-02-tab');
  await tab.getByRole('button', { name: 'Đề nghị khen thưởng' }).click();
  const propose = dialog(page);
  await choose(page, 'Người hoặc đơn vị được đề nghị', 'Đặng Thu Hà — Người đề xuất', propose);
  await choose(page, 'Hình thức khen thưởng', SALARY_STEP, propose);
  await propose.getByLabel(/^Số tháng nâng bậc lương trước thời hạn/).fill('6');
  await propose
    .getByLabel(/^Thành tích, lý do đề nghị/)
    .fill('Chủ trì thí điểm thành công, rút ngắn 40% thời gian thẩm tra quyết toán.');
  await checkPage(page, 'rewards-03-propose');
  await propose.getByRole('button', { name: 'Gửi đề nghị' }).click();
  await propose.waitFor({ state: 'detached' });
  const rewards = page.getByTestId('rewards');
  await rewards.getByText(SALARY_STEP).waitFor();
  await rewards.getByText('6 tháng').waitFor();
  await rewards.getByText('Đã đề nghị').waitFor();

  // The competent authority's decision, recorded with the proposal's version.
  await rewards.getByRole('button', { name: 'Ghi quyết định: Đặng Thu Hà (Người đề xuất)' }).click();
  const decide = dialog(page);
  await decide.getByLabel(/^Cơ quan ban hành/).fill('Ủy ban nhân dân tỉnh An Khang');
  await decide.getByLabel(/^Họ tên người ký/).fill('Trần Văn Chủ');
  await decide.getByLabel(/^Chức vụ người ký/).fill('Chủ tịch');
  await decide.getByLabel(/^Số quyết định/).fill('210/QĐ-UBND');
  assert.match(await decide.getByLabel(/^Căn cứ pháp lý/).inputValue(), /Điều 10 khoản 1 điểm c/);
  await checkPage(page, 'rewards-04-decision');
  await decide.getByRole('button', { name: 'Ghi quyết định' }).click();
  await decide.waitFor({ state: 'detached' });
  await rewards.getByText('Được khen thưởng').waitFor();
  await rewards
    .getByText(/210\/QĐ-UBND ngày \d{2}\/\d{2}\/\d{4} — Ủy ban nhân dân tỉnh An Khang; Chủ tịch Trần Văn Chủ/)
    .waitFor();
  await rewards.getByRole('button', { name: 'Ghi kết quả: Đặng Thu Hà (Người đề xuất)' }).waitFor();
  await checkPage(page, 'rewards-05-granted');
  await rewards.getByRole('button', { name: 'Ghi kết quả: Đặng Thu Hà (Người đề xuất)' }).click();
  const outcome = dialog(page);
  await outcome.getByLabel('Đã thực hiện').check();
  await checkPage(page, 'rewards-06-outcome');
  await outcome.getByRole('button', { name: 'Ghi kết quả' }).click();
  await outcome.waitFor({ state: 'detached' });
  await rewards.getByText('Đã thực hiện', { exact: true }).waitFor();

  // The proposer's own record, with the reward, and its PDF.
  page = await j.people.as('truongphong.stc');
  await menu(page, 'Hồ sơ của tôi').click();
  await page.getByRole('heading', { name: 'Hồ sơ của tôi' }).waitFor();
  await page
    .getByTestId('record-rewards')
    .getByText(/Nâng bậc lương trước thời hạn/)
    .waitFor();
  assert.match(
    await page.getByTestId('record-paragraph').innerText(),
    /^Đồng chí Đặng Thu Hà, Trưởng phòng, Sở Tài chính/,
  );
  await checkPage(page, 'rewards-07-my-record');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Xuất PDF' }).click(),
  ]);
  const file = await readFile(await download.path());
  assert.equal(file.subarray(0, 5).toString('latin1'), '%PDF-', 'the export is a PDF');
  assert.match(download.suggestedFilename(), /\.pdf$/);
  // While another year's record loads, the year shown is marked busy: its paragraph cannot be copied for the wrong year.
  const lastYear = await holdRequest(page, /\/record\/summary\?year=2025/);
  await choose(page, 'Năm', '2025');
  await lastYear.arrived;
  const shown = page
    .locator('[aria-busy]')
    .filter({ has: page.getByTestId('record-paragraph') })
    .last();
  await assertUpdating(shown, page.getByRole('button', { name: 'Sao chép đoạn tóm tắt' }));
  await lastYear.release();
  await page
    .locator('[aria-busy="false"]')
    .filter({ has: page.getByTestId('record-paragraph') })
    .last()
    .waitFor();

  // The organisation officer opens the same record from the people list, and the person's roles.
  page = await j.people.as('tochuc.snv');
  await menu(page, 'Cán bộ và vai trò').click();
  await searchPeople(page, 'dang thu ha');
  await page.getByRole('button', { name: 'Vai trò: Đặng Thu Hà' }).click();
  await dialog(page).getByTestId('person-roles').getByText('Người đề xuất').waitFor();
  assert.equal(
    await dialog(page)
      .getByRole('button', { name: /^Thu hồi/ })
      .count(),
    0,
    'only administrators revoke',
  );
  await checkPage(page, 'rewards-08-person-roles');
  await dialog(page).getByRole('button', { name: 'Đóng' }).last().click();
  await page.getByRole('link', { name: 'Hồ sơ đổi mới của Đặng Thu Hà' }).click();
  await page.getByRole('heading', { name: 'Hồ sơ đổi mới, sáng tạo của Đặng Thu Hà' }).waitFor();
  await page.getByTestId('record-proposals').getByText(TITLE).waitFor();
  await checkPage(page, 'rewards-09-officer-record');
});
