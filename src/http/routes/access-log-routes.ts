import { Type } from 'typebox';
import { mySecurityEvents, queryAccessLog, whoReadMine } from '../../app/access/access-log.ts';
import type { AppContext } from '../../app/context.ts';
import { AccessPageSchema } from '../../contract/access-log.ts';
import { actorOf, requireActor } from '../auth.ts';
import type { Server } from '../server-type.ts';
import { Uuid } from './protection-http.ts';

const Cursor = Type.Optional(Type.String({ maxLength: 20 }));
const present = (page: Awaited<ReturnType<typeof whoReadMine>>) => ({
  ...page,
  items: page.items.map((r) => ({ ...r, at: r.at.toISOString() })),
});

/** Who looked (issue 17): the official's own view, and the inspector's and administrator's query. */
export async function accessLogRoutes(server: Server, app: AppContext): Promise<void> {
  const authed = requireActor(server);
  server.get(
    '/api/me/readers',
    {
      onRequest: authed,
      schema: {
        tags: ['access log'],
        summary: 'Ai đã xem hồ sơ của tôi / Who read my record',
        querystring: Type.Object({ cursor: Cursor }, { additionalProperties: false }),
        response: { 200: AccessPageSchema },
      },
    },
    async (request) => present(await whoReadMine(app, actorOf(request), request.query.cursor)),
  );
  server.get(
    '/api/me/security-events',
    {
      onRequest: authed,
      schema: {
        tags: ['access log'],
        summary: 'Sự kiện an ninh của tài khoản tôi / Security events of my account',
        querystring: Type.Object({ cursor: Cursor }, { additionalProperties: false }),
        response: { 200: AccessPageSchema },
      },
    },
    async (request) => present(await mySecurityEvents(app, actorOf(request), request.query.cursor)),
  );
  server.get(
    '/api/access-log',
    {
      onRequest: authed,
      schema: {
        tags: ['access log'],
        summary: 'Nhật ký truy cập theo người, đơn vị / The access log by person and unit (inspectors, administrators)',
        querystring: Type.Object(
          { personId: Type.Optional(Uuid), readerId: Type.Optional(Uuid), cursor: Cursor },
          { additionalProperties: false },
        ),
        response: { 200: AccessPageSchema },
      },
    },
    async (request) => present(await queryAccessLog(app, actorOf(request), request.query)),
  );
}
