import { Type, type Static } from 'typebox';

/** `GET /api/auth/oidc`: whether single sign-on is offered, and the provider's name for its button. */
export const OidcInfoSchema = Type.Object({
  enabled: Type.Boolean(),
  /** The button's label, e.g. "Đăng nhập bằng VNeID tỉnh"; absent when single sign-on is off. */
  name: Type.Optional(Type.String()),
  /** Where the browser goes to sign in (a plain link). */
  startUrl: Type.Optional(Type.String()),
});
export type OidcInfo = Static<typeof OidcInfoSchema>;

/** A provider's account linked to a person (`GET /api/admin/people/:id/identities`). */
export const PersonIdentitySchema = Type.Object({
  id: Type.String(),
  issuer: Type.String(),
  subject: Type.String(),
  /** `administrator`: linked by hand; `claim`: linked at sign-in by the configured verified claim. */
  linkedVia: Type.Union([Type.Literal('administrator'), Type.Literal('claim')]),
  linkedBy: Type.Union([Type.String(), Type.Null()]),
  linkedAt: Type.String(),
});
export type PersonIdentity = Static<typeof PersonIdentitySchema>;

export const PersonIdentityListSchema = Type.Object({ items: Type.Array(PersonIdentitySchema) });

/** `POST /api/admin/people/:id/identities`: the issuer defaults to the configured provider's. */
export const LinkIdentityBodySchema = Type.Object(
  {
    subject: Type.String({ minLength: 1, maxLength: 255 }),
    issuer: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type LinkIdentityBody = Static<typeof LinkIdentityBodySchema>;
