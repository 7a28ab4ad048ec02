import { nameOf, quoted, type BuildSource, type DocumentKind } from '../build-source.ts';

const DIRECTIVE: Record<string, string> = {
  continuation_directed: 'tiếp tục thực hiện',
  suspended: 'tạm dừng thực hiện',
  resumed: 'tiếp tục thực hiện sau thời gian tạm dừng',
  terminated: 'dừng thực hiện',
};

/** Art. 8(2)–(3): the head directs to continue, suspend, resume or stop, with reasons. */
export const directiveNotice: DocumentKind = {
  id: 'directive',
  events: Object.keys(DIRECTIVE),
  label: { vi: 'Thông báo chỉ đạo thực hiện', en: 'Directive' },
  content: (s) => {
    const what = DIRECTIVE[s.step.type] ?? s.step.type;
    return {
      typeName: 'THÔNG BÁO',
      typeAbbreviation: 'TB',
      excerpt: `Về việc ${what} đề xuất ${quoted(s.caseTitle)}`,
      body: [
        {
          kind: 'paragraph',
          text: `${s.headTitle} chỉ đạo ${what} đề xuất ${quoted(s.caseTitle)} (hồ sơ ${s.caseCode}) do ${s.proposer.name}, ${s.proposer.unitName} đề xuất.`,
        },
        { kind: 'paragraph', text: `Lý do: ${s.step.reasons ?? ''}` },
      ],
      recipients: [`${s.proposer.name}, ${s.proposer.unitName}`, 'Các cá nhân được giao thực hiện'],
    };
  },
};

const ASSIGNED: Record<string, { role: string; key: string }> = {
  implementers_assigned: { role: 'thực hiện', key: 'implementerIds' },
  appraisers_assigned: { role: 'thẩm định', key: 'appraiserIds' },
  inspectors_assigned: { role: 'kiểm tra, giám sát', key: 'inspectorIds' },
};

const assignedNames = (s: BuildSource, key: string): string[] => {
  const ids = s.step.payload[key];
  return Array.isArray(ids) ? ids.map((id) => nameOf(s, id)) : [];
};

/** Art. 8(2): the head assigns the people who implement, appraise or inspect. */
export const assignmentDecision: DocumentKind = {
  id: 'assignment',
  events: Object.keys(ASSIGNED),
  label: { vi: 'Quyết định phân công', en: 'Assignment' },
  content: (s) => {
    const a = ASSIGNED[s.step.type] ?? { role: 'thực hiện', key: 'ids' };
    const names = assignedNames(s, a.key);
    return {
      typeName: 'QUYẾT ĐỊNH',
      typeAbbreviation: 'QĐ',
      excerpt: `Về việc phân công ${a.role} đề xuất ${quoted(s.caseTitle)}`,
      body: [
        { kind: 'centred', text: s.headTitle.toLocaleUpperCase('vi') },
        { kind: 'basis', text: 'Căn cứ Nghị định số 73/2023/NĐ-CP ngày 29 tháng 9 năm 2023 của Chính phủ.' },
        { kind: 'centred', text: 'QUYẾT ĐỊNH:' },
        {
          kind: 'article',
          label: 'Điều 1.',
          text: `Phân công các cá nhân sau ${a.role} đề xuất ${quoted(s.caseTitle)} (hồ sơ ${s.caseCode}): ${names.join(', ')}.`,
        },
        {
          kind: 'article',
          label: 'Điều 2.',
          text: 'Quyết định này có hiệu lực kể từ ngày ký. Các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
        },
      ],
      recipients: ['Như Điều 2'],
    };
  },
};
