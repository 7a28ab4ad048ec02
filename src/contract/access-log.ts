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

/**
 * Security events recorded in the same append-only log (issue "Identity fit…", item 5): sign-ins,
 * the second factor, passwords, role grants and API tokens. Their subject is the person concerned.
 */
export const SECURITY_EVENT_KINDS = [
  'sign_in_succeeded',
  'sign_in_failed',
  'second_factor_enrolled',
  'second_factor_used',
  'second_factor_failed',
  'second_factor_disabled',
  'recovery_code_used',
  'recovery_codes_regenerated',
  'password_changed',
  'password_reset',
  'role_granted',
  'role_revoked',
  'token_minted',
  'token_revoked',
] as const;
export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];
