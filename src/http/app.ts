import Fastify from 'fastify';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppContext } from '../app/context.ts';
import { pickLang } from '../i18n/messages.ts';
import { registerAuth } from './auth.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { errorHandler, sendError } from './errors.ts';
import { registerJsonBodyParser } from './input/json-body-parser.ts';
import { addTextKeyword, markTextFields } from './input/text-keyword.ts';
import { collectRoutes } from './route-list.ts';
import { attachmentRoutes } from './routes/attachment-routes.ts';
import { authRoutes } from './routes/auth-routes.ts';
import { caseRoutes } from './routes/case-routes.ts';
import { metaRoutes } from './routes/meta-routes.ts';
import { orgRoutes } from './routes/org-routes.ts';
import { profileRoutes } from './routes/profile-routes.ts';
import { referenceRoutes } from './routes/reference-routes.ts';
import { legalClockRoutes } from './routes/legal-clock-routes.ts';
import { protectionRoutes } from './routes/protection-routes.ts';
import { checkpointRoutes } from './routes/checkpoint-routes.ts';
import { statisticsRoutes } from './routes/statistics-routes.ts';
import { programmeRoutes } from './routes/programme-routes.ts';
import { accessLogRoutes } from './routes/access-log-routes.ts';
import { documentRoutes } from './routes/document-routes.ts';
import { authIdentityRoutes } from './routes/auth-identity-routes.ts';
import { secondFactorRoutes } from './routes/second-factor-routes.ts';
import { campaignRoutes } from './routes/campaign-routes.ts';
import { documentPersonRoutes } from './routes/document-person-routes.ts';
import { oidcRoutes } from './routes/oidc-routes.ts';
import { personIdentityRoutes } from './routes/person-identity-routes.ts';
import type { OidcSettings } from '../app/auth/oidc-settings.ts';
import { reviewReportRoutes } from './routes/review-report-routes.ts';
import { annualSummaryRoutes } from './routes/annual-summary-routes.ts';
import { implementationPlanRoutes } from './routes/implementation-plan-routes.ts';
import type { Server } from './server-type.ts';

/** Written by the web build (web/vite.config.ts `html.cspNonce`), replaced per answer. */
export const CSP_NONCE_PLACEHOLDER = 'KHIEN_CSP_NONCE';

export interface HttpOptions {
  cookieSecret: string;
  secureCookies: boolean;
  logger: boolean;
  /** Folder of the built web app, served at `/` when it exists. */
  webRoot?: string;
  /**
   * Reverse proxies (addresses or CIDR ranges) whose X-Forwarded-For / X-Forwarded-Proto are
   * believed. Anyone else's are ignored: a client cannot choose its own address (sign-in
   * throttling is keyed on it) nor claim HTTPS.
   */
  trustedProxies?: string[];
  /** Single sign-on with the province's OpenID Connect provider; off when absent. */
  oidc?: OidcSettings;
}

export async function buildServer(app: AppContext, opts: HttpOptions): Promise<Server> {
  const server = Fastify({
    logger: opts.logger ? { level: 'info' } : false,
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: opts.trustedProxies?.length ? opts.trustedProxies : false,
    // A path that is not valid percent-encoded UTF-8 gets the API's error shape, not Fastify's.
    frameworkErrors: (error, request, reply) =>
      sendError(
        reply,
        pickLang(request.headers['accept-language']),
        400,
        'bad_request',
        error.code === 'FST_ERR_BAD_URL' ? [{ path: 'url', code: 'invalid_format' }] : [],
      ),
    ajv: {
      // Unknown fields are refused (not silently dropped) and types are not coerced, so a
      // client learns exactly which field is wrong; every failing field is reported at once.
      customOptions: { removeAdditional: false, coerceTypes: false, allErrors: true, useDefaults: false },
      plugins: [addTextKeyword],
    },
  }).withTypeProvider<TypeBoxTypeProvider>() as unknown as Server;

  // The API speaks JSON (and multipart for uploads): plain text is refused with 415, not parsed.
  server.removeContentTypeParser('text/plain');
  // One place every route gets: duplicate keys, forbidden characters and NFC in JSON bodies, and
  // the character rules of every free-text field of every request schema (body, query, params, headers).
  registerJsonBodyParser(server);
  collectRoutes(server);
  server.addHook('onRoute', (route) => {
    const schema = route.schema as Record<string, unknown> | undefined;
    for (const part of ['body', 'querystring', 'params', 'headers']) markTextFields(schema?.[part]);
  });
  server.setErrorHandler(errorHandler);
  server.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !opts.webRoot || !existsSync(opts.webRoot)) {
      return sendError(reply, pickLang(request.headers['accept-language']), 404, 'not_found');
    }
    return sendIndex(reply);
  });

  const pageNonce = registerSecurityHeaders(server, { secureCookies: opts.secureCookies });
  await server.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Khiên API',
        version: '1.0.0',
        description:
          'Khuyến khích và bảo vệ cán bộ năng động, sáng tạo (Nghị định 73/2023/NĐ-CP). Errors: `{ error: { code, message, fields[] } }`; messages in Vietnamese, English with `Accept-Language: en`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'khien_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
  });
  server.addHook('onSend', async (request, reply, payload) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    // Answers about a signed-in person (JSON and file downloads) are never kept by a browser or
    // shared proxy cache; the login answer (CSRF token, profile) neither.
    if (request.url.startsWith('/api/') && (request.actor || !reply.hasHeader('cache-control')))
      reply.header('cache-control', 'no-store');
    return payload;
  });
  await registerAuth(server, app, { cookieSecret: opts.cookieSecret, secureCookies: opts.secureCookies });

  await metaRoutes(server, app);
  await authRoutes(server, app, { secureCookies: opts.secureCookies });
  await caseRoutes(server, app);
  await attachmentRoutes(server, app);
  await orgRoutes(server, app);
  await profileRoutes(server, app);
  await referenceRoutes(server, app);
  await legalClockRoutes(server, app);
  await protectionRoutes(server, app);
  await statisticsRoutes(server, app);
  await programmeRoutes(server, app);
  await accessLogRoutes(server, app);
  await checkpointRoutes(server, app);
  await documentRoutes(server, app);
  await authIdentityRoutes(server, app);
  await secondFactorRoutes(server, app);
  await campaignRoutes(server, app);
  await documentPersonRoutes(server, app);
  await oidcRoutes(server, app, { secureCookies: opts.secureCookies, oidc: opts.oidc });
  await personIdentityRoutes(server, app, { oidc: opts.oidc });
  await reviewReportRoutes(server, app);
  await annualSummaryRoutes(server, app);
  await implementationPlanRoutes(server, app);

  if (opts.webRoot && existsSync(opts.webRoot)) {
    // index.html is never sent as stored: it goes through sendIndex (via the not-found handler).
    await server.register(fastifyStatic, {
      root: opts.webRoot,
      wildcard: false,
      index: false,
      allowedPath: (path) => path !== '/index.html',
    });
    server.get('/', { schema: { hide: true } }, (_request, reply) => sendIndex(reply));
  }

  /**
   * The web page with this answer's CSP nonce in place of the placeholder Vite writes
   * (`html.cspNonce`), on its tags and in the meta element the app hands to Mantine.
   */
  async function sendIndex(reply: FastifyReply) {
    const html = await readFile(join(opts.webRoot!, 'index.html'), 'utf8');
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(html.replaceAll(CSP_NONCE_PLACEHOLDER, pageNonce(reply)));
  }
  return server;
}
