import type { BodyBlock } from '../official-document.ts';
import { dmy, nameOf, quoted, vnd, type BuildSource, type DocumentKind } from '../build-source.ts';

const BALLOT = { for: 'Tán thành', against: 'Không tán thành', abstain: 'Không biểu quyết' } as const;
const OUTCOME = {
  completed: 'Hoàn thành',
  partly_completed: 'Hoàn thành một phần',
  not_completed: 'Không hoàn thành',
} as const;

/** Minutes are signed by whoever chaired the meeting, in their own name. */
const chair = (s: BuildSource) => ({
  authority: null,
  authorityOf: null,
  title: 'CHỦ TRÌ CUỘC HỌP',
  fullName: s.signer.fullName,
});

const attendees = (s: BuildSource, ids: unknown): string =>
  Array.isArray(ids) ? ids.map((id) => nameOf(s, id)).join(', ') : '';

/**
 * Art. 8(1): the collective's meeting. Every member's ballot is listed, the members excluded as
 * proposers too, with the result and the rule that produced it (the threshold, a tie going to
 * the head's side).
 */
export const voteMinutes: DocumentKind = {
  id: 'vote_minutes',
  events: ['vote_recorded'],
  label: { vi: 'Biên bản họp tập thể lãnh đạo', en: 'Minutes of the leadership meeting' },
  content: (s) => {
    const p = s.step.payload as {
      meetingOn?: string;
      attendeeIds?: string[];
      votes?: { personId: string; vote: keyof typeof BALLOT }[];
      excludedIds?: string[];
      result?: {
        passed: boolean;
        tie: boolean;
        decidedByHeadSide: boolean;
        for: number;
        against: number;
        abstain: number;
        base: number;
      };
      voteRule?: { moreThanFraction: number };
      minutes?: string;
    };
    const r = p.result ?? {
      passed: false,
      tie: false,
      decidedByHeadSide: false,
      for: 0,
      against: 0,
      abstain: 0,
      base: 0,
    };
    const rows = [
      ['Thành viên', 'Biểu quyết'],
      ...(p.votes ?? []).map((v) => [nameOf(s, v.personId), BALLOT[v.vote] ?? v.vote]),
    ];
    for (const id of p.excludedIds ?? []) rows.push([nameOf(s, id), 'Không tham gia biểu quyết (là người đề xuất)']);
    const threshold = Math.round((p.voteRule?.moreThanFraction ?? 0.5) * 100);
    const rule = r.tie
      ? `Số phiếu tán thành và không tán thành ngang nhau; kết quả theo ý kiến đã biểu quyết của người đứng đầu${r.decidedByHeadSide ? '' : ' không áp dụng'}.`
      : `Đề xuất được thông qua khi có trên ${threshold}% số thành viên tán thành.`;
    const body: BodyBlock[] = [
      {
        kind: 'paragraph',
        text: `Thời gian: ngày ${dmy(p.meetingOn)}. Địa điểm: trụ sở ${s.agency.name.toLocaleLowerCase('vi')}.`,
      },
      { kind: 'paragraph', text: `Thành phần tham dự: ${attendees(s, p.attendeeIds)}.` },
      {
        kind: 'paragraph',
        text: `Nội dung: xem xét, biểu quyết đề xuất ${quoted(s.caseTitle)} (hồ sơ ${s.caseCode}) của ${s.proposer.name}, ${s.proposer.unitName}.`,
      },
      ...(p.minutes ? [{ kind: 'paragraph' as const, text: p.minutes }] : []),
      { kind: 'paragraph', text: 'Kết quả biểu quyết của từng thành viên:' },
      { kind: 'table', rows },
      {
        kind: 'paragraph',
        text: `Tổng hợp: ${r.for} tán thành, ${r.against} không tán thành, ${r.abstain} không biểu quyết, trên cơ sở ${r.base} thành viên. ${rule}`,
      },
      { kind: 'paragraph', text: `Kết luận: tập thể lãnh đạo ${r.passed ? 'thông qua' : 'không thông qua'} đề xuất.` },
    ];
    return {
      typeName: 'BIÊN BẢN',
      typeAbbreviation: 'BB',
      excerpt: `Họp tập thể lãnh đạo xem xét đề xuất ${quoted(s.caseTitle)}`,
      body,
      recipients: ['Các thành viên tập thể lãnh đạo', `${s.proposer.name}, ${s.proposer.unitName}`],
      signature: chair(s),
    };
  },
};

/** Art. 9: the evaluation of the results: the outcome (completed, partly, not), damage and causes. */
export const evaluationMinutes: DocumentKind = {
  id: 'evaluation_minutes',
  events: ['evaluated'],
  label: { vi: 'Biên bản đánh giá kết quả thực hiện', en: 'Evaluation minutes' },
  content: (s) => {
    const p = s.step.payload as {
      meetingOn?: string;
      attendeeIds?: string[];
      outcome?: keyof typeof OUTCOME;
      damage?: { occurred: boolean; estimateVnd?: number };
      causes?: { objective?: string; subjective?: string };
      conclusion?: string;
    };
    return {
      typeName: 'BIÊN BẢN',
      typeAbbreviation: 'BB',
      excerpt: `Đánh giá kết quả thực hiện đề xuất ${quoted(s.caseTitle)}`,
      body: [
        { kind: 'paragraph', text: `Thời gian: ngày ${dmy(p.meetingOn)}.` },
        { kind: 'paragraph', text: `Thành phần tham dự: ${attendees(s, p.attendeeIds)}.` },
        {
          kind: 'paragraph',
          text: `Nội dung: đánh giá kết quả thực hiện đề xuất ${quoted(s.caseTitle)} (hồ sơ ${s.caseCode}) của ${s.proposer.name}, ${s.proposer.unitName}.`,
        },
        { kind: 'paragraph', text: `Kết quả: ${p.outcome ? OUTCOME[p.outcome] : ''}.` },
        {
          kind: 'paragraph',
          text: p.damage?.occurred
            ? `Thiệt hại: có${p.damage.estimateVnd !== undefined ? `, ước tính ${vnd(p.damage.estimateVnd)}` : ''}.`
            : 'Thiệt hại: không có.',
        },
        { kind: 'paragraph', text: `Nguyên nhân khách quan: ${p.causes?.objective ?? ''}` },
        { kind: 'paragraph', text: `Nguyên nhân chủ quan: ${p.causes?.subjective ?? ''}` },
        { kind: 'paragraph', text: `Kết luận: ${p.conclusion ?? ''}` },
      ],
      recipients: ['Các thành viên tập thể lãnh đạo', `${s.proposer.name}, ${s.proposer.unitName}`],
      signature: chair(s),
    };
  },
};
