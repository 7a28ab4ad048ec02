import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiSession } from './api-session.ts';
import { checkPage } from './browser-steps.ts';
import { actionButtons, confirmAction, dialog, expectState, openAction, openCase } from './case-steps.ts';
import { caseAwaitingVote } from './setup-case.ts';
import { journey } from './users.ts';

/**
 * Issue 10, item 9 (Art. 8(1), open question G12) in the browser: the result of a three-member
 * meeting is not computed until every member present has a ballot; under a profile that allows a
 * written consultation, a member casts their own ballot in the application and the head records
 * the result computed from the ballots. The minutes list every member's ballot.
 */
const j = journey();
const RECORD = 'Ghi biên bản họp và biểu quyết';

test('a three-member meeting: no result until every member present has a ballot', { timeout: 300_000 }, async () => {
  const code = await caseAwaitingVote(j.app.baseUrl, 'Thí điểm chi trả trợ cấp qua tài khoản điện tử');
  const page = await j.people.as('giamdoc.stc');
  await openCase(page, j.app.baseUrl, code);
  await openAction(page, RECORD);
  for (const name of ['Phạm Minh Đức', 'Hoàng Thị Lan', 'Võ Quốc Huy'])
    await dialog(page).getByTestId(`member-${name}`).getByRole('checkbox').check();
  await dialog(page).getByTestId('member-Phạm Minh Đức').getByText('Tán thành', { exact: true }).click();
  await confirmAction(page, RECORD, { staysOpen: true });
  // Refused: each member present without a ballot is named; no result, the case has not moved.
  for (const name of ['Hoàng Thị Lan', 'Võ Quốc Huy']) {
    await dialog(page)
      .getByTestId(`member-${name}`)
      .getByText(/chưa có phiếu biểu quyết/)
      .waitFor();
  }
  assert.equal(await dialog(page).getByTestId('vote-result').count(), 0, 'no result is computed');
  await checkPage(page, 'vote-01-ballots-missing');
  assert.equal(
    (await (await ApiSession.signIn(j.app.baseUrl, 'giamdoc.stc')).getCase(code)).state,
    'under_consideration',
  );

  await dialog(page).getByTestId('member-Hoàng Thị Lan').getByText('Không biểu quyết', { exact: true }).click();
  await dialog(page).getByTestId('member-Võ Quốc Huy').getByText('Không biểu quyết', { exact: true }).click();
  await confirmAction(page, RECORD, { staysOpen: true });
  const result = dialog(page).getByTestId('vote-result');
  await result.waitFor();
  // 1 for of 3 eligible members: not more than half (the default base, G12), and no tie.
  assert.match(await result.innerText(), /Không thông qua/);
  assert.match(await result.innerText(), /Tán thành 1 · Không tán thành 0 · Không biểu quyết 2/);
  await dialog(page).getByRole('button', { name: 'Đóng' }).last().click();
  await expectState(page, 'Tập thể không thông qua');
  await page.getByRole('tab', { name: 'Ý kiến và biểu quyết' }).click();
  const minutes = page.getByTestId('vote-ballots');
  await minutes.waitFor();
  // Names come with the page's data; the minutes show every member's ballot by name once it has loaded.
  for (const line of ['Phạm Minh Đức: Tán thành', 'Hoàng Thị Lan: Không biểu quyết', 'Võ Quốc Huy: Không biểu quyết']) {
    await minutes.getByText(line, { exact: true }).waitFor({ timeout: 15_000 });
  }
  await checkPage(page, 'vote-02-minutes');
});

test('a written consultation: a member casts their own ballot in the application', { timeout: 300_000 }, async () => {
  // The administrator publishes a profile version that allows a written consultation (G12).
  const admin = await ApiSession.signIn(j.app.baseUrl, 'quantri');
  const profiles = (await admin.call('GET', '/api/profiles')) as {
    items: { code: string; definition: Record<string, any> }[];
  };
  const { version: _v, ...nd73 } = profiles.items.find((p) => p.code === 'ND73')!.definition;
  await admin.call('POST', '/api/profiles', { ...nd73, voteRule: { ...nd73.voteRule, writtenConsultation: true } });
  const code = await caseAwaitingVote(j.app.baseUrl, 'Thí điểm lấy ý kiến tập thể bằng phiếu điện tử');

  const deputy = await j.people.as('phogiamdoc1.stc');
  await openCase(deputy, j.app.baseUrl, code);
  assert.ok((await actionButtons(deputy)).includes('Gửi phiếu biểu quyết'));
  const form = await openAction(deputy, 'Gửi phiếu biểu quyết');
  await form.getByLabel('Tán thành', { exact: true }).check();
  await form.getByLabel('Ý kiến kèm theo (nếu có)').fill('Đồng ý thí điểm trong 6 tháng.');
  await checkPage(deputy, 'vote-03-cast-ballot');
  await confirmAction(deputy, 'Gửi phiếu biểu quyết');
  await deputy.reload();
  await deputy.locator('main h1').first().waitFor();
  assert.ok(!(await actionButtons(deputy)).includes('Gửi phiếu biểu quyết'), 'one ballot per member');

  await (await ApiSession.signIn(j.app.baseUrl, 'phogiamdoc2.stc')).act(code, 'cast_ballot', { vote: 'for' });
  const head = await j.people.as('giamdoc.stc');
  await openCase(head, j.app.baseUrl, code);
  await openAction(head, RECORD);
  const written = dialog(head).getByTestId('written-ballots');
  await written.waitFor();
  assert.match(await written.innerText(), /Hoàng Thị Lan: Đã gửi phiếu/);
  assert.match(await written.innerText(), /Võ Quốc Huy: Đã gửi phiếu/);
  await checkPage(head, 'vote-04-written-result-form');
  await confirmAction(head, RECORD, { staysOpen: true });
  const result = dialog(head).getByTestId('vote-result');
  await result.waitFor();
  assert.match(await result.innerText(), /Thông qua/);
  await dialog(head).getByRole('button', { name: 'Đóng' }).last().click();
  await expectState(head, 'Tập thể đã thông qua');
  await head.getByRole('tab', { name: 'Ý kiến và biểu quyết' }).click();
  await head.getByText('Lấy ý kiến bằng phiếu: các phiếu gửi trên hệ thống').waitFor();
  const minutes = await head.getByTestId('vote-ballots').innerText();
  for (const line of [/Phạm Minh Đức: Vắng mặt/, /Hoàng Thị Lan: Tán thành/, /Võ Quốc Huy: Tán thành/])
    assert.match(minutes, line);
  await checkPage(head, 'vote-05-written-minutes');
});
