import { dmy, quoted, type DocumentKind } from '../build-source.ts';

/** Art. 4: the head asks the same-level Party committee, before approval and before evaluation. */
export const partyOpinionRequest: DocumentKind = {
  id: 'party_opinion_request',
  events: ['party_opinion_requested'],
  label: { vi: 'Công văn xin ý kiến cấp ủy', en: 'Letter asking the Party committee' },
  content: (s) => {
    const evaluation = s.step.payload.stage === 'evaluation';
    const committee = s.partyCommitteeName ?? 'Cấp ủy cùng cấp';
    const what = evaluation ? 'kết quả thực hiện đề xuất' : 'chủ trương triển khai thực hiện đề xuất';
    return {
      typeName: null,
      typeAbbreviation: null,
      excerpt: `xin ý kiến về ${what} ${quoted(s.caseTitle)}`,
      body: [
        { kind: 'centred', text: `Kính gửi: ${committee}.` },
        {
          kind: 'paragraph',
          text: `Thực hiện Nghị định số 73/2023/NĐ-CP ngày 29 tháng 9 năm 2023 của Chính phủ, ${s.agency.name.toLocaleLowerCase('vi')} kính đề nghị ${committee} cho ý kiến về ${what} ${quoted(s.caseTitle)} (hồ sơ ${s.caseCode}) của ${s.proposer.name}, ${s.proposer.unitName}.`,
        },
        {
          kind: 'paragraph',
          text: `Hồ sơ kèm theo: kế hoạch thực hiện đề xuất${evaluation ? ' và báo cáo kết quả thực hiện' : ''}. Ngày đề nghị: ${dmy(s.step.payload.requestedOn)}.`,
        },
        { kind: 'paragraph', text: `Kính đề nghị ${committee} quan tâm, cho ý kiến./.` },
      ],
      recipients: ['Như trên'],
    };
  },
};

const OPINION = { agree: 'đồng ý', disagree: 'không đồng ý', agree_with_conditions: 'đồng ý có điều kiện' } as Record<
  string,
  string
>;

/** Art. 4: the Party committee's opinion, in the Party's own format (Hướng dẫn 36-HD/VPTW). */
export const partyOpinion: DocumentKind = {
  id: 'party_opinion',
  events: ['party_opinion_recorded'],
  label: { vi: 'Ý kiến của cấp ủy', en: 'Party committee opinion' },
  content: (s) => {
    const p = s.step.payload as { opinion?: string; content?: string; givenOn?: string };
    return {
      typeName: 'THÔNG BÁO',
      typeAbbreviation: 'TB',
      excerpt: `Ý kiến về đề xuất ${quoted(s.caseTitle)}`,
      body: [
        {
          kind: 'paragraph',
          text: `Xét đề nghị của cơ quan về đề xuất ${quoted(s.caseTitle)} (hồ sơ ${s.caseCode}) của ${s.proposer.name}, ${s.proposer.unitName}, ${s.agency.name.toLocaleLowerCase('vi')} ${OPINION[p.opinion ?? ''] ?? p.opinion ?? ''}.`,
        },
        { kind: 'paragraph', text: p.content ?? '' },
      ],
      recipients: [s.proposer.unitName],
    };
  },
};
