import { REWARD_FORMS } from '../../../domain/protection/index.ts';
import { DECREE_73, dmy, nameOf, quoted, type BuildSource, type DocumentKind } from '../build-source.ts';

const formOf = (id: unknown) => REWARD_FORMS.find((f) => f.id === id);

/** What the papers quote of a reward event's payload (the event catalogue keeps these payloads opaque). */
interface RewardPayload {
  form?: string;
  months?: number | null;
  description?: string | null;
  personId?: string | null;
  unitId?: string | null;
  legalBasis?: string | null;
  decision?: string;
  issuingAuthority?: string | null;
  decisionNumber?: string | null;
  decisionDate?: string | null;
}

/** The form as the paper names it: the early salary step says how many months early. */
function formText(p: RewardPayload): string {
  const form = formOf(p.form);
  if (!form) return String(p.form ?? '');
  if (form.id === 'early_salary_step' && p.months) return `Nâng bậc lương trước thời hạn ${p.months} tháng`;
  if (form.id === 'other' && p.description) return `${form.label.vi}: ${p.description}`;
  return form.label.vi;
}

/** The person or the collective the reward is for. */
const beneficiary = (s: BuildSource, p: RewardPayload) =>
  p.personId ? nameOf(s, p.personId) : `tập thể ${nameOf(s, p.unitId)}`;

/** Art. 10: the unit proposes a form of encouragement to the level competent to grant it. */
export const rewardProposal: DocumentKind = {
  id: 'reward_proposal',
  events: ['reward_proposed'],
  label: { vi: 'Tờ trình đề nghị khen thưởng, động viên', en: 'Reward proposal to the competent level' },
  content: (s) => {
    const p: RewardPayload = s.step.payload;
    const who = beneficiary(s, p);
    const competent = s.superiorName ?? 'Cấp có thẩm quyền';
    return {
      typeName: 'TỜ TRÌNH',
      typeAbbreviation: 'TTr',
      excerpt: `Về việc đề nghị ${formText(p).toLocaleLowerCase('vi')} đối với ${who}`,
      body: [
        { kind: 'centred', text: `Kính gửi: ${competent}.` },
        {
          kind: 'paragraph',
          text: `Căn cứ Nghị định số 73/2023/NĐ-CP ngày 29 tháng 9 năm 2023 của Chính phủ và kết quả đánh giá việc thực hiện đề xuất ${quoted(s.caseTitle)} (hồ sơ ${s.caseCode}), ${s.issuerName ?? s.agency.name} kính trình ${competent} xem xét: ${formText(p)} đối với ${who}.`,
        },
        { kind: 'paragraph', text: `Thành tích: ${s.step.reasons ?? ''}` },
        { kind: 'paragraph', text: `Căn cứ đề nghị: ${p.legalBasis ?? ''}.` },
        { kind: 'paragraph', text: `Kính trình ${competent} xem xét, quyết định./.` },
      ],
      recipients: ['Như trên'],
    };
  },
};

/**
 * Art. 10: the decision on a reward (commendation, early salary step, the local forms). A refusal
 * is a notice with its reasons; a grant is a decision citing the legal basis the decider gave.
 */
export const rewardDecision: DocumentKind = {
  id: 'reward_decision',
  events: ['reward_decided'],
  label: { vi: 'Quyết định khen thưởng, động viên', en: 'Reward decision' },
  content: (s) => {
    const p: RewardPayload = s.step.payload;
    const who = beneficiary(s, p);
    if (p.decision === 'refused') {
      return {
        typeName: 'THÔNG BÁO',
        typeAbbreviation: 'TB',
        excerpt: `Về việc không chấp thuận đề nghị ${formText(p).toLocaleLowerCase('vi')} đối với ${who}`,
        body: [
          {
            kind: 'paragraph',
            text: `Xét đề nghị ${formText(p).toLocaleLowerCase('vi')} đối với ${who} trong thực hiện đề xuất ${quoted(s.caseTitle)} (hồ sơ ${s.caseCode}), ${p.issuingAuthority ?? ''} không chấp thuận (văn bản số ${p.decisionNumber ?? ''} ngày ${dmy(p.decisionDate)}).`,
          },
          { kind: 'paragraph', text: `Lý do: ${s.step.reasons ?? ''}` },
        ],
        recipients: [who.replace(/^./, (c) => c.toLocaleUpperCase('vi'))],
      };
    }
    return {
      typeName: 'QUYẾT ĐỊNH',
      typeAbbreviation: 'QĐ',
      excerpt: `Về việc ${formText(p).toLocaleLowerCase('vi')} đối với ${who}`,
      body: [
        { kind: 'centred', text: s.headTitle.toLocaleUpperCase('vi') },
        { kind: 'basis', text: DECREE_73 },
        { kind: 'basis', text: `Căn cứ ${p.legalBasis ?? ''};` },
        {
          kind: 'basis',
          text: `Căn cứ ý kiến của ${p.issuingAuthority ?? ''} tại văn bản số ${p.decisionNumber ?? ''} ngày ${dmy(p.decisionDate)}.`,
        },
        { kind: 'centred', text: 'QUYẾT ĐỊNH:' },
        {
          kind: 'article',
          label: 'Điều 1.',
          text: `${formText(p)} đối với ${who}, đã có thành tích trong thực hiện đề xuất ${quoted(s.caseTitle)} (hồ sơ ${s.caseCode}).`,
        },
        {
          kind: 'article',
          label: 'Điều 2.',
          text: `Quyết định này có hiệu lực kể từ ngày ký. ${who} và các cơ quan, đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.`,
        },
      ],
      recipients: ['Như Điều 2', `${s.superiorName ?? 'Cơ quan cấp trên'} (để báo cáo)`],
    };
  },
};
