import { layoutOf } from '../model/layout.ts';
import type { OfficialDocument } from '../model/official-document.ts';
import { renderDocx } from './docx.ts';
import { renderPdf, renderPdfBundle } from './pdf.ts';

export type FileFormat = 'pdf' | 'docx';
export const MEDIA_TYPES: Record<FileFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const titleOf = (d: OfficialDocument) => [d.typeName ?? 'CÔNG VĂN', d.excerpt].join(' – ');

export function renderDocument(d: OfficialDocument, format: FileFormat, createdAt: Date): Promise<Buffer> {
  const layout = layoutOf(d);
  const meta = { title: titleOf(d), createdAt };
  return format === 'pdf' ? renderPdf(layout, meta) : renderDocx(layout, meta);
}

/** A case's documents in one PDF for printing, each as it reads alone (see renderPdfBundle). */
export function renderPrintBundle(documents: OfficialDocument[], title: string, createdAt: Date): Promise<Buffer> {
  return renderPdfBundle(documents.map(layoutOf), { title, createdAt });
}
