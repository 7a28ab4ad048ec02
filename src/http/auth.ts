import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import type { AppContext } from '../app/context.ts';
import { actorForApiToken, sessionForToken } from '../db/repositories/session-repository.ts';
import { sha256 } from '../domain/text/secret-hash.ts';
import { DEFAULT_SESSION_LIMITS } from '../domain/auth/session-expiry.ts';
import type { Actor } from '../domain/case/case-snapshot.ts';
import { DomainError } from '../domain/errors.ts';
import { CASE_ACTIONS } from '../domain/case/action-rules.ts';
import {
  DEFAULT_SECOND_FACTOR_POLICY,
  requiredByRole,
  sessionGate,
  stepUpNeeded,
  type SessionGate,
} from '../domain/auth/second-factor.ts';
import { isDecidingRoute, WHILE_ENROLMENT_REQUIRED, WHILE_SECOND_FACTOR_PENDING } from './step-up.ts';

export const SESSION_COOKIE = 'khien_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
    /** How the request authenticated: a browser session cookie needs CSRF protection; a bearer token does not. */
    authKind?: 'session' | 'token';
    sessionToken?: string;
    /** What a bearer token may do: `read`, and `action:<name>` per permitted write. */
    tokenScopes?: string[];
    /** The id of the session (shown in the person's list of sessions). */
    sessionId?: string;
    /** An administrator set this person's password: until they choose their own, only that is allowed. */
    mustChangePassword?: boolean;
    /** The password was given; the second factor is still to give (`pending`) or to enrol (`enrol`). */
    secondFactorGate?: SessionGate;
    /** When this session last gave a second factor. */
    secondFactorAt?: Date | null;
    /** A deciding action would need the second factor again (the step-up). */
    stepUpStale?: boolean;
    stepUpMinutes?: number;
    /**
     * The legal calendar's stored version, read with the session: a case action brings the
     * calendar up to date from it instead of reading it again (routes/legal-clock-routes.ts).
     */
    calendarVersion?: string;
  }
}

export interface AuthOptions {
  cookieSecret: string;
  secureCookies: boolean;
}

/**
 * Sessions are server-side rows (so logout really ends them) referenced by an httpOnly,
 * SameSite=Lax cookie. Writes made with the cookie need a CSRF token (header `x-csrf-token`)
 * bound to the session; integrations use `Authorization: Bearer <api token>` instead.
 */
export async function registerAuth(server: FastifyInstance, app: AppContext, opts: AuthOptions) {
  await server.register(fastifyCookie, { secret: opts.cookieSecret });
  await server.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: opts.secureCookies, signed: true },
    getToken: (req) => req.headers['x-csrf-token'] as string | undefined,
    // Tokens are bound to the session (userInfo), so one leaked with another session is useless.
    csrfOpts: { userInfo: true, hmacKey: `csrf:${opts.cookieSecret}` },
    getUserInfo: (req) => (req.sessionToken ? sha256(req.sessionToken) : 'anonymous'),
  });

  server.decorateRequest('actor', undefined);
  server.addHook('onRequest', async (request) => {
    const auth = request.headers.authorization;
    const now = app.now();
    if (auth?.startsWith('Bearer ')) {
      const found = await actorForApiToken(app.db, auth.slice(7).trim(), now);
      if (!found) throw new DomainError('unauthenticated', 'unauthenticated');
      request.actor = found.actor;
      request.tokenScopes = found.scopes;
      request.authKind = 'token';
      // A token has no second factor of its own: it passed the sign-in of the session that minted it,
      // but it never counts as a fresh second factor for a deciding action.
      const policy = app.secondFactor ?? DEFAULT_SECOND_FACTOR_POLICY;
      const standing = {
        enrolled: found.enrolled,
        required: requiredByRole(found.actor.grants, policy),
        factorAt: null,
      };
      request.secondFactorGate = null;
      request.stepUpStale = stepUpNeeded(standing, now, policy);
      request.stepUpMinutes = policy.stepUpMs / 60_000;
    } else {
      const cookie = request.cookies[SESSION_COOKIE];
      const token = cookie ? request.unsignCookie(cookie) : undefined;
      if (token?.valid && token.value) {
        const live = await sessionForToken(app.db, token.value, now, app.sessionLimits ?? DEFAULT_SESSION_LIMITS);
        if (live) {
          request.actor = live.actor;
          request.authKind = 'session';
          request.sessionToken = token.value;
          request.sessionId = live.sessionId;
          request.mustChangePassword = live.mustChangePassword;
          request.calendarVersion = live.calendarVersion;
          const policy = app.secondFactor ?? DEFAULT_SECOND_FACTOR_POLICY;
          const standing = {
            enrolled: live.enrolled,
            required: requiredByRole(live.actor.grants, policy),
            factorAt: live.secondFactorAt,
          };
          request.secondFactorAt = live.secondFactorAt;
          request.secondFactorGate = sessionGate(standing);
          request.stepUpStale = stepUpNeeded(standing, now, policy);
          request.stepUpMinutes = policy.stepUpMs / 60_000;
        }
      }
    }
    // The step-up: a deciding action needs a second factor given within the last minutes (default 15).
    // Checked here, before any route's body validation, so that the answer is the same for every
    // deciding route; a session still at the sign-in's second step is told that instead (requireActor).
    if (
      request.stepUpStale &&
      request.secondFactorGate === null &&
      !request.mustChangePassword &&
      isDecidingRoute(request.method, request.routeOptions.url)
    )
      throw new DomainError('forbidden', 'second_factor_required', [], { minutes: request.stepUpMinutes ?? 15 });
  });
}

