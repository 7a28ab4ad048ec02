import type { AppContext } from '../app/context.ts';
import { openCampaign } from '../app/campaigns/open-campaign.ts';
import { addDays, vietnamDate } from '../domain/calendar/working-calendar.ts';
import { loadActor } from '../db/repositories/org-repository.ts';
import type { DemoOrganisation } from './demo-organisation.ts';

/**
 * Ho Chi Minh City's yearly registration campaign (the People's Committee plan: every agency
 * registers at least one innovation), opened by the city's organisation officer for the city's
 * People's Committee with its departments and the ward of Bến Thành, due in two months.
 */
export async function seedDemoCampaigns(app: AppContext, org: DemoOrganisation): Promise<void> {
  const officer = await loadActor(app.db, org.people['tochuc.snv.hcm']!);
  if (!officer) return;
  const today = vietnamDate(app.now());
  const year = Number(today.slice(0, 4));
  await openCampaign(app, officer, {
    year,
    title: `Đăng ký sáng kiến, giải pháp đổi mới năm ${year}`,
    ownerUnitId: org.units.hcm!,
    scope: [
      { unitId: org.units.hcmUbnd!, includeSubtree: true },
      { unitId: org.units.benThanh!, includeSubtree: false },
    ],
    deadline: addDays(today, 60),
  });
}
