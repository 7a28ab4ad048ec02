import { Type } from 'typebox';
import type { AppContext } from '../../app/context.ts';
import { login, SESSION_TTL_MS } from '../../app/auth/login.ts';
import { createApiToken, listApiTokens, revokeApiToken, revokeSession, sha256 } from '../../db/repositories/session-repository.ts';
import { DomainError } from '../../domain/errors.ts';
import { actorOf, requireActor, SESSION_COOKIE } from '../auth.ts';
import { presentMe } from '../presenters/person-presenter.ts';
import type { Server } from '../server-type.ts';

export async function authRoutes(server: Server, app: AppContext, opts: { secureCookies: boolean }) {
  const authed = requireActor(server);

  server.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Đăng nhập bằng mật khẩu / Sign in with a password',
        body: Type.Object(
          { username: Type.String({ minLength: 1, maxLength: 100 }), password: Type.String({ minLength: 1, maxLength: 200 }) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const { personId, token } = await login(app, request.body.username, request.body.password, request.ip);
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: opts.secureCookies,
        signed: true,
        maxAge: SESSION_TTL_MS / 1000,
      });
      const csrfToken = reply.generateCsrf({ userInfo: sha256(token) });
      return { me: await presentMe(app, personId), csrfToken };
    },
  );

  server.get('/api/auth/csrf', { schema: { tags: ['auth'], summary: 'Mã CSRF cho phiên / CSRF token for the session' } }, async (request, reply) => {
    if (!request.actor || request.authKind !== 'session') throw new DomainError('unauthenticated', 'unauthenticated');
    return { csrfToken: reply.generateCsrf({ userInfo: sha256(request.sessionToken!) }) };
  });

  server.post('/api/auth/logout', { onRequest: authed, schema: { tags: ['auth'], summary: 'Đăng xuất / Sign out' } }, async (request, reply) => {
    if (request.sessionToken) await revokeSession(app.db, request.sessionToken, app.now());
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  server.get('/api/me', { onRequest: authed, schema: { tags: ['auth'], summary: 'Người dùng hiện tại / Current user' } }, async (request) => {
    return presentMe(app, actorOf(request).personId);
  });

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
        body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false }),
      },
    },
    // Not idempotent on purpose: a stored response would keep the token's secret in the database.
    async (request, reply) => {
      const created = await createApiToken(app.db, actorOf(request).personId, request.body.name, app.now());
      return reply.status(201).send(created);
    },
  );

  server.delete(
    '/api/me/tokens/:id',
    { onRequest: authed, schema: { tags: ['auth'], params: Type.Object({ id: Type.String({ format: 'uuid' }) }) } },
    async (request) => {
      const ok = await revokeApiToken(app.db, actorOf(request).personId, request.params.id, app.now());
      if (!ok) throw new DomainError('not_found', 'not_found');
      return { ok: true };
    },
  );
}
