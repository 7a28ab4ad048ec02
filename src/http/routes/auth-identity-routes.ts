import { Type } from 'typebox';
import type { AppContext } from '../../app/context.ts';
import { changeOwnPassword } from '../../app/auth/change-own-password.ts';
import { resetPassword } from '../../app/auth/reset-password.ts';
import {
  ChangePasswordBodySchema,
  ChangePasswordResultSchema,
  OwnSessionListSchema,
  ResetPasswordBodySchema,
} from '../../contract/identity.ts';
import { listLiveSessions, revokeOtherSessions, revokeSessionById } from '../../db/repositories/session-repository.ts';
import { DEFAULT_SESSION_LIMITS } from '../../domain/auth/session-expiry.ts';
import { DomainError } from '../../domain/errors.ts';
import { actorOf, requireActor } from '../auth.ts';
import { originOf } from '../reader.ts';
import { presentOwnSessions } from '../presenters/session-presenter.ts';
import type { Server } from '../server-type.ts';

const tags = ['auth'];
const Ok = Type.Object({ ok: Type.Boolean() });

/** Passwords and sessions of one's own (issue 17), and an administrator's reset of a person's password. */
export async function authIdentityRoutes(server: Server, app: AppContext) {
  const authed = requireActor(server);
  const limits = () => app.sessionLimits ?? DEFAULT_SESSION_LIMITS;

  /** These are a person's own, in a browser: an API token can neither see them nor end them. */
  const sessionOnly = (request: { authKind?: string; sessionId?: string }): string => {
    if (request.authKind !== 'session' || !request.sessionId) throw new DomainError('forbidden', 'token_needs_session');
    return request.sessionId;
  };

  server.post(
    '/api/me/password',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Đổi mật khẩu của mình / Change your own password',
        body: ChangePasswordBodySchema,
        response: { 200: ChangePasswordResultSchema },
      },
    },
    async (request) =>
      changeOwnPassword(app, actorOf(request).personId, sessionOnly(request), request.body, originOf(request)),
  );

  server.get(
    '/api/me/sessions',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Các phiên đăng nhập của mình / Your active sessions',
        response: { 200: OwnSessionListSchema },
      },
    },
    async (request) => {
      const current = sessionOnly(request);
      const rows = await listLiveSessions(app.db, actorOf(request).personId, app.now(), limits());
      return presentOwnSessions(rows, current, limits());
    },
  );

  server.delete(
    '/api/me/sessions/:id',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Đăng xuất một phiên / End one of your sessions',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      sessionOnly(request);
      const ok = await revokeSessionById(app.db, actorOf(request).personId, request.params.id, app.now());
      if (!ok) throw new DomainError('not_found', 'not_found');
      return { ok: true };
    },
  );

  server.post(
    '/api/me/sessions/sign-out-others',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Đăng xuất ở mọi nơi khác / Sign out everywhere else',
        response: { 200: Type.Object({ endedSessions: Type.Integer() }) },
      },
    },
    async (request) => {
      const current = sessionOnly(request);
      const endedSessions = await revokeOtherSessions(app.db, actorOf(request).personId, current, app.now(), {
        tokens: false,
      });
      return { endedSessions };
    },
  );

  server.post(
    '/api/people/:id/password-reset',
    {
      onRequest: authed,
      schema: {
        tags: ['organisation'],
        summary: 'Đặt mật khẩu tạm, buộc đổi khi đăng nhập / Set a temporary password, to be changed at sign-in',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: ResetPasswordBodySchema,
        response: { 200: Type.Object({ ok: Type.Boolean(), mustChangePassword: Type.Boolean() }) },
      },
    },
    async (request) =>
      resetPassword(app, actorOf(request), request.params.id, request.body.password, originOf(request)),
  );
}
