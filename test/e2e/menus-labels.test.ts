import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openCase } from './case-steps.ts';
import { evaluatedCase } from './setup-evaluated.ts';
import { journey } from './users.ts';

const j = journey();

const nav = (page: import('playwright-core').Page) => page.getByRole('navigation').first().innerText();

test('the administration menu (Bộ quy trình) is shown to administrators only', { timeout: 180_000 }, async () => {
  const proposer = await j.people.as('truongphong.stc');
  await proposer.goto(`${j.app.baseUrl}/worklist`);
  await proposer.getByRole('link', { name: 'Việc cần xử lý' }).first().waitFor();
  assert.doesNotMatch(await nav(proposer), /Bộ quy trình|Quản trị/i);
  const admin = await j.people.as('quantri');
  await admin.goto(`${j.app.baseUrl}/worklist`);
  await admin.getByRole('link', { name: 'Bộ quy trình' }).first().waitFor();
});

test('an evaluated case points to its protection and reward tabs instead of saying "no actions"; the Party liaison is labelled as such', {
  timeout: 300_000,
}, async () => {
  const code = await evaluatedCase(j.app.baseUrl, 'Một cửa điện tử cho hồ sơ tài sản công', { outcome: 'completed' });
  const head = await j.people.as('giamdoc.stc');
  await openCase(head, j.app.baseUrl, code);
  const hint = head.getByTestId('after-evaluation');
  await hint.waitFor();
  assert.doesNotMatch(await head.locator('main').innerText(), /không có thao tác nào/);
  await hint.getByRole('link', { name: 'Khen thưởng' }).click();
  await head.waitForURL(/tab=rewards/);

  const liaison = await j.people.as('dangu.ducq');
  await openCase(liaison, j.app.baseUrl, code);
  const facts = await liaison.locator('main').innerText();
  assert.match(facts, /Cấp ủy cùng cấp/);
  assert.doesNotMatch(facts, /Lãnh đạo đơn vị đã xử lý trước đó/);
});
