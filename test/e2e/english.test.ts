import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { checkPage } from './browser-steps.ts';
import { confirmAction, dialog, expectState, openAction } from './case-steps.ts';
import { launchBrowser, newPage, PASSWORD, startApp, type RunningApp } from './harness.ts';

let app: RunningApp;
let browser: Browser;

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.stop();
});

test('the English interface, remembered across reloads, with English API messages', { timeout: 300_000 }, async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  try {
    await page.goto(`${app.baseUrl}/login`);
    await page.getByRole('button', { name: /EN/ }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await checkPage(page, 'en-01-sign-in');
    // Signing in with the keyboard alone.
    await page.locator('input[name="username"]').focus();
    await page.keyboard.type('giamdoc.stc');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'My worklist' }).waitFor();
    await checkPage(page, 'en-02-worklist');

    await page.getByTestId('worklist').getByRole('link').first().click();
    await expectState(page, 'Submitted, awaiting intake');
    await checkPage(page, 'en-03-case');

    // The API's messages come in English too, next to the fields they concern.
    await openAction(page, 'Accept for consideration');
    await confirmAction(page, 'Accept for consideration', { staysOpen: true });
    await dialog(page).getByText('The proposal does not meet the conditions of Art. 5(1).').waitFor();
    // Each unmet condition is named (issue 15: no more four times "Condition not met.").
    for (const message of [
      'Condition a) not confirmed: removes a bottleneck.',
      'Condition b) not confirmed: serves the common good.',
      'Condition c) not confirmed: meets an urgent practical need.',
    ]) {
      await dialog(page).getByText(message).first().waitFor();
    }
    await checkPage(page, 'en-04-accept-errors');
    for (const label of [/^a\)/, /^b\)/, /^c\)/, /^Does not harm/, /^Within the agency/])
      await dialog(page).getByLabel(label).check();
    await confirmAction(page, 'Accept for consideration');
    await expectState(page, 'Under consideration');

    // The choice survives a reload; dates stay dd/mm/yyyy.
    await page.reload();
    await expectState(page, 'Under consideration');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.getByRole('tab', { name: 'Deadlines' }).click();
    assert.match(await page.getByRole('region', { name: 'Procedure deadlines' }).innerText(), /\d{2}\/\d{2}\/\d{4}/);
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('button', { name: 'Verify integrity' }).click();
    await page.getByText('The event chain is intact').waitFor();
    await checkPage(page, 'en-05-history-verified');
    await page.getByRole('button', { name: /^Notifications/ }).click();
    await page
      .getByRole('region', { name: 'Notifications' })
      .getByRole('button', { name: 'Mark all as read' })
      .waitFor();
    await checkPage(page, 'en-06-notifications');

    // Screens whose words load with them come in English too.
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Protection of officials' }).click();
    await page.getByRole('heading', { name: 'Protection of officials' }).waitFor();
    await nav.getByRole('link', { name: 'My record' }).click();
    await page.getByRole('heading', { name: 'My record', exact: true }).waitFor();
    assert.match(await page.getByTestId('record-paragraph').innerText(), /innovation proposal/);
    await checkPage(page, 'en-07-my-record');
  } finally {
    await context.close();
  }
});
