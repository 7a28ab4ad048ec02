import { test } from 'node:test';
import { ApiSession, vietnamToday } from './api-session.ts';
import { caseAwaitingVote } from './setup-case.ts';
import { dialog, openAction, openCase } from './case-steps.ts';
import { journey } from './users.ts';

const j = journey();
const COLLECTIVE = [
  ['giamdoc.stc', 'Phạm Minh Đức'],
  ['phogiamdoc1.stc', 'Hoàng Thị Lan'],
  ['phogiamdoc2.stc', 'Võ Quốc Huy'],
] as const;

test('assigning implementers (Art. 6(4)): the people list closes once a person is picked, so the submit button is free', {
  timeout: 180_000,
}, async () => {
  const code = await caseAwaitingVote(j.app.baseUrl, 'Phân công thực hiện số hóa kho lưu trữ');
  const head = await ApiSession.signIn(j.app.baseUrl, 'giamdoc.stc');
  const members: string[] = [];
  for (const [username, name] of COLLECTIVE) members.push(await head.findPerson(username, name));
  const today = vietnamToday();
  await head.act(code, 'record_vote', {
    meetingOn: today,
    attendeeIds: members,
    votes: members.map((personId) => ({ personId, vote: 'for' })),
    minutes: 'Biên bản họp.',
  });
  await head.act(code, 'approve', {
    decisionNumber: '15/QĐ-STC',
    decisionDate: today,
    reasons: 'Tập thể lãnh đạo thông qua; cấp ủy đồng ý.',
  });
  const page = await j.people.as('giamdoc.stc');
  await openCase(page, j.app.baseUrl, code);
  // The picker searches the directory for this case, which lists the areas the case involves.
  const searched = page.waitForRequest((r) => r.url().includes('/api/people?') && r.url().includes(`caseCode=${code}`));
  await openAction(page, 'Phân công người thực hiện');
  await dialog(page).locator('form input:not([type=hidden])').first().click();
  await searched;
  const option = page.getByRole('option').first();
  await option.waitFor();
  await option.click();
  await page.getByRole('listbox').waitFor({ state: 'hidden', timeout: 3_000 });
  await dialog(page)
    .locator('form')
    .getByRole('button', { name: 'Phân công người thực hiện' })
    .click({ trial: true, timeout: 3_000 });
});
