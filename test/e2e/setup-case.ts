import { demoPlan } from '../../src/demo/demo-plan.ts';
import { ApiSession, vietnamToday } from './api-session.ts';

/**
 * Brings a new proposal of the finance department, through the API, to the collective's vote:
 * drafted and submitted by truongphong.stc, accepted by giamdoc.stc, with the Party opinion given.
 */
export async function caseAwaitingVote(baseUrl: string, title: string): Promise<string> {
  const proposer = await ApiSession.signIn(baseUrl, 'truongphong.stc');
  const head = await ApiSession.signIn(baseUrl, 'giamdoc.stc');
  const liaison = await ApiSession.signIn(baseUrl, 'dangu.ducq');
  const created = (await proposer.call('POST', '/api/cases', {
    plan: demoPlan(title, 'economy', Number(vietnamToday().slice(0, 4))),
  })) as { code: string };
  const code = created.code;
  await proposer.act(code, 'submit');
  await head.act(code, 'accept_for_consideration', {
    conditions: {
      removesBottleneck: true,
      commonGood: true,
      urgentPracticalNeed: true,
      noAdverseEffect: true,
      promotesReform: false,
    },
    withinAuthority: true,
  });
  await head.act(code, 'request_party_opinion');
  await liaison.act(code, 'record_party_opinion', {
    opinion: 'agree',
    content: 'Đồng ý chủ trương.',
    givenOn: vietnamToday(),
  });
  return code;
}
