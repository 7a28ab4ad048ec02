import JSZip from 'jszip';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Reads a generated PDF the way a reader's viewer does: page sizes and every piece of text with its place. */
export interface PdfItem {
  str: string;
  x: number;
  /** From the top of the page, in points. */
  top: number;
  width: number;
  size: number;
}
export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

export async function readPdf(data: Buffer): Promise<PdfPage[]> {
  const doc = await getDocument({
    data: new Uint8Array(data),
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
  }).promise;
  const pages: PdfPage[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items = content.items
      .filter((it): it is Extract<typeof it, { str: string }> => 'str' in it && it.str.trim() !== '')
      .map((it) => ({
        str: it.str.normalize('NFC'),
        x: it.transform[4] as number,
        top: height - (it.transform[5] as number),
        width: it.width,
        size: Math.abs(it.transform[3] as number),
      }));
    pages.push({ width, height, items });
  }
  await doc.destroy();
  return pages;
}

/**
 * White space collapsed: a line wrapped by the renderer is the same text. A line may also wrap
 * after the hyphen inside a word or a number and symbol (`215/QĐ-` / `UBND`); that wrap is undone
 * too, while a spaced dash (`Độc lập - Tự do`, `; - Lưu`) is left as it is.
 */
export const words = (s: string) =>
  s
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/(\S)- (?=\S)/gu, '$1-')
    .trim();

/**
 * Opens a DOCX as Word would: a ZIP whose XML parts must all be well-formed. Returns the parts
 * parsed and the text of the body, header and footers in document order.
 */
export async function readDocx(
  data: Buffer,
): Promise<{ parts: Map<string, string>; bodyText: string[]; documentXml: any }> {
  const zip = await JSZip.loadAsync(data);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = await zip.file(name)!.async('string');
    const valid = XMLValidator.validate(xml);
    if (valid !== true) throw new Error(`${name} is not well-formed XML: ${JSON.stringify(valid)}`);
    parts.set(name, xml);
  }
  const doc = parts.get('word/document.xml');
  if (!doc) throw new Error('word/document.xml missing');
  const documentXml = new XMLParser({ ignoreAttributes: false, preserveOrder: true }).parse(doc);
  // Each paragraph's runs joined: one piece per paragraph, as Word shows them.
  const bodyText = [...doc.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1]!)).join(''))
    .filter((s) => s.trim() !== '');
  return { parts, bodyText, documentXml };
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
