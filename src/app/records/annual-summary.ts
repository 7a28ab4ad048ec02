import type { BreakthroughEntry, OtherProposalEntry } from '../../contract/official-record.ts';
import type { EvaluationOutcome } from '../../domain/protection/index.ts';
import { label } from '../../documents/labels.ts';
import type { OfficialRecord } from './record-model.ts';

const GRANTED = new Set(['granted', 'implemented', 'not_implemented']);
/** Completed first, then partly completed, then still in implementation, then not completed. */
const RANK: Record<EvaluationOutcome | 'none', number> = {
  completed: 0,
  partly_completed: 1,
  none: 2,
  not_completed: 3,
};

/**
 * A record's proposals split for the annual evaluation (Plan 124-KH/TU: "lấy hiệu quả hoàn thành
 * các ý tưởng, giải pháp đột phá … làm tiêu chí quan trọng hàng đầu trong đánh giá, nhận xét, bổ
 * nhiệm cán bộ"): the initiatives the official proposed or co-proposed that were decided for
 * implementation come first, best result first, with their protection, rewards and replication;
 * everything else after.
 */
export function breakthroughsOf(r: Omit<OfficialRecord, 'summary'>): {
  breakthroughs: BreakthroughEntry[];
  others: OtherProposalEntry[];
} {
  const breakthroughs: BreakthroughEntry[] = [];
  const others: OtherProposalEntry[] = [];
  for (const p of r.proposals) {
    const outcome = p.evaluation?.outcome ?? null;
    const own = p.roles.includes('proposer') || p.roles.includes('co_proposer');
    const decided = p.decision && p.decision.kind !== 'rejected' ? p.decision.kind : null;
    if (!own || !decided) {
      others.push({ code: p.code, title: p.title, roles: p.roles, state: p.state, outcome });
      continue;
    }
    const model = r.modelsReplicated.find((m) => m.caseCode === p.code);
    const protection = r.protections.find((x) => x.caseCode === p.code && x.decidedResult !== null);
    breakthroughs.push({
      code: p.code,
      title: p.title,
      roles: p.roles,
      state: p.state,
      decision: decided,
      outcome,
      protection: protection?.status === 'revoked' ? 'revoked' : (protection?.decidedResult ?? null),
      rewards: r.rewards.filter((w) => w.caseCode === p.code && GRANTED.has(w.status)).map((w) => w.form),
      markedAsModel: model?.markedAsModel ?? false,
      replications: model?.replications ?? 0,
    });
  }
  breakthroughs.sort(
    (a, b) =>
      RANK[a.outcome ?? 'none'] - RANK[b.outcome ?? 'none'] ||
      b.replications - a.replications ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  return { breakthroughs, others };
}

/** One breakthrough as a line of the record's documents. */
export function breakthroughLine(b: BreakthroughEntry): string {
  const roles = b.roles.map((x) => label('role', x)).join(', ');
  const outcome = b.outcome
    ? `Kết quả đánh giá: ${label('outcome', b.outcome)}.`
    : `Đang thực hiện (${label('state', b.state)}).`;
  const protection = b.protection
    ? ` Bảo vệ: ${b.protection === 'revoked' ? 'quyết định bảo vệ đã bị hủy bỏ' : label('result', b.protection)}.`
    : '';
  const rewards = b.rewards.length ? ` Khen thưởng, hỗ trợ: ${b.rewards.map((f) => label('form', f)).join('; ')}.` : '';
  const model =
    b.markedAsModel || b.replications
      ? ` Nhân rộng: ${b.markedAsModel ? 'được công nhận là mô hình' : ''}${b.markedAsModel && b.replications ? ', ' : ''}${b.replications ? `${b.replications} nơi áp dụng` : ''}.`
      : '';
  return `${b.code} – ${b.title}. Vai trò: ${roles}. ${outcome}${protection}${rewards}${model}`;
}
