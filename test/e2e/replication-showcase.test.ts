import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPage, menu } from './browser-steps.ts';
import { confirmAction, openAction, openCase } from './case-steps.ts';
import { newPage } from './harness.ts';
import { evaluatedCase } from './setup-evaluated.ts';
import { journey } from './users.ts';

const j = journey();
const TITLE = 'Thí điểm số hoá hồ sơ quyết toán vốn đầu tư công';

test('KL14 §2.5: the head makes a completed initiative a model and publishes it; another unit adopts it; the public showcase shows it signed out (issue 14)', {
  timeout: 420_000,
}, async () => {
  const code = await evaluatedCase(j.app.baseUrl, TITLE, { outcome: 'completed' });

  // The deciding head marks it as a model and approves its publication.
  const head = await j.people.as('giamdoc.stc');
  await openCase(head, j.app.baseUrl, code);
  let form = await openAction(head, 'Chọn làm mô hình nhân rộng');
  await form.getByLabel(/^Tóm tắt mô hình/).fill('Số hoá toàn bộ hồ sơ quyết toán, thẩm tra trên máy.');
  await checkPage(head, 'programme-01-mark-model');
  await confirmAction(head, 'Chọn làm mô hình nhân rộng');
  form = await openAction(head, 'Duyệt công bố công khai');
  await form.getByLabel(/^Tóm tắt công bố công khai/).fill('Hồ sơ quyết toán được số hoá và thẩm tra trực tuyến.');
  await form.getByLabel(/^Kết quả công bố công khai/).fill('Thời gian thẩm tra giảm 40%.');
  await confirmAction(head, 'Duyệt công bố công khai');
  await head.getByTestId('case-actions').getByRole('button', { name: 'Rút khỏi trang công khai' }).waitFor();

  // Another department's proposer adopts the model: the plan comes copied, the origin linked.
  const adopter = await j.people.as('truongphong.snv');
  await menu(adopter, 'Mô hình để nhân rộng').click();
  const card = adopter.getByTestId('models').getByRole('article').filter({ hasText: TITLE });
  await card.waitFor();
  await checkPage(adopter, 'programme-02-models');
  await card.getByRole('link', { name: 'Áp dụng tại đơn vị tôi' }).click();
  await adopter.getByTestId('adopted-from').waitFor();
  assert.equal(await adopter.getByLabel(/^Tên đề xuất/).inputValue(), TITLE);
  await adopter.getByLabel(/^Tên đề xuất/).fill('Áp dụng số hoá hồ sơ quyết toán tại Sở Nội vụ');
  await checkPage(adopter, 'programme-03-adopt');
  await adopter.getByRole('button', { name: 'Lưu nháp' }).click();
  await adopter.waitForURL(/\/cases\/[A-Z]{2}-\d{4}-\d{6}\/plan/);

  // The origin shows where it was replicated.
  await openCase(head, j.app.baseUrl, code);
  await head.getByRole('tab', { name: 'Nhân rộng' }).click();
  await head.getByTestId('replications').getByRole('cell', { name: 'Sở Nội vụ', exact: true }).waitFor();

  // Signed out, anyone finds it on the public showcase, without typing the accents.
  const { context, page } = await newPage(j.browser);
  try {
    await page.goto(`${j.app.baseUrl}/showcase`);
    await page.getByLabel(/^Tìm sáng kiến/).fill('quyet toan');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.waitForURL(/\?q=quyet\+toan/);
    const item = page.getByTestId('showcase-items').getByRole('article').filter({ hasText: TITLE });
    await item.waitFor();
    await item.getByText('Thời gian thẩm tra giảm 40%.').waitFor();
    assert.equal(await item.getByText('Người đề xuất').count(), 0, 'no names unless the approval allows them');
    await checkPage(page, 'programme-04-showcase-signed-out');
  } finally {
    await context.close();
  }
});
