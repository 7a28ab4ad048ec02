import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiSession } from './api-session.ts';
import { checkPage } from './browser-steps.ts';
import { actionButtons, confirmAction, dialog, expectState, openAction, openCase } from './case-steps.ts';
import { caseAwaitingVote } from './setup-case.ts';
import { journey } from './users.ts';

const j = journey();

test('a rejected vote is overridden in writing by the head; a stale form asks to reload', {
  timeout: 300_000,
}, async () => {
  const code = await caseAwaitingVote(j.app.baseUrl, 'Thí điểm giao quyền tự chủ mua sắm cho đơn vị sự nghiệp');
  const page = await j.people.as('giamdoc.stc');
  await openCase(page, j.app.baseUrl, code);
  await expectState(page, 'Đang xem xét');

  // While the head fills in the vote, a deputy changes the case: the form says so and reloads.
  await openAction(page, 'Ghi biên bản họp và biểu quyết');
  const deputy = await ApiSession.signIn(j.app.baseUrl, 'phogiamdoc1.stc');
  await deputy.act(code, 'request_party_opinion', { note: 'Xin thêm ý kiến về phạm vi thí điểm.' });
  const votes: [string, string][] = [
    ['Phạm Minh Đức', 'Tán thành'],
    ['Hoàng Thị Lan', 'Không tán thành'],
    ['Võ Quốc Huy', 'Không tán thành'],
  ];
  for (const [name, vote] of votes) {
    const row = dialog(page).getByTestId(`member-${name}`);
    await row.getByRole('checkbox').check();
    await row.getByText(vote, { exact: true }).click();
  }
  await confirmAction(page, 'Ghi biên bản họp và biểu quyết', { staysOpen: true });
  await dialog(page).getByText('Hồ sơ vừa được người khác thay đổi').waitFor();
  await checkPage(page, 'override-01-stale-version');
  await dialog(page).getByRole('button', { name: 'Tải lại hồ sơ' }).click();
  await dialog(page).getByText('Hồ sơ vừa được người khác thay đổi').waitFor({ state: 'detached' });
  assert.equal(
    await dialog(page).getByTestId('member-Hoàng Thị Lan').getByRole('checkbox').isChecked(),
    true,
    'what was typed is kept',
  );

  await confirmAction(page, 'Ghi biên bản họp và biểu quyết', { staysOpen: true });
  const result = dialog(page).getByTestId('vote-result');
  await result.waitFor();
  assert.match(await result.innerText(), /Không thông qua/);
  assert.match(await result.innerText(), /Tán thành 1 · Không tán thành 2/);
  await checkPage(page, 'override-02-vote-failed-result');
  await dialog(page).getByRole('button', { name: 'Đóng' }).last().click();
  await expectState(page, 'Tập thể không thông qua');
  assert.deepEqual(await actionButtons(page), ['Quyết định triển khai bằng văn bản', 'Không chấp thuận']);

  const d = await openAction(page, 'Quyết định triển khai bằng văn bản');
  await d.getByText(/chịu trách nhiệm trước cấp trên và trước pháp luật/).waitFor();
  await d.getByLabel('Số quyết định').fill('31/QĐ-STC');
  await d
    .getByLabel('Lý do, căn cứ')
    .fill('Người đứng đầu quyết định triển khai vì lợi ích chung, chịu trách nhiệm theo Điều 8 khoản 1.');
  await checkPage(page, 'override-03-decision-form');
  await confirmAction(page, 'Quyết định triển khai bằng văn bản');
  await expectState(page, 'Đang triển khai');
  await page.getByRole('tab', { name: 'Ý kiến và biểu quyết' }).click();
  await page.getByText('Người đứng đầu quyết định triển khai bằng văn bản').first().waitFor();
  await page.getByText('31/QĐ-STC').waitFor();
  await checkPage(page, 'override-04-opinions-after-override');
});
