import { PassThrough } from 'node:stream';
import { Type } from 'typebox';
import type { AppContext } from '../../app/context.ts';
import { campaignCompliance, complianceQueryFor } from '../../app/campaigns/campaign-compliance.ts';
import { campaignView, campaignsOf } from '../../app/campaigns/campaign-queries.ts';
import { closeCampaign } from '../../app/campaigns/close-campaign.ts';
import { openCampaign, OpenCampaignBody } from '../../app/campaigns/open-campaign.ts';
import {
  CampaignListSchema,
  CampaignSchema,
  COMPLIANCE_STATUSES,
  ComplianceReportSchema,
  type ComplianceRow,
} from '../../contract/campaigns.ts';
import { complianceRows } from '../../db/repositories/campaign-repository.ts';
import { streamComplianceXlsx } from '../../documents/campaign-compliance-xlsx.ts';
import { actorOf, requireActor } from '../auth.ts';
import { presentCampaign, presentComplianceRow } from '../presenters/campaign-presenter.ts';
import { idempotent } from '../idempotency.ts';
import type { Server } from '../server-type.ts';
import {
  IDEMPOTENCY_NOTE,
  IF_MATCH_NOTE,
  IdempotencyHeaders,
  IfMatchHeaders,
  Uuid,
  ifMatchVersion,
} from './protection-http.ts';

const tags = ['registration campaigns'];
const Params = Type.Object({ id: Uuid });
const StatusFilter = Type.Optional(Type.Union(COMPLIANCE_STATUSES.map((s) => Type.Literal(s))));
const ACCESS =
  'Administrators and organisation officers of the province or city see and close its campaigns and the compliance of its whole scope; an organisation officer inside the scope sees their own part; a unit asked to register sees the campaign. Anyone else gets 404.';
const EXPORT_PAGE = 1000;

/** Registration campaigns (issue 14, item 1): open, list, follow compliance, export it, close. */
export async function campaignRoutes(server: Server, app: AppContext) {
  const authed = requireActor(server);

  server.get(
    '/api/campaigns',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Các đợt đăng ký sáng kiến / Registration campaigns',
        querystring: Type.Object(
          {
            status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('closed')])),
            mine: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
          },
          { additionalProperties: false },
        ),
        response: { 200: CampaignListSchema },
      },
    },
    async (request) => {
      const views = await campaignsOf(app, actorOf(request), {
        status: request.query.status,
        mine: request.query.mine === 'true',
      });
      return { items: views.map(presentCampaign) };
    },
  );

  server.post(
    '/api/campaigns',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Phát động đợt đăng ký / Open a registration campaign',
        description: `${IDEMPOTENCY_NOTE} ${ACCESS}`,
        headers: IdempotencyHeaders,
        body: OpenCampaignBody,
        response: { 201: CampaignSchema },
      },
    },
    async (request, reply) =>
      idempotent(app, request, reply, async () => {
        const actor = actorOf(request);
        const id = await openCampaign(app, actor, request.body);
        const body = presentCampaign(await campaignView(app, actor, id));
        reply.header('etag', `"${body.version}"`).header('location', `/api/campaigns/${id}`);
        return { status: 201, body };
      }),
  );

  server.get(
    '/api/campaigns/:id',
    {
      onRequest: authed,
      schema: { tags, description: ACCESS, params: Params, response: { 200: CampaignSchema } },
    },
    async (request, reply) => {
      const body = presentCampaign(await campaignView(app, actorOf(request), request.params.id));
      reply.header('etag', `"${body.version}"`);
      return body;
    },
  );

  server.post(
    '/api/campaigns/:id/close',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Kết thúc đợt đăng ký / Close a campaign',
        description: `${IF_MATCH_NOTE} ${ACCESS}`,
        params: Params,
        headers: IfMatchHeaders,
        response: { 200: CampaignSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await closeCampaign(app, actor, request.params.id, ifMatchVersion(request.headers['if-match']));
      const body = presentCampaign(await campaignView(app, actor, request.params.id));
      reply.header('etag', `"${body.version}"`);
      return body;
    },
  );

  server.get(
    '/api/campaigns/:id/compliance',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Tình hình đăng ký theo đơn vị / Compliance per unit',
        description: ACCESS,
        params: Params,
        querystring: Type.Object(
          {
            status: StatusFilter,
            unitId: Type.Optional(
              Type.String({
                format: 'uuid',
                description: 'Only the units at or below this one (a dashboard’s subtree)',
              }),
            ),
            limit: Type.Optional(Type.String({ pattern: '^[0-9]{1,3}$', description: '1–500, default 50' })),
            offset: Type.Optional(Type.String({ pattern: '^[0-9]{1,7}$' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: ComplianceReportSchema },
      },
    },
    async (request) => {
      const r = await campaignCompliance(app, actorOf(request), request.params.id, {
        status: request.query.status,
        within: request.query.unitId,
        limit: Math.min(Math.max(Number(request.query.limit ?? 50), 1), 500),
        offset: Number(request.query.offset ?? 0),
      });
      return {
        campaignId: r.campaign.id,
        minimumPerUnit: r.campaign.minimum_per_unit,
        items: r.rows.map(presentComplianceRow),
        total: r.total,
        summary: r.summary,
      };
    },
  );

  server.get(
    '/api/campaigns/:id/compliance.xlsx',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Xuất Excel tình hình đăng ký / Export compliance as XLSX',
        description: ACCESS,
        params: Params,
        querystring: Type.Object({ status: StatusFilter }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      // Access is settled before the first byte: a refusal is still an ordinary error response.
      const { query } = await complianceQueryFor(app, actor, request.params.id);
      const campaign = presentCampaign(await campaignView(app, actor, request.params.id));
      const status = request.query.status;
      async function* pages(): AsyncIterable<ComplianceRow[]> {
        for (let offset = 0; ; offset += EXPORT_PAGE) {
          const rows = await complianceRows(app.db, { ...query, status, limit: EXPORT_PAGE, offset });
          yield rows.map(presentComplianceRow);
          if (rows.length < EXPORT_PAGE) return;
        }
      }
      const out = new PassThrough();
      streamComplianceXlsx(out, campaign, pages(), app.now()).catch((err: unknown) => out.destroy(err as Error));
      const name = `dang-ky-sang-kien-${campaign.year}-${campaign.id.slice(0, 8)}.xlsx`;
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'private, no-store')
        .send(out);
    },
  );
}
