import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { checkPage } from './browser-steps.ts';
import { choose, textbox } from './plan-steps.ts';
import { waitForFocusOn } from './harness.ts';
import { journey } from './users.ts';

const j = journey();

const focused = (page: Page) =>
  page.evaluate("({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent ?? '' })");

test('the proposal form keeps the open section and the focus, saves itself, and warns before unsaved work is left', {
  timeout: 300_000,
}, async () => {
  const page = await j.people.as('truongphong.stc');
  await page.goto(`${j.app.baseUrl}/cases/new`);
  await textbox(page, 'Tên đề xuất').fill('Số hóa sổ theo dõi tài sản công');
  await choose(page, 'Lĩnh vực', 'Kinh tế');

  // Leaving a new proposal with input asks first; declining stays on the page with the input.
  let asked = '';
  page.once('dialog', (d) => {
    asked = d.message();
    void d.dismiss();
  });
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Việc cần xử lý/ })
    .first()
    .click();
  await page.waitForTimeout(300);
  assert.match(asked, /chưa lưu/);
  assert.equal(await textbox(page, 'Tên đề xuất').inputValue(), 'Số hóa sổ theo dõi tài sản công');

  // "Phần tiếp theo" moves the focus to the new section's heading.
  await page.getByRole('button', { name: 'Phần tiếp theo' }).click();
  await page.getByRole('heading', { name: '2. Sự cần thiết' }).waitFor();
  assert.deepEqual(await focused(page), { tag: 'H2', text: '2. Sự cần thiết' });

  // "Lưu nháp" in section 2 opens the saved draft on section 2, focus back on the button.
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await page.waitForURL(/\/cases\/[A-Z]{2}-\d{4}-\d{6}\/plan\?section=necessity$/);
  await page.getByRole('heading', { name: '2. Sự cần thiết' }).waitFor();
  await waitForFocusOn(page, 'Lưu nháp');
  await checkPage(page, 'unsaved-01-draft-section-kept');

  // Typing then pausing saves a new draft version on its own; a reload shows it.
  await textbox(page, 'Mục đích, sự cần thiết').fill('Giảm thời gian kiểm kê tài sản cuối năm.');
  await page.getByTestId('autosave-status').getByText('Có thay đổi chưa lưu.').waitFor();
  await page
    .getByTestId('autosave-status')
    .getByText(/Đã tự động lưu \(phiên bản 2\)/)
    .waitFor({ timeout: 15_000 });
  await page.reload();
  assert.equal(await textbox(page, 'Mục đích, sự cần thiết').inputValue(), 'Giảm thời gian kiểm kê tài sản cuối năm.');
});
