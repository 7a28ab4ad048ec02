import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import JSZip from 'jszip';
import { checkPage, menu } from './browser-steps.ts';
import { dialog } from './case-steps.ts';
import { labelled, typeDate } from './plan-steps.ts';
import { journey } from './users.ts';

const j = journey();
const NUMBER = '205/KH-UBND';
const TASK = 'Xây dựng cơ sở dữ liệu đề xuất đổi mới của tỉnh';

// Issued this year; the task falls due next year, so it is not already late whenever the journey runs.
const year = new Date().getUTCFullYear();
const next = year + 1;

test('programme item 2: the focal point creates a plan and assigns a task through the forms, and downloads the report in Word', {
  timeout: 300_000,
}, async () => {
  // Sở Nội vụ's organisation officer opens the plans and the form for a new plan.
  const page = await j.people.as('tochuc.snv');
  await menu(page, 'Kế hoạch triển khai').click();
  await page.getByTestId('plans').getByRole('link', { name: '116/KH-UBND' }).waitFor();
  await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
  const form = dialog(page);
  // The number the demo plan already has: the server names the field, and nothing typed is lost.
  await form.getByRole('textbox', { name: labelled('Số, ký hiệu') }).fill('116/KH-UBND');
  await form
    .getByRole('textbox', { name: labelled('Tên kế hoạch') })
    .fill('Kế hoạch số hóa hồ sơ đề xuất đổi mới, sáng tạo');
  assert.equal(await form.getByRole('combobox', { name: labelled('Đơn vị ban hành') }).inputValue(), 'Tỉnh An Khang');
  assert.equal(await form.getByRole('combobox', { name: labelled('Cơ quan đầu mối') }).inputValue(), 'Sở Nội vụ');
  await typeDate(page, 'Ngày ban hành', `02/03/${year}`);
  await typeDate(page, 'Thực hiện từ ngày', `02/03/${year}`);
  await typeDate(page, 'Đến ngày', `31/12/${next}`);
  await form.getByRole('button', { name: 'Tạo kế hoạch' }).click();
  await form.getByText('Số kế hoạch này đã có ở đơn vị ban hành.').first().waitFor();
  const number = form.getByRole('textbox', { name: labelled('Số, ký hiệu') });
  assert.equal(await number.getAttribute('aria-invalid'), 'true');
  await checkPage(page, 'plan-forms-01-field-error');

  await number.fill(NUMBER);
  await form.getByRole('button', { name: 'Tạo kế hoạch' }).click();
  await form.waitFor({ state: 'detached' });
  await page.getByRole('heading', { name: new RegExp(`^${NUMBER}`) }).waitFor();
  await checkPage(page, 'plan-forms-02-created');

  // A task for the Department of Finance, through the unit picker, typed from the keyboard.
  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  const task = dialog(page);
  await task.getByRole('textbox', { name: labelled('Nhiệm vụ') }).fill(TASK);
  await task.getByRole('textbox', { name: labelled('Sản phẩm dự kiến') }).fill('Cơ sở dữ liệu vận hành');
  await task.getByRole('combobox', { name: labelled('Đơn vị thực hiện') }).fill('Sở Tài chính');
  // Each option names the unit it is under: many units share a name.
  await page.getByRole('option', { name: /^Sở Tài chính\s*Ủy ban nhân dân tỉnh An Khang$/ }).click();
  await typeDate(page, 'Thời hạn', `30/06/${next}`);
  await checkPage(page, 'plan-forms-03-task-form');
  await task.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  await task.waitFor({ state: 'detached' });
  const row = page.getByTestId('task-1');
  await row.getByText(TASK).waitFor();
  await row.getByText('Sở Tài chính').waitFor();
  await row.getByText(`30/06/${next}`).waitFor();

  // The plan is amended: the due date moves, sent with the version last read.
  await row.getByRole('button', { name: 'Sửa nhiệm vụ 1' }).click();
  const edit = dialog(page);
  await typeDate(page, 'Thời hạn', `31/07/${next}`);
  await edit.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await edit.waitFor({ state: 'detached' });
  await row.getByText(`31/07/${next}`).waitFor();
  await checkPage(page, 'plan-forms-04-task-changed');

  // The periodic report in Word, in the focal point's name.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('plan-report-docx').click()]);
  assert.match(download.suggestedFilename(), /^bao-cao-ke-hoach-205-KH-UBND-\d{4}-\d{2}-\d{2}\.docx$/);
  const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
  const xml = await zip.file('word/document.xml')!.async('string');
  for (const expected of ['BÁO CÁO', `Kế hoạch số ${NUMBER}`, TASK, 'SỞ NỘI VỤ', 'Nơi nhận:'])
    assert.ok(xml.includes(expected), `the report lacks ${expected}`);
});

test('a reader inside the province sees neither the task forms nor the report downloads', {
  timeout: 120_000,
}, async () => {
  const page = await j.people.as('truongphong.stc');
  await menu(page, 'Kế hoạch triển khai').click();
  await page.getByTestId('plans').getByRole('link', { name: '116/KH-UBND' }).click();
  await page.getByTestId('plan-tasks').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: /^Sửa nhiệm vụ/ }).count(), 0);
  assert.equal(await page.getByTestId('plan-report-docx').count(), 0);
});
