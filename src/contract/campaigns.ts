import { Type, type Static } from 'typebox';
import {
  CAMPAIGN_STATUSES,
  COMPLIANCE_STATUSES,
  type CampaignStatus,
  type ComplianceStatus,
} from './campaign-statuses.ts';

/** Registration campaigns (issue 14, item 1): what the server and the web app agree on. */
export { CAMPAIGN_STATUSES, COMPLIANCE_STATUSES, type CampaignStatus, type ComplianceStatus };

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const ComplianceStatusSchema = Type.Unsafe<ComplianceStatus>(
  Type.Union(COMPLIANCE_STATUSES.map((s) => Type.Literal(s))),
);
const Ref = Type.Object({ id: Type.String(), name: Type.String() });

export const CampaignScopeItemSchema = Type.Object({
  unitId: Type.String(),
  unitName: Type.String(),
  includeSubtree: Type.Boolean(),
});

/** A campaign as `GET /api/campaigns/{id}` and the list show it. */
export const CampaignSchema = Type.Object({
  id: Type.String(),
  year: Type.Integer(),
  title: Type.String(),
  ownerUnit: Ref,
  scope: Type.Array(CampaignScopeItemSchema),
  minimumPerUnit: Type.Integer(),
  /** Working days before the deadline on which units with nothing are reminded. */
  reminderDaysBefore: Type.Array(Type.Integer()),
  deadline: Type.String(),
  status: Type.Unsafe<CampaignStatus>(Type.Union(CAMPAIGN_STATUSES.map((s) => Type.Literal(s)))),
  openedBy: Ref,
  openedAt: Type.String(),
  closedAt: Nullable(Type.String()),
  version: Type.Integer(),
  /** The caller's own unit is asked to register in it (the proposal form offers it while open). */
  myUnitInScope: Type.Boolean(),
  /** The caller may see its compliance and close it. */
  mayManage: Type.Boolean(),
  /** The caller may see the compliance of some part of its scope (their own subtree). */
  mayViewCompliance: Type.Boolean(),
});
export type Campaign = Static<typeof CampaignSchema>;

export const CampaignListSchema = Type.Object({ items: Type.Array(CampaignSchema) });
export type CampaignList = Static<typeof CampaignListSchema>;

/** One unit's line of the compliance report. */
export const ComplianceRowSchema = Type.Object({
  unitId: Type.String(),
  unitCode: Type.String(),
  unitName: Type.String(),
  registered: Type.Integer(),
  submitted: Type.Integer(),
  approved: Type.Integer(),
  status: ComplianceStatusSchema,
});
export type ComplianceRow = Static<typeof ComplianceRowSchema>;

export const ComplianceReportSchema = Type.Object({
  campaignId: Type.String(),
  minimumPerUnit: Type.Integer(),
  items: Type.Array(ComplianceRowSchema),
  /** Units matching the filter, for paging. */
  total: Type.Integer(),
  /** Units of each status in the caller's visible part of the scope, whatever the filter. */
  summary: Type.Object({
    none: Type.Integer(),
    registered: Type.Integer(),
    submitted: Type.Integer(),
    approved: Type.Integer(),
  }),
});
export type ComplianceReport = Static<typeof ComplianceReportSchema>;

export interface OpenCampaignInput {
  year: number;
  title: string;
  ownerUnitId: string;
  scope: { unitId: string; includeSubtree: boolean }[];
  minimumPerUnit?: number;
  reminderDaysBefore?: number[];
  deadline: string;
}
