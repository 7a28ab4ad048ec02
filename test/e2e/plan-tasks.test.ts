import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPage, menu } from './browser-steps.ts';
import { dialog } from './case-steps.ts';
import { journey } from './users.ts';

const j = journey();
const URGE_TITLE = 'Đôn đốc nhiệm vụ: 116/KH-UBND, nhiệm vụ 3';

test('programme item 2: the focal point sees the overdue task of the plan and urges it; the commune is told and reports completion with a file', {
  timeout: 300_000,
}, async () => {
  // Sở Nội vụ's organisation officer (the focal point) opens the demo plan.
  let page = await j.people.as('tochuc.snv');
  await menu(page, 'Kế hoạch triển khai').click();
  await page.getByTestId('plans').getByRole('link', { name: '116/KH-UBND' }).click();
  const late = page.getByTestId('task-3');
  await late
    .getByTestId('overdue')
    .getByText(/^Quá hạn \d+ ngày làm việc$/)
    .waitFor();
  await late.getByText('Ủy ban nhân dân xã Tân Phú').waitFor();
  assert.equal(await page.getByTestId('overdue').count(), 1, 'only the commune’s task is late');
  await checkPage(page, 'plan-tasks-01-overdue');
  const planUrl = page.url();

  await late.getByRole('button', { name: 'Đôn đốc nhiệm vụ 3' }).click();
  const form = dialog(page);
  await form
    .getByRole('textbox', { name: 'Nội dung đôn đốc' })
    .fill('Đề nghị UBND xã báo cáo ngay kết quả quán triệt.');
  await checkPage(page, 'plan-tasks-02-urge-form');
  await form.getByRole('button', { name: 'Gửi đôn đốc' }).click();
  await form.waitFor({ state: 'detached' });
  await late.getByText(/^Đã đôn đốc 1 lần, hạn báo cáo \d{2}\/\d{2}\/\d{4}$/).waitFor();
  await checkPage(page, 'plan-tasks-03-urged');
  // The province's dashboard carries the same figure: two of six done, the commune's task late.
  await page.goto(`${j.app.baseUrl}/dashboard`);
  await page.getByTestId('plan-task-figure').getByText('2/6 hoàn thành · 1 đang thực hiện · 1 quá hạn').waitFor();
  await checkPage(page, 'plan-tasks-04-dashboard');

  // The chair of the commune finds the urge among the notifications (the job runs in the background).
  page = await j.people.as('chutich.tanphu');
  const deadline = Date.now() + 60_000;
  for (;;) {
    await page.getByTestId('notifications-button').click();
    const link = page.getByRole('region', { name: 'Thông báo' }).getByRole('link', { name: URGE_TITLE });
    if (
      await link
        .waitFor({ timeout: 5000 })
        .then(() => true)
        .catch(() => false)
    )
      break;
    assert.ok(
      Date.now() < deadline,
      `the urge did not reach the commune: ${await page
        .getByRole('region', { name: 'Thông báo' })
        .innerText()
        .catch(() => '')}`,
    );
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1000);
    await page.reload();
  }
  await checkPage(page, 'plan-tasks-05-notification');
  await page.getByRole('region', { name: 'Thông báo' }).getByRole('link', { name: URGE_TITLE }).click();
  await page.waitForURL(planUrl);

  const mine = page.getByTestId('task-3');
  await mine.getByRole('button', { name: 'Báo cáo nhiệm vụ 3' }).click();
  const report = dialog(page);
  await report.getByRole('radio', { name: 'Hoàn thành' }).check();
  await report
    .getByRole('textbox', { name: /Nội dung báo cáo/ })
    .fill('Đã tổ chức hội nghị quán triệt cho 45 cán bộ, công chức.');
  await report
    .locator('input[type=file]')
    .setInputFiles({ name: 'bien-ban-hoi-nghi.txt', mimeType: 'text/plain', buffer: Buffer.from('Biên bản hội nghị') });
  await checkPage(page, 'plan-tasks-06-report-form');
  await report.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await report.waitFor({ state: 'detached' });
  await mine.locator('[data-status="done"]').getByText('Hoàn thành').waitFor();
  await mine.getByRole('link', { name: 'bien-ban-hoi-nghi.txt' }).waitFor();
  assert.equal(await mine.getByTestId('overdue').count(), 0);
  await checkPage(page, 'plan-tasks-07-done');
});
