import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { logAccess } from '../../app/access/access-log.ts';
import { readerOf } from '../reader.ts';
import type { AppContext } from '../../app/context.ts';
import { personRecord } from '../../app/records/person-record.ts';
import { recordPdf } from '../../documents/record-pdf.ts';
import { recordXlsx } from '../../documents/record-xlsx.ts';
import { foldForSearch } from '../../domain/text/fold-for-search.ts';
import { actorOf, requireActor } from '../auth.ts';
import type { Server } from '../server-type.ts';
import { Uuid } from './protection-http.ts';

const tags = ['officials’ records'];
const Params = Type.Object({ id: Uuid });
const Query = Type.Object(
  {
    year: Type.Optional(Type.String({ pattern: '^(19|20|21)\\d{2}$', description: 'Only what happened in that year' })),
  },
  { additionalProperties: false },
);
const ACCESS =
  'The official sees their own record; an organisation officer whose grant covers the official’s unit sees it too; anyone else gets 404.';

/** A file download with a plain ASCII name and the Vietnamese one (RFC 6266 / 5987). */
function download(
  reply: FastifyReply,
  data: Buffer,
  mediaType: string,
  fullName: string,
  year: number | null,
  ext: string,
) {
  const base = `ho-so-doi-moi-${foldForSearch(fullName).replace(/[^a-z0-9]+/g, '-')}${year ? `-${year}` : ''}`;
  const utf8 = encodeURIComponent(`Hồ sơ đổi mới - ${fullName}${year ? ` - ${year}` : ''}.${ext}`);
  return reply
    .header('content-type', mediaType)
    .header('content-disposition', `attachment; filename="${base}.${ext}"; filename*=UTF-8''${utf8}`)
    .header('cache-control', 'private, no-store')
    .send(data);
}

/** Each official's record of innovation: proposals, evaluations, protection, rewards, overrides. */
export async function recordRoutes(server: Server, app: AppContext) {
  const authed = requireActor(server);
  const yearOf = (q: { year?: string }) => (q.year ? Number(q.year) : null);
  /** Who looked (issue 17): an official's record read or exported by anyone but the official. */
  const logRead = (
    request: FastifyRequest,
    kind: 'record_read' | 'record_export',
    person: { id: string; unit: { id: string } },
  ) =>
    actorOf(request).personId === person.id
      ? Promise.resolve()
      : logAccess(app, readerOf(request), {
          kind,
          entity: 'official_record',
          entityId: person.id,
          subjects: [{ personId: person.id, unitId: person.unit.id }],
        });

  server.get(
    '/api/people/:id/record',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Hồ sơ đổi mới, sáng tạo của cán bộ / An official’s innovation record',
        description: ACCESS,
        params: Params,
        querystring: Query,
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      const r = await personRecord(app, actorOf(request), request.params.id, yearOf(request.query));
      await logRead(request, 'record_read', r.person);
      return r;
    },
  );

  server.get(
    '/api/people/:id/record/summary',
    {
      onRequest: authed,
      schema: {
        tags,
        summary:
          'Tóm tắt kết quả cho đánh giá hằng năm, hồ sơ bổ nhiệm / Summary for the annual evaluation and appointment files',
        description: ACCESS,
        params: Params,
        querystring: Query,
      },
    },
    async (request) => {
      const r = await personRecord(app, actorOf(request), request.params.id, yearOf(request.query));
      await logRead(request, 'record_read', r.person);
      return { person: r.person, generatedAt: r.generatedAt, ...r.summary };
    },
  );

  server.get(
    '/api/people/:id/record.pdf',
    {
      onRequest: authed,
      schema: { tags, summary: 'Xuất PDF / Export as PDF', description: ACCESS, params: Params, querystring: Query },
    },
    async (request, reply) => {
      const r = await personRecord(app, actorOf(request), request.params.id, yearOf(request.query));
      await logRead(request, 'record_export', r.person);
      return download(reply, await recordPdf(r), 'application/pdf', r.person.fullName, r.year, 'pdf');
    },
  );

  server.get(
    '/api/people/:id/record.xlsx',
    {
      onRequest: authed,
      schema: { tags, summary: 'Xuất Excel / Export as XLSX', description: ACCESS, params: Params, querystring: Query },
    },
    async (request, reply) => {
      const r = await personRecord(app, actorOf(request), request.params.id, yearOf(request.query));
      await logRead(request, 'record_export', r.person);
      const mediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      return download(reply, await recordXlsx(r), mediaType, r.person.fullName, r.year, 'xlsx');
    },
  );
}
