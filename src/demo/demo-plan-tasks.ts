import type { AppContext } from '../app/context.ts';
import { addPlanTask } from '../app/implementation-plans/add-task.ts';
import { createPlan } from '../app/implementation-plans/create-plan.ts';
import { reportPlanTask } from '../app/implementation-plans/report-task.ts';
import { addDays, vietnamDate } from '../domain/calendar/working-calendar.ts';
import { loadActor } from '../db/repositories/org-repository.ts';
import type { DemoOrganisation } from './demo-organisation.ts';

/**
 * The province's implementation plan, in the manner of Thanh Hóa's Plan 116/KH-UBND: six tasks
 * for departments, the service centre and communes, the Department of Home Affairs as focal
 * point. Two are done, one under way, one (the commune of Tân Phú's) overdue, two not yet due.
 */
export async function seedDemoPlanTasks(app: AppContext, org: DemoOrganisation): Promise<void> {
  const officer = await loadActor(app.db, org.people['tochuc.snv']!);
  if (!officer) return;
  const today = vietnamDate(app.now());
  const year = Number(today.slice(0, 4));
  const planId = await createPlan(app, officer, {
    number: '116/KH-UBND',
    title:
      'Kế hoạch triển khai thực hiện Nghị định số 73/2023/NĐ-CP về khuyến khích, bảo vệ cán bộ năng động, sáng tạo',
    issuingUnitId: org.units.province!,
    issuedOn: addDays(today, -60),
    focalUnitId: org.units.homeAffairs!,
    periodFrom: addDays(today, -60),
    periodTo: `${year + 1}-12-31`,
  });
  const tasks: [string, string, string, number][] = [
    ['Rà soát, tham mưu quy chế khuyến khích đổi mới, sáng tạo', 'Quyết định ban hành quy chế', 'finance', -20],
    ['Hướng dẫn đánh giá, thẩm định đề xuất đổi mới', 'Văn bản hướng dẫn', 'science', 20],
    ['Tổ chức quán triệt Nghị định 73 đến cán bộ, công chức xã', 'Báo cáo kết quả quán triệt', 'tanPhu', -14],
    ['Đăng ký đề xuất đổi mới, sáng tạo năm nay', 'Danh sách đề xuất đăng ký', 'binhMinh', 30],
    ['Ứng dụng đổi mới trong giải quyết thủ tục hành chính', 'Báo cáo kết quả áp dụng', 'serviceCentre', 45],
    ['Tổng hợp, báo cáo sơ kết 6 tháng', 'Báo cáo sơ kết gửi Bộ Nội vụ', 'homeAffairs', 10],
  ];
  const ids: string[] = [];
  for (const [title, expectedOutput, unit, dueIn] of tasks)
    ids.push(
      await addPlanTask(app, officer, planId, {
        title,
        expectedOutput,
        assigneeUnitId: org.units[unit]!,
        dueOn: addDays(today, dueIn),
      }),
    );
  const report = async (username: string, taskId: string, kind: 'progress' | 'completion', text: string) => {
    const actor = await loadActor(app.db, org.people[username]!);
    if (!actor) return;
    const task = await app.db
      .selectFrom('plan_tasks')
      .select('version')
      .where('id', '=', taskId)
      .executeTakeFirstOrThrow();
    await reportPlanTask(app, actor, taskId, { kind, text, percent: 50 }, task.version);
  };
  await report('giamdoc.stc', ids[0]!, 'completion', 'Đã tham mưu UBND tỉnh ban hành quy chế.');
  await report('thamdinh.skhcn', ids[1]!, 'progress', 'Đã dự thảo hướng dẫn, đang lấy ý kiến các sở.');
  await report('giamdoc.snv', ids[5]!, 'completion', 'Đã gửi báo cáo sơ kết 6 tháng.');
}
