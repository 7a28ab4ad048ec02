import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { describeViolations, PASSWORD, screenshot, seriousA11yViolations } from './harness.ts';

/** A link of the main navigation. */
export const menu = (page: Page, name: string) =>
  page.getByRole('navigation', { name: /Điều hướng chính|Main navigation/ }).getByRole('link', { name, exact: true });

/** Signs in through the login page as a demo person. */
export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.getByTestId('me-name').first().waitFor({ state: 'attached' });
}

export async function signOut(page: Page): Promise<void> {
  const burger = page.locator('button[aria-label][aria-expanded]').first();
  if (await burger.isVisible().catch(() => false)) {
    const box = await page
      .getByTestId('me-name')
      .first()
      .isVisible()
      .catch(() => false);
    if (!box) await burger.click();
  }
  await page.getByRole('button', { name: /Đăng xuất|Sign out/ }).click();
  await page.waitForURL(/\/login/);
}

/**
 * Closes the confirmation toasts, so that axe does not measure one halfway through its fade-out
 * (a colour that is on screen for a fraction of a second, not a real contrast failure).
 */
async function closeToasts(page: Page): Promise<void> {
  // A click from the page itself: a pointer click is refused while a modal's overlay is open.
  const count = Number(
    await page.evaluate(
      "(() => { const b = [...document.querySelectorAll('.mantine-Notification-root button')]; b.forEach((x) => x.click()); return b.length; })()",
    ),
  );
  if (count > 0)
    await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 7_000 });
}

/** Checks the page with axe (0 serious or critical violations) and keeps a screenshot of it. */
export async function checkPage(page: Page, name: string, pagesChecked?: string[]): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('[role="status"] .mantine-Loader-root').first().waitFor({ state: 'detached' });
  await screenshot(page, name);
  await closeToasts(page);
  const serious = await seriousA11yViolations(page, name);
  pagesChecked?.push(name);
  assert.equal(serious.length, 0, `axe on ${name}:\n${describeViolations(serious)}`);
}

/**
 * Searches the people list and waits for its answer: until then the rows shown are those of the
 * previous search, which the table marks busy and keeps from clicks (components/ScrollTable.tsx).
 */
export async function searchPeople(page: Page, text: string): Promise<void> {
  const query = new URLSearchParams({ q: text }).toString();
  const answered = page.waitForResponse((r) => r.url().includes('/api/people?') && r.url().includes(query));
  await page.getByRole('searchbox', { name: /Tìm theo tên|Search by name/ }).fill(text);
  await answered;
  await page.locator('[role="region"][aria-busy="false"]').getByTestId('people').waitFor();
}

/**
 * Holds the first request matching `url` until released, to look at the page while its answer is
 * awaited: `arrived` resolves once the request is held.
 */
export async function holdRequest(
  page: Page,
  url: RegExp,
): Promise<{ arrived: Promise<void>; release(): Promise<void> }> {
  let pass = () => {};
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  await page.route(url, (route) => {
    pass = () => void route.continue();
    arrive();
  });
  return {
    arrived,
    async release() {
      pass();
      await page.unroute(url);
    },
  };
}

/** Asserts that what `region` holds is marked busy and that `target` inside it takes no click. */
export async function assertUpdating(region: Locator, target: Locator): Promise<void> {
  assert.equal(await region.getAttribute('aria-busy'), 'true');
  await assert.rejects(
    target.click({ trial: true, timeout: 1_000 }),
    /Timeout/,
    'what is being replaced takes no click',
  );
}
