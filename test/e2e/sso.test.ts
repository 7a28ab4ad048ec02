import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { startTestProvider, type TestProvider } from '../auth/oidc-provider.ts';
import { checkPage, menu, signIn } from './browser-steps.ts';
import { startOnFreePort } from '../support/free-port.ts';
import { launchBrowser, newPage, startApp, type RunningApp } from './harness.ts';

/**
 * Identity issue, item 3, in the browser: an administrator links a provider account to a person,
 * who then signs in with the "Đăng nhập bằng …" button through a real OpenID Connect provider;
 * an account linked to no one gets a page saying so.
 */
let app: RunningApp;
let idp: TestProvider;
let browser: Browser;

before(async () => {
  // The provider must know the app's address before the app starts: when another process takes the
  // chosen port meanwhile, both start again on another.
  ({ app, idp } = await startOnFreePort(async (port) => {
    const baseUrl = `http://127.0.0.1:${port}`;
    const provider = await startTestProvider(`${baseUrl}/api/auth/oidc/callback`);
    const started = await startApp({
      port,
      env: {
        KHIEN_PUBLIC_URL: baseUrl,
        KHIEN_OIDC_ISSUER: provider.issuer,
        KHIEN_OIDC_CLIENT_ID: 'khien',
        KHIEN_OIDC_CLIENT_SECRET: 'khien-secret-0123456789abcdef',
        KHIEN_OIDC_NAME: 'Cổng định danh tỉnh',
      },
    }).catch(async (e: unknown) => {
      await provider.close();
      throw e;
    });
    return { app: started, idp: provider };
  }));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await app?.stop();
  await idp?.close();
});

test('an administrator links an identity; its person signs in through the provider', { timeout: 300_000 }, async () => {
  const admin = await newPage(browser);
  await signIn(admin.page, app.baseUrl, 'quantri');
  const page = admin.page;
  await menu(page, 'Cán bộ và vai trò').click();
  await page.getByRole('searchbox', { name: 'Tìm theo tên' }).fill('dang thu ha');
  await page.getByTestId('people').getByText('Đặng Thu Hà').waitFor();
  await page.getByRole('button', { name: 'Tài khoản định danh: Đặng Thu Hà' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Chưa liên kết tài khoản định danh nào.').waitFor();
  await dialog.getByRole('textbox', { name: /Mã tài khoản/ }).fill('sub-e2e-ha');
  await dialog.getByRole('button', { name: 'Liên kết', exact: true }).click();
  await dialog.getByTestId('person-identities').getByText('sub-e2e-ha').waitFor();
  await checkPage(page, 'sso-01-identities');
  await admin.context.close();

  const { context, page: browserOfHa } = await newPage(browser);
  idp.nextLogin = { accountId: 'sub-e2e-ha', amr: ['pwd', 'otp'] };
  await browserOfHa.goto(`${app.baseUrl}/login`);
  const button = browserOfHa.getByRole('link', { name: 'Đăng nhập bằng Cổng định danh tỉnh' });
  await button.waitFor();
  await checkPage(browserOfHa, 'sso-02-login');
  await button.click();
  await browserOfHa.getByTestId('me-name').first().waitFor({ state: 'attached' });
  const me = await (await browserOfHa.request.get(`${app.baseUrl}/api/me`)).json();
  assert.equal(me.fullName, 'Đặng Thu Hà');
  await context.close();
});

test('an account linked to no one is told so, in Vietnamese and English', { timeout: 120_000 }, async () => {
  const { context, page } = await newPage(browser);
  idp.nextLogin = { accountId: 'sub-stranger', amr: ['pwd'] };
  await page.goto(`${app.baseUrl}/login`);
  await page.getByRole('link', { name: 'Đăng nhập bằng Cổng định danh tỉnh' }).click();
  await page.getByRole('heading', { name: 'Không đăng nhập được' }).waitFor();
  await page.getByText('This identity is not linked to any person in Khiên.', { exact: false }).waitFor();
  await checkPage(page, 'sso-03-refused');
  await page.getByRole('link', { name: /Quay lại trang đăng nhập/ }).click();
  await page.locator('input[name="username"]').waitFor();
  await context.close();
});
