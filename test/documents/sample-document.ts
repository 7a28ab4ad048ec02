import type { OfficialDocument } from '../../src/documents/model/official-document.ts';

/** A decision of a provincial department, as Decree 30 Appendix I shows one. */
export function sampleDecision(over: Partial<OfficialDocument> = {}): OfficialDocument {
  return {
    format: 'state',
    agency: { parentName: 'UBND TỈNH THANH HÓA', name: 'SỞ TÀI CHÍNH', abbreviation: 'STC', place: 'Thanh Hóa' },
    typeName: 'QUYẾT ĐỊNH',
    typeAbbreviation: 'QĐ',
    draftingUnit: null,
    number: 5,
    date: '2026-03-05',
    excerpt: 'Về việc cho triển khai thực hiện đề xuất đổi mới, sáng tạo',
    body: [
      { kind: 'centred', text: 'GIÁM ĐỐC SỞ TÀI CHÍNH' },
      { kind: 'basis', text: 'Căn cứ Nghị định số 73/2023/NĐ-CP ngày 29 tháng 9 năm 2023 của Chính phủ;' },
      { kind: 'basis', text: 'Căn cứ kết quả biểu quyết của tập thể lãnh đạo ngày 04 tháng 3 năm 2026.' },
      { kind: 'centred', text: 'QUYẾT ĐỊNH:' },
      {
        kind: 'article',
        label: 'Điều 1.',
        text: 'Cho triển khai thực hiện đề xuất “Thí điểm một cửa liên thông điện tử” của ông Nguyễn Văn An.',
      },
      {
        kind: 'table',
        rows: [
          ['Thành viên', 'Biểu quyết'],
          ['Lê Văn Giám', 'Tán thành'],
          ['Trần Thị Phó', 'Không tán thành'],
        ],
      },
      { kind: 'article', label: 'Điều 2.', text: 'Quyết định này có hiệu lực kể từ ngày ký.' },
    ],
    signature: { authority: 'KT', authorityOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', fullName: 'Trần Thị Phó' },
    recipients: ['Như Điều 2', 'UBND tỉnh (để b/c)'],
    archive: 'VT, VP',
    footer: {
      caseCode: 'TH-2026-0001',
      eventSeq: 12,
      eventHash: 'a'.repeat(64),
      verifyUrl: 'http://localhost:3000/verify-document',
    },
    ...over,
  };
}
