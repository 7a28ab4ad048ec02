import { Type, type Static } from 'typebox';

const Count = Type.Integer({ minimum: 0 });

/** The dashboard of a unit and every unit below it (`GET /api/statistics/dashboard`). */
export const DashboardSchema = Type.Object({
  unit: Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String() }),
  today: Type.String({ description: 'The date in Asia/Ho_Chi_Minh that "overdue" is counted against' }),
  year: Type.Union([Type.Integer(), Type.Null()], { description: 'Only proposals made in this year; null: all years' }),
  years: Type.Array(Type.Integer(), { description: 'Years with proposals in the subtree, newest first' }),
  total: Count,
  open: Type.Integer({ description: 'Cases not in a final state (evaluated, rejected, withdrawn)' }),
  overdue: Type.Integer({ description: 'Open cases whose current time limit ended before today' }),
  byState: Type.Array(Type.Object({ state: Type.String(), count: Count })),
  byDomain: Type.Array(Type.Object({ domain: Type.String(), count: Count })),
  byStateDomain: Type.Array(Type.Object({ state: Type.String(), domain: Type.String(), count: Count })),
  byUnit: Type.Array(Type.Object({ unitId: Type.String({ format: 'uuid' }), name: Type.String(), count: Count }), {
    description: 'The units directly below, each with every case of its subtree',
  }),
  timeInState: Type.Array(
    Type.Object({
      state: Type.String(),
      exits: Type.Integer({ description: 'How many times a case left the state' }),
      averageDays: Type.Number({ description: 'Average calendar days spent in the state before leaving it' }),
    }),
  ),
  outcomes: Type.Array(Type.Object({ outcome: Type.String(), count: Count })),
  protections: Type.Array(
    Type.Object({
      status: Type.String({ description: 'granted, refused (not_protected) or revoked, per person' }),
      result: Type.String(),
      count: Count,
    }),
  ),
  rewards: Type.Array(Type.Object({ form: Type.String(), status: Type.String(), count: Count })),
  compliance: Type.Array(
    Type.Object({
      campaignId: Type.String({ format: 'uuid' }),
      title: Type.String(),
      year: Type.Integer(),
      deadline: Type.String(),
      status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
      minimumPerUnit: Type.Integer(),
      summary: Type.Object({ none: Count, registered: Count, submitted: Count, approved: Count }),
      mayOpen: Type.Boolean({ description: 'The caller may open the campaign’s list of units' }),
    }),
    {
      description:
        'Registration campaigns of the year (this year when none is asked) reaching into the subtree: ' +
        'the units of their scope inside it, by status',
    },
  ),
  listsOpen: Type.Boolean({
    description:
      'The caller sees cases of the subtree, so each figure opens its list; an administrator alone sees the figures only',
  }),
});
export type DashboardView = Static<typeof DashboardSchema>;
