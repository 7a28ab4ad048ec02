import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ConsoleMessage, Page } from 'playwright-core';
import { signIn } from './browser-steps.ts';
import { newPage } from './harness.ts';
import { journey } from './users.ts';

const j = journey();

/** Every console error and warning the page prints, and every page error. */
function collectNoise(page: Page): string[] {
  const noise: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' || m.type() === 'warning') noise.push(`${m.type()}: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => noise.push(`page error: ${e.message}`));
  return noise;
}

test('issue 15 item 5: the sign-in page and the worklist print no console errors or warnings', {
  timeout: 180_000,
}, async () => {
  const { context, page } = await newPage(j.browser);
  const noise = collectNoise(page);
  // Before anyone signs in: no 401 for /api/me or the notifications, no router warning.
  await page.goto(`${j.app.baseUrl}/`);
  await page.locator('input[name="password"]').waitFor();
  await page.waitForLoadState('networkidle');
  await page.goto(`${j.app.baseUrl}/login`);
  await page.locator('input[name="password"]').waitFor();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(noise, [], 'the sign-in page is quiet');

  await signIn(page, j.app.baseUrl, 'giamdoc.stc');
  await page.getByTestId('worklist').waitFor();
  await page.waitForLoadState('networkidle');
  await page.reload();
  await page.getByTestId('worklist').waitFor();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(noise, [], 'the worklist is quiet');
  await context.close();
});
