import type { PlanDetail, PlanTask } from '../../../contract/implementation-plans.ts';
import { PLAN_TASK_STATUS_LABELS } from '../../plan-report-xlsx.ts';
import type { BodyBlock, IssuingAgency, OfficialDocument, SignatureBlock } from '../official-document.ts';

/** The focal point's figures of a plan on the day of the report. */
export interface PlanReportFigures {
  total: number;
  done: number;
  doneOnTime: number;
  doneLate: number;
  inProgress: number;
  notStarted: number;
  /** Not done and past the due date on the legal calendar. */
  overdueOpen: number;
}

export interface PlanReportSource {
  detail: PlanDetail;
  figures: PlanReportFigures;
  agency: IssuingAgency;
  issuerName: string;
  signer: SignatureBlock;
  date: string;
  verifyUrl: string;
  /** SHA-256 of the plan's detail as read for the report. */
  dataSha256: string;
}

const dmy = (iso: string) => iso.split('-').reverse().join('/');
const longDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `ngày ${d} tháng ${m} năm ${y}`;
};

function statusText(t: PlanTask): string {
  const base = t.status === 'in_progress' ? `${PLAN_TASK_STATUS_LABELS[t.status]} (${t.percent}%)` : '';
  const done = t.doneOn ? `${PLAN_TASK_STATUS_LABELS.done} ngày ${dmy(t.doneOn)}` : '';
  const overdue = t.overdueWorkingDays > 0 ? `quá hạn ${t.overdueWorkingDays} ngày làm việc` : '';
  return [done || base || PLAN_TASK_STATUS_LABELS[t.status], overdue].filter(Boolean).join(', ');
}

function latestReport(t: PlanTask): string {
  const r = t.reports[0];
  return r ? `${dmy(r.at.slice(0, 10))}: ${r.text}` : 'Chưa báo cáo';
}

/**
 * The periodic report on an implementation plan in the state format (Decree 30/2020 Appendix I:
 * BÁO CÁO, `BC`), from the focal-point unit to the issuing unit: the figures, the late tasks by
 * name, then every task in a table. It is exported as a draft: the register gives the number.
 */
export function buildPlanReportDocument(s: PlanReportSource): OfficialDocument {
  const { plan, tasks } = s.detail;
  const f = s.figures;
  const cited = `Kế hoạch số ${plan.number} ${longDate(plan.issuedOn)} của ${plan.issuingUnit.name}`;
  const late = tasks.filter((t) => t.overdueWorkingDays > 0);
  const body: BodyBlock[] = [
    {
      kind: 'paragraph',
      text: `Thực hiện ${cited} về ${plan.title.replace(/^Kế hoạch\s+/i, '').replace(/[.;]+$/, '')}, ${s.issuerName} (cơ quan đầu mối) báo cáo kết quả thực hiện đến ngày ${dmy(s.detail.today)} như sau:`,
    },
    { kind: 'article', label: 'I. KẾT QUẢ THỰC HIỆN', text: '' },
    { kind: 'paragraph', text: `1. Tổng số nhiệm vụ được giao: ${f.total} nhiệm vụ.` },
    {
      kind: 'paragraph',
      text: `2. Đã hoàn thành: ${f.done} nhiệm vụ, trong đó đúng hạn ${f.doneOnTime} nhiệm vụ, trễ hạn ${f.doneLate} nhiệm vụ.`,
    },
    {
      kind: 'paragraph',
      text: `3. Đang thực hiện: ${f.inProgress} nhiệm vụ; chưa triển khai: ${f.notStarted} nhiệm vụ.`,
    },
    { kind: 'paragraph', text: `4. Quá hạn chưa hoàn thành: ${f.overdueOpen} nhiệm vụ${late.length ? ':' : '.'}` },
    ...late.map(
      (t): BodyBlock => ({
        kind: 'paragraph',
        text: `- Nhiệm vụ ${t.ordinal} (${t.assigneeUnit.name}): ${t.title}; thời hạn ${dmy(t.dueOn)}, quá hạn ${t.overdueWorkingDays} ngày làm việc${t.urgeCount ? `, đã đôn đốc ${t.urgeCount} lần` : ''}.`,
      }),
    ),
    { kind: 'article', label: 'II. TÌNH HÌNH THỰC HIỆN TỪNG NHIỆM VỤ', text: '' },
    {
      kind: 'table',
      widths: [5, 30, 17, 11, 15, 22],
      rows: [
        ['STT', 'Nhiệm vụ', 'Đơn vị thực hiện', 'Thời hạn', 'Tình trạng', 'Báo cáo gần nhất'],
        ...tasks.map((t) => [
          String(t.ordinal),
          t.title,
          t.assigneeUnit.name,
          dmy(t.dueOn),
          statusText(t),
          latestReport(t),
        ]),
      ],
    },
    { kind: 'article', label: 'III. KIẾN NGHỊ, ĐỀ XUẤT', text: '' },
    {
      kind: 'paragraph',
      text: late.length
        ? `Đề nghị các đơn vị có nhiệm vụ quá hạn khẩn trương hoàn thành và báo cáo kết quả về ${s.issuerName} để tổng hợp, báo cáo ${plan.issuingUnit.name}.`
        : `Đề nghị các đơn vị tiếp tục thực hiện các nhiệm vụ được giao đúng thời hạn và báo cáo kết quả về ${s.issuerName} để tổng hợp.`,
    },
    {
      kind: 'paragraph',
      text: `Trên đây là báo cáo kết quả thực hiện Kế hoạch số ${plan.number}, ${s.issuerName} kính báo cáo ${plan.issuingUnit.name}./.`,
    },
  ];
  const assignees = [...new Set(tasks.map((t) => t.assigneeUnit.name))].filter((n) => n !== s.issuerName);
  return {
    format: 'state',
    agency: s.agency,
    typeName: 'BÁO CÁO',
    typeAbbreviation: 'BC',
    draftingUnit: null,
    number: null,
    date: s.date,
    excerpt: `Kết quả thực hiện ${cited}`,
    body,
    signature: s.signer,
    recipients: [`${plan.issuingUnit.name} (để báo cáo)`, ...assignees],
    archive: 'VT',
    footer: {
      dataLabel: `Kế hoạch số ${plan.number}`,
      dataSha256: s.dataSha256,
      dataOn: s.detail.today,
      verifyUrl: s.verifyUrl,
    },
  };
}
