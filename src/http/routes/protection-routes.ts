import { logAccess } from '../../app/access/access-log.ts';
import { readerOf } from '../reader.ts';
import { Type } from 'typebox';
import type { AppContext } from '../../app/context.ts';
import { decideProtection } from '../../app/protection/decide-protection.ts';
import { loadProtectionCase } from '../../app/protection/load-protection-case.ts';
import { openProtectionCaseLater } from '../../app/protection/open-protection-case-later.ts';
import { listProtectionCases, protectionCasesOfCase } from '../../app/protection/protection-queries.ts';
import { DecisionBody, FactsBody, OpenBody, RevocationBody } from '../../app/protection/protection-schemas.ts';
import { presentProtectionCase } from '../../app/protection/protection-view.ts';
import { recordFacts } from '../../app/protection/record-facts.ts';
import { revokeProtection } from '../../app/protection/revoke-protection.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { actorOf, requireActor } from '../auth.ts';
import { idempotent } from '../idempotency.ts';
import type { Server } from '../server-type.ts';
import { protectionMetaRoutes } from './protection-meta-routes.ts';
import { recordRoutes } from './official-record-routes.ts';
import { rewardRoutes } from './reward-routes.ts';
import { ruleSetRoutes } from './protection-rule-set-routes.ts';
import {
  CaseCode,
  IDEMPOTENCY_NOTE,
  IF_MATCH_NOTE,
  IdempotencyHeaders,
  IfMatchHeaders,
  Uuid,
  ifMatchVersion,
} from './protection-http.ts';

const tags = ['protection'];
const DeterminationParams = Type.Object({ id: Uuid, determinationId: Uuid });

/**
 * Protection from liability (Decree 73 Art. 11): protection cases, per-person facts with the
 * rules' recommendation, decisions, revocations. Rewards, officials' records and rule sets have
 * their own route files, registered from here.
 */
export async function protectionRoutes(server: Server, app: AppContext): Promise<void> {
  const authed = requireActor(server);

  const show = async (actor: Actor, id: string) => presentProtectionCase(app, await loadProtectionCase(app, actor, id));

  server.get(
    '/api/cases/:code/protection',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Các hồ sơ bảo vệ của đề xuất / Protection cases of a proposal',
        params: Type.Object({ code: CaseCode }),
      },
    },
    async (request) => protectionCasesOfCase(app, actorOf(request), request.params.code),
  );

  server.post(
    '/api/cases/:code/protection',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Mở hồ sơ bảo vệ sau đánh giá (lãnh đạo, thanh tra) / Open a protection case later (head, inspector)',
        description: IDEMPOTENCY_NOTE,
        params: Type.Object({ code: CaseCode }),
        headers: IdempotencyHeaders,
        body: OpenBody,
      },
    },
    async (request, reply) =>
      idempotent(app, request, reply, async () => {
        const actor = actorOf(request);
        const opened = await openProtectionCaseLater(app, actor, request.params.code, request.body);
        const body = await show(actor, opened.id);
        reply.header('etag', `"${body.version}"`).header('location', `/api/protection-cases/${opened.id}`);
        return { status: 201, body };
      }),
  );

  server.get(
    '/api/protection-cases',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Hồ sơ bảo vệ trong phạm vi / Protection cases visible to the caller',
        querystring: Type.Object(
          {
            status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('decided')])),
            limit: Type.Optional(Type.String({ pattern: '^\\d{1,3}$' })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const limit = Math.min(Math.max(Number(request.query.limit ?? 50), 1), 200);
      return listProtectionCases(app, actorOf(request), { status: request.query.status, limit });
    },
  );

  server.get(
    '/api/protection-cases/:id',
    {
      onRequest: authed,
      schema: { tags, summary: 'Hồ sơ bảo vệ / A protection case', params: Type.Object({ id: Uuid }) },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const loaded = await loadProtectionCase(app, actor, request.params.id);
      const body = await presentProtectionCase(app, loaded);
      // Who looked (issue 17): each person whose determination the reader saw can ask.
      const seen = loaded.determinations.filter((d) => loaded.scope === 'all' || d.person_id === actor.personId);
      await logAccess(app, readerOf(request), {
        kind: 'protection_read',
        entity: 'protection_case',
        entityId: request.params.id,
        subjects: seen
          .filter((d) => d.person_id !== actor.personId)
          .map((d) => ({ personId: d.person_id, unitId: loaded.row.proposer_unit_id })),
      });
      reply.header('etag', `"${body.version}"`);
      return body;
    },
  );

  const write = (
    path: string,
    summary: string,
    body: typeof FactsBody | typeof DecisionBody | typeof RevocationBody,
    run: (
      actor: Actor,
      ids: { protectionCaseId: string; determinationId: string },
      version: number | undefined,
      input: never,
    ) => Promise<unknown>,
  ) =>
    server.post(
      `/api/protection-cases/:id/determinations/:determinationId/${path}`,
      {
        onRequest: authed,
        schema: {
          tags,
          summary,
          description: IF_MATCH_NOTE,
          params: DeterminationParams,
          headers: IfMatchHeaders,
          body,
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const ids = { protectionCaseId: request.params.id, determinationId: request.params.determinationId };
        await run(actor, ids, ifMatchVersion(request.headers['if-match']), request.body as never);
        const view = await show(actor, ids.protectionCaseId);
        reply.header('etag', `"${view.version}"`);
        return view;
      },
    );

  write(
    'facts',
    'Ghi nhận tình tiết, nhận khuyến nghị / Record the facts, get the recommendation',
    FactsBody,
    (a, ids, v, input) => recordFacts(app, a, ids, v, input),
  );
  write('decision', 'Quyết định về bảo vệ / Decide the protection', DecisionBody, (a, ids, v, input) =>
    decideProtection(app, a, ids, v, input),
  );
  write(
    'revocation',
    'Hủy bỏ quyết định bảo vệ do lạm dụng / Revoke a protection shown to rest on abuse',
    RevocationBody,
    (a, ids, v, input) => revokeProtection(app, a, ids, v, input),
  );

  await protectionMetaRoutes(server, app);
  await ruleSetRoutes(server, app);
  await rewardRoutes(server, app);
  await recordRoutes(server, app);
}
