import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { ApiSession } from './api-session.ts';
import { checkPage, signIn } from './browser-steps.ts';
import { newPage, PASSWORD } from './harness.ts';
import { journey } from './users.ts';

/** Issue 17 items 1 and 4 in the browser: one's own password with the strength meter, sessions, the forced change. */
const j = journey();

const strength = (page: Page) => page.getByTestId('password-strength');

async function fillPasswords(page: Page, current: string, next: string) {
  await page.locator('input[name="currentPassword"]').fill(current);
  await page.locator('input[name="newPassword"]').fill(next);
  await page.locator('input[name="confirmPassword"]').fill(next);
}

async function signInWith(page: Page, username: string, password: string) {
  await page.goto(`${j.app.baseUrl}/login`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
}

test('account: change one’s own password with the strength meter; the other session ends', {
  timeout: 300_000,
}, async () => {
  const page = await j.people.as('chuyenvien.stc');
  const { context: elsewhereContext, page: elsewhere } = await newPage(j.browser);
  await signIn(elsewhere, j.app.baseUrl, 'chuyenvien.stc');

  await page.getByRole('link', { name: 'Tài khoản và mật khẩu' }).first().click();
  await page.waitForURL(/\/account$/);
  const sessions = page.getByTestId('own-sessions');
  await sessions.getByText('Phiên này').waitFor();
  assert.equal(await sessions.locator('tbody tr').count(), 2, 'this browser and the other one');
  await checkPage(page, 'account');

  await page.locator('input[name="newPassword"]').fill('password1234');
  await strength(page)
    .getByText(/Yếu|Rất yếu/)
    .waitFor();
  await page.locator('input[name="newPassword"]').fill('sông Hồng');
  await strength(page).getByText('Mới 9/12 ký tự.').waitFor();
  await fillPasswords(page, PASSWORD, 'password1234');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await page.getByText('Mật khẩu quá dễ đoán', { exact: false }).first().waitFor();

  await fillPasswords(page, PASSWORD, 'sông Hồng chảy qua ba tỉnh');
  await strength(page)
    .getByText(/Mạnh|Rất mạnh/)
    .waitFor();
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await page.getByText('Đã đổi mật khẩu', { exact: false }).first().waitFor();
  await sessions.getByText('Không có phiên nào khác.').or(page.getByText('Không có phiên nào khác.')).waitFor();
  assert.equal(await sessions.locator('tbody tr').count(), 1);

  await elsewhere.goto(`${j.app.baseUrl}/worklist`);
  await elsewhere.waitForURL(/\/login/);
  await signInWith(elsewhere, 'chuyenvien.stc', 'sông Hồng chảy qua ba tỉnh');
  await elsewhere.getByTestId('me-name').first().waitFor({ state: 'attached' });
  await elsewhereContext.close();
});

test('account: a password an administrator set is changed at the first sign-in, before anything else', {
  timeout: 300_000,
}, async () => {
  const person = await ApiSession.signIn(j.app.baseUrl, 'thanhtra');
  const admin = await ApiSession.signIn(j.app.baseUrl, 'quantri');
  await admin.call('POST', `/api/people/${person.me.id}/password-reset`, { password: 'Mật khẩu tạm tuần này 5' });

  const { context, page } = await newPage(j.browser);
  await signInWith(page, 'thanhtra', 'Mật khẩu tạm tuần này 5');
  await page.waitForURL(/\/account$/);
  await page.getByRole('alert').getByText('Cần đổi mật khẩu').waitFor();
  await checkPage(page, 'account-password-required');

  // Any other page leads back here.
  await page.goto(`${j.app.baseUrl}/cases`);
  await page.waitForURL(/\/account$/);
  await page.getByRole('alert').getByText('Cần đổi mật khẩu').waitFor();

  await fillPasswords(page, 'Mật khẩu tạm tuần này 5', 'kiểm tra tận nơi mỗi quý một lần');
  await strength(page)
    .getByText(/Mạnh|Rất mạnh/)
    .waitFor();
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await page.getByText('Đã đổi mật khẩu', { exact: false }).first().waitFor();
  await page.getByRole('heading', { name: 'Các phiên đăng nhập' }).waitFor();
  await page.goto(`${j.app.baseUrl}/cases`);
  await page.waitForURL(/\/cases$/);
  await context.close();
});
