import type { AppContext } from '../context.ts';
import { complianceRows, complianceSummary, type ComplianceQuery } from '../../db/repositories/campaign-repository.ts';
import type { ComplianceStatus } from '../../domain/campaigns/campaign-rules.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { campaignFor, complianceFilterFor } from './campaign-access.ts';
import type { CampaignRow, ComplianceDbRow } from '../../db/repositories/campaign-repository.ts';

/** The compliance query of a campaign as the actor may see it; 403 for someone with no view of it. */
export async function complianceQueryFor(
  app: AppContext,
  actor: Actor,
  id: string,
): Promise<{ campaign: CampaignRow; query: ComplianceQuery }> {
  const { campaign, standing } = await campaignFor(app.db, actor, id);
  const visible = complianceFilterFor(actor, standing);
  return {
    campaign,
    query: { campaignId: campaign.id, scope: campaign.scope, minimum: campaign.minimum_per_unit, visible },
  };
}

export interface ComplianceResult {
  campaign: CampaignRow;
  rows: ComplianceDbRow[];
  /** Units matching the filter, for paging. */
  total: number;
  summary: Record<ComplianceStatus, number>;
}

/** Compliance per unit within the caller's visible part of the scope, a page at a time. */
export async function campaignCompliance(
  app: AppContext,
  actor: Actor,
  id: string,
  page: { status?: ComplianceStatus; limit: number; offset: number; within?: string | undefined },
): Promise<ComplianceResult> {
  const found = await complianceQueryFor(app, actor, id);
  const campaign = found.campaign;
  const query = { ...found.query, within: page.within };
  const [rows, summary] = await Promise.all([
    complianceRows(app.db, { ...query, ...page }),
    complianceSummary(app.db, query),
  ]);
  // Past the last page the window count is not there: count once more from the start.
  const total =
    rows[0]?.total ??
    (page.offset > 0 ? ((await complianceRows(app.db, { ...query, ...page, offset: 0, limit: 1 }))[0]?.total ?? 0) : 0);
  return { campaign, rows, total, summary };
}
