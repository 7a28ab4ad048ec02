import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { demoPlan } from '../../src/demo/demo-plan.ts';
import { ApiSession, vietnamToday } from './api-session.ts';
import { checkPage } from './browser-steps.ts';
import { newPage } from './harness.ts';
import { journey } from './users.ts';

const j = journey();

/** Drops a file on the page's drop zone, as a person dragging it from their file manager would. */
async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, b64 }) => {
      const dt = new (
        globalThis as unknown as { DataTransfer: new () => { items: { add(f: File): void } } }
      ).DataTransfer();
      dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name, { type: 'application/zip' }));
      return dt;
    },
    { name, b64: Buffer.from(bytes).toString('base64') },
  );
  await page.dispatchEvent('[data-testid="dossier-drop"]', 'drop', { dataTransfer });
}

/**
 * Issue 12, item 5: a stranger, not signed in, checks a case dossier on the public page
 * /verify-dossier, entirely in the browser — the dossier as served is intact (its checkpoint
 * signature and inclusion proof included), and one flipped byte in the export is named.
 */
test('a dossier checked in the browser without signing in: intact, then one flipped byte named', async () => {
  const proposer = await ApiSession.signIn(j.app.baseUrl, 'truongphong.stc');
  const { code } = (await proposer.call('POST', '/api/cases', {
    plan: demoPlan('Hồ sơ kiểm tra trên trình duyệt', 'economy', Number(vietnamToday().slice(0, 4))),
  })) as { code: string };
  await proposer.act(code, 'submit');
  await (await ApiSession.signIn(j.app.baseUrl, 'quantri')).call('POST', '/api/admin/checkpoints');
  const signedIn = await j.people.as('truongphong.stc');
  const download = await signedIn.request.get(`${j.app.baseUrl}/api/cases/${code}/dossier`);
  assert.equal(download.status(), 200);
  const dossier = new Uint8Array(await download.body());

  const { context, page } = await newPage(j.browser);
  try {
    const sent: string[] = [];
    await page.goto(`${j.app.baseUrl}/verify-dossier`);
    await page.getByRole('heading', { name: 'Kiểm tra hồ sơ nén của vụ việc' }).waitFor();
    page.on('request', (r) => sent.push(r.url()));

    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: `${code}.zip`, mimeType: 'application/zip', buffer: Buffer.from(dossier) });
    const result = page.getByTestId('dossier-result');
    await result.waitFor();
    assert.equal(await result.getAttribute('data-ok'), 'true', await result.innerText());
    assert.match(await result.innerText(), new RegExp(`Hồ sơ toàn vẹn[\\s\\S]*${code}`));
    assert.doesNotMatch(
      await result.innerText(),
      /checkpoint \(the dossier holds none\)/,
      'the checkpoint was checked',
    );
    await checkPage(page, 'verify-dossier-ok');

    const files = unzipSync(dossier);
    const exported = files['export.json']!;
    exported[Math.floor(exported.length / 2)]! ^= 0x01;
    await dropFile(page, `${code}.zip`, zipSync(files));
    await page.locator('[data-testid="dossier-result"][data-ok="false"]').waitFor();
    const broken = await result.innerText();
    assert.match(broken, /Hồ sơ đã bị thay đổi/);
    assert.match(broken, /Danh mục hồ sơ nén — export\.json: changed since the dossier was made/);
    await checkPage(page, 'verify-dossier-broken');
    assert.deepEqual(
      sent.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:')),
      [],
      'nothing is sent anywhere',
    );
  } finally {
    await context.close();
  }
});

/** Issue 12, item 1: the case page's integrity check says what it checked (every record check, not the chain alone). */
test('the case page integrity check shows what was checked', async () => {
  const page = await j.people.as('truongphong.stc');
  await page.goto(`${j.app.baseUrl}/record`);
  await page.getByTestId('my-receipts').getByRole('link').first().click();
  await page.getByRole('tab', { name: 'Lịch sử' }).click();
  await page.getByRole('button', { name: 'Kiểm tra toàn vẹn' }).click();
  const verified = page.getByTestId('verify-result');
  await verified.waitFor();
  assert.match(
    await verified.innerText(),
    /Chuỗi sự kiện toàn vẹn[\s\S]*Đã kiểm tra: mã băm và liên kết của từng sự kiện, các phiên bản kế hoạch/,
  );
  await checkPage(page, 'case-verified-findings');
});

/** Issue 12, item 4: the official's record page lists their receipts with the checkpoint that included each. */
test('my record page lists my receipts, included in a checkpoint or awaiting the next one', async () => {
  const page = await j.people.as('truongphong.stc');
  await page.goto(`${j.app.baseUrl}/record`);
  const table = page.getByTestId('my-receipts');
  await table.waitFor();
  assert.match(await table.innerText(), /Đã có trong điểm kiểm chứng #\d+ ngày \d{2}\/\d{2}\/\d{4}/);
  await checkPage(page, 'record-receipts');
});
