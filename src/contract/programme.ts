import { Type, type Static } from 'typebox';

/**
 * The programme around the cases (KL14 §2.5): models to replicate, where they were replicated,
 * and the public showcase. Response shapes shared by the server and the web app.
 */
const Page = <T extends ReturnType<typeof Type.Object>>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });

export const ShowcaseItemSchema = Type.Object({
  code: Type.String(),
  title: Type.String(),
  unitName: Type.String(),
  summary: Type.String(),
  results: Type.String(),
  /** Shown only when the deciding head's approval allows it. */
  proposerNames: Type.Union([Type.String(), Type.Null()]),
  publishedOn: Type.String(),
  replications: Type.Array(Type.Object({ code: Type.String(), unitName: Type.String(), state: Type.String() })),
});
export const ShowcaseListSchema = Page(ShowcaseItemSchema);
export type ShowcaseItem = Static<typeof ShowcaseItemSchema>;
export type ShowcaseList = Static<typeof ShowcaseListSchema>;

export const ModelSchema = Type.Object({
  code: Type.String(),
  title: Type.String(),
  unitName: Type.String(),
  summary: Type.String(),
  planVersion: Type.Integer(),
  markedOn: Type.String(),
  replicationCount: Type.Integer(),
});
export const ModelListSchema = Page(ModelSchema);
/** A model with the plan it offers for adaptation (the Art. 7 plan; see `plan.ts`). */
export const ModelDetailSchema = Type.Object({ ...ModelSchema.properties, plan: Type.Unknown() });
export type Model = Static<typeof ModelSchema>;
export type ModelList = Static<typeof ModelListSchema>;
export type ModelDetail = Static<typeof ModelDetailSchema>;

export const ReplicationListSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      code: Type.String(),
      title: Type.String(),
      state: Type.String(),
      unitName: Type.String(),
      outcome: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});
export type ReplicationList = Static<typeof ReplicationListSchema>;
