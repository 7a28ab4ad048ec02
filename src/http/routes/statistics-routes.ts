import { Type } from 'typebox';
import type { Readable } from 'node:stream';
import type { AppContext } from '../../app/context.ts';
import { loadDashboard } from '../../app/statistics/load-dashboard.ts';
import { dashboardWorkbook } from '../../app/statistics/dashboard-export.ts';
import { DashboardSchema } from '../../contract/statistics.ts';
import { vietnamDate } from '../../domain/calendar/working-calendar.ts';
import { actorOf, requireActor } from '../auth.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import type { Server } from '../server-type.ts';

const ErrorBody = Type.Object({
  error: Type.Object(
    {
      code: Type.String(),
      message: Type.String(),
      fields: Type.Array(Type.Object({ path: Type.String(), code: Type.String(), message: Type.String() })),
    },
    { additionalProperties: true },
  ),
});

export const DashboardResponse = DashboardSchema;

const DashboardQuery = Type.Object(
  { unitId: Type.String({ format: 'uuid' }), year: Type.Optional(Type.String({ pattern: '^[12]\\d{3}$' })) },
  { additionalProperties: false },
);

const dashboardOf = (app: AppContext, actor: Actor, query: { unitId: string; year?: string }) =>
  loadDashboard(app.db, actor, {
    unitId: query.unitId,
    year: query.year === undefined ? undefined : Number(query.year),
    today: vietnamDate(app.now()),
  });

export async function statisticsRoutes(server: Server, app: AppContext): Promise<void> {
  server.get(
    '/api/statistics/dashboard',
    {
      // Before validation, like every other route: someone not signed in learns nothing of the schema.
      onRequest: requireActor(server),
      schema: {
        tags: ['statistics'],
        summary: 'Thống kê theo đơn vị (gồm đơn vị trực thuộc) / Statistics of a unit and every unit below it',
        description:
          'Cases proposed in the unit or below it (in a year, if given), by state, domain and unit below; overdue cases; ' +
          'average time in each state; outcomes; protections; rewards by form. ' +
          'For holders of head, deputy, org_officer, inspector or administrator on the unit, or on an ancestor with its subtree.',
        querystring: DashboardQuery,
        response: { 200: DashboardResponse, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => dashboardOf(app, actorOf(request), request.query),
  );

  server.get(
    '/api/statistics/dashboard.xlsx',
    {
      onRequest: requireActor(server),
      schema: {
        tags: ['statistics'],
        summary: 'Xuất Excel thống kê và danh sách hồ sơ / The dashboard and its cases as XLSX, streamed',
        description:
          'The figures of GET /api/statistics/dashboard, then every case of the subtree (and year) the caller may see. ' +
          'Written as it is read, without a Content-Length.',
        querystring: DashboardQuery,
        response: {
          200: Type.Unsafe<Readable>({ type: 'string', format: 'binary', description: 'An XLSX workbook' }),
          403: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const d = await dashboardOf(app, actor, request.query);
      const name = `thong-ke-${d.year ?? 'tat-ca-cac-nam'}.xlsx`;
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'private, no-store')
        .send(dashboardWorkbook(app, actor, d));
    },
  );
}
