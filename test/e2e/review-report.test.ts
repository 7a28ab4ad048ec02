import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { demoPlan } from '../../src/demo/demo-plan.ts';
import { ApiSession, vietnamToday } from './api-session.ts';
import { checkPage } from './browser-steps.ts';
import { journey } from './users.ts';

const j = journey();

test('the organisation officer issues the annual review report of the province and downloads it; the official’s annual summary lists breakthroughs first (programme items 4 and 7)', {
  timeout: 300_000,
}, async () => {
  const year = Number(vietnamToday().slice(0, 4));
  const proposer = await ApiSession.signIn(j.app.baseUrl, 'truongphong.stc');
  const created = (await proposer.call('POST', '/api/cases', {
    plan: demoPlan('Thí điểm sổ tay số cho người dân', 'economy', year),
  })) as { code: string };
  await proposer.act(created.code, 'submit');

  const page = await j.people.as('tochuc.snv');
  await page.goto(`${j.app.baseUrl}/review-reports`);
  await page.getByRole('heading', { name: 'Báo cáo sơ kết, tổng kết' }).waitFor();
  await page.getByText(created.code).waitFor();
  await checkPage(page, 'review-report-01-draft');
  await page.getByRole('button', { name: 'Ban hành báo cáo' }).click();
  const table = page.getByTestId('review-reports');
  const link = table.getByRole('link', { name: /BC-SNV \(PDF\)/ }).first();
  await link.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const pdf = readFileSync((await download.path())!);
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  await checkPage(page, 'review-report-02-issued');

  const official = await proposer.findPerson('truongphong.stc', 'Đặng Thu Hà');
  await page.goto(`${j.app.baseUrl}/org/people/${official}/record`);
  await page.getByRole('heading', { name: 'Tổng hợp năm cho đánh giá, xếp loại' }).waitFor();
  await page.getByText(created.code).first().waitFor();
  await checkPage(page, 'review-report-03-annual-summary');
});
