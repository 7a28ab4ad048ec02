import type { CampaignView } from '../../app/campaigns/campaign-queries.ts';
import type { Campaign, ComplianceRow } from '../../contract/campaigns.ts';
import type { ComplianceDbRow } from '../../db/repositories/campaign-repository.ts';

/** A campaign as the caller sees it: names for ids, and what the caller may do with it. */
export function presentCampaign({ campaign: c, standing, unitNames }: CampaignView): Campaign {
  return {
    id: c.id,
    year: c.year,
    title: c.title,
    ownerUnit: { id: c.owner_unit_id, name: c.owner_name },
    scope: c.scope.map((s) => ({
      unitId: s.unitId,
      unitName: unitNames.get(s.unitId) ?? '',
      includeSubtree: s.includeSubtree,
    })),
    minimumPerUnit: c.minimum_per_unit,
    reminderDaysBefore: c.reminder_days_before,
    deadline: c.deadline,
    status: c.status,
    openedBy: { id: c.opened_by, name: c.opened_by_name },
    openedAt: c.opened_at.toISOString(),
    closedAt: c.closed_at ? c.closed_at.toISOString() : null,
    version: c.version,
    myUnitInScope: standing.myUnitInScope,
    mayManage: standing.mayManage,
    mayViewCompliance: standing.mayViewSome,
  };
}

export const presentComplianceRow = (r: ComplianceDbRow): ComplianceRow => ({
  unitId: r.unit_id,
  unitCode: r.unit_code,
  unitName: r.unit_name,
  registered: r.registered,
  submitted: r.submitted,
  approved: r.approved,
  status: r.status,
});
