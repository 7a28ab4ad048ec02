import { Type } from 'typebox';
import { sql } from 'kysely';
import type { AppContext } from '../../app/context.ts';
import { createUnit, updateUnit } from '../../app/org/manage-units.ts';
import { createPerson, grantRole, revokeRole, updatePerson } from '../../app/org/manage-people.ts';
import { administersUnit } from '../../app/org/admin-scope.ts';
import { unitDetailsVisible, unitListedFor, unitScopeOf } from '../../app/org/unit-visibility.ts';
import { foldForSearch } from '../../db/repositories/case-repository.ts';
import { ROLES } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { actorOf, requireActor } from '../auth.ts';
import { idempotent } from '../idempotency.ts';
import type { Server } from '../server-type.ts';
import { containsPattern } from '../../db/like-pattern.ts';

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
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      let q = app.db
        .selectFrom('units')
        .select((eb) => [
          'units.id',
          'units.code',
          'units.name',
          'units.type_code',
          'units.parent_id',
          'units.party_committee_unit_id',
          'units.active',
          eb
            .selectFrom('units as c')
            .select(eb.fn.countAll<string>().as('n'))
            .whereRef('c.parent_id', '=', 'units.id')
            .as('child_count'),
        ]);
      const { parentId, q: text } = request.query;
      q = q.where(unitListedFor(await unitScopeOf(app.db, actorOf(request))));
      if (parentId === 'root') q = q.where('units.parent_id', 'is', null);
      else if (parentId) q = q.where('units.parent_id', '=', parentId);
      if (text) q = q.where('units.search_name', 'like', containsPattern(foldForSearch(text)));
      const items = await q.orderBy(sql`units.name collate vi`).limit(500).execute();
      return { items: items.map((u) => ({ ...u, child_count: Number(u.child_count) })) };
    },
  );

  server.get(
    '/api/units/:id',
    { onRequest: authed, schema: { tags, params: Type.Object({ id: Uuid }) } },
    async (request) => {
      const actor = actorOf(request);
      const visible = await unitDetailsVisible(app.db, actor, await unitScopeOf(app.db, actor), request.params.id);
      // A unit outside what the person needs answers exactly like one that does not exist.
      const unit = visible
        ? await app.db.selectFrom('units').selectAll().where('id', '=', request.params.id).executeTakeFirst()
        : undefined;
      if (!unit) throw new DomainError('not_found', 'unit_not_found');
      const leaders = await app.db
        .selectFrom('role_grants')
        .innerJoin('people', 'people.id', 'role_grants.person_id')
        .select(['people.id', 'people.full_name', 'role_grants.role'])
        .where('role_grants.unit_id', '=', unit.id)
        .where('role_grants.role', 'in', ['head', 'deputy', 'party_liaison'])
        .execute();
      return { ...unit, leaders };
    },
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
    { onRequest: authed, schema: { tags, summary: 'Tạo đơn vị / Create a unit', body: UnitBody } },
    async (request, reply) =>
      idempotent(app, request, reply, async () => ({
        status: 201,
        body: await createUnit(app, actorOf(request), request.body),
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
      },
    },
    async (request) => updateUnit(app, actorOf(request), request.params.id, request.body),
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
            limit: Type.Optional(IntString),
            offset: Type.Optional(IntString),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const { unitId, q: text, role } = request.query;
      let q = app.db
        .selectFrom('people')
        .innerJoin('units', 'units.id', 'people.unit_id')
        .select([
          'people.id',
          'people.full_name',
          'people.unit_id',
          'units.name as unit_name',
          'people.position_code',
          'people.active',
        ])
        .where('people.active', '=', true);
      if (unitId) q = q.where('people.unit_id', '=', unitId);
      if (role)
        q = q.where((eb) =>
          eb.exists(
            eb
              .selectFrom('role_grants')
              .select('role_grants.id')
              .whereRef('role_grants.person_id', '=', 'people.id')
              .where('role_grants.role', '=', role),
          ),
        );
      if (text) {
        const folded = containsPattern(foldForSearch(text));
        q = q.where('people.search_name', 'like', folded);
      }
      const limit = Math.min(Number(request.query.limit ?? 50), 200);
      return {
        items: await q
          .orderBy(sql`people.full_name collate vi`)
          .limit(limit)
          .offset(Number(request.query.offset ?? 0))
          .execute(),
      };
    },
  );

  server.get(
    '/api/people/:id',
    { onRequest: authed, schema: { tags, params: Type.Object({ id: Uuid }) } },
    async (request) => {
      const person = await app.db
        .selectFrom('people')
        .innerJoin('units', 'units.id', 'people.unit_id')
        .select([
          'people.id',
          'people.full_name',
          'people.email',
          'people.username',
          'people.unit_id',
          'units.name as unit_name',
          'people.position_code',
          'people.active',
        ])
        .where('people.id', '=', request.params.id)
        .executeTakeFirst();
      if (!person) throw new DomainError('not_found', 'person_not_found');
      // Role grants are shown to administrators and organisation officers; the directory entry to everyone.
      const actor = actorOf(request);
      const mayManage = actor.grants.some((g) => g.role === 'administrator' || g.role === 'org_officer');
      const grants = mayManage
        ? await app.db
            .selectFrom('role_grants')
            .innerJoin('units', 'units.id', 'role_grants.unit_id')
            .select([
              'role_grants.id',
              'role_grants.unit_id',
              'units.name as unit_name',
              'role_grants.role',
              'role_grants.include_subtree',
            ])
            .where('role_grants.person_id', '=', person.id)
            .orderBy(sql`units.name collate vi`)
            .execute()
        : null;
      // A username is half of a sign-in: shown only to the person and to administrators of their unit.
      const self = actor.personId === person.id;
      const username = self || (await administersUnit(app.db, actor, person.unit_id)) ? person.username : null;
      return { ...person, username, email: mayManage || self ? person.email : null, grants };
    },
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
    { onRequest: authed, schema: { tags, summary: 'Thêm cán bộ / Add a person', body: PersonBody } },
    async (request, reply) =>
      idempotent(app, request, reply, async () => ({
        status: 201,
        body: await createPerson(app, actorOf(request), request.body),
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
      },
    },
    async (request) => updatePerson(app, actorOf(request), request.params.id, request.body),
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
      },
    },
    async (request, reply) => {
      const b = request.body;
      return idempotent(app, request, reply, async () => ({
        status: 201,
        body: await grantRole(app, actorOf(request), request.params.id, b.unitId, b.role, b.includeSubtree ?? false),
      }));
    },
  );
  server.delete(
    '/api/people/:id/grants/:grantId',
    { onRequest: authed, schema: { tags, params: Type.Object({ id: Uuid, grantId: Uuid }) } },
    async (request) => {
      await revokeRole(app, actorOf(request), request.params.id, request.params.grantId);
      return { ok: true };
    },
  );

  server.get('/api/positions', { onRequest: authed, schema: { tags } }, async () => ({
    items: await app.db.selectFrom('positions').selectAll().orderBy('code').execute(),
  }));
  server.get('/api/unit-types', { onRequest: authed, schema: { tags } }, async () => ({
    items: await app.db.selectFrom('unit_types').selectAll().orderBy('code').execute(),
  }));
  server.get('/api/domains', { onRequest: authed, schema: { tags } }, async () => ({
    items: await app.db.selectFrom('domains').selectAll().where('active', '=', true).orderBy('sort').execute(),
  }));
}
