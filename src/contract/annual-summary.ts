import { Type } from 'typebox';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Roles = Type.Array(Type.String());

/** The response of `GET /api/people/{id}/record/annual` (`AnnualSummary` in official-record.ts). */
export const AnnualSummarySchema = Type.Object({
  person: Type.Object({
    id: Type.String(),
    fullName: Type.String(),
    unit: Type.Object({ id: Type.String(), name: Type.String() }),
    position: Nullable(Type.Object({ code: Type.String(), vi: Nullable(Type.String()), en: Nullable(Type.String()) })),
  }),
  year: Type.Integer(),
  generatedAt: Type.String({ format: 'date-time' }),
  breakthroughs: Type.Array(
    Type.Object({
      code: Type.String(),
      title: Type.String(),
      roles: Roles,
      state: Type.String(),
      decision: Type.String(),
      outcome: Nullable(Type.String()),
      protection: Nullable(Type.String()),
      rewards: Type.Array(Type.String()),
      markedAsModel: Type.Boolean(),
      replications: Type.Integer(),
    }),
  ),
  others: Type.Array(
    Type.Object({
      code: Type.String(),
      title: Type.String(),
      roles: Roles,
      state: Type.String(),
      outcome: Nullable(Type.String()),
    }),
  ),
  text: Type.Object({ vi: Type.String(), en: Type.String() }),
});
