import type { AppContext } from '../app/context.ts';
import { BATCH, enqueueJobs } from '../db/repositories/outbox-repository.ts';
import { complianceRows, listCampaigns } from '../db/repositories/campaign-repository.ts';
import { campaignReminderDue, escalationDue } from '../domain/campaigns/campaign-rules.ts';
import { vietnamDate } from '../domain/calendar/working-calendar.ts';

export interface CampaignSweepResult {
  reminders: number;
  escalations: number;
}

/** More than any province has units: the sweep reads a campaign's laggards in one statement. */
const ALL_UNITS = 1_000_000;

/**
 * Reminds the units of each open campaign that have registered nothing (fewer than the minimum)
 * on the working days before its deadline, and escalates them once after it. Each notice is first
 * recorded under a unique key (campaign, unit, kind, offset) in the transaction of its job, so
 * another sweep, here or in another process, creates nothing twice. The jobs notify, one unit each.
 */
export async function sweepCampaigns(app: AppContext): Promise<CampaignSweepResult> {
  await app.legalClock.calendars.refresh();
  const today = vietnamDate(app.now());
  const result = { reminders: 0, escalations: 0 };
  for (const c of await listCampaigns(app.db, 'open')) {
    const escalate = escalationDue(c.deadline, today);
    const offsets = c.reminder_days_before.map((d) => -d);
    const offset = escalate ? 0 : campaignReminderDue(c.deadline, today, app.calendar, offsets);
    if (offset === undefined) continue;
    const kind = escalate ? ('escalation' as const) : ('reminder' as const);
    await app.db.transaction().execute(async (tx) => {
      const laggards = await complianceRows(tx, {
        campaignId: c.id,
        scope: c.scope,
        minimum: c.minimum_per_unit,
        status: 'none',
        limit: ALL_UNITS,
      });
      const now = app.now();
      for (let i = 0; i < laggards.length; i += BATCH) {
        const created = await tx
          .insertInto('campaign_notices')
          .values(
            laggards.slice(i, i + BATCH).map((u) => ({
              campaign_id: c.id,
              unit_id: u.unit_id,
              kind,
              offset_days: offset,
              created_at: now,
            })),
          )
          .onConflict((oc) => oc.columns(['campaign_id', 'unit_id', 'kind', 'offset_days']).doNothing())
          .returning('id')
          .execute();
        await enqueueJobs(
          tx,
          'campaign_notice',
          created.map((r) => ({ noticeId: r.id })),
        );
        result[escalate ? 'escalations' : 'reminders'] += created.length;
      }
    });
  }
  return result;
}
