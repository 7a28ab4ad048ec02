import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';

export const dialog = (page: Page): Locator => page.getByRole('dialog');

/** Opens an action's dialog from the case page's action buttons. */
export async function openAction(page: Page, name: string | RegExp): Promise<Locator> {
  await page
    .getByTestId('case-actions')
    .getByRole('button', { name, exact: typeof name === 'string' })
    .click();
  const d = dialog(page);
  await d.waitFor();
  return d;
}

/** Submits the open action form with its main button and waits for the dialog to close. */
export async function confirmAction(
  page: Page,
  name: string | RegExp,
  opts: { staysOpen?: boolean } = {},
): Promise<void> {
  await dialog(page)
    .locator('form')
    .getByRole('button', { name, exact: typeof name === 'string' })
    .last()
    .click();
  if (!opts.staysOpen) await dialog(page).waitFor({ state: 'detached' });
}

export async function expectState(page: Page, label: string): Promise<void> {
  await page.locator('main').getByText(label, { exact: true }).first().waitFor();
}

/** The case's action buttons as shown. */
export async function actionButtons(page: Page): Promise<string[]> {
  const group = page.getByTestId('case-actions');
  if ((await group.count()) === 0) return [];
  return (await group.locator('a, button').allInnerTexts()).map((s) => s.trim());
}

export async function openCase(page: Page, baseUrl: string, code: string): Promise<void> {
  await page.goto(`${baseUrl}/cases/${code}`);
  await page.locator('main h1').first().waitFor();
}

export function codeFromUrl(page: Page): string {
  const m = /\/cases\/([A-Z]{2}-\d{4}-\d{6})/.exec(page.url());
  assert.ok(m, `no case code in ${page.url()}`);
  return m[1]!;
}
