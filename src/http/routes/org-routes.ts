import { Type } from 'typebox';
import { originOf } from '../reader.ts';
import type { AppContext } from '../../app/context.ts';
import { createUnit, updateUnit } from '../../app/org/manage-units.ts';
import { createPerson, grantRole, revokeRole, updatePerson } from '../../app/org/manage-people.ts';
import { listUnits } from '../../app/org/list-units.ts';
import { unitDetails } from '../../app/org/unit-details.ts';
import { listPeople } from '../../app/org/list-people.ts';
import { personDetails } from '../../app/org/person-details.ts';
import { listActiveDomains, listPositions, listUnitTypes } from '../../db/repositories/reference-repository.ts';
import {
  CodeNameListSchema,
  DomainListSchema,
  OkSchema,
  PersonDetailSchema,
  PersonListSchema,
  PersonRecordSchema,
  PositionListSchema,
  RoleGrantRecordSchema,
  UnitDetailSchema,
  UnitListSchema,
  UnitRecordSchema,
} from '../../contract/org-views.ts';
import { ROLES } from '../../domain/case/case-snapshot.ts';
import { actorOf, requireActor } from '../auth.ts';
import { idempotent } from '../idempotency.ts';
import type { Server } from '../server-type.ts';
import { CaseCode } from './protection-http.ts';
import {
  presentCodeName,
  presentDomain,
  presentPerson,
  presentPersonDetail,
  presentPersonRecord,
  presentPosition,
  presentRoleGrantRecord,
  presentUnit,
  presentUnitDetail,
  presentUnitRecord,
} from '../presenters/org-presenter.ts';

const Uuid = Type.String({ format: 'uuid' });
const Code = Type.String({ pattern: '^[A-Za-z0-9_.-]{1,50}$' });
const Name = Type.String({ minLength: 1, maxLength: 300 });
const RoleSchema = Type.Union(ROLES.map((r) => Type.Literal(r)));
const IntString = Type.String({ pattern: '^\\d{1,6}$' });

