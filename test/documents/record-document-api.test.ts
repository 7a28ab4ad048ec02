import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { DEMO_PASSWORD } from '../../src/demo/demo-organisation.ts';
import { createDraft } from '../support/fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { download } from './drive-documents.ts';
import { appendUpdate, firstPage, forgedContent } from './pdf-update-helpers.ts';
import { readDocx, readPdf, words } from './read-documents.ts';
import { makeCa, makeSigner, signPdf, type TestCa } from './test-ca.ts';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function upload(t: TestApp, username: string, url: string, file: Buffer) {
  const login = await t.server.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_PASSWORD },
  });
  const boundary = '----khien-record-boundary';
  const r = await t.server.inject({
    method: 'POST',
    url,
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="signed.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: {
      cookie: login.cookies.map((c) => `${c.name}=${c.value}`).join('; '),
      'x-csrf-token': login.json().csrfToken,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
  });
  return { status: r.statusCode, body: r.json() };
}

/** The public page's upload: multipart, no sign-in. */
async function inspect(t: TestApp, file: Buffer) {
  const boundary = '----khien-inspect-boundary';
  const r = await t.server.inject({
    method: 'POST',
    url: '/api/public/documents/inspect',
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  return { status: r.statusCode, body: r.json() };
}

const count = async (t: TestApp, table: string) =>
  (await t.runtime.database.pool.query(`select count(*)::int as n from ${table}`)).rows[0].n as number;

describe('the official’s record as a numbered official document (issue 13, item 8)', () => {
  let t: TestApp;
  let ca: TestCa;
  let official: string;
  let code: string;
  let first: any;

  before(async () => {
    t = await startTestApp({ maxAttachmentBytes: 5 * 1024 * 1024 });
    ca = makeCa('Test Government CA');
    t.runtime.app.documents = { trustAnchorsPem: [ca.pem] };
    official = t.org.people['truongphong.stc']!;
    const proposer = await t.login('truongphong.stc');
    code = (await createDraft(proposer, 'Thí điểm hóa đơn điện tử cho phí, lệ phí')).code;
    await proposer.must(code, 'submit');
  });
  after(() => t.close());

  it('the organisation officer issues it in the state format: the department’s heading, the register’s number, the body, the officer’s signature, “Nơi nhận”', async () => {
    const officer = await t.login('tochuc.snv');
    const r = await officer.post(`/api/people/${official}/documents`, {
      year: Number(t.clock.now().toISOString().slice(0, 4)),
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    first = r.body;
    assert.equal(first.citation, '01/BC-SNV');
    assert.equal(first.kind, 'official_record');
    const pdf = (await download(t, 'tochuc.snv', `/api/documents/${first.id}/pdf`)).body;
    assert.equal(sha256(pdf), first.pdfSha256);
    const text = words((await readPdf(pdf)).flatMap((p) => p.items.map((i) => i.str)).join(' '));
    for (const part of [
      'UBND TỈNH AN KHANG',
      'SỞ NỘI VỤ',
      'Số: 01/BC-SNV',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'An Khang, ngày',
      'BÁO CÁO',
      'Kết quả đổi mới, sáng tạo của cán bộ',
      code,
      'II. KẾT QUẢ ĐỘT PHÁ (ĐỀ XUẤT ĐƯỢC TRIỂN KHAI)',
      'III. CÁC ĐỀ XUẤT KHÁC VÀ VAI TRÒ',
      'Nơi nhận:',
      'Lưu: VT, TCCB.',
      'TL. GIÁM ĐỐC',
      'Trịnh Thị Mai',
      `mã băm ${first.recordSha256}`,
    ])
      assert.ok(text.includes(part), `the PDF says “${part}”`);
    const docx = await readDocx((await download(t, 'tochuc.snv', `/api/documents/${first.id}/docx`)).body);
    assert.ok(
      docx.bodyText.some((p) => p.includes('Số: 01/BC-SNV')),
      'the DOCX carries the same number',
    );
    const second = await officer.post(`/api/people/${official}/documents`, {});
    assert.equal(second.body.citation, '02/BC-SNV', 'the next number of the same register');
    assert.equal(second.body.recordYear, null);
  });

  it('the official, and the inspector above them, see the issued documents; the official cannot issue; others are told nothing exists', async () => {
    const me = await t.login('truongphong.stc');
    const mine = await me.get(`/api/people/${official}/documents`);
    assert.equal(mine.status, 200);
    assert.equal(mine.body.canIssue, false);
    assert.deepEqual(
      mine.body.documents.map((d: any) => d.citation),
      ['02/BC-SNV', '01/BC-SNV'],
    );
    const before = await count(t, 'issued_documents');
    const self = await me.post(`/api/people/${official}/documents`, {});
    assert.equal(self.status, 403);
    assert.equal(await count(t, 'issued_documents'), before, 'nothing written');
    assert.equal((await download(t, 'truongphong.stc', `/api/documents/${first.id}/pdf`)).status, 200);
    const inspector = await t.login('thanhtra');
    assert.equal((await inspector.get(`/api/people/${official}/documents`)).body.documents.length, 2);
    assert.equal((await inspector.post(`/api/people/${official}/documents`, {})).status, 403);
    for (const stranger of ['truongphong.snv', 'tochuc.snv.hcm', 'giamdoc.stc']) {
      const c = await t.login(stranger);
      assert.equal((await c.get(`/api/people/${official}/documents`)).status, 404, stranger);
      assert.equal((await c.post(`/api/people/${official}/documents`, {})).status, 404, stranger);
      assert.equal((await download(t, stranger, `/api/documents/${first.id}/pdf`)).status, 404, stranger);
    }
    assert.equal(await count(t, 'issued_documents'), before, 'nothing written');
    assert.equal(
      (await download(t, 'truongphong.stc', `/api/people/${official}/record.pdf`)).status,
      200,
      'the working copy is still exported',
    );
  });

  it('is publicly checkable by its fingerprint, without naming a case', async () => {
    const pub = await t.anonymous().get(`/api/public/documents/${first.pdfSha256}`);
    assert.equal(pub.status, 200);
    assert.equal(pub.body.issuedByKhien, true);
    assert.equal(pub.body.citation, '01/BC-SNV');
    assert.equal(pub.body.caseStep, null);
    assert.equal(pub.body.document.kind, 'official_record');
  });

  it('the public check of a whole file inspects what was appended after the document Khiên issued (issue 13, appended updates)', async () => {
    const pdf = (await download(t, 'tochuc.snv', `/api/documents/${first.id}/pdf`)).body;
    const exact = await inspect(t, pdf);
    assert.equal(exact.status, 200, JSON.stringify(exact.body));
    assert.equal(exact.body.issuedByKhien, true);
    assert.equal(exact.body.appended, null);
    const forged = appendUpdate(pdf, [{ n: firstPage(pdf).contents, body: forgedContent('Forged') }]);
    const r = await inspect(t, forged);
    assert.equal(r.body.issuedByKhien, false, 'the file itself is not what Khiên issued');
    assert.equal(r.body.appended.to.citation, '01/BC-SNV');
    assert.equal(r.body.appended.changesContent, true);
    assert.deepEqual(r.body.appended.findings, [{ kind: 'changed', object: firstPage(pdf).contents, what: 'stream' }]);
    const signedElsewhere = await signPdf(pdf, makeSigner(makeCa('Other CA'), 'Người khác').p12);
    const s = await inspect(t, signedElsewhere);
    assert.equal(s.body.appended.to.citation, '01/BC-SNV');
    assert.equal(s.body.appended.changesContent, false, 'a signature alone changes nothing shown');
    const unknown = await inspect(t, Buffer.from('%PDF-1.4\n%%EOF\nanother'));
    assert.deepEqual([unknown.body.issuedByKhien, unknown.body.appended], [false, null]);
  });

  it('takes back the signed copy from the officer, refusing one whose appended update changes the content', async () => {
    const pdf = (await download(t, 'tochuc.snv', `/api/documents/${first.id}/pdf`)).body;
    const p12 = makeSigner(ca, 'Trịnh Thị Mai').p12;
    const forged = await signPdf(
      appendUpdate(pdf, [{ n: firstPage(pdf).contents, body: forgedContent('Forged') }]),
      p12,
    );
    const refused = await upload(t, 'tochuc.snv', `/api/documents/${first.id}/signed-copy`, forged);
    assert.equal(refused.status, 422);
    assert.deepEqual(
      refused.body.error.fields.map((f: any) => f.code),
      ['content_changed'],
    );
    const signed = await signPdf(pdf, p12);
    assert.equal((await upload(t, 'truongphong.stc', `/api/documents/${first.id}/signed-copy`, signed)).status, 403);
    const audits = await count(t, 'audit_log');
    const r = await upload(t, 'tochuc.snv', `/api/documents/${first.id}/signed-copy`, signed);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.status, 'signed');
    assert.equal(r.body.eventSeq, null, 'no case chain: the audit log keeps it');
    assert.equal(await count(t, 'audit_log'), audits + 1);
    const pub = await t.anonymous().get(`/api/public/documents/${sha256(signed)}`);
    assert.equal(pub.body.file, 'signed_copy');
    const list = await (await t.login('truongphong.stc')).get(`/api/people/${official}/documents`);
    assert.equal(list.body.documents.find((d: any) => d.id === first.id).status, 'signed');
  });

  it('is cancelled by the officer with a reason, keeping its number', async () => {
    const officer = await t.login('tochuc.snv');
    const second = (await officer.get(`/api/people/${official}/documents`)).body.documents[0];
    const r = await officer.post(`/api/documents/${second.id}/cancel`, { reason: 'Cấp nhầm, phát hành lại theo năm.' });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const again = await officer.post(`/api/people/${official}/documents`, {});
    assert.equal(again.body.citation, '03/BC-SNV', 'a number is never given twice');
  });
});
