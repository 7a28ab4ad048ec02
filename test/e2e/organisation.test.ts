import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertUpdating, checkPage, holdRequest, menu } from './browser-steps.ts';
import { choose, textbox } from './plan-steps.ts';
import { journey } from './users.ts';

const j = journey();

test('the administrator manages units, people, roles and procedure profiles', { timeout: 300_000 }, async () => {
  const page = await j.people.as('quantri');
  await menu(page, 'Cơ cấu tổ chức').click();
  await page.getByRole('button', { name: 'Mở Tỉnh An Khang' }).click();
  await page.getByRole('button', { name: 'Mở Ủy ban nhân dân tỉnh An Khang' }).click();
  await page.getByRole('button', { name: 'Sở Tài chính', exact: true }).click();
  await page.getByText('Phạm Minh Đức — Người đứng đầu').waitFor();
  await checkPage(page, 'org-01-units');
  await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
  await textbox(page, 'Mã đơn vị').fill('AK-STC-QLNS');
  await textbox(page, 'Tên đơn vị').fill('Phòng Quản lý ngân sách');
  await choose(page, 'Loại đơn vị', 'Sở, ban, ngành', page.getByRole('dialog'));
  await checkPage(page, 'org-02-unit-form');
  await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Mở Sở Tài chính' }).click();
  await page.getByRole('button', { name: 'Phòng Quản lý ngân sách' }).waitFor();

  await menu(page, 'Cán bộ và vai trò').click();
  // While a search is on its way, the rows of the previous one are marked busy and take no clicks.
  const search = await holdRequest(page, /\/api\/people\?q=dang/);
  await page.getByRole('searchbox', { name: 'Tìm theo tên' }).fill('dang thu ha');
  await search.arrived;
  const results = page.getByRole('region', { name: 'Cán bộ và vai trò' });
  await assertUpdating(results, results.getByRole('button', { name: /^Giao vai trò: / }).first());
  await search.release();
  await page.locator('[role="region"][aria-busy="false"]').getByTestId('people').getByText('Đặng Thu Hà').waitFor();
  await page.getByRole('button', { name: 'Giao vai trò: Đặng Thu Hà' }).click();
  await choose(page, 'Vai trò', 'Người thực hiện', page.getByRole('dialog'));
  await checkPage(page, 'org-03-grant-role');
  await page.getByRole('dialog').getByRole('button', { name: 'Giao vai trò' }).click();
  const roles = page.getByRole('dialog').getByTestId('person-roles');
  await roles.getByText('Người thực hiện').waitFor();
  await checkPage(page, 'org-04-people');
  await roles.getByRole('button', { name: 'Thu hồi: Người thực hiện — Sở Tài chính' }).click();
  await roles.getByText('Người thực hiện').waitFor({ state: 'detached' });
  await roles.getByText('Người đề xuất').waitFor();
  await page.getByRole('dialog').getByRole('button', { name: 'Đóng' }).last().click();

  await menu(page, 'Chức vụ và danh mục').click();
  await page.getByText('Giám đốc sở', { exact: true }).waitFor();
  await checkPage(page, 'org-05-reference');

  await menu(page, 'Bộ quy trình').click();
  await page.getByTestId('profiles').waitFor();
  await page.getByRole('button', { name: 'Xem ND73 v1' }).click();
  await page.getByRole('dialog').getByText('Căn cứ pháp lý').waitFor();
  await checkPage(page, 'org-06-profile-details');
  await page.getByRole('dialog').getByRole('button', { name: 'Đóng' }).click();
  await page.getByRole('button', { name: 'Ban hành phiên bản mới: ND73' }).click();
  await page
    .getByRole('dialog')
    .getByRole('combobox', { name: /Bộ quy tắc bảo vệ/ })
    .waitFor();
  const json = page.getByRole('dialog').getByRole('textbox', { name: 'Nội dung bộ quy trình (JSON)' });
  const edited = (await json.inputValue()).replace('"minReasonLength": 10', '"minReasonLength": 20');
  assert.notEqual(edited, await json.inputValue());
  await json.fill(edited);
  await checkPage(page, 'org-07-publish-profile');
  await page.getByRole('dialog').getByRole('button', { name: 'Ban hành phiên bản mới' }).click();
  await page.getByText('Đã ban hành ND73 phiên bản 2.').waitFor();
  await page.getByRole('button', { name: 'Xem ND73 v2' }).waitFor();
});

test('the organisation officer sees the organisation read-only', { timeout: 120_000 }, async () => {
  const page = await j.people.as('tochuc.snv');
  await menu(page, 'Cơ cấu tổ chức').click();
  await page.getByText('Bạn chỉ có quyền xem. Việc thêm, sửa do quản trị hệ thống thực hiện.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Thêm đơn vị gốc' }).count(), 0);
  await checkPage(page, 'org-08-officer-read-only');
});
