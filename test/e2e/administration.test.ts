import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPage, menu } from './browser-steps.ts';
import { dialog } from './case-steps.ts';
import { journey } from './users.ts';

const j = journey();

test('the administrator edits the 2026 calendar: a wrong make-up day is refused at its field, the corrected one is saved and in the history', {
  timeout: 300_000,
}, async () => {
  const page = await j.people.as('quantri');
  await menu(page, 'Lịch ngày nghỉ').click();
  await page.getByRole('combobox', { name: 'Năm' }).click();
  await page.getByRole('option', { name: '2026', exact: true }).click();
  await page.getByTestId('year-status').getByText('Đã có quyết định').waitFor();
  await page.getByTestId('days-off').getByText('Tết Nguyên đán (mùng 1)').waitFor();
  await page.getByTestId('calendar-history').getByText('Dữ liệu ban đầu').waitFor();
  await checkPage(page, 'admin-01-calendar-2026');

  await page.getByRole('button', { name: 'Sửa quyết định năm 2026' }).click();
  const editor = dialog(page);
  await editor.getByRole('button', { name: 'Thêm ngày làm bù' }).click();
  const row = editor.getByTestId('working-day-row').last();
  const date = row.getByLabel('Ngày', { exact: true });
  await date.fill('04/03/2026');
  await date.press('Tab');
  await row.getByLabel('Diễn giải').fill('Làm bù cho ngày nghỉ hội nghị');
  await editor.getByRole('button', { name: 'Lưu' }).click();
  await row.getByText('Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.').waitFor();
  await checkPage(page, 'admin-02-calendar-field-error');

  await date.fill('07/03/2026');
  await date.press('Tab');
  await editor.getByRole('button', { name: 'Lưu' }).click();
  await editor.waitFor({ state: 'detached' });
  await page.getByText('Đã lưu quyết định năm 2026 (lần sửa 2).').waitFor();
  await page.getByTestId('working-days').getByText('07/03/2026').waitFor();
  const history = page.getByTestId('calendar-history');
  await history.getByText('Nguyễn Quản Trị').waitFor();
  await history.getByText('Thêm 07/03/2026').waitFor();
  await checkPage(page, 'admin-03-calendar-saved');
});

test('the administrator reads the protection rules and publishes a version only once it is valid; switches local rewards; watches the jobs', {
  timeout: 300_000,
}, async () => {
  const page = await j.people.as('quantri');
  await menu(page, 'Bộ quy tắc bảo vệ').click();
  await page.getByRole('heading', { name: 'Bộ quy tắc bảo vệ' }).waitFor();
  await page.getByTestId('rule-sets').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Xem quy tắc ND73-PROTECTION v2' }).click();
  await page.getByTestId('rules').getByText('Điều 11 khoản 3 Nghị định 73/2023/NĐ-CP').first().waitFor();
  await checkPage(page, 'admin-04-rule-sets');

  await page.getByRole('button', { name: 'Ban hành phiên bản mới' }).click();
  const editor = dialog(page);
  const json = editor.getByRole('textbox', { name: 'Nội dung bộ quy tắc (JSON)' });
  const original = JSON.parse(await json.inputValue()) as { rules: unknown[]; legalBasis: string };
  await json.fill(JSON.stringify({ ...original, legalBasis: '', rules: original.rules.slice(0, -1) }, null, 2));
  await editor.getByRole('button', { name: 'Ban hành phiên bản mới' }).click();
  const errors = editor.getByTestId('field-errors');
  await errors.getByText('legalBasis', { exact: true }).waitFor();
  await checkPage(page, 'admin-05-rule-set-errors');
  await json.fill(JSON.stringify({ ...original, legalBasis: `${original.legalBasis}; sửa đổi 2026` }, null, 2));
  await editor.getByRole('button', { name: 'Ban hành phiên bản mới' }).click();
  await editor.waitFor({ state: 'detached' });
  await page.getByText('Đã ban hành ND73-PROTECTION phiên bản 3.').waitFor();
  await page.getByRole('button', { name: 'Xem quy tắc ND73-PROTECTION v3' }).waitFor();

  await menu(page, 'Hình thức khen thưởng địa phương').click();
  const all = page.getByRole('switch', { name: 'Bật hình thức địa phương cho Toàn hệ thống (*)' });
  assert.equal(await all.isChecked(), false);
  await all.click({ force: true });
  await page.getByText('Đã lưu thiết lập cho Toàn hệ thống (*).').waitFor();
  assert.equal(await all.isChecked(), true);
  await checkPage(page, 'admin-06-reward-options');

  await menu(page, 'Tác vụ nền').click();
  await page.getByTestId('jobs').getByText('case_event').first().waitFor();
  await page.getByText(/^Xong \(\d+\)$/).click();
  await page.getByTestId('jobs').getByText('Xong').first().waitFor();
  await checkPage(page, 'admin-07-jobs');
});
