import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { makeCa, makeSigner, signPdf } from '../documents/test-ca.ts';
import { ApiSession, vietnamToday } from './api-session.ts';
import { checkPage } from './browser-steps.ts';
import { openCase } from './case-steps.ts';
import { caseAwaitingVote } from './setup-case.ts';
import { journey } from './users.ts';

// The server trusts the CA made here, as an installation trusts the Government Cipher Committee's.
const ca = makeCa('Test Government CA');
const dir = mkdtempSync(join(tmpdir(), 'khien-e2e-ca-'));
writeFileSync(join(dir, 'anchors.pem'), ca.pem);
process.env.KHIEN_DOCUMENT_TRUST_ANCHORS = join(dir, 'anchors.pem');

const j = journey();

test('the head issues the decision, downloads it, uploads the digitally signed copy and sees it marked signed (issue 13)', {
  timeout: 300_000,
}, async () => {
  const code = await caseAwaitingVote(j.app.baseUrl, 'Thí điểm số hóa hồ sơ một cửa');
  const head = await ApiSession.signIn(j.app.baseUrl, 'giamdoc.stc');
  const members = [
    await head.findPerson('giamdoc.stc', 'Phạm Minh Đức'),
    await head.findPerson('phogiamdoc1.stc', 'Hoàng Thị Lan'),
    await head.findPerson('phogiamdoc2.stc', 'Võ Quốc Huy'),
  ];
  const today = vietnamToday();
  await head.act(code, 'record_vote', {
    meetingOn: today,
    attendeeIds: members,
    votes: members.map((personId) => ({ personId, vote: 'for' })),
  });
  await head.act(code, 'approve', {
    decisionNumber: '12/QĐ-STC',
    decisionDate: today,
    reasons: 'Tập thể lãnh đạo thông qua; cấp ủy đồng ý.',
  });

  const page = await j.people.as('giamdoc.stc');
  await openCase(page, j.app.baseUrl, code);
  await page.getByRole('tab', { name: 'Văn bản' }).click();
  const table = page.getByTestId('documents');
  await table.waitFor();
  const row = table.locator('tr', { hasText: 'Quyết định cho triển khai thực hiện' });
  await row.getByText('Dự thảo').waitFor();
  await checkPage(page, 'documents-01-drafted');

  await row.getByRole('button', { name: 'Ban hành' }).click();
  const modal = page.getByRole('dialog');
  await modal.getByLabel('Nơi nhận').fill('Như Điều 5\nPhòng Kế hoạch - Tài chính');
  await modal.getByRole('button', { name: 'Ban hành và cấp số' }).click();
  await modal.waitFor({ state: 'detached' });
  await row.getByText('Đã ban hành').waitFor();
  const citation = (await row.locator('td').nth(1).innerText()).trim();
  assert.match(citation, /^\d{2}\/QĐ-STC$/);
  await checkPage(page, 'documents-02-issued');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.getByRole('link', { name: 'Tải PDF' }).click(),
  ]);
  const pdf = readFileSync((await download.path())!);
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');

  const signed = await signPdf(pdf, makeSigner(ca, 'Phạm Minh Đức').p12);
  await row
    .locator('input[type=file]')
    .setInputFiles({ name: 'quyet-dinh-da-ky.pdf', mimeType: 'application/pdf', buffer: signed });
  await row.getByText('Đã ký số').waitFor();
  await row.getByRole('link', { name: 'Tải bản ký số' }).waitFor();
  await checkPage(page, 'documents-03-signed');

  // Bulk print: the case's documents in force as one PDF.
  const [bundle] = await Promise.all([page.waitForEvent('download'), page.getByTestId('print-documents').click()]);
  const printed = readFileSync((await bundle.path())!);
  assert.equal(printed.subarray(0, 5).toString(), '%PDF-');
  assert.equal(bundle.suggestedFilename(), `van-ban-${code}.pdf`);

  // The QR code's page, for anyone holding the paper: the file is hashed in the browser.
  const stranger = await j.browser.newPage();
  await stranger.goto(`${j.app.baseUrl}/verify-document`);
  await stranger.getByLabel('Tệp văn bản').waitFor();
  await stranger
    .locator('input[type=file]')
    .setInputFiles({ name: 'quyet-dinh.pdf', mimeType: 'application/pdf', buffer: pdf });
  await stranger.getByRole('button', { name: 'Kiểm tra' }).click();
  const answer = stranger.getByTestId('verify-answer');
  await answer.getByText(`Khiên đã ban hành văn bản này: số ${citation}`, { exact: false }).waitFor();
  await answer.getByText('Đã nhận bản ký số của văn bản.').waitFor();
  assert.ok(!(await answer.innerText()).includes('Thí điểm'), 'nothing else about the case');
  await checkPage(stranger, 'documents-04-public-check');
  await stranger
    .locator('input[type=file]')
    .setInputFiles({ name: 'khac.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 another file') });
  await stranger.getByRole('button', { name: 'Kiểm tra' }).click();
  await stranger.getByText('Khiên không ban hành văn bản có mã băm này.').waitFor();
  await stranger.close();
});
