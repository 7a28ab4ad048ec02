import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { checkPage } from './browser-steps.ts';
import { choose, labelled, openSection, textbox, typeDate } from './plan-steps.ts';
import { journey } from './users.ts';

const j = journey();

/** The message under a field: Mantine links it with aria-describedby. */
async function errorOf(page: Page, label: string): Promise<string> {
  const field = page.getByLabel(labelled(label)).first();
  const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
  const id = describedBy.split(' ').find((x) => x.endsWith('-error'));
  assert.ok(id, `no error linked to ${label}`);
  return page.locator(`[id="${id}"]`).innerText();
}

test('bad input in the proposal form shows the API’s field errors next to the fields and keeps the input', {
  timeout: 300_000,
}, async () => {
  const page = await j.people.as('truongphong.stc');
  await page.goto(`${j.app.baseUrl}/cases/new`);
  await textbox(page, 'Tên đề xuất').fill('Thí điểm hợp đồng điện tử với nhà thầu');
  await textbox(page, 'Tóm tắt').fill('Ký hợp đồng mua sắm bằng chữ ký số.');

  // 422: the domain is required to open a draft.
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await page.getByTestId('plan-errors').waitFor();
  assert.equal(await errorOf(page, 'Lĩnh vực'), 'Bắt buộc nhập.');
  assert.equal(await textbox(page, 'Tên đề xuất').inputValue(), 'Thí điểm hợp đồng điện tử với nhà thầu');
  await checkPage(page, 'errors-01-domain-required');

  // 400: a risk left empty; the messages sit under the risk's fields and the risk stays.
  await choose(page, 'Lĩnh vực', 'Kinh tế');
  await openSection(page, /^11\./);
  await page.getByRole('button', { name: 'Thêm rủi ro' }).click();
  await textbox(page, 'Người/đơn vị chịu trách nhiệm').fill('Phòng Kế hoạch');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await page.getByTestId('plan-errors').waitFor();
  // An empty required text says "required", not "too short (at least 1 character)".
  assert.equal(await errorOf(page, 'Mô tả rủi ro'), 'Bắt buộc nhập.');
  assert.equal(await textbox(page, 'Người/đơn vị chịu trách nhiệm').inputValue(), 'Phòng Kế hoạch');
  assert.match(
    await page.getByRole('navigation', { name: 'Các phần của kế hoạch' }).innerText(),
    /11\. Rủi ro và biện pháp\s*2 lỗi/,
  );
  await checkPage(page, 'errors-02-risk-fields');

  // 422 at submission: incomplete sections and an end before the start, after the draft was saved.
  await textbox(page, 'Mô tả rủi ro').fill('Nhà thầu chưa có chữ ký số');
  await textbox(page, 'Biện pháp phòng ngừa, xử lý').fill('Hỗ trợ đăng ký chữ ký số');
  // Both fields the server named are corrected: the red banner goes.
  await page.getByTestId('plan-errors').waitFor({ state: 'detached' });
  await openSection(page, /^7\./);
  await typeDate(page, 'Ngày bắt đầu', '31/12/2026');
  await typeDate(page, 'Ngày kết thúc', '01/01/2026');
  await page.getByRole('button', { name: 'Lưu và gửi đề xuất' }).click();
  await page.waitForURL(/\/cases\/[A-Z]{2}-\d{4}-\d{6}\/plan$/);
  await page.getByTestId('plan-errors').waitFor();
  assert.match(
    await page.getByTestId('plan-errors').innerText(),
    /Kế hoạch đề xuất chưa đủ nội dung theo Điều 7 khoản 2/,
  );
  await openSection(page, /^7\./);
  assert.equal(await errorOf(page, 'Ngày kết thúc'), 'Ngày kết thúc trước ngày bắt đầu.');
  assert.equal(await page.getByLabel(labelled('Ngày bắt đầu')).inputValue(), '31/12/2026');
  await checkPage(page, 'errors-03-submission-timeline');
  await openSection(page, /^2\./);
  assert.equal(await errorOf(page, 'Mục đích, sự cần thiết'), 'Cần nhập trước khi gửi đề xuất.');
  await openSection(page, /^1\./);
  assert.equal(await textbox(page, 'Tên đề xuất').inputValue(), 'Thí điểm hợp đồng điện tử với nhà thầu');
  await checkPage(page, 'errors-04-submission-required');

  // Each item of the banner names section and field, and a click opens the section with the focus on the field.
  const item = page
    .getByTestId('plan-errors')
    .getByRole('button', { name: '2. Sự cần thiết › Mục đích, sự cần thiết' });
  await item.click();
  await page.getByRole('heading', { name: '2. Sự cần thiết' }).waitFor();
  assert.equal(await page.evaluate("document.activeElement?.getAttribute('data-path')"), 'necessity.purpose');
});
