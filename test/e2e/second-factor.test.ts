import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { generate } from 'otplib';
import { openDatabase } from '../../src/db/pool.ts';
import { ApiSession, vietnamToday } from './api-session.ts';
import { checkPage, signOut } from './browser-steps.ts';
import { dialog, expectState, openAction, openCase } from './case-steps.ts';
import { launchBrowser, newPage, PASSWORD, startApp, type RunningApp } from './harness.ts';
import { caseAwaitingVote } from './setup-case.ts';

/**
 * Identity items 2 and 5 in the browser: a head enrols a second factor on the account page (QR code,
 * secret, recovery codes), signs out and in again with a code; later, with the session's second
 * factor older than 15 minutes, the approval asks for a code in a dialog and then goes through.
 */
let app: RunningApp;
let browser: Browser;
before(async () => {
  app = await startApp();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await app?.stop();
});

/** Codes of successive 30-second steps: each later than the last accepted (a replay is refused). */
let lastStep = 0;
async function nextCode(secret: string): Promise<string> {
  const step = Math.max(lastStep + 1, Math.floor(Date.now() / 30_000));
  // The server accepts one step ahead; wait for the clock when further ahead than that.
  const waitMs = (step - 1) * 30_000 - Date.now();
  if (waitMs > 0) await new Promise((r) => setTimeout(r, waitMs + 500));
  lastStep = step;
  return generate({ secret, epoch: step * 30 });
}

async function signInWithPassword(page: Page, username: string) {
  await page.goto(`${app.baseUrl}/login`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
}

test('second factor: enrol, sign out, sign in with a code; an approval after 15 minutes asks for it', {
  timeout: 600_000,
}, async () => {
  // A case the collective voted for, prepared through the API before the head has a second factor.
  const code = await caseAwaitingVote(app.baseUrl, 'Thí điểm một cửa liên thông có xác thực hai bước');
  const head = await ApiSession.signIn(app.baseUrl, 'giamdoc.stc');
  const members: string[] = [];
  for (const [username, name] of [
    ['giamdoc.stc', 'Phạm Minh Đức'],
    ['phogiamdoc1.stc', 'Hoàng Thị Lan'],
    ['phogiamdoc2.stc', 'Võ Quốc Huy'],
  ] as const)
    members.push(await head.findPerson(username, name));
  await head.act(code, 'record_vote', {
    meetingOn: vietnamToday(),
    attendeeIds: members,
    votes: members.map((personId) => ({ personId, vote: 'for' })),
    minutes: 'Biên bản họp tập thể lãnh đạo.',
  });

  const { page } = await newPage(browser);
  await signInWithPassword(page, 'giamdoc.stc');
  await page.getByTestId('me-name').first().waitFor({ state: 'attached' });
  await page.goto(`${app.baseUrl}/account`);
  const section = page.locator('section[aria-labelledby="second-factor-title"]');
  await section.getByText('Chưa bật.').waitFor();
  await section.getByRole('button', { name: 'Bật xác thực hai bước' }).click();
  await section.getByRole('img', { name: 'Mã QR để thêm tài khoản vào ứng dụng xác thực' }).waitFor();
  const secret = (await page.getByTestId('totp-secret').innerText()).trim();
  assert.match(secret, /^[A-Z2-7]{32}$/);
  await checkPage(page, 'second-factor-enrol');
  await section.locator('input[name="code"]').fill(await nextCode(secret));
  await section.getByRole('button', { name: 'Xác nhận' }).click();
  const codes = page.getByTestId('recovery-codes');
  await codes.waitFor();
  assert.equal(await codes.locator('li').count(), 10, 'ten recovery codes, shown once');
  await checkPage(page, 'second-factor-recovery-codes');
  await section.getByRole('button', { name: 'Tôi đã lưu các mã' }).click();
  await section.getByText('Đang bật. Còn 10 mã khôi phục chưa dùng.').waitFor();

  // Signing in again takes the password, then a code.
  await page.goto(`${app.baseUrl}/worklist`);
  await signOut(page);
  await signInWithPassword(page, 'giamdoc.stc');
  await page.waitForURL(/\/account$/);
  await page.getByRole('heading', { name: 'Xác thực hai bước' }).waitFor();
  await checkPage(page, 'second-factor-sign-in');
  await page.locator('input[name="code"]').fill('000000');
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await page.getByRole('alert').getByText('Mã xác thực không đúng', { exact: false }).waitFor();
  await page.locator('input[name="code"]').fill(await nextCode(secret));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await page.waitForURL(/\/worklist$/);

  // Twenty minutes later (the session's second factor set back while the server is stopped).
  await app.stop({ keepData: true });
  const db = await openDatabase(`pglite:${app.dataDir}/pglite`);
  await db.pool.query(
    "update sessions set second_factor_at = second_factor_at - interval '20 minutes' where person_id = $1 and second_factor_at is not null",
    [head.me.id],
  );
  await db.close();
  app = await startApp({ dataDir: app.dataDir, port: app.port });

  await openCase(page, app.baseUrl, code);
  await openAction(page, 'Quyết định cho triển khai');
  await dialog(page).getByLabel('Số quyết định').fill('31/QĐ-STC');
  await dialog(page).getByLabel('Lý do, căn cứ').fill('Tập thể lãnh đạo biểu quyết thông qua; cấp ủy đồng ý.');
  await dialog(page)
    .locator('form')
    .getByRole('button', { name: 'Quyết định cho triển khai', exact: true })
    .last()
    .click();
  const stepUp = page.getByRole('dialog', { name: 'Xác nhận bằng mã xác thực' });
  await stepUp.waitFor();
  await checkPage(page, 'second-factor-step-up');
  await stepUp.locator('input[name="code"]').fill(await nextCode(secret));
  await stepUp.getByRole('button', { name: 'Xác nhận và tiếp tục' }).click();
  await stepUp.waitFor({ state: 'detached' });
  await dialog(page).waitFor({ state: 'detached' });
  await expectState(page, 'Đang triển khai');
});

test('second factor: a role that requires it enrols at the first sign-in, before anything else', {
  timeout: 300_000,
}, async () => {
  const required = await startApp({ env: { KHIEN_MFA_REQUIRED_ROLES: 'administrator' } });
  try {
    const { context, page } = await newPage(browser);
    await page.goto(`${required.baseUrl}/login`);
    await page.locator('input[name="username"]').fill('quantri');
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/\/account$/);
    await page.getByRole('alert').getByText('bắt buộc xác thực hai bước', { exact: false }).waitFor();
    await checkPage(page, 'second-factor-required');
    // Any other page leads back here.
    await page.goto(`${required.baseUrl}/worklist`);
    await page.waitForURL(/\/account$/);
    const section = page.locator('section[aria-labelledby="second-factor-title"]');
    await section.getByRole('button', { name: 'Bật xác thực hai bước' }).click();
    const secret = (await page.getByTestId('totp-secret').innerText()).trim();
    await section.locator('input[name="code"]').fill(await nextCode(secret));
    await section.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByTestId('recovery-codes').waitFor();
    assert.equal(await page.getByTestId('recovery-codes').locator('li').count(), 10, 'shown before going on');
    await section.getByRole('button', { name: 'Tôi đã lưu các mã' }).click();
    await page.getByRole('heading', { name: 'Đổi mật khẩu' }).waitFor();
    await page.goto(`${required.baseUrl}/worklist`);
    await page.getByTestId('me-name').first().waitFor({ state: 'attached' });
    assert.match(page.url(), /\/worklist$/);
    await context.close();
  } finally {
    await required.stop();
  }
});
