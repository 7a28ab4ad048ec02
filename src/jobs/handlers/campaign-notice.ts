import type { AppContext } from '../../app/context.ts';
import { notify } from '../../app/notifications/notify.ts';
import { readJobPayload } from '../../contract/jobs.ts';
import { complianceRows, findCampaign, headsOf } from '../../db/repositories/campaign-repository.ts';
import { needsChasing } from '../../domain/campaigns/campaign-rules.ts';
import type { JobHandler } from '../job-runner.ts';

/**
 * 'campaign_notice': tells the head of a unit with nothing registered that the campaign's deadline
 * is near (a reminder), or, after it, the campaign's owner and the head of the unit above (an
 * escalation); in-app and by e-mail through the person's preferences. A unit that registered
 * since the sweep, or a campaign closed since, gets nothing.
 */
export function campaignNoticeHandler(app: AppContext): JobHandler {
  return {
    async complete(tx, job) {
      const noticeId = readJobPayload('campaign_notice', job.payload).noticeId;
      const n = await tx.selectFrom('campaign_notices').selectAll().where('id', '=', noticeId).executeTakeFirst();
      if (!n) return;
      const c = await findCampaign(tx, n.campaign_id);
      if (c?.status !== 'open') return;
      const [row] = await complianceRows(tx, {
        campaignId: c.id,
        scope: [{ unitId: n.unit_id, includeSubtree: false }],
        minimum: c.minimum_per_unit,
      });
      if (!row || !needsChasing(row.status)) return;
      const unit = await tx
        .selectFrom('units')
        .select(['name', 'parent_id'])
        .where('id', '=', n.unit_id)
        .executeTakeFirstOrThrow();
      const recipients =
        n.kind === 'reminder'
          ? (await headsOf(tx, [n.unit_id])).map((h) => h.person_id)
          : [c.opened_by, ...(unit.parent_id ? (await headsOf(tx, [unit.parent_id])).map((h) => h.person_id) : [])];
      await notify(
        tx,
        app,
        [...new Set(recipients)].map((personId) => ({
          personId,
          kind: n.kind === 'reminder' ? ('campaign_reminder' as const) : ('campaign_escalation' as const),
          caseId: null,
          caseCode: null,
          params: {
            campaignId: c.id,
            title: c.title,
            unitId: n.unit_id,
            unitName: unit.name,
            dueOn: c.deadline,
            offset: n.offset_days,
            minimum: c.minimum_per_unit,
          },
          sourceKey: `campaign-notice:${noticeId}`,
        })),
      );
    },
  };
}
