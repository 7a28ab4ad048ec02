import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertUpdating, checkPage, holdRequest, menu } from './browser-steps.ts';
import { choose } from './plan-steps.ts';
import { vietnamToday } from './api-session.ts';
import { evaluatedCase } from './setup-evaluated.ts';
import { journey } from './users.ts';

const j = journey();
const TITLE = 'Thí điểm thống kê hồ sơ một cửa theo thời gian thực';

test('issue 14 item 3: the organisation officer’s dashboard with charts; a bar and a number open the case list they count', {
  timeout: 420_000,
}, async () => {
  await evaluatedCase(j.app.baseUrl, TITLE, { outcome: 'completed' });
  const page = await j.people.as('tochuc.snv');
  await menu(page, 'Thống kê').click();
  await page.getByRole('heading', { name: 'Thống kê', level: 1 }).waitFor();
  const byState = page.locator('section[aria-label="Hồ sơ theo trạng thái"]');
  await byState.locator('.recharts-bar-rectangle').first().waitFor();
  assert.ok((await page.locator('.recharts-surface').count()) >= 4, 'the figures are drawn as charts');
  await checkPage(page, 'dashboard-01-province');

  // The year filter is in the address, so the view can be shared.
  const year = vietnamToday().slice(0, 4);
  // Until the year's figures come, the province's are marked busy and their links take no click.
  const figures = await holdRequest(page, new RegExp(`/api/statistics/dashboard\\?.*year=${year}`));
  await choose(page, 'Năm đề xuất', year);
  await figures.arrived;
  const total = page.getByRole('link', { name: /^\d/ }).first();
  await assertUpdating(page.locator('[aria-busy]').filter({ has: total }).last(), total);
  await figures.release();
  await page.waitForURL(new RegExp(`/dashboard\\?unitId=[0-9a-f-]+&year=${year}$`));
  const shared = page.url();
  await page.goto(shared);
  await byState.locator('.recharts-bar-rectangle').first().waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'Năm đề xuất' }).inputValue(), year);

  // A bar opens its list: the cases of the province's subtree in that state, in that year.
  const bars = byState.locator('.recharts-bar-rectangle');
  const labels = await byState.locator('tbody tr td:first-child').allInnerTexts();
  const evaluated = labels.indexOf('Đã đánh giá');
  assert.ok(evaluated >= 0, `an "evaluated" bar among ${labels.join(', ')}`);
  await bars.nth(evaluated).click();
  await page.waitForURL(/\/cases\?/);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('state'), 'evaluated');
  assert.equal(url.searchParams.get('year'), year);
  assert.ok(url.searchParams.get('proposerUnitId'));
  await page.getByRole('link', { name: TITLE }).waitFor();
  await page.getByText('Lọc theo một số liệu của trang Thống kê.').waitFor();
  await checkPage(page, 'dashboard-02-list-of-a-bar');

  // A number opens its list too: the completed proposals.
  await page.goBack();
  await page
    .locator('section[aria-label="Kết quả thực hiện đề xuất"]')
    .getByRole('link', { name: 'Hoàn thành: 1' })
    .click();
  await page.waitForURL(/outcome=completed/);
  await page.getByRole('link', { name: TITLE }).waitFor();

  // The subtree filter: a unit below opens its own dashboard, the year kept.
  await page.goBack();
  await page
    .locator('section[aria-label="Hồ sơ theo đơn vị trực thuộc"]')
    .getByRole('link', { name: 'Ủy ban nhân dân tỉnh An Khang', exact: true })
    .click();
  await page.waitForURL(new RegExp(`/dashboard\\?unitId=[0-9a-f-]+&year=${year}$`));
  assert.notEqual(page.url(), shared);
  await page.getByText('Phạm vi: Ủy ban nhân dân tỉnh An Khang và các đơn vị trực thuộc').waitFor();
  assert.equal(
    await page.getByRole('combobox', { name: 'Đơn vị (gồm đơn vị trực thuộc)' }).inputValue(),
    'Ủy ban nhân dân tỉnh An Khang',
  );
  await byState.locator('.recharts-bar-rectangle').first().waitFor();

  // The current filter as a workbook, with the progress of the download.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Xuất Excel' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `thong-ke-${year}.xlsx`);
  await page.getByText('Đã xuất xong tệp Excel.').waitFor();
  await checkPage(page, 'dashboard-03-exported');
});

test('issue 14 item 3: registration compliance on the dashboard; a count opens the campaign’s list of those units', {
  timeout: 240_000,
}, async () => {
  const page = await j.people.as('tochuc.snv.hcm');
  await menu(page, 'Thống kê').click();
  await page.getByRole('heading', { name: 'Thống kê', level: 1 }).waitFor();
  const figure = page.locator('section[aria-label="Tình hình đăng ký sáng kiến"]');
  const table = figure.getByTestId('dashboard-compliance');
  await table.waitFor();
  const row = table.locator('tbody tr').first();
  const campaign = await row.locator('th a').innerText();
  assert.match(campaign, /Đăng ký sáng kiến, giải pháp đổi mới năm \d{4}/);
  const none = Number((await row.locator('td').first().innerText()).replace(/\D/g, ''));
  assert.ok(none > 0, 'the demo campaign has units with nothing registered');
  await checkPage(page, 'dashboard-04-compliance');

  await row.locator('td').first().getByRole('link').click();
  await page.waitForURL(/\/campaigns\/[0-9a-f-]+\?unitId=[0-9a-f-]+&status=none$/);
  const listed = page.getByTestId('compliance-table');
  await listed.waitFor();
  assert.equal(
    await listed.locator('tbody tr').count(),
    Math.min(none, 50),
    'the list has the units the figure counts',
  );
  assert.equal(await page.getByRole('radio', { name: /^Chưa đăng ký/ }).isChecked(), true);
});
