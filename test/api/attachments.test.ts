import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createDraft, tableCounts } from '../support/fixtures.ts';
import type { TestClient } from '../support/test-client.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

function multipart(filename: string, content: Buffer, contentType = 'application/octet-stream') {
  const boundary = `----khien${Math.random().toString(16).slice(2)}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('attachments', () => {
  let t: TestApp;
  let proposer: TestClient;
  let code: string;
  before(async () => {
    t = await startTestApp({ maxAttachmentBytes: 64 * 1024 });
    proposer = await t.login('truongphong.stc');
    code = (await createDraft(proposer)).code;
  });
  after(() => t.close());

  it('stores a file content-addressed, records it in the chain, and serves it back', async () => {
    const m = multipart('../../etc/Tờ trình.pdf', PDF, 'text/html');
    const r = await proposer.post(`/api/cases/${code}/attachments`, m.body, {
      ...m.headers,
      'idempotency-key': 'upload-1',
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.mediaType, 'application/pdf', 'the type is sniffed, not taken from the client');
    assert.equal(r.body.filename, 'Tờ trình.pdf', 'no path from the client survives');
    const again = await proposer.post(`/api/cases/${code}/attachments`, m.body, {
      ...m.headers,
      'idempotency-key': 'upload-1',
    });
    assert.equal(again.body.id, r.body.id, 'a retried upload does not store twice');
    const file = await proposer.get(`/api/cases/${code}/attachments/${r.body.id}`);
    assert.equal(file.status, 200);
    assert.equal(file.headers['content-type'], 'application/pdf');
    assert.match(String(file.headers['content-disposition']), /^attachment;/);
    const history = await proposer.get(`/api/cases/${code}/events`);
    const added = history.body.items.find((e: { type: string }) => e.type === 'attachment_added');
    assert.equal(added.payload.sha256, r.body.sha256);
    assert.equal((await proposer.get(`/api/cases/${code}/verify`)).body.ok, true);
  });

  it('refuses oversized files, disallowed types and empty uploads, writing nothing', async () => {
    const before = await tableCounts(t);
    const big = multipart('big.pdf', Buffer.concat([PDF, Buffer.alloc(70 * 1024, 0x20)]));
    const r1 = await proposer.post(`/api/cases/${code}/attachments`, big.body, big.headers);
    assert.equal(r1.status, 422);
    assert.equal(r1.body.error.code, 'attachment_too_large');
    const exe = multipart(
      'tool.pdf',
      Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0, 0, 0, 0x04, 0, 0, 0, 0xff, 0xff, 0, 0]),
    );
    const r2 = await proposer.post(`/api/cases/${code}/attachments`, exe.body, exe.headers);
    assert.equal(r2.status, 422);
    assert.equal(r2.body.error.code, 'attachment_type_not_allowed');
    assert.equal(r2.body.error.fields[0].path, 'file');
    const empty = multipart('empty.txt', Buffer.alloc(0));
    const r3 = await proposer.post(`/api/cases/${code}/attachments`, empty.body, empty.headers);
    assert.equal(r3.status, 422);
    const json = await proposer.post(`/api/cases/${code}/attachments`, { file: 'x' });
    assert.equal(json.status, 415);
    assert.deepEqual(await tableCounts(t), before);
  });

  it('hides attachments of cases the person may not read', async () => {
    const outsider = await t.login('truongphong.snv');
    const m = multipart('note.txt', Buffer.from('Ghi chú tiếng Việt'));
    const r = await outsider.post(`/api/cases/${code}/attachments`, m.body, m.headers);
    assert.equal(r.status, 404);
  });
});
