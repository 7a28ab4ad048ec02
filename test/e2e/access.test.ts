import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { ApiSession } from './api-session.ts';
import { checkPage } from './browser-steps.ts';
import { actionButtons, openCase } from './case-steps.ts';
import { launchBrowser, startApp, type RunningApp } from './harness.ts';
import { People } from './users.ts';

let app: RunningApp;
let browser: Browser;
let people: People;
let financeCase: string;
let homeAffairsCase: string;

const ACTION_LABELS: Record<string, string> = {
  report_progress: 'Báo cáo tiến độ',
  propose_adjustment: 'Đề nghị điều chỉnh kế hoạch',
  declare_completed: 'Xác nhận hoàn thành',
};

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
  people = new People(browser, app.baseUrl, { width: 360 });
  const finance = await ApiSession.signIn(app.baseUrl, 'truongphong.stc');
  const list = (await finance.call('GET', '/api/cases?state=submitted')) as { items: { code: string }[] };
  financeCase = list.items[0]!.code;
  const homeAffairs = await ApiSession.signIn(app.baseUrl, 'truongphong.snv');
  const own = (await homeAffairs.call('GET', '/api/cases?state=in_implementation')) as { items: { code: string }[] };
  homeAffairsCase = own.items[0]!.code;
});

after(async () => {
  await people?.closeAll();
  await browser?.close();
  await app?.stop();
});

test('a person without a relation to a case cannot open it and sees no action', { timeout: 180_000 }, async () => {
  const page = await people.as('truongphong.snv');
  await openCase(page, app.baseUrl, financeCase);
  await page.getByText('Không tìm thấy hồ sơ, hoặc bạn không có quyền xem hồ sơ này.').waitFor();
  assert.deepEqual(await actionButtons(page), []);
  assert.equal(await page.getByRole('button', { name: /Tiếp nhận|Gửi|Rút|Yêu cầu/ }).count(), 0);
  await checkPage(page, 'access-01-not-found-360px');

  await page.goto(`${app.baseUrl}/cases`);
  await page.getByTestId('case-list').waitFor();
  assert.equal(await page.getByText(financeCase).count(), 0, 'the other department’s case is not listed');
  await checkPage(page, 'access-02-case-list-360px');
});

test('on their own case a person sees exactly the actions the server allows, usable at 360 px', {
  timeout: 180_000,
}, async () => {
  const page = await people.as('truongphong.snv');
  const api = await ApiSession.signIn(app.baseUrl, 'truongphong.snv');
  const allowed = (await api.getCase(homeAffairsCase)).allowedActions;
  await openCase(page, app.baseUrl, homeAffairsCase);
  assert.deepEqual(
    await actionButtons(page),
    allowed.map((a) => ACTION_LABELS[a] ?? a),
  );
  const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
  assert.ok(width <= 360, `the page is ${width}px wide at a 360px viewport`);
  await checkPage(page, 'access-03-own-case-360px');
  await page.getByRole('button', { name: 'Mở menu điều hướng' }).click();
  await page.getByRole('link', { name: 'Việc cần xử lý' }).click();
  await page.getByTestId('worklist').waitFor();
  await checkPage(page, 'access-04-worklist-360px');
});

test('a Party liaison may read a case of the department but has nothing to do on it', {
  timeout: 180_000,
}, async () => {
  const page = await people.as('dangu.ducq');
  await openCase(page, app.baseUrl, financeCase);
  await page.getByText('Bạn không có thao tác nào trên hồ sơ này ở trạng thái hiện tại.').waitFor();
  assert.deepEqual(await actionButtons(page), []);
  await checkPage(page, 'access-05-liaison-no-actions');
});
