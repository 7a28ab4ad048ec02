import type { FastifyRequest } from 'fastify';
import { logAccess } from '../../app/access/access-log.ts';
import type { CaseRow } from '../../db/schema.ts';
import { readerOf } from '../reader.ts';
import { Type } from 'typebox';
import { EVALUATION_OUTCOMES } from '../../contract/events.ts';
import { vietnamDate } from '../../domain/calendar/working-calendar.ts';
import type { AppContext } from '../../app/context.ts';
import { CASE_ACTION_DEFS } from '../../app/cases/actions/index.ts';
import { createProposal, CreateProposalBody } from '../../app/cases/create-proposal.ts';
import { listCases, loadVisibleCase } from '../../app/cases/case-queries.ts';
import { verifyCaseRecord } from '../../app/verify/verify-case-record.ts';
import { caseDossier } from '../../app/verify/case-dossier.ts';
import { worklist } from '../../app/cases/worklist.ts';
import { performCaseAction } from '../../app/cases/perform-case-action.ts';
import { exportCase } from '../../app/cases/export-case.ts';
import { getPlanVersion } from '../../db/repositories/plan-repository.ts';
import { caseEventsAfter } from '../../db/repositories/event-repository.ts';
import { CASE_STATES } from '../../domain/case/states.ts';
import { DomainError, invalidField } from '../../domain/errors.ts';
import { actorOf, requireActor } from '../auth.ts';
import { idempotent } from '../idempotency.ts';
import { presentCase, presentEvent } from '../presenters/case-presenter.ts';
import { presentCaseListItem, presentWorkItem } from '../presenters/case-list-presenter.ts';
import { CaseEventListSchema, CaseListSchema, WorklistSchema } from '../../contract/case-views.ts';
import type { Server } from '../server-type.ts';

const CodeParams = Type.Object({ code: Type.String({ pattern: '^[A-Z]{2}-\\d{4}-\\d{6}$' }) });
const IntString = Type.String({ pattern: '^\\d{1,6}$' });

/** `If-Match: "7"` or `If-Match: 7` → 7; anything else is treated as absent. */
function expectedVersion(header: string | undefined): number | undefined {
  const m = header?.match(/^\s*(?:W\/)?"?(\d+)"?\s*$/);
  return m ? Number(m[1]) : undefined;
}

const toKebab = (s: string) => s.replace(/_/g, '-');

/** RFC 7240 `Prefer: return=minimal`. */
const wantsMinimal = (prefer: string | string[] | undefined) => /\breturn=minimal\b/.test(String(prefer ?? ''));

