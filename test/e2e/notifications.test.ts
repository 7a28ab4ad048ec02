import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { demoPlan } from '../../src/demo/demo-plan.ts';
import { ApiSession, vietnamToday } from './api-session.ts';
import { checkPage, menu } from './browser-steps.ts';
import { expectState } from './case-steps.ts';
import { journey, People } from './users.ts';

const j = journey();
const TITLE = 'Thí điểm nhắn tin tự động kết quả giải quyết hồ sơ';

async function unreadCount(page: Page): Promise<number> {
  const badge = page.getByTestId('unread-count');
  return (await badge.count()) === 0 ? 0 : Number(await badge.innerText());
}

test('a submitted case notifies the head: the unread count goes up, the panel links to the case, all are marked read', {
  timeout: 300_000,
}, async () => {
  const page = await j.people.as('giamdoc.stc');
  await page.getByTestId('worklist').waitFor();
  const before = await unreadCount(page);

  const proposer = await ApiSession.signIn(j.app.baseUrl, 'truongphong.stc');
  const created = (await proposer.call('POST', '/api/cases', {
    plan: demoPlan(TITLE, 'economy', Number(vietnamToday().slice(0, 4))),
  })) as { code: string };
  await proposer.act(created.code, 'submit');

  // The count is asked again on each page change (and every 20 s): the head moves around until it rises.
  const deadline = Date.now() + 60_000;
  let pages = ['Hồ sơ đề xuất', 'Việc cần xử lý'];
  while ((await unreadCount(page)) <= before) {
    assert.ok(Date.now() < deadline, 'the unread count did not go up');
    await menu(page, pages[0]!).click();
    pages = [pages[1]!, pages[0]!];
    await page.waitForTimeout(1000);
  }
  assert.equal(await unreadCount(page), before + 1);
  await page.getByRole('button', { name: `Thông báo, ${before + 1} chưa đọc` }).waitFor();

  await page.getByTestId('notifications-button').click();
  const panel = page.getByRole('region', { name: 'Thông báo' });
  const item = panel.getByRole('link', { name: `Hồ sơ ${created.code} chờ bạn xử lý` });
  await item.waitFor();
  await panel.getByText('Việc cần làm: Tiếp nhận xem xét.', { exact: false }).first().waitFor();
  await checkPage(page, 'notifications-01-panel');
  await item.click();
  await page.waitForURL(new RegExp(`/cases/${created.code}$`));
  await expectState(page, 'Đã gửi, chờ tiếp nhận');
  await page
    .getByRole('button', { name: `Thông báo, ${before} chưa đọc` })
    .or(page.getByRole('button', { name: 'Thông báo', exact: true }))
    .waitFor();

  await page.getByTestId('notifications-button').click();
  await panel.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
  await page.getByTestId('unread-count').waitFor({ state: 'detached' });
  assert.equal(await panel.locator('[data-unread="true"]').count(), 0);
  await checkPage(page, 'notifications-02-all-read');

  // Each kind may come by e-mail at once or in the daily digest.
  await panel.getByRole('link', { name: 'Cài đặt thông báo' }).click();
  await page.getByRole('heading', { name: 'Cài đặt thông báo' }).waitFor();
  await page.getByRole('radiogroup', { name: 'Nhắc hạn' }).getByLabel('Bản tin hằng ngày').check();
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Đã lưu cài đặt thông báo.').waitFor();
  await checkPage(page, 'notifications-03-settings');
  const prefs = (await (
    await ApiSession.signIn(j.app.baseUrl, 'giamdoc.stc')
  ).call('GET', '/api/me/notification-preferences')) as { delivery: Record<string, string> };
  assert.equal(prefs.delivery.deadline_reminder, 'daily_digest');
});

test('on a 360 px phone the notifications panel, the calendar and the record fit the screen', {
  timeout: 180_000,
}, async () => {
  const phone = new People(j.browser, j.app.baseUrl, { width: 360 });
  try {
    const page = await phone.as('giamdoc.stc');
    const fits = async (name: string) => {
      const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
      assert.ok(width <= 360, `${name} is ${width}px wide at a 360px viewport`);
      await checkPage(page, name);
    };
    await page.getByTestId('notifications-button').click();
    await page
      .getByRole('region', { name: 'Thông báo' })
      .getByRole('button', { name: 'Đánh dấu tất cả đã đọc' })
      .waitFor();
    await fits('notifications-04-panel-360px');
    for (const [path, name] of [
      ['/calendar', 'notifications-05-calendar-360px'],
      ['/record', 'notifications-06-record-360px'],
      ['/protection?status=decided', 'notifications-07-protection-360px'],
    ] as const) {
      await page.goto(`${j.app.baseUrl}${path}`);
      await page.locator('main h1').first().waitFor();
      await fits(name);
    }
  } finally {
    await phone.closeAll();
  }
});
