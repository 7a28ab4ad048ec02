import { CASE_STATES, CASE_STATE_LABELS } from '../contract/labels.ts';
import { EXCLUSION_GROUND_LABELS, OUTCOME_LABELS, RESULT_LABELS, REWARD_FORMS } from '../domain/protection/index.ts';

/** Vietnamese and English labels of the codes that appear in officials' records and documents. */
type Bilingual = { vi: string; en: string };
export type Lang = 'vi' | 'en';

export const ROLE_LABELS: Record<string, Bilingual> = {
  proposer: { vi: 'Người đề xuất', en: 'Proposer' },
  co_proposer: { vi: 'Đồng đề xuất', en: 'Co-proposer' },
  implementer: { vi: 'Người thực hiện', en: 'Implementer' },
  override_signer: { vi: 'Người đứng đầu quyết định triển khai', en: 'Head who overrode the rejection' },
};

/** The web app's labels of the case states (src/contract/labels.ts), so documents and screens agree. */
export const STATE_LABELS: Record<string, Bilingual> = Object.fromEntries(
  CASE_STATES.map((state) => [state, { vi: CASE_STATE_LABELS.vi[state], en: CASE_STATE_LABELS.en[state] }]),
);

export const DECISION_LABELS: Record<string, Bilingual> = {
  approved: { vi: 'Phê duyệt theo biểu quyết', en: 'Approved after the vote' },
  override: { vi: 'Người đứng đầu quyết định triển khai', en: 'Head’s override' },
  rejected: { vi: 'Không phê duyệt', en: 'Rejected' },
};

export const DETERMINATION_STATUS_LABELS: Record<string, Bilingual> = {
  pending: { vi: 'Chờ ghi nhận tình tiết', en: 'Awaiting facts' },
  facts_recorded: { vi: 'Chờ quyết định', en: 'Awaiting decision' },
  decided: { vi: 'Đã quyết định', en: 'Decided' },
  revoked: { vi: 'Đã hủy bỏ do lạm dụng', en: 'Revoked for abuse' },
};

export const REWARD_STATUS_LABELS: Record<string, Bilingual> = {
  proposed: { vi: 'Đã đề nghị', en: 'Proposed' },
  granted: { vi: 'Đã quyết định khen thưởng', en: 'Granted' },
  refused: { vi: 'Không khen thưởng', en: 'Refused' },
  implemented: { vi: 'Đã thực hiện', en: 'Carried out' },
  not_implemented: { vi: 'Không thực hiện', en: 'Not carried out' },
};

const tables: Record<string, Record<string, Bilingual>> = {
  role: ROLE_LABELS,
  state: STATE_LABELS,
  decision: DECISION_LABELS,
  determination: DETERMINATION_STATUS_LABELS,
  reward: REWARD_STATUS_LABELS,
  outcome: OUTCOME_LABELS,
  result: RESULT_LABELS,
  ground: EXCLUSION_GROUND_LABELS,
  form: Object.fromEntries(REWARD_FORMS.map((f) => [f.id, f.label])),
};

/** The label of a code in a table, or the code itself when unknown (never an empty cell). */
export function label(table: keyof typeof tables, code: string | null | undefined, lang: Lang = 'vi'): string {
  if (!code) return '';
  return tables[table]?.[code]?.[lang] ?? code;
}

/** 2026-03-02 → 02/03/2026, the Vietnamese way of writing a date. */
export function viDate(value: Date | string | null | undefined): string {
  if (!value) return '';
  const iso = value instanceof Date ? new Date(value.getTime() + 7 * 3_600_000).toISOString() : value;
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}
