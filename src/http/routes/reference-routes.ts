import { Type } from 'typebox';
import type { AppContext } from '../../app/context.ts';
import { upsertDomain, upsertPosition } from '../../app/org/manage-reference-data.ts';
import { ACTION_RULES, CASE_ACTIONS } from '../../domain/case/action-rules.ts';
import { CASE_STATES, WITHDRAWAL_REASONS } from '../../domain/case/states.ts';
import { CASE_ACTION_DEFS } from '../../app/cases/actions/index.ts';
import { actorOf, requireActor } from '../auth.ts';
import type { Server } from '../server-type.ts';
import { DomainSchema, PositionSchema } from '../../contract/org-views.ts';
import { presentDomain, presentPosition } from '../presenters/org-presenter.ts';

const Name = Type.String({ minLength: 1, maxLength: 200 });

export async function referenceRoutes(server: Server, app: AppContext) {
  const authed = requireActor(server);

  server.put(
    '/api/positions/:code',
    {
      onRequest: authed,
      schema: {
        tags: ['organisation'],
        summary: 'Thêm/sửa chức vụ và phạm vi áp dụng Nghị định 73 / Save a position and whether Decree 73 covers it',
        params: Type.Object({ code: Type.String({ pattern: '^[a-z][a-z0-9_]{1,49}$' }) }),
        body: Type.Object(
          { nameVi: Name, nameEn: Name, coveredByDecree: Type.Boolean() },
          { additionalProperties: false },
        ),
        response: { 200: PositionSchema },
      },
    },
    async (request) =>
      presentPosition(await upsertPosition(app, actorOf(request), { code: request.params.code, ...request.body })),
  );

  server.put(
    '/api/domains/:code',
    {
      onRequest: authed,
      schema: {
        tags: ['organisation'],
        summary: 'Thêm/sửa lĩnh vực / Save a domain',
        params: Type.Object({ code: Type.String({ maxLength: 50 }) }),
        body: Type.Object(
          {
            nameVi: Name,
            nameEn: Name,
            sort: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
            active: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        response: { 200: DomainSchema },
      },
    },
    async (request) =>
      presentDomain(await upsertDomain(app, actorOf(request), { code: request.params.code, ...request.body })),
  );

  // The procedure's rule table as data: the states, and for each action who may take it, from
  // which states, where it leads and its legal ground. Clients and auditors read the same table
  // the server enforces.
  server.get(
    '/api/procedure',
    { schema: { tags: ['cases'], summary: 'Bảng quy tắc thủ tục / The procedure rule table' } },
    async () => ({
      states: CASE_STATES,
      withdrawalReasons: WITHDRAWAL_REASONS,
      actions: CASE_ACTIONS.map((action) => {
        const rule = ACTION_RULES[action];
        const def = CASE_ACTION_DEFS[action];
        return {
          action,
          event: def.event,
          summary: def.summary,
          from: rule.from,
          who: rule.who,
          to: rule.to,
          ground: 'ground' in rule ? rule.ground : null,
          conditional: 'when' in rule,
          path: `/api/cases/{code}/actions/${action.replace(/_/g, '-')}`,
        };
      }),
    }),
  );
}
