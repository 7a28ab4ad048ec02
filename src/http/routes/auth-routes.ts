import { Type } from 'typebox';
import type { AppContext } from '../../app/context.ts';
import { login } from '../../app/auth/login.ts';
import { signInGate } from '../../app/auth/second-factor/sign-in-gate.ts';
import { logSecurityEvent } from '../../app/access/security-events.ts';
import { originOf } from '../reader.ts';
import { DEFAULT_SESSION_LIMITS } from '../../domain/auth/session-expiry.ts';
import {
  createApiToken,
  listApiTokens,
  newSecret,
  revokeApiToken,
  revokeSession,
} from '../../db/repositories/session-repository.ts';
import { sha256 } from '../../domain/text/secret-hash.ts';
import { DomainError } from '../../domain/errors.ts';
import { actorOf, requireActor, SESSION_COOKIE, TOKEN_WRITES } from '../auth.ts';
import { presentMe } from '../presenters/person-presenter.ts';
import type { Server } from '../server-type.ts';

/** A signed random id per browser, set at a successful sign-in: a device the owner used before. */
const DEVICE_COOKIE = 'khien_device';

export async function authRoutes(server: Server, app: AppContext, opts: { secureCookies: boolean }) {
  const authed = requireActor(server);

  server.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Đăng nhập bằng mật khẩu / Sign in with a password',
        body: Type.Object(
          {
            username: Type.String({ minLength: 1, maxLength: 100 }),
            password: Type.String({ minLength: 1, maxLength: 200 }),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const presented = request.cookies[DEVICE_COOKIE]
        ? request.unsignCookie(request.cookies[DEVICE_COOKIE])
        : undefined;
      const deviceId = presented?.valid && presented.value ? presented.value : newSecret();
      const { personId, token, mustChangePassword } = await login(
        app,
        request.body.username,
        request.body.password,
        request.ip,
        deviceId,
        { userAgent: request.headers['user-agent'] ?? null },
      );
      // The device is recognised at the next sign-in, which then is not slowed by others' failures.
      reply.setCookie(DEVICE_COOKIE, deviceId, {
        path: '/api/auth',
        httpOnly: true,
        sameSite: 'lax',
        secure: opts.secureCookies,
        signed: true,
        maxAge: 365 * 86_400,
      });
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: opts.secureCookies,
        signed: true,
        maxAge: (app.sessionLimits ?? DEFAULT_SESSION_LIMITS).absoluteMs / 1000,
      });
      const csrfToken = reply.generateCsrf({ userInfo: sha256(token) });
      const secondFactor = await signInGate(app, personId);
      return { me: { ...(await presentMe(app, personId)), mustChangePassword, secondFactor }, csrfToken };
    },
  );

  server.get(
    '/api/auth/csrf',
    { schema: { tags: ['auth'], summary: 'Mã CSRF cho phiên / CSRF token for the session' } },
    async (request, reply) => {
      if (!request.actor || request.authKind !== 'session') throw new DomainError('unauthenticated', 'unauthenticated');
      return { csrfToken: reply.generateCsrf({ userInfo: sha256(request.sessionToken!) }) };
    },
  );

  server.post(
    '/api/auth/logout',
    { onRequest: authed, schema: { tags: ['auth'], summary: 'Đăng xuất / Sign out' } },
    async (request, reply) => {
      if (request.sessionToken) await revokeSession(app.db, request.sessionToken, app.now());
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  );

  server.get(
    '/api/me',
    { onRequest: authed, schema: { tags: ['auth'], summary: 'Người dùng hiện tại / Current user' } },
    async (request) => {
      return {
        ...(await presentMe(app, actorOf(request).personId)),
        mustChangePassword: !!request.mustChangePassword,
        secondFactor: request.secondFactorGate ?? null,
      };
    },
  );

  server.get('/api/me/tokens', { onRequest: authed, schema: { tags: ['auth'] } }, async (request) => {
    return { items: await listApiTokens(app.db, actorOf(request).personId) };
  });

  server.post(
    '/api/me/tokens',
    {
      onRequest: authed,
      schema: {
        tags: ['auth'],
        summary: 'Tạo mã API cho tích hợp / Create an API token',
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 100 }),
            /** The writes the token may make; none (the default): read-only. */
            actions: Type.Optional(
              Type.Array(Type.Union(TOKEN_WRITES.map((a) => Type.Literal(a))), {
                maxItems: TOKEN_WRITES.length,
                uniqueItems: true,
              }),
            ),
            expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 366 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    // Not idempotent on purpose: a stored response would keep the token's secret in the database.
    async (request, reply) => {
      // Minted only by a person signed in with a session: a token can never mint another that
      // would outlive its own revocation.
      if (request.authKind !== 'session' || !request.sessionToken)
        throw new DomainError('forbidden', 'token_needs_session');
      const now = app.now();
      const days = request.body.expiresInDays ?? 90;
      const created = await createApiToken(
        app.db,
        actorOf(request).personId,
        {
          name: request.body.name,
          scopes: ['read', ...(request.body.actions ?? []).map((a) => `action:${a}`)],
          expiresAt: new Date(now.getTime() + days * 86_400_000),
          sessionHash: sha256(request.sessionToken),
        },
        now,
      );
      await logSecurityEvent(app.db, {
        at: now,
        kind: 'token_minted',
        actorId: actorOf(request).personId,
        subjectPersonId: actorOf(request).personId,
        origin: originOf(request),
        entity: 'api_token',
        entityId: created.id,
      });
      return reply.status(201).send(created);
    },
  );

  server.delete(
    '/api/me/tokens/:id',
    { onRequest: authed, schema: { tags: ['auth'], params: Type.Object({ id: Type.String({ format: 'uuid' }) }) } },
    async (request) => {
      const ok = await revokeApiToken(app.db, actorOf(request).personId, request.params.id, app.now());
      if (!ok) throw new DomainError('not_found', 'not_found');
      await logSecurityEvent(app.db, {
        at: app.now(),
        kind: 'token_revoked',
        actorId: actorOf(request).personId,
        subjectPersonId: actorOf(request).personId,
        origin: originOf(request),
        entity: 'api_token',
        entityId: request.params.id,
      });
      return { ok: true };
    },
  );
}
