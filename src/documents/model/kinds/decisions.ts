import type { BodyBlock } from '../official-document.ts';
import { DECREE_73, dmy, quoted, vnd, type BuildSource, type DocumentKind } from '../build-source.ts';

/** The plan's essentials a decision to implement states (Art. 8(1) and the plan of Art. 7). */
function planArticles(s: BuildSource, first: number): BodyBlock[] {
  const p = s.plan;
  const r = p.resources ?? {};
  const resources = [
    r.budgetVnd !== undefined ? `kinh phí ${vnd(r.budgetVnd)}` : '',
    r.people ? `nhân lực: ${r.people}` : '',
    r.equipment ? `phương tiện: ${r.equipment}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  const milestones = (p.timeline?.milestones ?? []).map((m) => `${m.title} (hạn ${dmy(m.dueOn)})`).join('; ');
  return [
    {
      kind: 'article',
      label: `Điều ${first}.`,
      text: `Nội dung thực hiện: ${p.content?.tasks ?? ''} Giải pháp: ${p.content?.solutions ?? ''} Phạm vi: ${p.scope?.scope ?? ''} Mục tiêu: ${p.scope?.targets ?? ''}`,
    },
    {
      kind: 'article',
      label: `Điều ${first + 1}.`,
      text: `Nguồn lực bảo đảm: ${resources || 'theo kế hoạch đã được phê duyệt'}.`,
    },
    {
      kind: 'article',
      label: `Điều ${first + 2}.`,
      text: `Thời gian thực hiện: từ ngày ${dmy(p.timeline?.startOn)} đến ngày ${dmy(p.timeline?.endOn)}.${milestones ? ` Các mốc: ${milestones}.` : ''}`,
    },
  ];
}

function preamble(s: BuildSource, vote: string): BodyBlock[] {
  return [
    { kind: 'centred', text: s.headTitle.toLocaleUpperCase('vi') },
    { kind: 'basis', text: DECREE_73 },
    { kind: 'basis', text: `Căn cứ kế hoạch thực hiện đề xuất ${quoted(s.caseTitle)} (hồ sơ ${s.caseCode});` },
    { kind: 'basis', text: vote },
    { kind: 'centred', text: 'QUYẾT ĐỊNH:' },
  ];
}

const closing = (s: BuildSource, n: number): BodyBlock => ({
  kind: 'article',
  label: `Điều ${n}.`,
  text: `Quyết định này có hiệu lực kể từ ngày ký. ${s.proposer.name}, ${s.proposer.unitName} và các cơ quan, đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.`,
});

/** Art. 8(1): after the collective passes the proposal, the head decides in writing to implement it. */
export const decisionToImplement: DocumentKind = {
  id: 'decision_to_implement',
  events: ['approved'],
  label: { vi: 'Quyết định cho triển khai thực hiện', en: 'Decision to implement' },
  content: (s) => ({
    typeName: 'QUYẾT ĐỊNH',
    typeAbbreviation: 'QĐ',
    excerpt: `Về việc cho triển khai thực hiện đề xuất ${quoted(s.caseTitle)}`,
    body: [
      ...preamble(s, 'Căn cứ kết quả biểu quyết của tập thể lãnh đạo thông qua đề xuất.'),
      {
        kind: 'article',
        label: 'Điều 1.',
        text: `Cho triển khai thực hiện đề xuất ${quoted(s.caseTitle)} của ${s.proposer.name}${s.proposer.position ? `, ${s.proposer.position}` : ''}, ${s.proposer.unitName}. ${s.step.reasons ?? ''}`.trim(),
      },
      ...planArticles(s, 2),
      closing(s, 5),
    ],
    recipients: ['Như Điều 5', `${s.superiorName ?? 'Cơ quan cấp trên'} (để báo cáo)`],
  }),
};

/** Art. 8(1), second paragraph: the head decides to implement although the collective did not pass it, and answers for it. */
export const overrideDecision: DocumentKind = {
  id: 'override_decision',
  events: ['rejection_overridden'],
  label: { vi: 'Quyết định của người đứng đầu triển khai khi tập thể không thông qua', en: 'Head’s written override' },
  content: (s) => ({
    typeName: 'QUYẾT ĐỊNH',
    typeAbbreviation: 'QĐ',
    excerpt: `Về việc triển khai thực hiện đề xuất ${quoted(s.caseTitle)}`,
    body: [
      ...preamble(
        s,
        'Xét kết quả biểu quyết của tập thể lãnh đạo không thông qua đề xuất và lý do của người đứng đầu.',
      ),
      {
        kind: 'article',
        label: 'Điều 1.',
        text: `Triển khai thực hiện đề xuất ${quoted(s.caseTitle)} của ${s.proposer.name}, ${s.proposer.unitName}. Lý do: ${s.step.reasons ?? ''}`,
      },
      ...planArticles(s, 2),
      {
        kind: 'article',
        label: 'Điều 5.',
        text: 'Người đứng đầu ký Quyết định này chịu trách nhiệm trước cấp trên và trước pháp luật về việc quyết định triển khai thực hiện đề xuất (khoản 1 Điều 8 Nghị định số 73/2023/NĐ-CP).',
      },
      closing(s, 6),
    ],
    recipients: ['Như Điều 6', `${s.superiorName ?? 'Cơ quan cấp trên'} (để báo cáo)`],
  }),
};

/** Art. 8(1): when the proposal is not approved, the proposer is told in writing with the reasons. */
export const nonApprovalNotice: DocumentKind = {
  id: 'non_approval_notice',
  events: ['rejected'],
  label: { vi: 'Thông báo không chấp thuận đề xuất', en: 'Notice of non-approval' },
  content: (s) => ({
    typeName: 'THÔNG BÁO',
    typeAbbreviation: 'TB',
    excerpt: `Về việc không chấp thuận đề xuất ${quoted(s.caseTitle)}`,
    body: [
      {
        kind: 'paragraph',
        text: `Xét đề xuất ${quoted(s.caseTitle)} (hồ sơ ${s.caseCode}) của ${s.proposer.name}, ${s.proposer.unitName}, và kết quả biểu quyết của tập thể lãnh đạo, ${s.agency.name.toLocaleLowerCase('vi').replace(/^./, (c) => c.toLocaleUpperCase('vi'))} thông báo không chấp thuận đề xuất.`,
      },
      { kind: 'paragraph', text: `Lý do: ${s.step.reasons ?? ''}` },
      {
        kind: 'paragraph',
        text: 'Người đề xuất được tiếp tục hoàn thiện đề xuất và gửi lại theo quy định tại Nghị định số 73/2023/NĐ-CP.',
      },
    ],
    recipients: [`${s.proposer.name}, ${s.proposer.unitName}`],
  }),
};
