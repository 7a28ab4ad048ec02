import { Type } from 'typebox';
import type { AppContext } from '../../app/context.ts';
import { assembleDashboard, dashboardUnit } from '../../app/statistics/dashboard.ts';
import { dashboardYears, precomputedFigures } from '../../app/statistics/tallies.ts';
import { DashboardSchema } from '../../contract/statistics.ts';
import { vietnamDate } from '../../domain/calendar/working-calendar.ts';
import { actorOf, requireActor } from '../auth.ts';
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
        querystring: Type.Object(
          { unitId: Type.String({ format: 'uuid' }), year: Type.Optional(Type.String({ pattern: '^[12]\\d{3}$' })) },
          { additionalProperties: false },
        ),
        response: { 200: DashboardResponse, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const unit = await dashboardUnit(app.db, actorOf(request), request.query.unitId);
      const year = request.query.year === undefined ? undefined : Number(request.query.year);
      const filter = { unitId: unit.id, today: vietnamDate(app.now()), year };
      const [years, figures] = [await dashboardYears(app.db, unit.id), await precomputedFigures(app.db, filter)];
      return assembleDashboard(unit, filter, years, figures);
    },
  );
}