export async function orgRoutes(server: Server, app: AppContext) {
  const authed = requireActor(server);
  const tags = ['organisation'];

  server.get(
    '/api/units',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Cây đơn vị (theo cấp) / The unit tree, one level at a time',
        querystring: Type.Object(
          {
            parentId: Type.Optional(Type.Union([Uuid, Type.Literal('root')])),
            q: Type.Optional(Type.String({ maxLength: 100 })),
            cursor: Type.Optional(Type.String({ maxLength: 1000 })),
            limit: Type.Optional(IntString),
          },
          { additionalProperties: false },
        ),
        response: { 200: UnitListSchema },
      },
    },
    async (request) => {
      const { limit, ...filter } = request.query;
      const page = await listUnits(app, actorOf(request), {
        ...filter,
        limit: Math.min(Math.max(Number(limit ?? 100), 1), 200),
      });
      return { items: page.items.map(presentUnit), nextCursor: page.nextCursor };
    },
  );

  server.get(
    '/api/units/:id',
    { onRequest: authed, schema: { tags, params: Type.Object({ id: Uuid }), response: { 200: UnitDetailSchema } } },
    async (request) => presentUnitDetail(await unitDetails(app, actorOf(request), request.params.id)),
  );

  const UnitBody = Type.Object(
    {
      code: Code,
      name: Name,
      typeCode: Code,
      parentId: Type.Optional(Type.Union([Uuid, Type.Null()])),
      partyCommitteeUnitId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    },
    { additionalProperties: false },
  );
  server.post(
    '/api/units',
    {
      onRequest: authed,
      schema: { tags, summary: 'Tạo đơn vị / Create a unit', body: UnitBody, response: { 201: UnitRecordSchema } },
    },
    async (request, reply) =>
      idempotent(app, request, reply, async () => ({
        status: 201,
        body: presentUnitRecord(await createUnit(app, actorOf(request), request.body)),
      })),
  );
  server.patch(
    '/api/units/:id',
    {
      onRequest: authed,
      schema: {
        tags,
        params: Type.Object({ id: Uuid }),
        body: Type.Partial(Type.Object({ ...UnitBody.properties, active: Type.Boolean() }), {
          additionalProperties: false,
        }),
        response: { 200: UnitRecordSchema },
      },
    },
    async (request) => presentUnitRecord(await updateUnit(app, actorOf(request), request.params.id, request.body)),
  );

  server.get(
    '/api/people',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Danh bạ cán bộ / People directory',
        querystring: Type.Object(
          {
            unitId: Type.Optional(Uuid),
            q: Type.Optional(Type.String({ maxLength: 100 })),
            role: Type.Optional(RoleSchema),
            caseCode: Type.Optional(CaseCode),
            limit: Type.Optional(IntString),
            offset: Type.Optional(IntString),
          },
          { additionalProperties: false },
        ),
        response: { 200: PersonListSchema },
      },
    },
    async (request) => {
      const { unitId, q, role, caseCode } = request.query;
      const limit = Math.min(Math.max(Number(request.query.limit ?? 50), 1), 200);
      const offset = Number(request.query.offset ?? 0);
      const people = await listPeople(app, actorOf(request), { unitId, q, role, caseCode, limit, offset });
      return { items: people.map(presentPerson) };
    },
  );

  server.get(
    '/api/people/:id',
    { onRequest: authed, schema: { tags, params: Type.Object({ id: Uuid }), response: { 200: PersonDetailSchema } } },
    async (request) => presentPersonDetail(await personDetails(app, actorOf(request), request.params.id)),
  );

  const PersonBody = Type.Object(
    {
      fullName: Name,
      email: Type.Optional(Type.Union([Type.String({ format: 'email', maxLength: 200 }), Type.Null()])),
      unitId: Uuid,
      positionCode: Type.Optional(Type.Union([Code, Type.Null()])),
      username: Type.Optional(Type.Union([Type.String({ pattern: '^[a-zA-Z0-9._-]{3,60}$' }), Type.Null()])),
      password: Type.Optional(Type.String({ minLength: 12, maxLength: 128 })),
    },
    { additionalProperties: false },
  );
  server.post(
    '/api/people',
    {
      onRequest: authed,
      schema: { tags, summary: 'Thêm cán bộ / Add a person', body: PersonBody, response: { 201: PersonRecordSchema } },
    },
    async (request, reply) =>
      idempotent(app, request, reply, async () => ({
        status: 201,
        body: presentPersonRecord(await createPerson(app, actorOf(request), request.body)),
      })),
  );
  server.patch(
    '/api/people/:id',
    {
      onRequest: authed,
      schema: {
        tags,
        params: Type.Object({ id: Uuid }),
        body: Type.Partial(Type.Object({ ...PersonBody.properties, active: Type.Boolean() }), {
          additionalProperties: false,
        }),
        response: { 200: PersonRecordSchema },
      },
    },
    async (request) => presentPersonRecord(await updatePerson(app, actorOf(request), request.params.id, request.body)),
  );
  server.post(
    '/api/people/:id/grants',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Giao vai trò tại một đơn vị / Grant a role on a unit',
        params: Type.Object({ id: Uuid }),
        body: Type.Object(
          { unitId: Uuid, role: RoleSchema, includeSubtree: Type.Optional(Type.Boolean()) },
          { additionalProperties: false },
        ),
        response: { 201: RoleGrantRecordSchema },
      },
    },
    async (request, reply) => {
      const b = request.body;
      return idempotent(app, request, reply, async () => ({
        status: 201,
        body: presentRoleGrantRecord(
          await grantRole(
            app,
            actorOf(request),
            request.params.id,
            b.unitId,
            b.role,
            b.includeSubtree ?? false,
            originOf(request),
          ),
        ),
      }));
    },
  );
  server.delete(
    '/api/people/:id/grants/:grantId',
    {
      onRequest: authed,
      schema: { tags, params: Type.Object({ id: Uuid, grantId: Uuid }), response: { 200: OkSchema } },
    },
    async (request) => {
      await revokeRole(app, actorOf(request), request.params.id, request.params.grantId, originOf(request));
      return { ok: true };
    },
  );

  server.get(
    '/api/positions',
    { onRequest: authed, schema: { tags, response: { 200: PositionListSchema } } },
    async () => ({
      items: (await listPositions(app.db)).map(presentPosition),
    }),
  );
  server.get(
    '/api/unit-types',
    { onRequest: authed, schema: { tags, response: { 200: CodeNameListSchema } } },
    async () => ({
      items: (await listUnitTypes(app.db)).map(presentCodeName),
    }),
  );
  server.get(
    '/api/domains',
    { onRequest: authed, schema: { tags, response: { 200: DomainListSchema } } },
    async () => ({
      items: (await listActiveDomains(app.db)).map(presentDomain),
    }),
  );
}
