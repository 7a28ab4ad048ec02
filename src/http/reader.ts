import type { FastifyRequest } from 'fastify';
import type { Reader } from '../app/access/access-log.ts';
import type { RequestOrigin } from '../app/access/security-events.ts';
import { actorOf } from './auth.ts';

/** Who is reading, as the access log records it: the person, their session or token, their address. */
export function readerOf(request: FastifyRequest): Reader {
  return {
    actor: actorOf(request),
    via: request.authKind === 'token' ? 'token' : 'session',
    sessionId: request.sessionId ?? null,
    ip: request.ip ?? null,
  };
}

/** Where a security event came from: this request's session or token, and its address. */
export function originOf(request: FastifyRequest): RequestOrigin {
  return {
    via: request.authKind === 'token' ? 'token' : 'session',
    sessionId: request.sessionId ?? null,
    ip: request.ip ?? null,
  };
}
