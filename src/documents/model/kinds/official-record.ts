import type { OfficialRecord } from '../../../app/records/record-model.ts';
import { recordSections } from '../../record-sections.ts';
import type { DocumentEdits } from '../build-source.ts';
import type { BodyBlock, IssuingAgency, OfficialDocument, SignatureBlock } from '../official-document.ts';

/** The document whose subject is an official rather than a case step. */
export const OFFICIAL_RECORD_KIND = {
  id: 'official_record',
  label: { vi: 'Báo cáo kết quả đổi mới, sáng tạo của cán bộ', en: 'Report of an official’s innovation record' },
} as const;

/** Everything the record's document needs, gathered by the application layer; no I/O here. */
export interface RecordDocumentSource {
  record: OfficialRecord;
  /** The organisation department that issues it (the organisation officer's unit). */
  agency: IssuingAgency;
  /** The issuing unit's name in running text (`Sở Nội vụ`). */
  issuerName: string;
  signer: SignatureBlock;
  date: string;
  verifyUrl: string;
  /** SHA-256 of the record's data as read for this document. */
  recordSha256: string;
}

const period = (year: number | null) => (year === null ? '' : ` năm ${year}`);

/**
 * The official's record as an official document of the state format (Decree 30/2020 Appendix I):
 * a report (BÁO CÁO, `BC`) of the organisation department, its body the same sections as the
 * working copy, signed by the organisation officer who issues it.
 */
export function buildRecordDocument(s: RecordDocumentSource, edits: DocumentEdits = {}): OfficialDocument {
  const r = s.record;
  const position = r.person.position?.vi ? `; chức vụ: ${r.person.position.vi}` : '';
  const body: BodyBlock[] = [
    {
      kind: 'paragraph',
      text: `Thực hiện Nghị định số 73/2023/NĐ-CP ngày 29 tháng 9 năm 2023 của Chính phủ, ${s.issuerName} báo cáo kết quả đổi mới, sáng tạo${period(r.year)} của cán bộ theo hồ sơ đang lưu giữ, như sau:`,
    },
    { kind: 'paragraph', text: `Họ và tên: ${r.person.fullName}${position}; đơn vị: ${r.person.unit.name}.` },
  ];
  for (const section of recordSections(r)) {
    body.push({ kind: 'article', label: section.heading, text: '' });
    if (section.paragraph !== undefined) body.push({ kind: 'paragraph', text: section.paragraph });
    else if (section.items.length === 0) body.push({ kind: 'paragraph', text: 'Không có.' });
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
    excerpt: edits.excerpt ?? `Kết quả đổi mới, sáng tạo của cán bộ ${r.person.fullName}${period(r.year)}`,
    body,
    signature: s.signer,
    recipients: edits.recipients ?? [`Đồng chí ${r.person.fullName}`, r.person.unit.name],
    archive: 'VT, TCCB',
    footer: { recordSha256: s.recordSha256, recordOn: s.date, verifyUrl: s.verifyUrl },
  };
}
