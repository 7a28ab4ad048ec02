import { Type, type Static } from 'typebox';

/** A read in the access log, as the official and the inspector see it (issue 17, "who looked"). */
export const AccessEntrySchema = Type.Object({
  id: Type.String(),
  at: Type.String(),
  kind: Type.String(),
  entity: Type.String(),
  entityId: Type.String(),
  via: Type.String(),
  ip: Type.Union([Type.String(), Type.Null()]),
  actor: Type.Object({ id: Type.String(), name: Type.String(), unitName: Type.String() }),
  subject: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
});
export const AccessPageSchema = Type.Object({
  items: Type.Array(AccessEntrySchema),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type AccessEntry = Static<typeof AccessEntrySchema>;
export type AccessPage = Static<typeof AccessPageSchema>;
