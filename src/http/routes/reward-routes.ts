import { Type } from 'typebox';
import type { AppContext } from '../../app/context.ts';
import { decideReward } from '../../app/rewards/decide-reward.ts';
import { proposeReward } from '../../app/rewards/propose-reward.ts';
import { recordRewardOutcome } from '../../app/rewards/record-reward-outcome.ts';
import { listRewardOptions, setRewardOption } from '../../app/rewards/reward-options.ts';
import { rewardCandidates, rewardsOfCase } from '../../app/rewards/reward-queries.ts';
import { showReward } from '../../app/rewards/show-reward.ts';
import {
  ProposeRewardBody,
  RewardDecisionBody,
  RewardOptionBody,
  RewardOutcomeBody,
} from '../../app/rewards/reward-schemas.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { actorOf, requireActor } from '../auth.ts';
import { idempotent } from '../idempotency.ts';
import type { Server } from '../server-type.ts';
import {
  CaseCode,
  IDEMPOTENCY_NOTE,
  IF_MATCH_NOTE,
  IdempotencyHeaders,
  IfMatchHeaders,
  Uuid,
  ifMatchVersion,
} from './protection-http.ts';

const tags = ['rewards'];

/** Encouragement (Art. 10): proposals → decisions → outcomes, and the organisation officer's list. */
export async function rewardRoutes(server: Server, app: AppContext) {
  const authed = requireActor(server);

  server.get(
    '/api/cases/:code/rewards',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Khen thưởng của đề xuất, hình thức đủ điều kiện / Rewards of a proposal, eligible forms',
        params: Type.Object({ code: CaseCode }),
      },
    },
    async (request) => rewardsOfCase(app, actorOf(request), request.params.code),
  );

  server.post(
    '/api/cases/:code/rewards',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Đề nghị khen thưởng / Propose a reward',
        description: IDEMPOTENCY_NOTE,
        params: Type.Object({ code: CaseCode }),
        headers: IdempotencyHeaders,
        body: ProposeRewardBody,
      },
    },
    async (request, reply) =>
      idempotent(app, request, reply, async () => {
        const actor = actorOf(request);
        const { id } = await proposeReward(app, actor, request.params.code, request.body);
        const body = await showReward(app, actor, id);
        reply.header('etag', `"${body.version}"`).header('location', `/api/reward-proposals/${id}`);
        return { status: 201, body };
      }),
  );

  server.get(
    '/api/reward-proposals/:id',
    { onRequest: authed, schema: { tags, params: Type.Object({ id: Uuid }) } },
    async (request, reply) => {
      const body = await showReward(app, actorOf(request), request.params.id);
      reply.header('etag', `"${body.version}"`);
      return body;
    },
  );

  const write = <B>(
    path: string,
    summary: string,
    body: typeof RewardDecisionBody | typeof RewardOutcomeBody,
    run: (a: Actor, id: string, v: number | undefined, b: B) => Promise<void>,
  ) =>
    server.post(
      `/api/reward-proposals/:id/${path}`,
      {
        onRequest: authed,
        schema: {
          tags,
          summary,
          description: IF_MATCH_NOTE,
          params: Type.Object({ id: Uuid }),
          headers: IfMatchHeaders,
          body,
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        await run(actor, request.params.id, ifMatchVersion(request.headers['if-match']), request.body as B);
        const view = await showReward(app, actor, request.params.id);
        reply.header('etag', `"${view.version}"`);
        return view;
      },
    );
  write(
    'decision',
    'Ghi quyết định khen thưởng / Record the reward decision',
    RewardDecisionBody,
    (a, id, v, b: never) => decideReward(app, a, id, v, b),
  );
  write(
    'outcome',
    'Ghi kết quả thực hiện khen thưởng / Record the reward’s outcome',
    RewardOutcomeBody,
    (a, id, v, b: never) => recordRewardOutcome(app, a, id, v, b),
  );

  server.get(
    '/api/rewards/candidates',
    {
      onRequest: authed,
      schema: {
        tags,
        summary:
          'Đề xuất hoàn thành chưa có quyết định khen thưởng (cán bộ tổ chức) / Completed proposals without a reward decision (organisation officer)',
        querystring: Type.Object(
          { limit: Type.Optional(Type.String({ pattern: '^\\d{1,3}$' })) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) =>
      rewardCandidates(app, actorOf(request), Math.min(Math.max(Number(request.query.limit ?? 100), 1), 500)),
  );

  server.get(
    '/api/reward-options',
    { onRequest: authed, schema: { tags, summary: 'Hình thức khen thưởng địa phương / Local reward options' } },
    async () => listRewardOptions(app),
  );
  server.put(
    '/api/reward-options/:scope',
    {
      onRequest: authed,
      schema: {
        tags,
        summary:
          'Bật/tắt hình thức địa phương theo bộ quy trình hoặc toàn hệ thống (quản trị) / Switch local forms per profile or installation (administrators)',
        params: Type.Object({ scope: Type.String({ pattern: '^(\\*|[A-Z0-9-]{2,20})$' }) }),
        body: RewardOptionBody,
      },
    },
    async (request) => setRewardOption(app, actorOf(request), request.params.scope, request.body.enabled),
  );
}
