import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { confirmEnrolment } from '../../app/auth/second-factor/confirm-enrolment.ts';
import { disableSecondFactor } from '../../app/auth/second-factor/disable-second-factor.ts';
import { regenerateRecoveryCodes } from '../../app/auth/second-factor/regenerate-recovery-codes.ts';
import { secondFactorStatus } from '../../app/auth/second-factor/second-factor-status.ts';
import { startEnrolment } from '../../app/auth/second-factor/start-enrolment.ts';
import { resetSecondFactor } from '../../app/auth/second-factor/reset-second-factor.ts';
import { verifySecondFactor } from '../../app/auth/second-factor/verify-second-factor.ts';
import {
  EnrolmentSchema,
  RecoveryCodesSchema,
  SecondFactorBodySchema,
  SecondFactorStatusSchema,
  SecondFactorVerifiedSchema,
  TotpCodeBodySchema,
} from '../../contract/second-factor.ts';
import { DomainError } from '../../domain/errors.ts';
import { actorOf, requireActor } from '../auth.ts';
import { originOf } from '../reader.ts';
import type { Server } from '../server-type.ts';

const tags = ['auth'];

/** The second factor is a person's own, in a browser session: an API token can neither give nor change it. */
function sessionOrigin(request: FastifyRequest) {
  if (request.authKind !== 'session' || !request.sessionId) throw new DomainError('forbidden', 'token_needs_session');
  return { ...originOf(request), sessionId: request.sessionId };
}

/** TOTP (RFC 6238) and recovery codes: the second step of signing in, the step-up, and enrolment. */
export async function secondFactorRoutes(server: Server, app: AppContext) {
  const authed = requireActor(server);

  server.post(
    '/api/auth/second-factor',
    {
      onRequest: authed,
      schema: {
        tags,
        summary:
          'Nhập mã xác thực hai bước (khi đăng nhập, trước thao tác quyết định) / Give the second factor (at sign-in, before a deciding action)',
        body: SecondFactorBodySchema,
        response: { 200: SecondFactorVerifiedSchema },
      },
    },
    async (request) => {
      const r = await verifySecondFactor(app, actorOf(request).personId, sessionOrigin(request), request.body);
      return { ok: true, method: r.method, verifiedAt: r.verifiedAt.toISOString() };
    },
  );

  server.get(
    '/api/me/second-factor',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Xác thực hai bước của tôi / My second factor',
        response: { 200: SecondFactorStatusSchema },
      },
    },
    async (request) => {
      sessionOrigin(request);
      return secondFactorStatus(app, actorOf(request), request.secondFactorAt ?? null);
    },
  );

  server.post(
    '/api/me/second-factor/enrolment',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Bắt đầu đăng ký ứng dụng xác thực / Start setting up an authenticator app',
        response: { 200: EnrolmentSchema },
      },
    },
    async (request) => {
      sessionOrigin(request);
      return startEnrolment(app, actorOf(request).personId);
    },
  );

  server.post(
    '/api/me/second-factor/confirmation',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Xác nhận đăng ký bằng một mã / Confirm the set-up with a code',
        body: TotpCodeBodySchema,
        response: { 200: RecoveryCodesSchema },
      },
    },
    async (request) => confirmEnrolment(app, actorOf(request).personId, sessionOrigin(request), request.body.code),
  );

  server.post(
    '/api/me/second-factor/recovery-codes',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Tạo lại 10 mã khôi phục / Make ten new recovery codes',
        body: TotpCodeBodySchema,
        response: { 200: RecoveryCodesSchema },
      },
    },
    async (request) =>
      regenerateRecoveryCodes(app, actorOf(request).personId, sessionOrigin(request), request.body.code),
  );

  server.post(
    '/api/me/second-factor/disable',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Tắt xác thực hai bước / Turn the second factor off',
        body: TotpCodeBodySchema,
        response: { 200: Type.Object({ ok: Type.Boolean() }) },
      },
    },
    async (request) => disableSecondFactor(app, actorOf(request), sessionOrigin(request), request.body.code),
  );

  server.post(
    '/api/people/:id/second-factor-reset',
    {
      onRequest: authed,
      schema: {
        tags: ['organisation'],
        summary: 'Gỡ xác thực hai bước của một người (mất điện thoại) / Remove a person’s second factor (a lost phone)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: Type.Object({ ok: Type.Boolean() }) },
      },
    },
    async (request) => resetSecondFactor(app, actorOf(request), request.params.id, originOf(request)),
  );
}