/**
 * An onRequest hook for routes that need a signed-in person, with CSRF checked on cookie writes.
 * It runs before body validation, so an anonymous or forged request learns nothing about the schema.
 */
export function requireActor(server: FastifyInstance) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.actor) throw new DomainError('unauthenticated', 'unauthenticated');
    const route = `${request.method} ${request.routeOptions.url}`;
    // The second factor comes before everything else, the password change an administrator asked for included.
    if (request.secondFactorGate === 'pending' && !WHILE_SECOND_FACTOR_PENDING.has(route))
      throw new DomainError('forbidden', 'second_factor_pending');
    if (request.secondFactorGate === 'enrol' && !WHILE_ENROLMENT_REQUIRED.has(route))
      throw new DomainError('forbidden', 'second_factor_enrolment_required');
    if (
      request.mustChangePassword &&
      !WHILE_PASSWORD_CHANGE_REQUIRED.has(`${request.method} ${request.routeOptions.url}`)
    )
      throw new DomainError('forbidden', 'password_change_required');
    const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(request.method);
    if (unsafe && request.authKind === 'token') {
      const write = tokenWriteOf(request);
      if (!write || !request.tokenScopes?.includes(`action:${write}`))
        throw new DomainError('forbidden', 'token_scope', [], { action: write ?? request.method });
    }
    if (unsafe && request.authKind === 'session') {
      await new Promise<void>((resolve, reject) =>
        server.csrfProtection(request, reply, (err?: Error) => (err ? reject(err) : resolve())),
      );
    }
  };
}

/** What a person whose password an administrator set may do before choosing their own. */
const WHILE_PASSWORD_CHANGE_REQUIRED = new Set(['GET /api/me', 'POST /api/me/password', 'POST /api/auth/logout']);

/**
 * The writes a token can be given, by route: the case actions, creating a proposal and attaching
 * a file. Anything else (tokens, people, units, settings) needs a signed-in person.
 */
export const TOKEN_WRITES = ['create_proposal', 'upload_attachment', ...CASE_ACTIONS] as const;

function tokenWriteOf(request: FastifyRequest): string | undefined {
  const route = request.routeOptions.url;
  if (request.method !== 'POST') return undefined;
  if (route === '/api/cases') return 'create_proposal';
  if (route === '/api/cases/:code/attachments') return 'upload_attachment';
  const actionRoute = '/api/cases/:code/actions/';
  if (route?.startsWith(actionRoute)) return route.slice(actionRoute.length).replace(/-/g, '_');
  return undefined;
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('unauthenticated', 'unauthenticated');
  return request.actor;
}

export function isAdministrator(actor: Actor): boolean {
  return actor.grants.some((g) => g.role === 'administrator');
}
