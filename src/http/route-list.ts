import type { FastifyInstance } from 'fastify';

/** A registered route, as Fastify saw it (HEAD routes Fastify adds for GET are left out). */
export interface RegisteredRoute {
  method: string;
  url: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route of this server, collected as it was registered: the route × role authorisation test walks it. */
    registeredRoutes: RegisteredRoute[];
  }
}

export function collectRoutes(server: FastifyInstance) {
  const routes: RegisteredRoute[] = [];
  server.decorate('registeredRoutes', routes);
  server.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url });
  });
}
