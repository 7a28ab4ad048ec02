import type { IsoDate } from '../calendar/working-calendar.ts';
import type { CaseSnapshot } from './case-snapshot.ts';
import type { CaseTimeline } from './date-bounds.ts';

export interface TimelineEvent {
  type: string;
  occurredOn: IsoDate;
  payload: Record<string, unknown>;
}

const RECEIPTS = new Set(['submitted', 'resubmitted', 'forwarded_to_superior']);
const DECISIONS = new Set(['approved', 'rejection_overridden']);
const str = (v: unknown): IsoDate | undefined => (typeof v === 'string' ? v : undefined);

/** The timeline of a case from its recorded events (oldest first), its open Party request and its approved plan. */
export function timelineOf(
  events: readonly TimelineEvent[],
  c: Pick<CaseSnapshot, 'state' | 'partyOpinions'>,
  planStartOn?: IsoDate,
): CaseTimeline {
  const t: CaseTimeline = {};
  for (const e of events) {
    if (RECEIPTS.has(e.type)) t.receivedOn = e.occurredOn;
    else if (e.type === 'vote_recorded') t.voteMeetingOn = str(e.payload.meetingOn);
    else if (DECISIONS.has(e.type)) t.decisionOn = str(e.payload.decisionDate);
    else if (e.type === 'completion_reported') t.reportedOn = e.occurredOn;
  }
  t.openPartyRequestOn = c.partyOpinions.findLast((p) => p.givenOn === null)?.requestedOn;
  t.partyStageOpenedOn = c.state === 'completion_reported' ? t.reportedOn : t.receivedOn;
  if (planStartOn) t.planStartOn = planStartOn;
  return t;
}

/** The event types the timeline reads: the only ones worth loading. */
export const TIMELINE_EVENT_TYPES = [...RECEIPTS, 'vote_recorded', ...DECISIONS, 'completion_reported'];
