import { Type, type Static } from 'typebox';

const SixDigits = Type.String({ minLength: 1, maxLength: 12 });
const RecoveryCode = Type.String({ minLength: 1, maxLength: 64 });

/** `POST /api/auth/second-factor`: a code from the app, or one recovery code (sign-in and step-up). */
export const SecondFactorBodySchema = Type.Object(
  { code: Type.Optional(SixDigits), recoveryCode: Type.Optional(RecoveryCode) },
  { additionalProperties: false },
);
export type SecondFactorBody = Static<typeof SecondFactorBodySchema>;

export const SecondFactorVerifiedSchema = Type.Object({
  ok: Type.Boolean(),
  method: Type.String(),
  verifiedAt: Type.String(),
});

/** A code from the app, for confirming an enrolment, new recovery codes, or turning it off. */
export const TotpCodeBodySchema = Type.Object({ code: SixDigits }, { additionalProperties: false });

/** `GET /api/me/second-factor`. */
export const SecondFactorStatusSchema = Type.Object({
  enrolled: Type.Boolean(),
  /** One of the person's roles requires a second factor (it cannot be turned off). */
  required: Type.Boolean(),
  recoveryCodesLeft: Type.Integer(),
  /** When this session last gave a second factor. */
  verifiedAt: Type.Union([Type.String(), Type.Null()]),
  stepUpMinutes: Type.Number(),
});
export type SecondFactorStatus = Static<typeof SecondFactorStatusSchema>;

/** `POST /api/me/second-factor/enrolment`: shown once; the secret is never returned after confirmation. */
export const EnrolmentSchema = Type.Object({
  secret: Type.String(),
  otpauthUri: Type.String(),
  /** The QR code of `otpauthUri`, an SVG data URL drawn on the server. */
  qrCode: Type.String(),
});
export type Enrolment = Static<typeof EnrolmentSchema>;

/** Ten one-time recovery codes, shown this once. */
export const RecoveryCodesSchema = Type.Object({ recoveryCodes: Type.Array(Type.String()) });
export type RecoveryCodes = Static<typeof RecoveryCodesSchema>;
