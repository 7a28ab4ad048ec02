import { Type } from 'typebox';
import type { AppContext } from '../../app/context.ts';
import { isIsoDate } from '../../domain/calendar/working-calendar.ts';
import { invalidField } from '../../domain/errors.ts';
import type { Server } from '../server-type.ts';

export async function metaRoutes(server: Server, app: AppContext) {
  server.get('/api/health', { schema: { tags: ['meta'], hide: true } }, async () => {
    await app.db.selectNoFrom((eb) => eb.val(1).as('ok')).execute();
    return { ok: true };
  });

  server.get('/api/openapi.json', { schema: { hide: true } }, async () => server.swagger());

  server.get(
    '/api/calendar/due-date',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Hạn xử lý theo ngày làm việc / Due date in working days',
        querystring: Type.Object(
          { from: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }), workingDays: Type.String({ pattern: '^\\d{1,3}$' }) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const { from, workingDays } = request.query;
      if (!isIsoDate(from)) throw invalidField('query.from', 'invalid_date');
      const n = Number(workingDays);
      const result = app.calendar.addWorkingDays(from, n);
      return { from, workingDays: n, ...result };
    },
  );
}
