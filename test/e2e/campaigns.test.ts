import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { checkPage, menu } from './browser-steps.ts';
import { dialog } from './case-steps.ts';
import { choose, labelled, textbox, typeDate } from './plan-steps.ts';
import { journey } from './users.ts';

const j = journey();
const TITLE = 'Đăng ký sáng kiến của Sở Nội vụ năm nay';
const PROPOSAL = 'Số hóa hồ sơ cán bộ của Sở Nội vụ';

test('issue 14, item 1: the city opens a registration campaign, a unit registers a proposal in it, the compliance report is downloaded', {
  timeout: 300_000,
}, async () => {
  // The city's organisation officer sees the demo campaign and opens another for the Department of Home Affairs.
  let page = await j.people.as('tochuc.snv.hcm');
  await menu(page, 'Đợt đăng ký sáng kiến').click();
  await page
    .getByTestId('campaigns')
    .getByRole('link', { name: /Đăng ký sáng kiến, giải pháp đổi mới năm/ })
    .waitFor();
  await checkPage(page, 'campaigns-01-list');
  await page.getByRole('button', { name: 'Phát động đợt đăng ký' }).click();
  const form = dialog(page);
  await form.getByRole('textbox', { name: labelled('Tên đợt') }).fill(TITLE);
  await form.getByRole('combobox', { name: 'Đơn vị 1' }).fill('Sở Nội vụ Thành phố');
  await page.getByRole('option', { name: 'Sở Nội vụ Thành phố Hồ Chí Minh' }).first().click();
  const deadline = new Date(Date.now() + 30 * 86_400_000);
  const dd = `${String(deadline.getUTCDate()).padStart(2, '0')}/${String(deadline.getUTCMonth() + 1).padStart(2, '0')}/${deadline.getUTCFullYear()}`;
  await typeDate(page, 'Hạn đăng ký', dd);
  await checkPage(page, 'campaigns-02-open-form');
  await form.getByRole('button', { name: 'Phát động', exact: true }).click();
  await form.waitFor({ state: 'detached' });
  await page.getByRole('heading', { name: TITLE }).waitFor();
  const table = page.getByTestId('compliance-table');
  await table.getByText('Sở Nội vụ Thành phố Hồ Chí Minh').waitFor();
  await table.locator('[data-status="none"]').getByText('Chưa đăng ký').waitFor();
  await checkPage(page, 'campaigns-03-compliance-none');
  const campaignUrl = page.url();

  // A proposer of the department registers by choosing the campaign on a new proposal.
  page = await j.people.as('truongphong.snv.hcm');
  await menu(page, 'Tạo đề xuất mới').click();
  await choose(page, /^Đăng ký theo đợt phát động/, new RegExp(TITLE));
  await textbox(page, 'Tên đề xuất').fill(PROPOSAL);
  await choose(page, 'Lĩnh vực', 'Kinh tế');
  await checkPage(page, 'campaigns-04-proposal-choice');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await page.waitForURL(/\/cases\/[A-Z]{2}-\d{4}-\d{6}\/plan/);

  // The officer sees the unit registered, filters by status, and downloads the report.
  page = await j.people.as('tochuc.snv.hcm');
  await page.goto(campaignUrl);
  await table.locator('[data-status="registered"]').waitFor();
  await page.locator('label', { hasText: /^Đã đăng ký \(1\)$/ }).click();
  assert.equal(await page.getByRole('radio', { name: /^Đã đăng ký \(1\)/ }).isChecked(), true);
  await table.getByText('Sở Nội vụ Thành phố Hồ Chí Minh').waitFor();
  await checkPage(page, 'campaigns-05-compliance-registered');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compliance-xlsx').click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Tình hình đăng ký')!;
  const rows = ws.getSheetValues().slice(2) as unknown[][];
  assert.deepEqual(
    rows.map((r) => [r[2], r[3], r[7]]),
    [['Sở Nội vụ Thành phố Hồ Chí Minh', 1, 'registered']],
  );
});
