import type { TFunction } from 'i18next';
import type { CaseDetail } from '../api/types';

export interface NextStep {
  task: string;
  who: string;
}

/**
 * Who must act next and on what, read from the case the way the server builds worklists
 * (src/domain/case/next-actors.ts): the proposer, the head of the receiving unit, the Party
 * committee liaison or an appraiser, depending on the state.
 */
export interface ProfileRules {
  partyOpinionBeforeApproval: boolean;
  partyOpinionBeforeEvaluation: boolean;
  appraisal: 'none' | 'optional' | 'required';
  headOverrideAllowed: boolean;
}

const DECREE_73: ProfileRules = { partyOpinionBeforeApproval: true, partyOpinionBeforeEvaluation: true, appraisal: 'optional', headOverrideAllowed: true };

export function nextSteps(c: CaseDetail, t: TFunction, rules: ProfileRules = DECREE_73): NextStep[] {
  const unit = c.receivingUnit?.name ?? '—';
  const head = (task: string) => ({ task, who: t('case:next.headOf', { unit }) });
  const proposer = (task: string) => ({ task, who: t('case:next.proposer', { name: c.proposer.name ?? '—' }) });
  const stage = c.state === 'completion_reported' ? 'evaluation' : 'approval';
  const pendingParty = c.partyOpinions.some((p) => p.givenOn === null && p.stage === stage);
  const party = pendingParty ? [{ task: 'record_party_opinion', who: t('case:next.partyOf', { unit }) }] : [];
  const partyRequired = stage === 'approval' ? rules.partyOpinionBeforeApproval : rules.partyOpinionBeforeEvaluation;
  const partyMissing = partyRequired && !c.partyOpinions.some((p) => p.stage === stage && p.givenOn);
  const headAtMeeting = (meeting: 'record_vote' | 'record_evaluation'): NextStep[] => {
    if (partyMissing) return pendingParty ? [] : [head('request_party_opinion')];
    if (meeting === 'record_vote' && rules.appraisal === 'required' && c.appraisers.length === 0) return [head('assign_appraisers')];
    if (meeting === 'record_vote' && rules.appraisal === 'required' && c.appraisers.some((a) => !a.answered)) return [];
    return [head(meeting)];
  };
  switch (c.state) {
    case 'draft':
      return [proposer('submit')];
    case 'returned_for_completion':
      return [proposer('resubmit')];
    case 'submitted':
      return [head('accept_for_consideration')];
    case 'under_consideration':
      return [
        ...party,
        ...c.appraisers.filter((a) => !a.answered).map((a) => ({ task: 'record_appraisal', who: t('case:next.appraiser', { name: a.name ?? '—' }) })),
        ...headAtMeeting('record_vote'),
      ];
    case 'vote_passed':
      return [head('approve')];
    case 'vote_failed':
      return [head(rules.headOverrideAllowed ? 'override_rejection' : 'reject')];
    case 'in_implementation':
      return c.pendingAdjustmentVersion ? [head('decide_adjustment'), proposer('report_progress')] : [proposer('report_progress')];
    case 'suspended':
      return [head('resume')];
    case 'awaiting_completion_report':
    case 'terminated':
      return [proposer('submit_completion_report')];
    case 'completion_reported':
      return [...party, ...headAtMeeting('record_evaluation')];
    default:
      return [];
  }
}
