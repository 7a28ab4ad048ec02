import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { before, describe, it } from 'node:test';
import { layoutOf } from '../../src/documents/model/layout.ts';
import { renderPdf } from '../../src/documents/render/pdf.ts';
import { inspectAppended } from '../../src/documents/signature/pdf-update.ts';
import { appendUpdate, firstPage } from './pdf-update-helpers.ts';
import { sampleDecision } from './sample-document.ts';

/** An object stream (PDF 1.5) packing the given objects, Flate-compressed as signing libraries write it. */
function objectStream(objects: { n: number; body: string }[]): string {
  let offset = 0;
  const header: string[] = [];
  const bodies: string[] = [];
  for (const o of objects) {
    header.push(`${o.n} ${offset}`);
    bodies.push(o.body);
    offset += o.body.length + 1;
  }
  const head = `${header.join(' ')}\n`;
  const data = deflateSync(Buffer.from(head + bodies.join('\n'), 'latin1')).toString('latin1');
  return `<< /Type /ObjStm /N ${objects.length} /First ${head.length} /Filter /FlateDecode /Length ${data.length} >>\nstream\n${data}\nendstream`;
}

describe('the objects appended after an issued PDF, read where signing tools put them (issue 13, appended updates)', () => {
  let issued: Buffer;
  before(async () => {
    issued = await renderPdf(layoutOf(sampleDecision()), { title: 'QĐ', createdAt: new Date('2026-03-02T02:00:00Z') });
  });

  it('finds a page redefined inside a compressed object stream', () => {
    const { page, dict } = firstPage(issued);
    const repointed = dict.replace(/\/Contents \d+ 0 R/, '/Contents 900 0 R');
    const file = appendUpdate(issued, [{ n: 950, body: objectStream([{ n: page, body: repointed }]) }]);
    assert.deepEqual(inspectAppended(issued, file), [{ kind: 'changed', object: page, what: 'Page: Contents' }]);
  });

  it('lets a page gain a signature widget inside an object stream, and nothing else', () => {
    const { page, dict } = firstPage(issued);
    const withWidget = dict.replace(/>>\s*$/, '/Annots [951 0 R]\n>>');
    const widget = `<< /Type /Annot /Subtype /Widget /FT /Sig /Rect [0 0 0 0] /P ${page} 0 R >>`;
    const file = appendUpdate(issued, [
      {
        n: 952,
        body: objectStream([
          { n: 951, body: widget },
          { n: page, body: withWidget },
        ]),
      },
    ]);
    assert.deepEqual(inspectAppended(issued, file), []);
  });

  it('finds an object of the issued file freed by an appended cross-reference table', () => {
    const { contents } = firstPage(issued);
    const file = appendUpdate(issued, []);
    const text = file.toString('latin1');
    const at = text.lastIndexOf('0000000000 65535 f ');
    const freed = Buffer.from(
      `${text.slice(0, at)}0000000000 65535 f \n${contents} 1\n0000000000 00001 f ${text.slice(at + 19)}`,
      'latin1',
    );
    assert.deepEqual(inspectAppended(issued, freed), [{ kind: 'freed', object: contents }]);
  });
});
