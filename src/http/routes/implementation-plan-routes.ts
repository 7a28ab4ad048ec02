import { Type } from 'typebox';
import type { AppContext } from '../../app/context.ts';
import { AddTaskBody, addPlanTask } from '../../app/implementation-plans/add-task.ts';
import { CreatePlanBody, createPlan } from '../../app/implementation-plans/create-plan.ts';
import { requireOnPlan } from '../../app/implementation-plans/plan-access.ts';
import { planCreation, planDetail, plansOf } from '../../app/implementation-plans/plan-queries.ts';
import { planReportDocx } from '../../app/implementation-plans/plan-report-document.ts';
import { planTaskFigures } from '../../app/implementation-plans/plan-task-figures.ts';
import { ReportTaskBody, reportPlanTask } from '../../app/implementation-plans/report-task.ts';
import { readTaskFile, storeTaskFile } from '../../app/implementation-plans/task-files.ts';
import { UpdateTaskBody, updatePlanTask } from '../../app/implementation-plans/update-task.ts';
import { UrgeTaskBody, urgePlanTask } from '../../app/implementation-plans/urge-task.ts';
import {
  PlanDetailSchema,
  PlanListSchema,
  PlanTaskFigureSchema,
  PlanTaskFileSchema,
  UrgeResultSchema,
} from '../../contract/implementation-plans.ts';
import { planReportXlsx } from '../../documents/plan-report-xlsx.ts';
import { MEDIA_TYPES } from '../../documents/render/render-document.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { actorOf, requireActor } from '../auth.ts';
import { idempotent } from '../idempotency.ts';
import { presentPlan, presentPlanDetail } from '../presenters/implementation-plan-presenter.ts';
import type { Server } from '../server-type.ts';
import { IDEMPOTENCY_NOTE, IdempotencyHeaders, IfMatchHeaders, Uuid, ifMatchVersion } from './protection-http.ts';

const tags = ['implementation plans'];
const Params = Type.Object({ id: Uuid });
const ACCESS =
  "The issuing unit's head or organisation officer creates plans; they and the focal-point unit's officers add and change tasks; the unit a task is assigned to reports on it; the focal point urges and exports; anyone inside the issuing unit reads. Anyone else gets 404.";
const TASK_IF_MATCH =
  'Requires `If-Match` with the task version last read (428 without it, 409 when another write came first). Nothing is written on a 4xx.';

