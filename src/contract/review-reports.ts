import { Type, type Static } from 'typebox';

/** Periodic review reports (KL14 §2.5 "định kỳ sơ kết, tổng kết"): the half-year review and the annual one. */
export const REVIEW_REPORT_KINDS = ['six_month', 'annual'] as const;
export type ReviewReportKind = (typeof REVIEW_REPORT_KINDS)[number];

export const REVIEW_REPORT_KIND_LABELS: Record<ReviewReportKind, { vi: string; en: string }> = {
  six_month: { vi: 'Sơ kết 6 tháng đầu năm', en: 'Half-year review (January–June)' },
  annual: { vi: 'Tổng kết năm', en: 'Annual review' },
};

const Count = Type.Integer({ minimum: 0 });
const Kind = Type.Union([Type.Literal('six_month'), Type.Literal('annual')]);

/** One initiative of the subtree in the period, with its result so far. */
export const ReviewInitiativeSchema = Type.Object({
  code: Type.String(),
  title: Type.String(),
  unitName: Type.String(),
  proposerName: Type.String(),
  state: Type.String(),
  outcome: Type.Union([Type.String(), Type.Null()]),
  replicatedFrom: Type.Union([Type.String(), Type.Null()]),
});

export const ReviewCampaignSchema = Type.Object({
  title: Type.String(),
  deadline: Type.String(),
  minimumPerUnit: Count,
  units: Count,
  none: Count,
  registered: Count,
  submitted: Count,
  approved: Count,
});

/**
 * What a review report says, as computed from the data at issue and kept with the document
 * (`report_figures`): the period is [from, to) in Vietnamese dates.
 */
export const ReviewFiguresSchema = Type.Object({
  kind: Kind,
  year: Type.Integer(),
  from: Type.String({ description: 'First day of the period (Asia/Ho_Chi_Minh)' }),
  to: Type.String({ description: 'Day after the period' }),
  unit: Type.Object({ id: Type.String(), name: Type.String() }),
  submitted: Count,
  byState: Type.Array(Type.Object({ state: Type.String(), count: Count })),
  outcomes: Type.Array(Type.Object({ outcome: Type.String(), count: Count })),
  protections: Type.Object({ granted: Count, refused: Count, revoked: Count }),
  rewards: Type.Array(Type.Object({ form: Type.String(), granted: Count, refused: Count })),
  replications: Count,
  modelsMarked: Count,
  campaigns: Type.Array(ReviewCampaignSchema),
  initiatives: Type.Array(ReviewInitiativeSchema),
  /** Data of sections added by other features (plan tasks), by section id. */
  extras: Type.Record(Type.String(), Type.Unknown()),
});
export type ReviewFigures = Static<typeof ReviewFiguresSchema>;

export const ReviewReportSchema = Type.Object({
  id: Type.String(),
  citation: Type.String(),
  number: Type.Integer(),
  year: Type.Integer(),
  reportKind: Kind,
  reportYear: Type.Integer(),
  status: Type.Union([Type.Literal('issued'), Type.Literal('signed'), Type.Literal('cancelled')]),
  issuedAt: Type.String({ format: 'date-time' }),
  pdfSha256: Type.String(),
  docxSha256: Type.String(),
});
export type ReviewReportView = Static<typeof ReviewReportSchema>;

export const ReviewReportListSchema = Type.Object({
  unit: Type.Object({ id: Type.String(), name: Type.String() }),
  canIssue: Type.Boolean(),
  reports: Type.Array(ReviewReportSchema),
});
export type ReviewReportList = Static<typeof ReviewReportListSchema>;

/** One task of the province's plan as a review report tells it (kept in the report's snapshot, `extras.plan_tasks`). */
export interface ReviewPlanTask {
  planNumber: string;
  ordinal: number;
  title: string;
  unitName: string;
  dueOn: string;
  status: 'not_started' | 'in_progress' | 'done';
  doneOn: string | null;
  /** Not done by the end of the period although due before it, or done after its due date. */
  late: boolean;
}
