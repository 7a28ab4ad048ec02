import { Type, type Static } from 'typebox';

/** `POST /api/me/password`: the person's own change, the current password required. */
export const ChangePasswordBodySchema = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 200 }),
    newPassword: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBodySchema>;

export const ChangePasswordResultSchema = Type.Object({
  /** How many other sessions the change ended (API tokens end too). */
  endedSessions: Type.Integer(),
});

/** `POST /api/people/:id/password-reset`: an administrator sets a temporary password. */
export const ResetPasswordBodySchema = Type.Object(
  { password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

/** A line of `GET /api/me/sessions`: one of the person's live sessions, with when it will end. */
export const OwnSessionSchema = Type.Object({
  id: Type.String(),
  current: Type.Boolean(),
  createdAt: Type.String(),
  lastSeenAt: Type.String(),
  /** Ends here without a further request (the idle limit). */
  idleEndsAt: Type.String(),
  /** Ends here however active (the absolute limit). */
  absoluteEndsAt: Type.String(),
  userAgent: Type.Union([Type.String(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
});
export type OwnSession = Static<typeof OwnSessionSchema>;

export const OwnSessionListSchema = Type.Object({
  items: Type.Array(OwnSessionSchema),
  /** The installation's limits, for the person to see. */
  idleTimeoutMinutes: Type.Number(),
  absoluteLifetimeHours: Type.Number(),
});
export type OwnSessionList = Static<typeof OwnSessionListSchema>;
