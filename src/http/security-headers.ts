import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyReply } from 'fastify';
import helmet from 'helmet';
import type { Server } from './server-type.ts';

/**
 * The security headers every answer carries (helmet's defaults and our Content-Security-Policy),
 * and the per-answer nonce that only the web page needs.
 *
 * Both helmet middlewares are built once, when the server starts. The Fastify plugin builds a new
 * one for every request (parsing the policy's directives again) and draws two random nonces for
 * every answer, JSON included: a few percent of the server's time per request, for nonces that no
 * JSON answer uses. Here an API answer gets the same headers from a middleware made once, and
 * only the web page draws a nonce.
 */
type Res = ServerResponse & { khienCspNonce?: string };

/** The nonce of this answer, read by the page's policy when its header is written. */
const nonceOf = (_req: IncomingMessage, res: ServerResponse) => `'nonce-${(res as Res).khienCspNonce}'`;

export function registerSecurityHeaders(
  server: Server,
  opts: { secureCookies: boolean },
): (reply: FastifyReply) => string {
  const directives = {
    defaultSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    // Style elements: our files and those carrying the page's nonce (see pageNonce).
    styleSrc: ["'self'"],
    // Style attributes: Mantine sets CSS variables and sizes in element style attributes
    // (style props), which a nonce cannot cover. An attribute cannot hold selectors, so it
    // cannot read the page the way an injected <style> element could.
    styleSrcAttr: ["'unsafe-inline'"],
    scriptSrc: ["'self'"],
    // Only behind TLS: on a plain-HTTP office network the upgrade would break every request.
    upgradeInsecureRequests: opts.secureCookies ? [] : null,
  };
  // Strict-Transport-Security is sent by the server's onSend hook, and only over HTTPS: over plain
  // HTTP the header means nothing and would pin a name to HTTPS that the office network may not serve.
  const everyAnswer = helmet({ strictTransportSecurity: false, contentSecurityPolicy: { directives } });
  const page = helmet.contentSecurityPolicy({
    directives: { ...directives, styleSrc: ["'self'", nonceOf], scriptSrc: ["'self'", nonceOf] },
  });

  server.addHook('onRequest', (request, reply, done) =>
    everyAnswer(request.raw, reply.raw, (error) => done(error as Error | undefined)),
  );

  /** A fresh nonce for this answer, allowed by its policy for style and script elements. */
  return function pageNonce(reply: FastifyReply): string {
    const res = reply.raw as Res;
    res.khienCspNonce = randomBytes(16).toString('hex');
    page(reply.request.raw, res, () => {});
    return res.khienCspNonce;
  };
}
