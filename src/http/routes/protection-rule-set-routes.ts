import { Type } from 'typebox';
import type { AppContext } from '../../app/context.ts';
import { publishRuleSet } from '../../app/protection/publish-rule-set.ts';
import { getRuleSet, listRuleSets } from '../../app/protection/rule-set-store.ts';
import { DomainError } from '../../domain/errors.ts';
import { EVALUATION_OUTCOMES, PROTECTION_RESULTS, RISK_KINDS } from '../../domain/protection/index.ts';
import { actorOf, requireActor } from '../auth.ts';
import { idempotent } from '../idempotency.ts';
import type { Server } from '../server-type.ts';
import { IDEMPOTENCY_NOTE, IdempotencyHeaders } from './protection-http.ts';

const tags = ['protection rule sets'];
const RuleSetId = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$' });
const Bilingual = Type.Object(
  { vi: Type.String({ maxLength: 2000 }), en: Type.String({ maxLength: 2000 }) },
  { additionalProperties: false },
);
const OneOrMany = (values: readonly string[]) => {
  const one = Type.Union(values.map((v) => Type.Literal(v)));
  return Type.Union([one, Type.Array(one, { maxItems: values.length })]);
};

/**
 * The shape of a rule set as published (the server assigns the version). The schema checks the
 * shape; `validateRuleSet` then checks the meaning (coverage, dead rules, what the law forbids)
 * and answers 422 with field paths.
 */
export const RuleSetBody = Type.Object(
  {
    id: RuleSetId,
    name: Bilingual,
    legalBasis: Type.String({ maxLength: 2000 }),
    findingGrounds: Type.Record(Type.String(), Type.String({ maxLength: 2000 })),
    exclusionGroundBasis: Type.Record(Type.String(), Type.String({ maxLength: 2000 })),
    rules: Type.Array(
      Type.Object(
        {
          id: Type.String({ maxLength: 64 }),
          when: Type.Object(
            {
              anyExclusionFound: Type.Optional(Type.Boolean()),
              compliant: Type.Optional(Type.Boolean()),
              outcome: Type.Optional(OneOrMany(EVALUATION_OUTCOMES)),
              goodFaith: Type.Optional(Type.Boolean()),
              damage: Type.Optional(Type.Boolean()),
              risk: Type.Optional(OneOrMany(RISK_KINDS)),
            },
            { additionalProperties: false },
          ),
          then: Type.Object(
            {
              result: Type.Union(PROTECTION_RESULTS.map((v) => Type.Literal(v))),
              reportToCompetentAuthority: Type.Boolean(),
              referToDiscipline: Type.Boolean(),
            },
            { additionalProperties: false },
          ),
          legalGround: Type.String({ maxLength: 2000 }),
          explanation: Bilingual,
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 100 },
    ),
  },
  { additionalProperties: false },
);

export async function ruleSetRoutes(server: Server, app: AppContext) {
  const authed = requireActor(server);
  server.get(
    '/api/protection-rule-sets',
    { onRequest: authed, schema: { tags, summary: 'Các bộ quy tắc bảo vệ / Protection rule sets' } },
    async () => ({
      items: await listRuleSets(app.db),
    }),
  );
  server.get(
    '/api/protection-rule-sets/:id/:version',
    {
      onRequest: authed,
      schema: { tags, params: Type.Object({ id: RuleSetId, version: Type.String({ pattern: '^\\d{1,6}$' }) }) },
    },
    async (request) => {
      const ref = { id: request.params.id, version: Number(request.params.version) };
      const stored = await getRuleSet(app.db, ref).catch(() => {
        throw new DomainError('not_found', 'rule_set_not_found', [], {
          ruleSetId: ref.id,
          ruleSetVersion: ref.version,
        });
      });
      return { ...stored.ruleSet, sha256: stored.sha256, builtIn: stored.builtIn, publishedAt: stored.publishedAt };
    },
  );
  server.post(
    '/api/protection-rule-sets',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Ban hành phiên bản bộ quy tắc (quản trị) / Publish a rule set version (administrators)',
        description: `The server assigns the next version of the id. ${IDEMPOTENCY_NOTE}`,
        headers: IdempotencyHeaders,
        body: RuleSetBody,
      },
    },
    async (request, reply) =>
      idempotent(app, request, reply, async () => {
        const published = await publishRuleSet(app, actorOf(request), request.body as Record<string, unknown>);
        reply.header('location', `/api/protection-rule-sets/${published.id}/${published.version}`);
        return { status: 201, body: published };
      }),
  );
}
