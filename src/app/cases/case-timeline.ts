import { byKey } from '../../db/by-key.ts';
import type { Db } from '../../db/kysely.ts';
import type { CaseRow } from '../../db/schema.ts';
import { getPlanVersion } from '../../db/repositories/plan-repository.ts';
import type { CaseSnapshot } from '../../domain/case/case-snapshot.ts';
import { timelineOf, TIMELINE_EVENT_TYPES } from '../../domain/case/case-timeline.ts';
import type { CaseTimeline } from '../../domain/case/date-bounds.ts';
import { vietnamDate } from '../../domain/calendar/working-calendar.ts';

/** Reads the dates that bound an action's dates: the case's recorded steps and its approved plan's start. */
export async function loadTimeline(tx: Db, row: CaseRow, snapshot: CaseSnapshot): Promise<CaseTimeline> {
  const events = await tx
    .selectFrom('case_events')
    .select(['type', 'occurred_at', 'payload'])
    .where('case_id', '=', row.id)
    .where('type', 'in', TIMELINE_EVENT_TYPES)
    .orderBy('seq')
    .modifyEnd(byKey)
    .execute();
  const approved = row.approved_plan_version ? await getPlanVersion(tx, row.id, row.approved_plan_version) : undefined;
  return timelineOf(
    events.map((e) => ({
      type: e.type,
      occurredOn: vietnamDate(new Date(e.occurred_at)),
      payload: (e.payload ?? {}) as Record<string, unknown>,
    })),
    snapshot,
    approved?.plan.timeline?.startOn,
  );
}
