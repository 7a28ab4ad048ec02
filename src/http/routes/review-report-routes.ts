import { Type } from 'typebox';
import type { AppContext } from '../../app/context.ts';
import { issueReviewReport } from '../../app/reports/issue-review-report.ts';
import { draftReviewFigures, issuedReviewReportXlsx, listReviewReports } from '../../app/reports/review-reports.ts';
import { ShortText } from '../../app/cases/schemas.ts';
import { ReviewFiguresSchema, ReviewReportListSchema, ReviewReportSchema } from '../../contract/review-reports.ts';
import { reviewReportXlsx } from '../../documents/review-report-xlsx.ts';
import { actorOf, requireActor } from '../auth.ts';
import type { Server } from '../server-type.ts';
import { Uuid } from './protection-http.ts';

const tags = ['review reports'];
const Params = Type.Object({ id: Uuid });
const Kind = Type.Union([Type.Literal('six_month'), Type.Literal('annual')], {
  description: 'six_month: sơ kết 6 tháng (January–June); annual: tổng kết năm',
});
const Year = Type.Integer({ minimum: 2000, maximum: 2199 });
const DraftQuery = Type.Object(
  { kind: Kind, year: Type.String({ pattern: '^2[01]\\d{2}$' }) },
  { additionalProperties: false },
);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ACCESS =
  'Read: whoever sees the unit’s statistics. Issue: the unit’s head, or an organisation officer whose grant covers the unit.';

const attachment = (name: string) => {
  const ascii = name
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/"/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
};

/** Periodic review reports of a unit and its subtree (sơ kết 6 tháng, tổng kết năm), issued as official documents. */
export async function reviewReportRoutes(server: Server, app: AppContext) {
  const authed = requireActor(server);

  server.get(
    '/api/units/:id/review-reports',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Báo cáo sơ kết, tổng kết đã ban hành / Issued review reports of a unit',
        description: ACCESS,
        params: Params,
        response: { 200: ReviewReportListSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      return listReviewReports(app, actorOf(request), request.params.id);
    },
  );

  server.get(
    '/api/units/:id/review-reports/draft',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Số liệu dự thảo báo cáo / The draft report’s figures as they stand now',
        description: ACCESS,
        params: Params,
        querystring: DraftQuery,
        response: { 200: ReviewFiguresSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      const q = request.query;
      return draftReviewFigures(app, actorOf(request), request.params.id, q.kind, Number(q.year));
    },
  );

  server.get(
    '/api/units/:id/review-reports/draft.xlsx',
    {
      onRequest: authed,
      schema: { tags, summary: 'Dự thảo dạng Excel / The draft as XLSX', params: Params, querystring: DraftQuery },
    },
    async (request, reply) => {
      const q = request.query;
      const f = await draftReviewFigures(app, actorOf(request), request.params.id, q.kind, Number(q.year));
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment(`Du thao bao cao ${q.kind} ${q.year}.xlsx`))
        .header('cache-control', 'private, no-store')
        .send(await reviewReportXlsx(f, null));
    },
  );

  server.post(
    '/api/units/:id/review-reports',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Ban hành báo cáo sơ kết, tổng kết (cấp số từ sổ văn bản đi) / Issue a numbered review report',
        description: `${ACCESS} The figures are kept with the document: it never changes after issue.`,
        params: Params,
        body: Type.Object(
          {
            kind: Kind,
            year: Year,
            recipients: Type.Optional(Type.Array(ShortText(300), { minItems: 1, maxItems: 30 })),
            excerpt: Type.Optional(ShortText(500)),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ ...ReviewReportSchema.properties, figuresSha256: Type.String() }) },
      },
    },
    async (request, reply) => {
      const issued = await issueReviewReport(app, actorOf(request), request.params.id, request.body);
      return reply.status(201).send(issued);
    },
  );

  server.get(
    '/api/review-reports/:id/xlsx',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Số liệu của báo cáo đã ban hành (Excel) / The issued report’s figures as XLSX',
        params: Params,
      },
    },
    async (request, reply) => {
      const f = await issuedReviewReportXlsx(app, actorOf(request), request.params.id);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment(f.filename))
        .header('cache-control', 'private, no-store')
        .send(f.content);
    },
  );
}
