import type { AppContext } from '../../app/context.ts';
import type { Server } from '../server-type.ts';
import { databaseAnswers } from '../../db/repositories/reference-repository.ts';

// The working-day calendar's endpoints (due dates, days off, year decisions) are in legal-clock-routes.ts.
export async function metaRoutes(server: Server, app: AppContext) {
  server.get('/api/health', { schema: { tags: ['meta'], hide: true } }, async () => {
    await databaseAnswers(app.db);
    return { ok: true };
  });

  server.get('/api/openapi.json', { schema: { hide: true } }, async () => server.swagger());
}
