import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { newPage, waitForFocusOn } from './harness.ts';
import { dialog } from './case-steps.ts';
import { choose, textbox } from './plan-steps.ts';
import { journey } from './users.ts';

const j = journey();

const activeName = (page: Page) =>
  page.evaluate(
    "document.activeElement?.getAttribute('aria-label') || document.activeElement?.textContent || document.activeElement?.tagName",
  );

test('keyboard: the show-password button is reached with Tab', { timeout: 120_000 }, async () => {
  const { context, page } = await newPage(j.browser);
  await page.goto(`${j.app.baseUrl}/login`);
  await page.locator('input[name="password"]').focus();
  await page.keyboard.press('Tab');
  assert.equal(await activeName(page), 'Hiện hoặc ẩn mật khẩu');
  await context.close();
});

test('keyboard: the focus goes back to the button that opened a dialog, after Esc and after Cancel', {
  timeout: 300_000,
}, async () => {
  const page = await j.people.as('truongphong.stc');
  await page.goto(`${j.app.baseUrl}/cases/new`);
  await textbox(page, 'Tên đề xuất').fill('Tra cứu hồ sơ công chức trực tuyến');
  await choose(page, 'Lĩnh vực', 'Kinh tế');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await page.waitForURL(/\/plan/);
  const code = /\/cases\/([^/]+)\/plan/.exec(page.url())![1]!;
  await page.goto(`${j.app.baseUrl}/cases/${code}`);
  const opener = page.getByTestId('case-actions').getByRole('button').first();
  const name = (await opener.innerText()).trim();

  await opener.focus();
  await page.keyboard.press('Enter');
  await dialog(page).waitFor();
  await page.keyboard.press('Escape');
  await dialog(page).waitFor({ state: 'detached' });
  await waitForFocusOn(page, name);

  await opener.focus();
  await page.keyboard.press('Enter');
  await dialog(page).getByRole('button', { name: 'Hủy' }).click();
  await dialog(page).waitFor({ state: 'detached' });
  await waitForFocusOn(page, name);
});
