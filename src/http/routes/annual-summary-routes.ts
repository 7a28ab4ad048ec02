import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { logAccess } from '../../app/access/access-log.ts';
import type { AppContext } from '../../app/context.ts';
import { personAnnualSummary, unitAnnualSummaries } from '../../app/records/annual-summaries.ts';
import { AnnualSummarySchema } from '../../contract/annual-summary.ts';
import { annualSummaryXlsx } from '../../documents/annual-summary-xlsx.ts';
import { foldForSearch } from '../../domain/text/fold-for-search.ts';
import { actorOf, requireActor } from '../auth.ts';
import { readerOf } from '../reader.ts';
import type { Server } from '../server-type.ts';
import { Uuid } from './protection-http.ts';

const tags = ['officials’ records'];
const Params = Type.Object({ id: Uuid });
const Query = Type.Object(
  { year: Type.String({ pattern: '^(19|20|21)\\d{2}$', description: 'The year evaluated' }) },
  { additionalProperties: false },
);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function xlsx(reply: FastifyReply, data: Buffer, base: string, name: string) {
  return reply
    .header('content-type', XLSX)
    .header(
      'content-disposition',
      `attachment; filename="${base}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${name}.xlsx`)}`,
    )
    .header('cache-control', 'private, no-store')
    .send(data);
}

/**
 * The annual summary for rating (xếp loại) and appointment files, breakthrough results first
 * (Plan 124-KH/TU): for one official, or for every official of a unit. Reads and exports of
 * someone else's record are written to the access log, one entry per official.
 */
export async function annualSummaryRoutes(server: Server, app: AppContext) {
  const authed = requireActor(server);
  const log = (
    request: FastifyRequest,
    kind: 'record_read' | 'record_export',
    people: { id: string; unit: { id: string } }[],
  ) => {
    const others = people.filter((p) => p.id !== actorOf(request).personId);
    if (others.length === 0) return Promise.resolve();
    return logAccess(app, readerOf(request), {
      kind,
      entity: 'official_record',
      entityId: others.length === 1 ? others[0]!.id : others[0]!.unit.id,
      subjects: others.map((p) => ({ personId: p.id, unitId: p.unit.id })),
    });
  };

  server.get(
    '/api/people/:id/record/annual',
    {
      onRequest: authed,
      schema: {
        tags,
        summary:
          'Tổng hợp năm cho đánh giá, xếp loại (kết quả đột phá trước) / Annual summary for rating, breakthroughs first',
        description:
          'The official, and the organisation officer whose grant covers the official’s unit; anyone else gets 404.',
        params: Params,
        querystring: Query,
        response: { 200: AnnualSummarySchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      const s = await personAnnualSummary(app, actorOf(request), request.params.id, Number(request.query.year));
      await log(request, 'record_read', [s.person]);
      return { ...s, generatedAt: s.generatedAt.toISOString() };
    },
  );

  server.get(
    '/api/people/:id/record/annual.xlsx',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Xuất Excel tổng hợp năm / The annual summary as XLSX',
        params: Params,
        querystring: Query,
      },
    },
    async (request, reply) => {
      const year = Number(request.query.year);
      const s = await personAnnualSummary(app, actorOf(request), request.params.id, year);
      await log(request, 'record_export', [s.person]);
      const slug = foldForSearch(s.person.fullName).replace(/[^a-z0-9]+/g, '-');
      return xlsx(
        reply,
        await annualSummaryXlsx([s], year),
        `tong-hop-nam-${year}-${slug}`,
        `Tổng hợp năm ${year} - ${s.person.fullName}`,
      );
    },
  );

  server.get(
    '/api/units/:id/annual-summaries.xlsx',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Xuất Excel tổng hợp năm của cán bộ một đơn vị / Annual summaries of a unit’s officials as XLSX',
        description: 'Organisation officers whose grant covers the unit. Each official exported is logged.',
        params: Params,
        querystring: Query,
      },
    },
    async (request, reply) => {
      const year = Number(request.query.year);
      const { unit, summaries } = await unitAnnualSummaries(app, actorOf(request), request.params.id, year);
      await log(
        request,
        'record_export',
        summaries.map((s) => s.person),
      );
      const slug = foldForSearch(unit.name).replace(/[^a-z0-9]+/g, '-');
      return xlsx(
        reply,
        await annualSummaryXlsx(summaries, year),
        `tong-hop-nam-${year}-${slug}`,
        `Tổng hợp năm ${year} - ${unit.name}`,
      );
    },
  );
}
