import {
  EXCLUSION_GROUNDS,
  EXCLUSION_GROUND_LABELS,
  OUTCOME_LABELS,
  RESULT_LABELS,
  type ExclusionGround,
  type ProtectionFacts,
  type ProtectionResult,
} from '../../../domain/protection/index.ts';
import type { BodyBlock } from '../official-document.ts';
import { DECREE_73, dmy, nameOf, quoted, vnd, type BuildSource, type DocumentKind } from '../build-source.ts';

/** What the decision quotes of a `protection_decided` payload (the event catalogue keeps it opaque). */
interface DeterminationPayload {
  personId?: string;
  role?: string;
  recommendation?: { result?: string; legalGround?: string };
  decidedResult?: string;
  departed?: boolean;
  legalGround?: string | null;
  reportToCompetentAuthority?: boolean;
  referToDiscipline?: boolean;
  factsVersion?: number;
  facts?: ProtectionFacts;
}

/** What the revocation quotes of a `protection_revoked` payload. */
interface RevocationPayload {
  personId?: string;
  ground?: ExclusionGround;
  findingReference?: string | null;
  revokedResult?: string;
  legalGround?: string | null;
}

/** How the person stands to the case, as the decision names them. */
const ROLE_VI: Record<string, string> = {
  proposer: 'người đề xuất',
  co_proposer: 'người cùng đề xuất',
  implementer: 'người thực hiện',
  override_signer: 'người đứng đầu quyết định triển khai thực hiện',
};

const yesNo = (b: boolean | undefined) => (b ? 'Có' : 'Không');

function riskText(risk: ProtectionFacts['risk'] | undefined): string {
  if (!risk || risk.kind === 'none') return 'Không phát sinh rủi ro';
  if (risk.kind === 'foreseen') return 'Rủi ro đã được dự liệu trong kế hoạch được phê duyệt';
  return `Rủi ro không lường trước được: ${risk.description}`;
}

/**
 * Every fact the determination rests on, as a table: Art. 11 weighs the outcome, the damage and
 * its causes, the risk, compliance with the plan, decision and directives, good faith (Art. 5(2)(b))
 * and each exclusion ground (Art. 6), so a reader of the paper can check the conclusion himself.
 */
export function factRows(f: ProtectionFacts): string[][] {
  const damage = f.damage?.caused
    ? `Có${f.damage.estimateVnd !== undefined ? `, ước tính ${vnd(f.damage.estimateVnd)}` : ''}`
    : 'Không';
  const grounds = EXCLUSION_GROUNDS.map((g: ExclusionGround) => {
    const found = f.exclusions?.[g];
    return [EXCLUSION_GROUND_LABELS[g].vi, found?.found ? `Có (${found.evidence ?? ''})` : 'Không'];
  });
  return [
    ['Sự việc', 'Kết quả xác định'],
    ['Kết quả thực hiện đề xuất', OUTCOME_LABELS[f.outcome]?.vi ?? String(f.outcome)],
    ['Thiệt hại', damage],
    ['Nguyên nhân khách quan', f.causes?.objective ?? ''],
    ['Nguyên nhân chủ quan', f.causes?.subjective ?? ''],
    ['Rủi ro', riskText(f.risk)],
    ['Thực hiện đúng kế hoạch được phê duyệt', yesNo(f.followedApprovedPlan)],
    ['Thực hiện đúng quyết định cho triển khai', yesNo(f.followedDecision)],
    ['Chấp hành chỉ đạo tiếp tục, tạm dừng, dừng thực hiện', yesNo(f.followedDirectives)],
    ['Đúng chủ trương, đường lối', yesNo(f.motive?.correctPolicyLine)],
    ['Động cơ trong sáng', yesNo(f.motive?.pureMotive)],
    ['Vì lợi ích chung', yesNo(f.motive?.commonGood)],
    ...grounds,
  ];
}

const resultVi = (r: unknown) => RESULT_LABELS[r as ProtectionResult]?.vi ?? String(r ?? '');

function preamble(s: BuildSource, extra: string[]): BodyBlock[] {
  return [
    { kind: 'centred', text: s.headTitle.toLocaleUpperCase('vi') },
    { kind: 'basis', text: DECREE_73 },
    ...extra.map((text): BodyBlock => ({ kind: 'basis', text })),
  ];
}

const executes = (s: BuildSource, n: number, person: string): BodyBlock => ({
  kind: 'article',
  label: `Điều ${n}.`,
  text: `Quyết định này có hiệu lực kể từ ngày ký. ${person}, ${s.proposer.unitName} và các cơ quan, đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.`,
});