export async function caseRoutes(server: Server, app: AppContext) {
  const authed = requireActor(server);
  /** Who took the whole record out (issue 17): the proposer can ask, unless it was them. */
  const logExport = (request: FastifyRequest, kind: 'case_export' | 'case_dossier', row: CaseRow) =>
    logAccess(app, readerOf(request), {
      kind,
      entity: 'case',
      entityId: row.code,
      subjects: [
        {
          personId: row.proposer_id === actorOf(request).personId ? null : row.proposer_id,
          unitId: row.proposer_unit_id,
        },
      ],
    });

  server.get(
    '/api/cases',
    {
      onRequest: authed,
      schema: {
        tags: ['cases'],
        summary: 'Danh sách hồ sơ trong phạm vi được xem / Cases visible to the caller',
        querystring: Type.Object(
          {
            state: Type.Optional(Type.String({ maxLength: 500 })),
            unitId: Type.Optional(Type.String({ format: 'uuid' })),
            domain: Type.Optional(Type.String({ maxLength: 50 })),
            dueBefore: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
            q: Type.Optional(Type.String({ maxLength: 200 })),
            cursor: Type.Optional(Type.String({ maxLength: 200 })),
            limit: Type.Optional(IntString),
            proposerUnitId: Type.Optional(
              Type.String({ format: 'uuid', description: 'Proposed in this unit or below' }),
            ),
            year: Type.Optional(Type.String({ pattern: '^[12]\\d{3}$', description: 'Proposed in this year' })),
            overdue: Type.Optional(Type.Literal('true')),
            outcome: Type.Optional(Type.Union(EVALUATION_OUTCOMES.map((o) => Type.Literal(o)))),
            protection: Type.Optional(
              Type.Union([Type.Literal('granted'), Type.Literal('refused'), Type.Literal('revoked')]),
            ),
            rewardForm: Type.Optional(Type.String({ maxLength: 60 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: CaseListSchema },
      },
    },
    async (request) => {
      const q = request.query;
      const states = q.state ? q.state.split(',') : undefined;
      states?.forEach((s, i) => {
        if (!(CASE_STATES as readonly string[]).includes(s))
          throw invalidField(`querystring.state[${i}]`, 'invalid_value');
      });
      const limit = Math.min(Math.max(Number(q.limit ?? 20), 1), 100);
      const page = await listCases(app.db, actorOf(request), {
        ...q,
        state: states,
        limit,
        year: q.year === undefined ? undefined : Number(q.year),
        overdue: q.overdue ? { today: vietnamDate(app.now()) } : undefined,
      });
      return { items: page.items.map(presentCaseListItem), nextCursor: page.nextCursor };
    },
  );

  server.get(
    '/api/worklist',
    {
      onRequest: authed,
      schema: {
        tags: ['cases'],
        summary: 'Việc chờ xử lý, hạn gần nhất trước / What awaits me, soonest due first',
        querystring: Type.Object(
          { limit: Type.Optional(IntString), offset: Type.Optional(IntString) },
          { additionalProperties: false },
        ),
        response: { 200: WorklistSchema },
      },
    },
    async (request) => {
      const limit = Math.min(Math.max(Number(request.query.limit ?? 50), 1), 200);
      const items = await worklist(app.db, actorOf(request), limit, Number(request.query.offset ?? 0));
      return { items: items.map(presentWorkItem), today: app.now().toISOString() };
    },
  );

  server.post(
    '/api/cases',
    {
      onRequest: authed,
      schema: {
        tags: ['cases'],
        summary: 'Tạo đề xuất (bản nháp) / Create a draft proposal',
        body: CreateProposalBody,
      },
    },
    async (request, reply) =>
      idempotent(
        app,
        request,
        reply,
        async (markEffect) => {
          const actor = actorOf(request);
          const { row, snapshot } = await createProposal(app, actor, request.body, markEffect);
          reply.header('etag', `"${row.version}"`).header('location', `/api/cases/${row.code}`);
          // RFC 7240: a client that needs only the new code skips the reads of the case page.
          if (wantsMinimal(request.headers.prefer)) {
            reply.header('preference-applied', 'return=minimal');
            return { status: 201, body: { code: row.code, state: row.state, version: row.version } };
          }
          return { status: 201, body: await presentCase(app, row, snapshot, actor) };
        },
        undefined,
        // A retry after a crash between the commit and the stored answer: the case as created.
        async (code) => {
          const actor = actorOf(request);
          const { row, snapshot } = await loadVisibleCase(app, actor, code);
          reply.header('etag', `"${row.version}"`).header('location', `/api/cases/${row.code}`);
          return { status: 201, body: await presentCase(app, row, snapshot, actor) };
        },
      ),
  );

  server.get(
    '/api/cases/:code',
    { onRequest: authed, schema: { tags: ['cases'], params: CodeParams } },
    async (request, reply) => {
      const actor = actorOf(request);
      const { row, snapshot } = await loadVisibleCase(app, actor, request.params.code);
      reply.header('etag', `"${row.version}"`);
      return presentCase(app, row, snapshot, actor);
    },
  );

  server.get(
    '/api/cases/:code/plan/:version',
    {
      onRequest: authed,
      schema: {
        tags: ['cases'],
        summary: 'Một phiên bản kế hoạch và thay đổi / A plan version with its changes',
        params: Type.Object({ code: CodeParams.properties.code, version: IntString }),
      },
    },
    async (request) => {
      const { row } = await loadVisibleCase(app, actorOf(request), request.params.code);
      const version = await getPlanVersion(app.db, row.id, Number(request.params.version));
      if (!version) throw new DomainError('not_found', 'not_found');
      return version;
    },
  );

  server.get(
    '/api/cases/:code/events',
    {
      onRequest: authed,
      schema: {
        tags: ['cases'],
        summary: 'Lịch sử (chuỗi sự kiện có băm) / History (hash-chained events)',
        params: CodeParams,
        querystring: Type.Object(
          { after: Type.Optional(IntString), limit: Type.Optional(IntString) },
          { additionalProperties: false },
        ),
        response: { 200: CaseEventListSchema },
      },
    },
    async (request) => {
      const { row } = await loadVisibleCase(app, actorOf(request), request.params.code);
      const limit = Math.min(Math.max(Number(request.query.limit ?? 200), 1), 1000);
      const events = await caseEventsAfter(app.db, row.id, Number(request.query.after ?? 0), limit);
      return {
        caseId: row.id,
        code: row.code,
        items: events.map((e) => ({ ...presentEvent(e), actorName: e.actor_name })),
      };
    },
  );

  server.get(
    '/api/cases/:code/verify',
    {
      onRequest: authed,
      schema: {
        tags: ['cases'],
        summary:
          "Kiểm tra toàn vẹn hồ sơ / Verify the whole record: events, plan versions, attachments' bytes, the case row replayed, protection and rewards",
        params: CodeParams,
      },
    },
    async (request) => {
      const { row } = await loadVisibleCase(app, actorOf(request), request.params.code);
      return verifyCaseRecord(app, row);
    },
  );

  server.get(
    '/api/cases/:code/export',
    {
      onRequest: authed,
      schema: {
        tags: ['cases'],
        summary: 'Xuất hồ sơ để kiểm tra độc lập / Export the record for independent verification',
        description: 'Check the file offline with `node scripts/verify-export.mjs <file>`.',
        params: CodeParams,
      },
    },
    async (request, reply) => {
      const { row } = await loadVisibleCase(app, actorOf(request), request.params.code);
      await logExport(request, 'case_export', row);
      reply.header('content-disposition', `attachment; filename="${row.code}.json"`);
      return exportCase(app, row);
    },
  );

  server.get(
    '/api/cases/:code/dossier',
    {
      onRequest: authed,
      schema: {
        tags: ['cases'],
        summary:
          'Hồ sơ kiểm chứng (ZIP) / The dossier: export, attachments, checkpoint, public key and the offline verifier',
        description: 'Unzip and run `node verify-export.mjs <folder>`.',
        params: CodeParams,
      },
    },
    async (request, reply) => {
      const { row } = await loadVisibleCase(app, actorOf(request), request.params.code);
      await logExport(request, 'case_dossier', row);
      reply.header('content-type', 'application/zip');
      reply.header('content-disposition', `attachment; filename="${row.code}.zip"`);
      return caseDossier(app, row);
    },
  );

  for (const def of Object.values(CASE_ACTION_DEFS)) {
    server.post(
      `/api/cases/:code/actions/${toKebab(def.action)}`,
      {
        onRequest: authed,
        schema: {
          tags: ['case actions'],
          operationId: def.action,
          summary: `${def.summary.vi} / ${def.summary.en}`,
          description:
            'Requires `If-Match` with the case version. 409 when not allowed in the current state (with the allowed actions); 412 when the version is stale.',
          params: CodeParams,
          body: def.body,
          headers: Type.Object({ 'if-match': Type.Optional(Type.String()) }),
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const outcome = await performCaseAction(
          app,
          actor,
          request.params.code,
          expectedVersion(request.headers['if-match']),
          def,
          request.body,
        );
        reply.header('etag', `"${outcome.row.version}"`);
        // RFC 7240: a client that needs only the new version and the receipt skips the reads of the case page.
        if (wantsMinimal(request.headers.prefer)) {
          reply.header('preference-applied', 'return=minimal');
          return {
            code: outcome.row.code,
            state: outcome.row.state,
            version: outcome.row.version,
            event: outcome.event,
          };
        }
        return { ...(await presentCase(app, outcome.row, outcome.snapshot, actor)), event: outcome.event };
      },
    );
  }
}
