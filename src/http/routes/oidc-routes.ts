import { Type } from 'typebox';
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { OidcClient, type OidcPending } from '../../app/auth/oidc-client.ts';
import type { OidcSettings } from '../../app/auth/oidc-settings.ts';
import { signInWithOidc } from '../../app/auth/oidc-sign-in.ts';
import { OidcInfoSchema } from '../../contract/sso.ts';
import { DEFAULT_SESSION_LIMITS } from '../../domain/auth/session-expiry.ts';
import { DomainError, type DomainErrorKind } from '../../domain/errors.ts';
import { errorMessage } from '../../i18n/messages.ts';
import { SESSION_COOKIE } from '../auth.ts';
import type { Server } from '../server-type.ts';

/** State, nonce and PKCE verifier between the redirect and the callback: signed, ten minutes, one use. */
const PENDING_COOKIE = 'khien_oidc';
const PENDING_PATH = '/api/auth/oidc';
const START_URL = '/api/auth/oidc/start';

const STATUS: Partial<Record<DomainErrorKind, number>> = {
  unauthenticated: 401,
  forbidden: 403,
  conflict: 409,
  not_found: 404,
  bad_request: 400,
};

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A refusal a person can read: the browser arrived here from the provider, not from the web app. */
function refusalPage(reply: FastifyReply, error: DomainError) {
  const vi = errorMessage(error.code, 'vi');
  const en = errorMessage(error.code, 'en');
  return reply
    .status(STATUS[error.kind] ?? 400)
    .type('text/html; charset=utf-8')
    .send(
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Khiên — Đăng nhập / Sign in</title></head>` +
        `<body><main><h1>Không đăng nhập được</h1><p>${escapeHtml(vi)}</p>` +
        `<p lang="en">${escapeHtml(en)}</p><p data-code="${escapeHtml(error.code)}"><a href="/login">Quay lại trang đăng nhập / Back to sign-in</a></p></main></body></html>`,
    );
}

function readPending(raw: string | undefined, unsign: (v: string) => { valid: boolean; value: string | null }) {
  const cookie = raw ? unsign(raw) : undefined;
  if (!cookie?.valid || !cookie.value) return undefined;
  try {
    const p = JSON.parse(cookie.value) as Partial<OidcPending>;
    return typeof p.state === 'string' && typeof p.nonce === 'string' && typeof p.verifier === 'string'
      ? (p as OidcPending)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Single sign-on with the province's OpenID Connect provider (authorization code with PKCE).
 * Off (404, and `enabled: false`) unless configured.
 */
export async function oidcRoutes(
  server: Server,
  app: AppContext,
  opts: { secureCookies: boolean; oidc?: OidcSettings },
) {
  const settings = opts.oidc;
  const client = settings ? new OidcClient(settings) : undefined;
  const tags = ['auth'];

  server.get(
    '/api/auth/oidc',
    {
      schema: {
        tags,
        summary: 'Đăng nhập một lần có bật không / Whether single sign-on is on',
        response: { 200: OidcInfoSchema },
      },
    },
    async () => (settings ? { enabled: true, name: settings.name, startUrl: START_URL } : { enabled: false }),
  );

  server.get(
    START_URL,
    { schema: { tags, summary: 'Chuyển tới nhà cung cấp định danh / Go to the identity provider' } },
    async (_request, reply) => {
      if (!client) throw new DomainError('not_found', 'oidc_disabled');
      const { url, pending } = await client.begin();
      reply.setCookie(PENDING_COOKIE, JSON.stringify(pending), {
        path: PENDING_PATH,
        httpOnly: true,
        // Lax: the provider's redirect back is a top-level GET, which carries it.
        sameSite: 'lax',
        secure: opts.secureCookies,
        signed: true,
        maxAge: 600,
      });
      return reply.redirect(url, 302);
    },
  );

  server.get(
    '/api/auth/oidc/callback',
    {
      schema: {
        tags,
        summary: 'Trở về từ nhà cung cấp định danh / Back from the identity provider',
        // The provider's parameters are read and checked by openid-client, not by the schema.
        querystring: Type.Object({}, { additionalProperties: true }),
      },
    },
    async (request, reply) => {
      const browser = (request.headers.accept ?? '').includes('text/html');
      try {
        if (!client || !settings) throw new DomainError('not_found', 'oidc_disabled');
        const pending = readPending(request.cookies[PENDING_COOKIE], (v) => request.unsignCookie(v));
        // One use: a replayed callback finds no pending sign-in.
        reply.clearCookie(PENDING_COOKIE, { path: PENDING_PATH });
        if (!pending) throw new DomainError('unauthenticated', 'oidc_response_refused', [], { reason: 'no_pending' });
        const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
        const identity = await client.complete(query, pending);
        const { token } = await signInWithOidc(app, settings, identity, {
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        });
        reply.setCookie(SESSION_COOKIE, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: opts.secureCookies,
          signed: true,
          maxAge: (app.sessionLimits ?? DEFAULT_SESSION_LIMITS).absoluteMs / 1000,
        });
        // The web app reads the person (and a required password change) from /api/me.
        return reply.redirect('/', 302);
      } catch (error) {
        if (browser && error instanceof DomainError) return refusalPage(reply, error);
        throw error;
      }
    },
  );
}
