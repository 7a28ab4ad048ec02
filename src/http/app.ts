import Fastify from 'fastify';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppContext } from '../app/context.ts';
import { pickLang } from '../i18n/messages.ts';
import { registerAuth } from './auth.ts';
import { errorHandler, sendError } from './errors.ts';
import { attachmentRoutes } from './routes/attachment-routes.ts';
import { authRoutes } from './routes/auth-routes.ts';
import { caseRoutes } from './routes/case-routes.ts';
import { metaRoutes } from './routes/meta-routes.ts';
import { orgRoutes } from './routes/org-routes.ts';
import { profileRoutes } from './routes/profile-routes.ts';
import { referenceRoutes } from './routes/reference-routes.ts';
import { legalClockRoutes } from './routes/legal-clock-routes.ts';
import { protectionRoutes } from './routes/protection-routes.ts';
import { statisticsRoutes } from './routes/statistics-routes.ts';
import { documentRoutes } from './routes/document-routes.ts';
import type { Server } from './server-type.ts';

export interface HttpOptions {
  cookieSecret: string;
  secureCookies: boolean;
  logger: boolean;
  /** Folder of the built web app, served at `/` when it exists. */
  webRoot?: string;
  trustProxy?: boolean;
}

export async function buildServer(app: AppContext, opts: HttpOptions): Promise<Server> {
  const server = Fastify({
    logger: opts.logger ? { level: 'info' } : false,
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: opts.trustProxy ?? false,
    ajv: {
      // Unknown fields are refused (not silently dropped) and types are not coerced, so a
      // client learns exactly which field is wrong; every failing field is reported at once.
      customOptions: { removeAdditional: false, coerceTypes: false, allErrors: true, useDefaults: false },
    },
  }).withTypeProvider<TypeBoxTypeProvider>() as unknown as Server;

  // The API speaks JSON (and multipart for uploads): plain text is refused with 415, not parsed.
  server.removeContentTypeParser('text/plain');
  server.setErrorHandler(errorHandler);
  server.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !opts.webRoot || !existsSync(opts.webRoot)) {
      return sendError(reply, pickLang(request.headers['accept-language']), 404, 'not_found');
    }
    return reply.sendFile('index.html');
  });

  await server.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        // Only behind TLS: on a plain-HTTP office network the upgrade would break every request.
        upgradeInsecureRequests: opts.secureCookies ? [] : null,
      },
    },
  });
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
  await documentRoutes(server, app);

  if (opts.webRoot && existsSync(opts.webRoot)) {
    await server.register(fastifyStatic, { root: opts.webRoot, wildcard: false, index: 'index.html' });
  }
  return server;
}