/** Art. 11: the deciding head determines one person's protection, with every fact and ground it rests on. */
export const protectionDetermination: DocumentKind = {
  id: 'protection_determination',
  events: ['protection_decided'],
  label: { vi: 'Quyết định xác định việc bảo vệ cán bộ', en: 'Protection determination' },
  content: (s) => {
    const p: DeterminationPayload = s.step.payload;
    const person = nameOf(s, p.personId);
    const role = (p.role && ROLE_VI[p.role]) ?? String(p.role ?? '');
    const rec = p.recommendation ?? {};
    const articles: BodyBlock[] = [
      {
        kind: 'article',
        label: 'Điều 1.',
        text: `Xác định đối với ${person} (${role}) trong thực hiện đề xuất ${quoted(s.caseTitle)}: ${resultVi(p.decidedResult)}.`,
      },
      {
        kind: 'article',
        label: 'Điều 2.',
        text: p.departed
          ? `Quyết định khác với kết quả áp dụng quy tắc (${resultVi(rec.result)}; căn cứ ${rec.legalGround ?? ''}). Lý do: ${s.step.reasons ?? ''}`
          : `Căn cứ pháp lý: ${p.legalGround ?? rec.legalGround ?? ''}.`,
      },
    ];
    const followUps = [
      p.reportToCompetentAuthority ? 'Báo cáo cấp có thẩm quyền xem xét miễn hoặc giảm nhẹ trách nhiệm.' : '',
      p.referToDiscipline ? 'Chuyển cơ quan có thẩm quyền xem xét, xử lý trách nhiệm theo quy định chung.' : '',
    ].filter(Boolean);
    if (followUps.length) articles.push({ kind: 'article', label: 'Điều 3.', text: followUps.join(' ') });
    articles.push(executes(s, articles.length + 1, person));
    return {
      typeName: 'QUYẾT ĐỊNH',
      typeAbbreviation: 'QĐ',
      excerpt: `Về việc xác định bảo vệ cán bộ đối với ${person} trong thực hiện đề xuất ${quoted(s.caseTitle)}`,
      body: [
        ...preamble(s, [
          `Căn cứ kết quả đánh giá việc thực hiện đề xuất ${quoted(s.caseTitle)} (hồ sơ ${s.caseCode});`,
          `Xét các sự việc đã được xác định đối với ${person} (bản ghi sự việc lần ${p.factsVersion ?? ''}).`,
        ]),
        { kind: 'table', rows: factRows(p.facts ?? ({} as ProtectionFacts)) },
        { kind: 'centred', text: 'QUYẾT ĐỊNH:' },
        ...articles,
      ],
      recipients: [`Như Điều ${articles.length}`, `${s.superiorName ?? 'Cơ quan cấp trên'} (để báo cáo)`],
    };
  },
};

/** The decision being revoked, by its number and date as the deciding body recorded them. */
function decided(s: BuildSource, person: string): string {
  const d = s.priorStep?.payload ?? {};
  const seq = s.priorStep?.seq ?? s.step.payload.decisionEventSeq;
  return `Xét Quyết định số ${d.decisionNumber ?? ''} ngày ${dmy(d.decisionDate)} xác định bảo vệ đối với ${person} (sự kiện số ${seq} của hồ sơ ${s.caseCode}).`;
}

/** Art. 6(1): a protection shown to rest on abuse is revoked by a decision citing the finding. */
export const protectionRevocation: DocumentKind = {
  id: 'protection_revocation',
  events: ['protection_revoked'],
  label: { vi: 'Quyết định hủy bỏ việc xác định bảo vệ', en: 'Revocation of the protection determination' },
  content: (s) => {
    const p: RevocationPayload = s.step.payload;
    const person = nameOf(s, p.personId);
    const ground = (p.ground && EXCLUSION_GROUND_LABELS[p.ground]?.vi) ?? String(p.ground ?? '');
    return {
      typeName: 'QUYẾT ĐỊNH',
      typeAbbreviation: 'QĐ',
      excerpt: `Về việc hủy bỏ việc xác định bảo vệ cán bộ đối với ${person}`,
      body: [
        ...preamble(s, [`Căn cứ ${p.findingReference ?? ''};`, decided(s, person)]),
        { kind: 'centred', text: 'QUYẾT ĐỊNH:' },
        {
          kind: 'article',
          label: 'Điều 1.',
          text: `Hủy bỏ việc xác định “${resultVi(p.revokedResult)}” đối với ${person} trong thực hiện đề xuất ${quoted(s.caseTitle)}. Căn cứ xác định: ${ground}. Lý do: ${s.step.reasons ?? ''}`,
        },
        {
          kind: 'article',
          label: 'Điều 2.',
          text: `Căn cứ pháp lý: ${p.legalGround ?? ''}. Chuyển cơ quan có thẩm quyền xem xét, xử lý trách nhiệm theo quy định chung.`,
        },
        executes(s, 3, person),
      ],
      recipients: ['Như Điều 3', `${s.superiorName ?? 'Cơ quan cấp trên'} (để báo cáo)`],
    };
  },
};
