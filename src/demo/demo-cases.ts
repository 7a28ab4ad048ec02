import type { AppContext } from '../app/context.ts';
import { CASE_ACTION_DEFS } from '../app/cases/actions/index.ts';
import { createProposal } from '../app/cases/create-proposal.ts';
import { performCaseAction } from '../app/cases/perform-case-action.ts';
import type { CaseAction } from '../domain/case/action-rules.ts';
import { vietnamDate } from '../domain/calendar/working-calendar.ts';
import { loadActor } from '../db/repositories/org-repository.ts';
import type { DemoOrganisation } from './demo-organisation.ts';
import { demoPlan } from './demo-plan.ts';

/**
 * A few cases at different stages, made through the same use cases as real ones, so that their
 * histories are real hash-chained events.
 */
export async function seedDemoCases(app: AppContext, org: DemoOrganisation): Promise<void> {
  const as = async (username: string) => (await loadActor(app.db, org.people[username]!))!;
  const today = vietnamDate(app.now());
  const year = Number(today.slice(0, 4));
  const act = async (username: string, code: string, version: number, action: CaseAction, input: unknown) =>
    (await performCaseAction(app, await as(username), code, version, CASE_ACTION_DEFS[action], input)).row.version;

  await createProposal(app, await as('truongphong.stc'), {
    plan: demoPlan('Số hóa quy trình thẩm định giá đất', 'economy', year),
  });

  const submitted = await createProposal(app, await as('truongphong.stc'), {
    plan: demoPlan('Thí điểm một cửa liên thông điện tử trong quản lý đất đai', 'government_building', year),
  });
  await act('truongphong.stc', submitted.row.code, 1, 'submit', {});

  const running = await createProposal(app, await as('truongphong.snv'), {
    plan: demoPlan('Thí điểm đánh giá cán bộ theo kết quả, sản phẩm cụ thể', 'party_building', year),
  });
  const code = running.row.code;
  let v = await act('truongphong.snv', code, 1, 'submit', {});
  v = await act('giamdoc.snv', code, v, 'accept_for_consideration', {
    conditions: {
      removesBottleneck: true,
      commonGood: true,
      urgentPracticalNeed: true,
      noAdverseEffect: true,
      promotesReform: true,
    },
    withinAuthority: true,
  });
  v = await act('giamdoc.snv', code, v, 'request_party_opinion', {});
  v = await act('dangu.ducq', code, v, 'record_party_opinion', {
    opinion: 'agree',
    content: 'Đảng ủy thống nhất chủ trương thí điểm.',
    givenOn: today,
  });
  const head = org.people['giamdoc.snv']!;
  v = await act('giamdoc.snv', code, v, 'record_vote', {
    meetingOn: today,
    attendeeIds: [head],
    votes: [{ personId: head, vote: 'for' }],
  });
  await act('giamdoc.snv', code, v, 'approve', {
    decisionNumber: `15/QĐ-SNV`,
    decisionDate: today,
    reasons: 'Tập thể lãnh đạo biểu quyết thông qua; đề xuất đáp ứng điều kiện Điều 5 khoản 1.',
  });
}
