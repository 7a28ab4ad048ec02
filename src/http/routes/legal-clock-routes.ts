import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { daysOffIn, dueDateFrom, getStoredYear, yearHistory } from '../../app/calendar/calendar-queries.ts';
import { caseDeadlines } from '../../app/calendar/case-deadlines.ts';
import { saveYearDecision, YearDecisionBody } from '../../app/calendar/save-year-decision.ts';
import { listNotifications, markAllRead, markRead, unreadCount } from '../../app/notifications/notification-queries.ts';
import { getPreferences, PreferencesBody, savePreferences } from '../../app/notifications/preferences.ts';
import {
  listReminderPolicies,
  ReminderPolicyBody,
  saveReminderPolicy,
} from '../../app/notifications/reminder-policies.ts';
import { requireAnyAdmin } from '../../app/org/admin-scope.ts';
import { JOB_STATUSES, listJobs, retryJob } from '../../jobs/job-admin.ts';
import { pickLang } from '../../i18n/messages.ts';
import { actorOf, requireActor } from '../auth.ts';
import type { Server } from '../server-type.ts';

const IsoDateText = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const YearText = Type.String({ pattern: '^\\d{4}$' });
const YearParams = Type.Object({ year: YearText });
const IdText = Type.String({ pattern: '^[1-9]\\d{0,17}$' });
const Page = { cursor: Type.Optional(IdText), limit: Type.Optional(Type.String({ pattern: '^\\d{1,3}$' })) };
const limitOf = (limit: string | undefined, fallback: number) => Math.min(Math.max(Number(limit ?? fallback), 1), 200);
const ifMatch = (h: string | undefined) => {
  const m = h?.match(/^\s*(?:W\/)?"?(\d+)"?\s*$/);
  return m ? Number(m[1]) : undefined;
};

/**
 * The legal clock's API. Calendar reads are public: the days off are published law, and
 * anyone (a proposer before signing in, another system) may count a deadline. The history of
 * edits names administrators, so it needs a signed-in person; edits need an administrator.
 */
