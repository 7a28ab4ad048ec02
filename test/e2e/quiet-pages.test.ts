import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newPage } from './harness.ts';
import { journey } from './users.ts';

const j = journey();

test('the sign-in page loads without the router’s HydrateFallback warning', { timeout: 120_000 }, async () => {
  const { context, page } = await newPage(j.browser);
  const messages: string[] = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  await page.goto(`${j.app.baseUrl}/login`);
  await page.locator('input[name="password"]').waitFor();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(
    messages.filter((m) => /HydrateFallback/.test(m)),
    [],
  );
  await context.close();
});

test('the calendar page shows the legal sources without internal research notes', { timeout: 120_000 }, async () => {
  const page = await j.people.as('truongphong.stc');
  await page.goto(`${j.app.baseUrl}/calendar`);
  await page
    .getByText(/9441\/TB-BNV/)
    .first()
    .waitFor();
  assert.doesNotMatch(await page.locator('main').innerText(), /chưa tìm được số hiệu|khoảng ngày/);
});
