import { Type } from 'typebox';
import type { AppContext } from '../../app/context.ts';
import { assembleDashboard, dashboardUnit, precomputedFigures } from '../../app/statistics/dashboard.ts';
import { vietnamDate } from '../../domain/calendar/working-calendar.ts';
import { actorOf, requireActor } from '../auth.ts';
import type { Server } from '../server-type.ts';

const Count = Type.Integer({ minimum: 0 });

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

export const DashboardResponse = Type.Object({
  unit: Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String() }),
  today: Type.String({ description: 'The date in Asia/Ho_Chi_Minh that "overdue" is counted against' }),
  total: Count,
  open: Type.Integer({ description: 'Cases not in a final state (evaluated, rejected, withdrawn)' }),
  overdue: Type.Integer({ description: 'Open cases whose current time limit ended before today' }),
  byState: Type.Array(Type.Object({ state: Type.String(), count: Count })),
  byStateDomain: Type.Array(Type.Object({ state: Type.String(), domain: Type.String(), count: Count })),
  timeInState: Type.Array(
    Type.Object({
      state: Type.String(),
      exits: Type.Integer({ description: 'How many times a case left the state' }),
      averageDays: Type.Number({ description: 'Average calendar days spent in the state before leaving it' }),
    }),
  ),
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
          'Cases proposed in the unit or below it, by state and domain; overdue cases; average time in each state. ' +
          'For holders of head, deputy, org_officer, inspector or administrator on the unit, or on an ancestor with its subtree.',
        querystring: Type.Object({ unitId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        response: { 200: DashboardResponse, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const unit = await dashboardUnit(app.db, actorOf(request), request.query.unitId);
      const today = vietnamDate(app.now());
      return assembleDashboard(unit, today, await precomputedFigures(app.db, unit.id, today));
    },
  );
}
