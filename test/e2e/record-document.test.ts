import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { demoPlan } from '../../src/demo/demo-plan.ts';
import { appendUpdate, firstPage, forgedContent } from '../documents/pdf-update-helpers.ts';
import { makeCa, makeSigner, signPdf } from '../documents/test-ca.ts';
import { ApiSession, vietnamToday } from './api-session.ts';
import { checkPage } from './browser-steps.ts';
import { journey } from './users.ts';

const ca = makeCa('Test Government CA');
const dir = mkdtempSync(join(tmpdir(), 'khien-e2e-ca-'));
writeFileSync(join(dir, 'anchors.pem'), ca.pem);
process.env.KHIEN_DOCUMENT_TRUST_ANCHORS = join(dir, 'anchors.pem');

const j = journey();

test('the organisation officer issues an official’s record as a numbered document, files its signed copy, and the official and the public check see it (issue 13, item 8)', {
  timeout: 300_000,
}, async () => {
  const proposer = await ApiSession.signIn(j.app.baseUrl, 'truongphong.stc');
  const created = (await proposer.call('POST', '/api/cases', {
    plan: demoPlan('Thí điểm hóa đơn điện tử cho phí, lệ phí', 'economy', Number(vietnamToday().slice(0, 4))),
  })) as { code: string };
  await proposer.act(created.code, 'submit');
  const official = await proposer.findPerson('truongphong.stc', 'Đặng Thu Hà');

  const page = await j.people.as('tochuc.snv');
  await page.goto(`${j.app.baseUrl}/org/people/${official}/record`);
  await page.getByTestId('issue-record').click();
  const modal = page.getByRole('dialog');
  await modal.getByTestId('issue-record-confirm').click();
  await modal.waitFor({ state: 'detached' });
  const table = page.getByTestId('record-documents');
  const row = table.locator('tbody tr').first();
  await row.getByText('Đã ban hành').waitFor();
  const citation = (await row.locator('td').first().innerText()).trim();
  assert.match(citation, /^\d{2}\/BC-SNV$/);
  await checkPage(page, 'record-document-01-issued');

  const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: 'PDF' }).click()]);
  const pdf = readFileSync((await download.path())!);
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  const signed = await signPdf(pdf, makeSigner(ca, 'Trịnh Thị Mai').p12);
  await row
    .locator('input[type=file]')
    .setInputFiles({ name: 'ho-so-da-ky.pdf', mimeType: 'application/pdf', buffer: signed });
  await row.getByText('Đã ký số').waitFor();
  await checkPage(page, 'record-document-02-signed');

  // The official sees the issued record on their own page, and cannot issue one.
  const own = await j.people.as('truongphong.stc');
  await own.goto(`${j.app.baseUrl}/record`);
  await own.getByTestId('record-documents').getByText(citation).waitFor();
  assert.equal(await own.getByTestId('issue-record').count(), 0);

  const stranger = await j.browser.newPage();
  await stranger.goto(`${j.app.baseUrl}/verify-document`);
  await stranger
    .locator('input[type=file]')
    .setInputFiles({ name: 'ho-so.pdf', mimeType: 'application/pdf', buffer: pdf });
  await stranger.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  const answer = stranger.getByTestId('verify-answer');
  await answer.getByText(`Khiên đã ban hành văn bản này: số ${citation}`, { exact: false }).waitFor();
  await answer.getByText('Đã nhận bản ký số của văn bản.').waitFor();

  // The same paper with an update appended that rewrites its page: unknown by its fingerprint; sent on request, it is inspected.
  const forged = appendUpdate(pdf, [{ n: firstPage(pdf).contents, body: forgedContent('Forged') }]);
  await stranger
    .locator('input[type=file]')
    .setInputFiles({ name: 'ho-so-sua.pdf', mimeType: 'application/pdf', buffer: forged });
  await stranger.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await stranger.getByTestId('inspect-file').click();
  await stranger
    .getByTestId('inspect-answer')
    .getByText(`Tệp bắt đầu bằng văn bản số ${citation} do Khiên ban hành, nhưng phần nối thêm`, { exact: false })
    .waitFor();
  await checkPage(stranger, 'record-document-03-appended');
  await stranger.close();
});
