import { REVIEW_REPORT_KIND_LABELS, type ReviewFigures } from '../../../contract/review-reports.ts';
import { reviewSections } from '../../review-report-sections.ts';
import type { DocumentEdits } from '../build-source.ts';
import type { BodyBlock, IssuingAgency, OfficialDocument, SignatureBlock } from '../official-document.ts';

/** The periodic review report of a unit and its subtree (sơ kết 6 tháng, tổng kết năm). */
export const REVIEW_REPORT_KIND = {
  id: 'review_report',
  label: { vi: 'Báo cáo sơ kết, tổng kết thực hiện Nghị định 73/2023/NĐ-CP', en: 'Periodic review report' },
} as const;

export interface ReviewReportSource {
  figures: ReviewFigures;
  agency: IssuingAgency;
  issuerName: string;
  signer: SignatureBlock;
  date: string;
  verifyUrl: string;
  /** SHA-256 of the snapshot of figures the report was rendered from. */
  figuresSha256: string;
}

const periodText = (f: ReviewFigures) => (f.kind === 'six_month' ? `6 tháng đầu năm ${f.year}` : `năm ${f.year}`);

/**
 * The review report in the state format (Decree 30/2020 Appendix I: BÁO CÁO, `BC`), its body the
 * sections the builders give, in order; a section with nothing to say is left out.
 */
export function buildReviewReportDocument(s: ReviewReportSource, edits: DocumentEdits = {}): OfficialDocument {
  const f = s.figures;
  const what = f.kind === 'six_month' ? 'Sơ kết' : 'Tổng kết';
  const body: BodyBlock[] = [
    {
      kind: 'paragraph',
      text: `Thực hiện Kết luận số 14-KL/TW ngày 22 tháng 9 năm 2021 của Bộ Chính trị và Nghị định số 73/2023/NĐ-CP ngày 29 tháng 9 năm 2023 của Chính phủ, ${s.issuerName} báo cáo ${what.toLowerCase()} việc khuyến khích, bảo vệ cán bộ năng động, sáng tạo ${periodText(f)} tại ${f.unit.name} và các đơn vị trực thuộc (số liệu từ ngày ${dmy(f.from)} đến hết ngày ${dmy(dayBefore(f.to))}), như sau:`,
    },
  ];
  for (const section of reviewSections(f)) {
    body.push({ kind: 'article', label: section.heading, text: '' });
    for (const text of section.paragraphs) body.push({ kind: 'paragraph', text });
    section.items.forEach((text, i) => body.push({ kind: 'paragraph', text: `${i + 1}. ${text}` }));
  }
  return {
    format: 'state',
    agency: s.agency,
    typeName: 'BÁO CÁO',
    typeAbbreviation: 'BC',
    draftingUnit: null,
    number: null,
    date: s.date,
    excerpt:
      edits.excerpt ??
      `${what} ${periodText(f)} thực hiện chủ trương khuyến khích, bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung`,
    body,
    signature: s.signer,
    recipients: edits.recipients ?? [f.unit.name, 'Các đơn vị trực thuộc'],
    archive: 'VT, TCCB',
    footer: { recordSha256: s.figuresSha256, recordOn: s.date, verifyUrl: s.verifyUrl },
  };
}

const dmy = (iso: string) => iso.split('-').reverse().join('/');
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export const reviewReportTitle = (f: ReviewFigures) =>
  `${REVIEW_REPORT_KIND_LABELS[f.kind].vi} ${f.year} – ${f.unit.name}`;