/** The province's implementation plan and its tasks: create, assign, report, urge, export. */
export async function implementationPlanRoutes(server: Server, app: AppContext) {
  const authed = requireActor(server);
  const detail = async (actor: Actor, id: string) => presentPlanDetail(await planDetail(app, actor, id));

  server.get(
    '/api/plans',
    {
      onRequest: authed,
      schema: { tags, summary: 'Kế hoạch triển khai / Implementation plans', response: { 200: PlanListSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      const [views, issuingUnits] = await Promise.all([plansOf(app, actor), planCreation(app, actor)]);
      return { items: views.map(presentPlan), mayCreatePlan: issuingUnits.length > 0, issuingUnits };
    },
  );

  server.post(
    '/api/plans',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Tạo kế hoạch / Create a plan',
        description: `${IDEMPOTENCY_NOTE} ${ACCESS}`,
        headers: IdempotencyHeaders,
        body: CreatePlanBody,
        response: { 201: PlanDetailSchema },
      },
    },
    async (request, reply) =>
      idempotent(app, request, reply, async () => {
        const id = await createPlan(app, actorOf(request), request.body);
        reply.header('location', `/api/plans/${id}`);
        return { status: 201, body: await detail(actorOf(request), id) };
      }),
  );

  server.get(
    '/api/plans/:id',
    { onRequest: authed, schema: { tags, description: ACCESS, params: Params, response: { 200: PlanDetailSchema } } },
    async (request) => detail(actorOf(request), request.params.id),
  );

  server.post(
    '/api/plans/:id/tasks',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Giao nhiệm vụ / Add a task',
        description: `${IDEMPOTENCY_NOTE} ${ACCESS}`,
        params: Params,
        headers: IdempotencyHeaders,
        body: AddTaskBody,
        response: { 201: PlanDetailSchema },
      },
    },
    async (request, reply) =>
      idempotent(app, request, reply, async () => {
        await addPlanTask(app, actorOf(request), request.params.id, request.body);
        return { status: 201, body: await detail(actorOf(request), request.params.id) };
      }),
  );

  server.patch(
    '/api/plan-tasks/:id',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Sửa nhiệm vụ / Change a task',
        description: `${TASK_IF_MATCH} ${ACCESS}`,
        params: Params,
        headers: IfMatchHeaders,
        body: UpdateTaskBody,
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await updatePlanTask(app, actor, request.params.id, request.body, ifMatchVersion(request.headers['if-match']));
      return reply.status(204).send();
    },
  );

  server.post(
    '/api/plan-tasks/:id/reports',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Báo cáo tiến độ, hoàn thành / Report progress or completion',
        description: `${TASK_IF_MATCH} ${ACCESS}`,
        params: Params,
        headers: IfMatchHeaders,
        body: ReportTaskBody,
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await reportPlanTask(app, actor, request.params.id, request.body, ifMatchVersion(request.headers['if-match']));
      return reply.status(204).send();
    },
  );

  server.post(
    '/api/plan-tasks/:id/urges',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Đôn đốc nhiệm vụ / Urge a task',
        description: ACCESS,
        params: Params,
        body: UrgeTaskBody,
        response: { 201: UrgeResultSchema },
      },
    },
    async (request, reply) => {
      const result = await urgePlanTask(app, actorOf(request), request.params.id, request.body);
      return reply.status(201).send(result);
    },
  );

  server.post(
    '/api/plan-tasks/:id/files',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Tải lên tệp cho báo cáo (multipart "file") / Upload a file for a report',
        description: ACCESS,
        params: Params,
        response: { 201: PlanTaskFileSchema },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart())
        throw new DomainError('unsupported_media_type', 'unsupported_media_type', [{ path: 'file', code: 'required' }]);
      const part = await request.file();
      if (!part) throw new DomainError('validation', 'attachment_missing', [{ path: 'file', code: 'required' }]);
      const content = await part.toBuffer().catch((e: { code?: string }) => {
        if (e.code === 'FST_REQ_FILE_TOO_LARGE')
          throw new DomainError('validation', 'attachment_too_large', [{ path: 'file', code: 'too_long' }], {
            max: app.limits.maxAttachmentBytes,
          });
        throw e;
      });
      const file = await storeTaskFile(app, actorOf(request), request.params.id, part.filename, content);
      return reply.status(201).send(file);
    },
  );

  server.get(
    '/api/plan-tasks/:id/files/:fileId',
    {
      onRequest: authed,
      schema: { tags, description: ACCESS, params: Type.Object({ id: Uuid, fileId: Uuid }) },
    },
    async (request, reply) => {
      const file = await readTaskFile(app, actorOf(request), request.params.id, request.params.fileId);
      return reply
        .header('content-type', file.media_type)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .header('x-content-type-options', 'nosniff')
        .send(file.content);
    },
  );

  server.get(
    '/api/statistics/plan-tasks',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Nhiệm vụ kế hoạch của đơn vị và cấp dưới / Plan tasks of a unit and the units below it',
        description: "Who may see the unit's dashboard sees these figures.",
        querystring: Type.Object({ unitId: Uuid }, { additionalProperties: false }),
        response: { 200: PlanTaskFigureSchema },
      },
    },
    async (request) => planTaskFigures(app, actorOf(request), request.query.unitId),
  );

  server.get(
    '/api/plans/:id/report.xlsx',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Báo cáo định kỳ (Excel) / The periodic report as XLSX',
        description: ACCESS,
        params: Params,
      },
    },
    async (request, reply) => {
      const data = await planDetail(app, actorOf(request), request.params.id);
      requireOnPlan(data.view.relations, 'export');
      const body = await planReportXlsx(presentPlanDetail(data), app.now());
      const name = `${reportName(data.view.plan.number, data.today)}.xlsx`;
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'private, no-store')
        .send(body);
    },
  );

  server.get(
    '/api/plans/:id/report.docx',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Báo cáo kết quả thực hiện kế hoạch (Word) / The periodic report as DOCX',
        description: `The report in the format of Decree 30/2020/NĐ-CP, in the focal-point unit's name with today's date, unnumbered (the register numbers it on signing). ${ACCESS}`,
        params: Params,
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const data = await planDetail(app, actor, request.params.id);
      const body = await planReportDocx(app, actor, data, presentPlanDetail(data));
      return reply
        .header('content-type', MEDIA_TYPES.docx)
        .header('content-disposition', `attachment; filename="${reportName(data.view.plan.number, data.today)}.docx"`)
        .header('cache-control', 'private, no-store')
        .send(body);
    },
  );
}

/** `bao-cao-ke-hoach-116-KH-UBND-2026-04-28`: ASCII, so the header needs no encoding. */
const reportName = (number: string, today: string) =>
  `bao-cao-ke-hoach-${number.replace(/[^A-Za-z0-9]+/g, '-')}-${today}`;
