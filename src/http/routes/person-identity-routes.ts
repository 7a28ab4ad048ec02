import { Type } from 'typebox';
import type { AppContext } from '../../app/context.ts';
import type { OidcSettings } from '../../app/auth/oidc-settings.ts';
import { linkPersonIdentity, listPersonIdentities, unlinkPersonIdentity } from '../../app/auth/person-identities.ts';
import { LinkIdentityBodySchema, PersonIdentityListSchema } from '../../contract/sso.ts';
import { DomainError } from '../../domain/errors.ts';
import { actorOf, requireActor } from '../auth.ts';
import { presentPersonIdentity } from '../presenters/person-identity-presenter.ts';
import type { Server } from '../server-type.ts';

/** Administrators link a provider's account to a person, see the links and remove them. */
export async function personIdentityRoutes(server: Server, app: AppContext, opts: { oidc?: OidcSettings }) {
  const authed = requireActor(server);
  const tags = ['organisation'];
  const params = Type.Object({ id: Type.String({ format: 'uuid' }) });

  server.get(
    '/api/admin/people/:id/identities',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Tài khoản định danh đã liên kết / Linked sign-in identities',
        params,
        response: { 200: PersonIdentityListSchema },
      },
    },
    async (request) => ({
      items: (await listPersonIdentities(app, actorOf(request), request.params.id)).map(presentPersonIdentity),
    }),
  );

  server.post(
    '/api/admin/people/:id/identities',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Liên kết tài khoản định danh / Link a sign-in identity',
        params,
        body: LinkIdentityBodySchema,
        response: { 201: Type.Object({ id: Type.String() }) },
      },
    },
    async (request, reply) => {
      const issuer = request.body.issuer ?? opts.oidc?.issuer;
      if (!issuer) throw new DomainError('validation', 'validation_failed', [{ path: 'issuer', code: 'required' }]);
      const id = await linkPersonIdentity(app, actorOf(request), request.params.id, {
        issuer,
        subject: request.body.subject,
      });
      return reply.status(201).send({ id });
    },
  );

  server.delete(
    '/api/admin/people/:id/identities/:identityId',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Gỡ liên kết tài khoản định danh / Unlink a sign-in identity',
        params: Type.Object({ id: Type.String({ format: 'uuid' }), identityId: Type.String({ format: 'uuid' }) }),
        response: { 200: Type.Object({ ok: Type.Boolean() }) },
      },
    },
    async (request) => {
      await unlinkPersonIdentity(app, actorOf(request), request.params.id, request.params.identityId);
      return { ok: true };
    },
  );
}
