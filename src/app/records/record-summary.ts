import { label } from '../../documents/labels.ts';
import type { OfficialRecord, RecordSummary } from './record-model.ts';

/**
 * The figures of a person's innovation results for the annual evaluation and for appointment
 * files (Art. 10(1)(b): a basis for rating, appointment and planning), with a paragraph that can
 * be pasted into those files as it is.
 */
export function summarise(r: Omit<OfficialRecord, 'summary'>): RecordSummary {
  const has = (role: string) => r.proposals.filter((p) => (p.roles as string[]).includes(role)).length;
  const evaluated = { completed: 0, partly_completed: 0, not_completed: 0 };
  for (const p of r.proposals) if (p.evaluation) evaluated[p.evaluation.outcome] += 1;
  const decided = r.protections.filter((p) => p.status === 'decided');
  const summary = {
    year: r.year,
    proposals: {
      total: r.proposals.length,
      asProposer: has('proposer'),
      asCoProposer: has('co_proposer'),
      asImplementer: has('implementer'),
      approved: r.proposals.filter((p) => p.decision && p.decision.kind !== 'rejected').length,
      evaluated,
    },
    protections: {
      total: r.protections.length,
      protected: decided.filter((p) => p.decidedResult !== 'not_protected').length,
      notProtected: decided.filter((p) => p.decidedResult === 'not_protected').length,
      revoked: r.protections.filter((p) => p.status === 'revoked').length,
      pending: r.protections.filter((p) => p.status === 'pending' || p.status === 'facts_recorded').length,
    },
    rewards: {
      proposed: r.rewards.length,
      granted: r.rewards.filter(
        (x) => x.status === 'granted' || x.status === 'implemented' || x.status === 'not_implemented',
      ).length,
      implemented: r.rewards.filter((x) => x.status === 'implemented').length,
      refused: r.rewards.filter((x) => x.status === 'refused').length,
    },
    overridesSigned: r.overridesSigned.length,
  };
  return { ...summary, text: { vi: textVi(r, summary), en: textEn(r, summary) } };
}

type Figures = Omit<RecordSummary, 'text'>;

/** "n label" parts (or "label n" with `labelFirst`), joined; parts that count nothing are left out. */
function counted(parts: [number, string][], labelFirst = false): string {
  return parts
    .filter(([n]) => n > 0)
    .map(([n, what]) => (labelFirst ? `${what} ${n}` : `${n} ${what}`))
    .join(', ');
}

/**
 * The paragraph for appointment and annual evaluation files. It says only what happened: no
 * "0 …" count is ever printed (a clause whose counts are all zero is left out).
 */
function textVi(r: Omit<OfficialRecord, 'summary'>, s: Figures): string {
  const who = `Đồng chí ${r.person.fullName}${r.person.position?.vi ? `, ${r.person.position.vi}` : ''}, ${r.person.unit.name}`;
  const when = s.year === null ? 'từ khi sử dụng hệ thống' : `trong năm ${s.year}`;
  const p = s.proposals;
  if (p.total === 0) return `${who}, ${when} chưa có đề xuất đổi mới, sáng tạo nào được gửi.`;
  const e = p.evaluated;
  const roles = counted(
    [
      [p.asProposer, 'chủ trì'],
      [p.asCoProposer, 'đồng đề xuất'],
      [p.asImplementer, 'tham gia thực hiện'],
    ],
    true,
  );
  const parts = [
    `${who}, ${when} có ${p.total} đề xuất đổi mới, sáng tạo đã gửi (${roles})${p.approved > 0 ? `, trong đó ${p.approved} đề xuất được quyết định triển khai` : ''}`,
  ];
  const evaluated = counted(
    (['completed', 'partly_completed', 'not_completed'] as const).map((o) => [e[o], label('outcome', o).toLowerCase()]),
  );
  if (evaluated) parts.push(`kết quả đánh giá: ${evaluated}`);
  if (s.rewards.granted > 0) {
    parts.push(
      `khen thưởng: ${s.rewards.granted} hình thức được quyết định${s.rewards.implemented > 0 ? ` (${s.rewards.implemented} đã thực hiện)` : ''}`,
    );
  }
  const protections = counted([
    [s.protections.protected, 'quyết định bảo vệ'],
    [s.protections.notProtected, 'trường hợp không được bảo vệ'],
    [s.protections.revoked, 'quyết định bị hủy bỏ'],
  ]);
  if (protections) parts.push(`bảo vệ theo Điều 11 Nghị định 73/2023/NĐ-CP: ${protections}`);
  if (s.overridesSigned > 0)
    parts.push(
      `đã ký ${s.overridesSigned} quyết định triển khai với tư cách người đứng đầu khi tập thể không thông qua (Điều 8 khoản 1)`,
    );
  return `${parts.join('; ')}.`;
}

function textEn(r: Omit<OfficialRecord, 'summary'>, s: Figures): string {
  const who = `${r.person.fullName}${r.person.position?.en ? `, ${r.person.position.en}` : ''}, ${r.person.unit.name}`;
  const when = s.year === null ? 'to date' : `in ${s.year}`;
  const p = s.proposals;
  if (p.total === 0) return `${who}: no innovation proposal submitted ${when}.`;
  const e = p.evaluated;
  const roles = counted([
    [p.asProposer, 'as proposer'],
    [p.asCoProposer, 'as co-proposer'],
    [p.asImplementer, 'as implementer'],
  ]);
  const parts = [
    `${who}: ${p.total} innovation proposals submitted ${when} (${roles})${p.approved > 0 ? `, ${p.approved} decided for implementation` : ''}`,
  ];
  const evaluated = counted([
    [e.completed, 'completed'],
    [e.partly_completed, 'partly completed'],
    [e.not_completed, 'not completed'],
  ]);
  if (evaluated) parts.push(`evaluated ${evaluated}`);
  if (s.rewards.granted > 0)
    parts.push(
      `rewards: ${s.rewards.granted} granted${s.rewards.implemented > 0 ? ` (${s.rewards.implemented} carried out)` : ''}`,
    );
  const protections = counted([
    [s.protections.protected, 'protected'],
    [s.protections.notProtected, 'not protected'],
    [s.protections.revoked, 'revoked'],
  ]);
  if (protections) parts.push(`protection under Art. 11 of Decree 73/2023: ${protections}`);
  if (s.overridesSigned > 0)
    parts.push(`signed ${s.overridesSigned} head’s overrides of a collective rejection (Art. 8(1))`);
  return `${parts.join('; ')}.`;
}
