import { ApiSession, vietnamToday } from './api-session.ts';
import { caseAwaitingVote } from './setup-case.ts';

const COLLECTIVE = [
  ['giamdoc.stc', 'Phạm Minh Đức'],
  ['phogiamdoc1.stc', 'Hoàng Thị Lan'],
  ['phogiamdoc2.stc', 'Võ Quốc Huy'],
] as const;

export interface Evaluation {
  outcome: 'completed' | 'partly_completed' | 'not_completed';
  damage?: { occurred: boolean; estimateVnd?: number };
}

/**
 * Brings a new proposal of the finance department, through the API, to the evaluation meeting:
 * voted, approved, reported by truongphong.stc, with the Party committee's opinion given.
 */
export async function caseAwaitingEvaluation(
  baseUrl: string,
  title: string,
): Promise<{ code: string; members: string[] }> {
  const code = await caseAwaitingVote(baseUrl, title);
  const proposer = await ApiSession.signIn(baseUrl, 'truongphong.stc');
  const head = await ApiSession.signIn(baseUrl, 'giamdoc.stc');
  const liaison = await ApiSession.signIn(baseUrl, 'dangu.ducq');
  const members: string[] = [];
  for (const [username, name] of COLLECTIVE) members.push(await head.findPerson(username, name));
  const today = vietnamToday();
  await head.act(code, 'record_vote', {
    meetingOn: today,
    attendeeIds: members,
    votes: members.map((personId) => ({ personId, vote: 'for' })),
    minutes: 'Biên bản họp tập thể lãnh đạo.',
  });
  await head.act(code, 'approve', {
    decisionNumber: '12/QĐ-STC',
    decisionDate: today,
    reasons: 'Tập thể lãnh đạo thông qua; cấp ủy đồng ý.',
  });
  await proposer.act(code, 'declare_completed', { completedOn: today });
  await proposer.act(code, 'submit_completion_report', {
    results: 'Đã triển khai thí điểm tại 3 bộ phận; thời gian giải quyết giảm 40%.',
    targetsAssessment: 'Đạt phần lớn mục tiêu đề ra.',
    truthfulDeclaration: true,
  });
  await head.act(code, 'request_party_opinion');
  await liaison.act(code, 'record_party_opinion', { opinion: 'agree', content: 'Đồng ý với kết quả.', givenOn: today });
  return { code, members };
}

/** The same proposal, evaluated by giamdoc.stc's collective with the outcome given. */
export async function evaluatedCase(baseUrl: string, title: string, evaluation: Evaluation): Promise<string> {
  const { code, members } = await caseAwaitingEvaluation(baseUrl, title);
  const head = await ApiSession.signIn(baseUrl, 'giamdoc.stc');
  const today = vietnamToday();
  await head.act(code, 'record_evaluation', {
    meetingOn: today,
    attendeeIds: members,
    outcome: evaluation.outcome,
    damage: evaluation.damage ?? { occurred: false },
    causes: { objective: 'Hạ tầng mạng của tỉnh gián đoạn nhiều lần.', subjective: 'Khâu tập huấn cán bộ chưa đủ.' },
    conclusion:
      evaluation.outcome === 'completed'
        ? 'Thí điểm thành công, đề nghị nhân rộng.'
        : 'Đề xuất chưa đạt toàn bộ mục tiêu đề ra.',
  });
  return code;
}
