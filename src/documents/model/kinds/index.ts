import type { DocumentKind } from '../build-source.ts';
import { decisionToImplement, nonApprovalNotice, overrideDecision } from './decisions.ts';
import { assignmentDecision, directiveNotice } from './directions.ts';
import { partyOpinion, partyOpinionRequest } from './letters.ts';
import { evaluationMinutes, voteMinutes } from './minutes.ts';
import { protectionDetermination, protectionRevocation } from './protection.ts';
import { rewardDecision, rewardProposal } from './rewards.ts';

/** Every kind of document Khiên issues from a case step, keyed by id. */
export const DOCUMENT_KINDS: Record<string, DocumentKind> = Object.fromEntries(
  [
    partyOpinionRequest,
    partyOpinion,
    voteMinutes,
    decisionToImplement,
    overrideDecision,
    nonApprovalNotice,
    assignmentDecision,
    directiveNotice,
    evaluationMinutes,
    protectionDetermination,
    protectionRevocation,
    rewardProposal,
    rewardDecision,
  ].map((k) => [k.id, k]),
);

/** The kind that records an event of the given type, if any. */
export const kindForEvent = (eventType: string): DocumentKind | undefined =>
  Object.values(DOCUMENT_KINDS).find((k) => k.events.includes(eventType));
