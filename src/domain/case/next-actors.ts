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
  const pendingParty = c.partyOpinions.find((p) => p.givenOn === null);
  if (pendingParty) {
    const unitId = c.receivingPartyUnitId ?? c.receivingUnitId;
    if (unitId) items.push({ kind: 'unit_role', unitId, role: 'party_liaison', task: 'record_party_opinion' });
  }
  switch (c.state) {
    case 'draft':
      return [proposer('submit')];
    case 'returned_for_completion':
      return [proposer('resubmit')];
    case 'submitted':
      return head('accept_for_consideration');
    case 'under_consideration':
      for (const a of c.appraisers) if (!a.answered) items.push({ kind: 'person', personId: a.personId, task: 'record_appraisal' });
      return [...items, ...head('record_vote')];
    case 'vote_passed':
      return head('approve');
    case 'vote_failed':
      return head('override_rejection');
    case 'in_implementation':
      return c.pendingAdjustment ? [...head('decide_adjustment'), proposer('report_progress')] : [proposer('report_progress')];
    case 'suspended':
      return head('resume');
    case 'awaiting_completion_report':
    case 'terminated':
      return [proposer('submit_completion_report')];
    case 'completion_reported':
      return [...items, ...head('record_evaluation')];
    default:
      return [];
  }
}