export async function legalClockRoutes(server: Server, app: AppContext): Promise<void> {
  const authed = requireActor(server);
  // On request, so that someone not allowed learns that before anything about the body.
  const admin = async (request: FastifyRequest, reply: FastifyReply) => {
    await authed(request, reply);
    requireAnyAdmin(actorOf(request));
  };

  // Case actions count new due dates: make sure this process has the latest calendar first. A
  // session's request read the stored version with the session, at its start; a token's reads it now.
  server.addHook('preHandler', async (request) => {
    if (request.method !== 'POST' || !request.url.startsWith('/api/cases')) return;
    const calendars = app.legalClock.calendars;
    await (request.calendarVersion === undefined ? calendars.refresh() : calendars.refreshFor(request.calendarVersion));
  });

  const calendar = { tags: ['calendar'], security: [] };
  server.get(
    '/api/calendar/due-date',
    {
      schema: {
        ...calendar,
        summary: 'Hạn xử lý theo ngày làm việc / Due date in working days',
        description:
          'The n-th working day after `from` (the day of the event does not count), with the days off skipped and why.',
        querystring: Type.Object(
          { from: IsoDateText, workingDays: Type.String({ pattern: '^\\d{1,3}$' }) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => dueDateFrom(app, request.query.from, Number(request.query.workingDays)),
  );

  server.get(
    '/api/calendar/days-off',
    {
      schema: {
        ...calendar,
        summary: 'Ngày nghỉ trong năm / Days off in a year',
        querystring: Type.Object({ year: YearText }, { additionalProperties: false }),
      },
    },
    async (request) => daysOffIn(app, Number(request.query.year)),
  );

  server.get(
    '/api/calendar/years/:year',
    { schema: { ...calendar, summary: 'Quyết định ngày nghỉ của năm / The year decision', params: YearParams } },
    async (request) => getStoredYear(app, Number(request.params.year)),
  );

  server.put(
    '/api/calendar/years/:year',
    {
      preValidation: admin,
      schema: {
        tags: ['calendar'],
        summary:
          'Nhập, sửa quyết định ngày nghỉ của năm (quản trị) / Enter or correct a year decision (administrators)',
        description:
          'Optional `If-Match` with the revision last read. The whole decision is checked; nothing is written unless it is valid.',
        params: YearParams,
        body: YearDecisionBody,
        headers: Type.Object({ 'if-match': Type.Optional(Type.String()) }),
      },
    },
    async (request) =>
      saveYearDecision(
        app,
        actorOf(request),
        Number(request.params.year),
        request.body,
        ifMatch(request.headers['if-match']),
      ),
  );

  server.get(
    '/api/calendar/years/:year/history',
    {
      onRequest: authed,
      schema: { tags: ['calendar'], summary: 'Lịch sử thay đổi / History of changes', params: YearParams },
    },
    async (request) => yearHistory(app, Number(request.params.year)),
  );

  server.get(
    '/api/cases/:code/deadlines',
    {
      onRequest: authed,
      schema: {
        tags: ['cases'],
        summary: 'Thời hạn của hồ sơ / The case’s deadlines (paused, overdue, reminders)',
        params: Type.Object({ code: Type.String({ pattern: '^[A-Z]{2}-\\d{4}-\\d{6}$' }) }),
      },
    },
    async (request) => caseDeadlines(app, actorOf(request), request.params.code),
  );

  server.get(
    '/api/admin/reminder-policies',
    { onRequest: admin, schema: { tags: ['admin'], summary: 'Mốc nhắc hạn / Reminder offsets' } },
    async (request) => listReminderPolicies(app, actorOf(request)),
  );

  server.put(
    '/api/admin/reminder-policies/:scope',
    {
      preValidation: admin,
      schema: {
        tags: ['admin'],
        summary:
          'Đặt mốc nhắc hạn (* = toàn hệ thống, hoặc mã bộ quy trình) / Set reminder offsets (* or a profile code)',
        params: Type.Object({ scope: Type.String({ pattern: '^(\\*|[A-Z0-9-]{2,20})$' }) }),
        body: ReminderPolicyBody,
      },
    },
    async (request) => saveReminderPolicy(app, actorOf(request), request.params.scope, request.body),
  );

  server.get(
    '/api/admin/jobs',
    {
      onRequest: admin,
      schema: {
        tags: ['admin'],
        summary: 'Tác vụ nền / Background jobs',
        querystring: Type.Object(
          { status: Type.Optional(Type.Union(JOB_STATUSES.map((s) => Type.Literal(s)))), ...Page },
          { additionalProperties: false },
        ),
      },
    },
    async (request) =>
      listJobs(app, actorOf(request), {
        status: request.query.status,
        beforeId: request.query.cursor,
        limit: limitOf(request.query.limit, 50),
      }),
  );

  server.post(
    '/api/admin/jobs/:id/retry',
    {
      preValidation: admin,
      schema: {
        tags: ['admin'],
        summary: 'Chạy lại tác vụ lỗi / Retry a failed job',
        params: Type.Object({ id: IdText }),
      },
    },
    async (request) => retryJob(app, actorOf(request), request.params.id),
  );

  const notifications = { tags: ['notifications'] };
  server.get(
    '/api/notifications',
    {
      onRequest: authed,
      schema: {
        ...notifications,
        summary: 'Thông báo của tôi / My notifications',
        querystring: Type.Object(
          { unread: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])), ...Page },
          { additionalProperties: false },
        ),
      },
    },
    async (request) =>
      listNotifications(app, actorOf(request).personId, pickLang(request.headers['accept-language']), {
        unreadOnly: request.query.unread === 'true',
        beforeId: request.query.cursor,
        limit: limitOf(request.query.limit, 20),
      }),
  );

  server.get(
    '/api/notifications/unread-count',
    { onRequest: authed, schema: { ...notifications, summary: 'Số thông báo chưa đọc / Unread count' } },
    async (request) => ({ unreadCount: await unreadCount(app, actorOf(request).personId) }),
  );

  server.post(
    '/api/notifications/:id/read',
    {
      preValidation: authed,
      schema: { ...notifications, summary: 'Đánh dấu đã đọc / Mark read', params: Type.Object({ id: IdText }) },
    },
    async (request) => markRead(app, actorOf(request).personId, request.params.id),
  );

  server.post(
    '/api/notifications/read-all',
    { preValidation: authed, schema: { ...notifications, summary: 'Đánh dấu tất cả đã đọc / Mark all read' } },
    async (request) => markAllRead(app, actorOf(request).personId),
  );

  server.get(
    '/api/me/notification-preferences',
    { onRequest: authed, schema: { ...notifications, summary: 'Cách nhận thông báo / How I receive notifications' } },
    async (request) => getPreferences(app, actorOf(request).personId),
  );

  server.put(
    '/api/me/notification-preferences',
    {
      preValidation: authed,
      schema: {
        ...notifications,
        summary: 'Chọn ngôn ngữ và cách nhận từng loại thông báo / Choose language and delivery per kind',
        body: PreferencesBody,
      },
    },
    async (request) => savePreferences(app, actorOf(request).personId, request.body),
  );
}
