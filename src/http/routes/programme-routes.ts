import { Type } from 'typebox';
import { XMLBuilder } from 'fast-xml-parser';
import type { AppContext } from '../../app/context.ts';
import { modelsPage, modelWithPlan, replicationsOfCase } from '../../app/programme/models.ts';
import { showcaseItem, showcasePage } from '../../app/programme/showcase.ts';
import {
  ModelDetailSchema,
  ModelListSchema,
  ReplicationListSchema,
  ShowcaseItemSchema,
  ShowcaseListSchema,
} from '../../contract/programme.ts';
import { actorOf, requireActor } from '../auth.ts';
import type { Server } from '../server-type.ts';

const CodeParams = Type.Object({ code: Type.String({ pattern: '^[A-Z]{2}-\\d{4}-\\d{6}$' }) });
const PageQuery = {
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.String({ pattern: '^\\d{1,3}$' })),
};
const limitOf = (limit: string | undefined) => Math.min(Math.max(Number(limit ?? 20), 1), 100);

/** KL14 §2.5: models to replicate, where they were replicated, and the public showcase. */
export async function programmeRoutes(server: Server, app: AppContext): Promise<void> {
  const authed = requireActor(server);
  const open = { tags: ['showcase'], security: [] };

  server.get(
    '/api/showcase',
    {
      schema: {
        ...open,
        summary: 'Sáng kiến được công bố (không cần đăng nhập) / Published initiatives (no sign-in)',
        querystring: Type.Object(
          { q: Type.Optional(Type.String({ maxLength: 200 })), ...PageQuery },
          { additionalProperties: false },
        ),
        response: { 200: ShowcaseListSchema },
      },
    },
    async (request) => showcasePage(app, { ...request.query, limit: limitOf(request.query.limit) }),
  );

  server.get(
    '/api/showcase/feed.rss',
    { schema: { ...open, summary: 'Nguồn tin RSS của trang công khai / RSS feed of the showcase' } },
    async (_request, reply) => {
      const { items } = await showcasePage(app, { limit: 50 });
      const base = app.legalClock.publicUrl.replace(/\/$/, '');
      const xml = new XMLBuilder({ ignoreAttributes: false, format: true }).build({
        '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
        rss: {
          '@_version': '2.0',
          channel: {
            title: 'Khiên — Sáng kiến đổi mới sáng tạo được công bố',
            link: `${base}/showcase`,
            description: 'Published initiatives / Các sáng kiến được người đứng đầu duyệt công bố',
            item: items.map((i) => ({
              title: i.title,
              link: `${base}/showcase/${i.code}`,
              guid: `${base}/showcase/${i.code}`,
              pubDate: new Date(`${i.publishedOn}T00:00:00+07:00`).toUTCString(),
              description: `${i.unitName}. ${i.summary}`,
            })),
          },
        },
      });
      return reply.type('application/rss+xml; charset=utf-8').send(xml);
    },
  );

  server.get(
    '/api/showcase/:code',
    {
      schema: {
        ...open,
        summary: 'Một sáng kiến được công bố / One published initiative',
        params: CodeParams,
        response: { 200: ShowcaseItemSchema },
      },
    },
    async (request) => showcaseItem(app, request.params.code),
  );

  server.get(
    '/api/models',
    {
      onRequest: authed,
      schema: {
        tags: ['programme'],
        summary: 'Mô hình để nhân rộng / Models to replicate',
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: { 200: ModelListSchema },
      },
    },
    async (request) => modelsPage(app, { cursor: request.query.cursor, limit: limitOf(request.query.limit) }),
  );

  server.get(
    '/api/models/:code',
    {
      onRequest: authed,
      schema: {
        tags: ['programme'],
        summary: 'Mô hình và kế hoạch để áp dụng / A model and the plan to adapt',
        params: CodeParams,
        response: { 200: ModelDetailSchema },
      },
    },
    async (request) => modelWithPlan(app, request.params.code),
  );

  server.get(
    '/api/cases/:code/replications',
    {
      onRequest: authed,
      schema: {
        tags: ['programme'],
        summary: 'Nơi đã nhân rộng sáng kiến / Where the initiative was replicated',
        params: CodeParams,
        response: { 200: ReplicationListSchema },
      },
    },
    async (request) => replicationsOfCase(app, actorOf(request), request.params.code),
  );
}
