import { partyOpinionMissing } from './action-rules.ts';
import type { CaseSnapshot, Role } from './case-snapshot.ts';

/**
 * Who must act next on a case: the worklist is built from these, so a person's worklist is a
 * single indexed query rather than a scan of every case they could see.
 */
export type WorkItem =
  | { kind: 'person'; personId: string; task: string }
  | { kind: 'unit_role'; unitId: string; role: Role; task: string };

export function nextActors(c: CaseSnapshot): WorkItem[] {
  const proposer = (task: string): WorkItem => ({ kind: 'person', personId: c.proposerId, task });
  const head = (task: string): WorkItem[] =>
    c.receivingUnitId ? [{ kind: 'unit_role', unitId: c.receivingUnitId, role: 'head', task }] : [];
  const items: WorkItem[] = [];
  const stage = c.state === 'completion_reported' ? 'evaluation' : 'approval';
  // Only a request of the current stage can be answered now; an older one no longer can.
  const pendingParty = c.partyOpinions.find((p) => p.givenOn === null && p.stage === stage);
  if (pendingParty && (c.state === 'under_consideration' || c.state === 'completion_reported')) {
    const unitId = c.receivingPartyUnitId ?? c.receivingUnitId;
    if (unitId) items.push({ kind: 'unit_role', unitId, role: 'party_liaison', task: 'record_party_opinion' });
  }
  /** What the head can do next at a meeting step: ask the Party committee or the appraisers first, when the meeting is not open yet. */
  const headAtMeeting = (meeting: 'record_vote' | 'record_evaluation'): WorkItem[] => {
    if (partyOpinionMissing(c, stage)) return pendingParty ? [] : head('request_party_opinion');
    if (meeting === 'record_vote' && c.profile.appraisal === 'required' && c.appraisers.length === 0)
      return head('assign_appraisers');
    if (meeting === 'record_vote' && c.appraisers.some((a) => !a.answered) && c.profile.appraisal === 'required')
      return [];
    return head(meeting);
  };
  switch (c.state) {
    case 'draft':
      return [proposer('submit')];
    case 'returned_for_completion':
      return [proposer('resubmit')];
    case 'submitted':
      return head('accept_for_consideration');
    case 'under_consideration':
      for (const a of c.appraisers)
        if (!a.answered) items.push({ kind: 'person', personId: a.personId, task: 'record_appraisal' });
      return [...items, ...headAtMeeting('record_vote')];
    case 'vote_passed':
      return head('approve');
    case 'vote_failed':
      return head(c.profile.headOverrideAllowed ? 'override_rejection' : 'reject');
    case 'in_implementation':
      return c.pendingAdjustment
        ? [...head('decide_adjustment'), proposer('report_progress')]
        : [proposer('report_progress')];
    case 'suspended':
      return head('resume');
    case 'awaiting_completion_report':
    case 'terminated':
      return [proposer('submit_completion_report')];
    case 'completion_reported':
      return [...items, ...headAtMeeting('record_evaluation')];
    default:
      return [];
  }
}
