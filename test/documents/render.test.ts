import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layoutOf, textPieces } from '../../src/documents/model/layout.ts';
import { renderDocx } from '../../src/documents/render/docx.ts';
import { renderPdf, renderPdfBundle } from '../../src/documents/render/pdf.ts';
import { MARGINS_MM, pt, twip } from '../../src/documents/render/page.ts';
import { readDocx, readPdf, words } from './read-documents.ts';
import { sampleDecision } from './sample-document.ts';

const meta = { title: 'Quyết định', createdAt: new Date('2026-03-05T02:00:00Z') };

test('Decree 30 App. I: the PDF says exactly what the model says, in reading order', async () => {
  const layout = layoutOf(sampleDecision());
  const pages = await readPdf(await renderPdf(layout, meta));
  const footerAndNumbers = (top: number, h: number) => top < pt(MARGINS_MM.top) || top > h - pt(MARGINS_MM.bottom);
  const text = pages
    .flatMap((p) => p.items.filter((i) => !footerAndNumbers(i.top, p.height)).map((i) => i.str))
    .join(' ');
  const expected = textPieces(layout).slice(0, -1).join(' ');
  assert.equal(words(text), words(expected));
  const footer = pages[0]!.items
    .filter((i) => i.top > pages[0]!.height - pt(MARGINS_MM.bottom))
    .map((i) => i.str)
    .join(' ');
  assert.equal(words(footer), words(layout.footer.text));
});

test('Decree 30 App. I: A4 with margins 20/20/30/15 mm, text inside them, 13–14 pt body', async () => {
  const long = sampleDecision({
    body: Array.from({ length: 40 }, (_, i) => ({
      kind: 'article' as const,
      label: `Điều ${i + 1}.`,
      text: 'Giao Văn phòng Sở theo dõi, đôn đốc việc thực hiện và báo cáo kết quả theo định kỳ hằng tháng.',
    })),
  });
  const pages = await readPdf(await renderPdf(layoutOf(long), meta));
  assert.ok(pages.length >= 2, 'the long decision runs over two pages');
  for (const p of pages) {
    assert.ok(Math.abs(p.width - 595.28) < 0.1 && Math.abs(p.height - 841.89) < 0.1, `A4 page ${p.width}×${p.height}`);
    const inside = p.items.filter((i) => i.top >= pt(MARGINS_MM.top) && i.top <= p.height - pt(MARGINS_MM.bottom));
    for (const i of inside) {
      assert.ok(i.x >= pt(MARGINS_MM.left) - 0.5, `"${i.str}" starts at ${i.x}, left of the 30 mm margin`);
      assert.ok(
        i.x + i.width <= p.width - pt(MARGINS_MM.right) + 0.5,
        `"${i.str}" ends at ${i.x + i.width}, right of the 15 mm margin`,
      );
    }
  }
  const body = pages[0]!.items.filter((i) => i.str.startsWith('Giao'));
  assert.ok(body.length > 0 && body.every((i) => Math.round(i.size) === 14), 'body text is 14 pt');
  // Page numbers: none on page 1, "2" centred in the top margin of page 2.
  assert.equal(pages[0]!.items.filter((i) => i.top < pt(MARGINS_MM.top)).length, 0);
  const number = pages[1]!.items.filter((i) => i.top < pt(MARGINS_MM.top));
  assert.deepEqual(
    number.map((i) => i.str),
    ['2'],
  );
  const centre = pt(MARGINS_MM.left) + (595.28 - pt(MARGINS_MM.left) - pt(MARGINS_MM.right)) / 2;
  assert.ok(Math.abs(number[0]!.x + number[0]!.width / 2 - centre) < 2, 'the page number is centred');
});

test('the PDF embeds its fonts (Liberation Serif, every face used)', async () => {
  const pdf = (await renderPdf(layoutOf(sampleDecision()), meta)).toString('latin1');
  const embedded = pdf.match(/\/FontFile2/g) ?? [];
  assert.equal(embedded.length, 4, 'regular, bold, italic and bold italic are embedded');
  assert.match(pdf, /LiberationSerif-BoldItalic/);
});

test('the DOCX is a valid package with the same text, A4, the margins and page numbers from page 2', async () => {
  const layout = layoutOf(sampleDecision());
  const { parts, bodyText } = await readDocx(await renderDocx(layout, meta));
  assert.equal(words(bodyText.join(' ')), words(textPieces(layout).slice(0, -1).join(' ')));
  const doc = parts.get('word/document.xml')!;
  assert.match(doc, /<w:pgSz w:w="11906" w:h="16838"/);
  assert.match(
    doc,
    new RegExp(`w:top="${twip(20)}" w:right="${twip(15)}" w:bottom="${twip(20)}" w:left="${twip(30)}"`),
  );
  assert.match(doc, /<w:titlePg\/>|<w:titlePg w:val="(1|true)"\/>/, 'the first page has its own (empty) header');
  const headers = [...parts.entries()].filter(([n]) => /word\/header\d+\.xml/.test(n)).map(([, x]) => x);
  assert.ok(
    headers.some((h) => /PAGE/.test(h)),
    'a header carries the page number field',
  );
  const footers = [...parts.entries()].filter(([n]) => /word\/footer\d+\.xml/.test(n)).map(([, x]) => x);
  assert.ok(
    footers.length >= 1 && footers.every((f) => f.includes(layout.footer.text)),
    'every footer ties the page to the record',
  );
  assert.ok(
    [...parts.keys()].some((n) => n.startsWith('word/_rels/footer')),
    'the footer has its QR image',
  );
});

test('faces parsed once per process: a later document’s composed letters (Ơ, Ô, Ư) read as written, alone and in a bulk print', async () => {
  const bodyText = async (pdf: Buffer) => {
    const pages = await readPdf(pdf);
    return words(
      pages
        .flatMap((p) =>
          p.items
            .filter((i) => i.top >= pt(MARGINS_MM.top) && i.top <= p.height - pt(MARGINS_MM.bottom))
            .map((i) => i.str),
        )
        .join(' '),
    );
  };
  const first = layoutOf(sampleDecision());
  const later = layoutOf(
    sampleDecision({
      format: 'party',
      agency: {
        parentName: 'ĐẢNG BỘ TỈNH AN KHANG',
        name: 'ĐẢNG ỦY CÁC CƠ QUAN TỈNH',
        abbreviation: 'DUCQ',
        place: 'An Khang',
      },
      typeName: 'THÔNG BÁO',
      typeAbbreviation: 'TB',
      excerpt: 'Ý kiến về đề xuất “Thí điểm số hóa hồ sơ đất đai”',
      body: [
        {
          kind: 'paragraph',
          text: 'Đảng ủy các cơ quan tỉnh đồng ý chủ trương; đề nghị cơ quan tổ chức thực hiện ở những đơn vị thuộc quyền.',
        },
      ],
      signature: { authority: 'TM', authorityOf: 'ĐẢNG ỦY CÁC CƠ QUAN', title: 'PHÓ BÍ THƯ', fullName: 'Ngô Thị Hằng' },
    }),
  );
  const expected = (l: typeof first) => words(textPieces(l).slice(0, -1).join(' '));
  for (let i = 0; i < 3; i++) {
    assert.equal(await bodyText(await renderPdf(first, meta)), expected(first));
    assert.equal(await bodyText(await renderPdf(later, meta)), expected(later), `round ${i + 1}`);
  }
  assert.equal(await bodyText(await renderPdfBundle([first, later], meta)), `${expected(first)} ${expected(later)}`);
});
