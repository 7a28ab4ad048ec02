import type { IsoDate } from '../calendar/working-calendar.ts';
import { isIsoDate } from '../calendar/working-calendar.ts';
import type { FieldIssue } from '../errors.ts';
import type { CaseAction } from './action-rules.ts';

/**
 * Every date a person enters on a case is a date something happened: it cannot lie in the future,
 * and it cannot come before the step of the case it follows (a decision dated before the meeting
 * that voted on it, a completion before the approval, a progress period before the plan starts).
 * One table lists each action's date fields with their bounds, so no action is left unchecked.
 */

/** Dates of the case's timeline that bound later dates; each is absent until its step happened. */
export interface CaseTimeline {
  /** The latest receipt of the plan by the deciding unit: submission, resubmission or forwarding (Art. 7(3)–(4)). */
  receivedOn?: IsoDate;
  /** The Party opinion request still open (Art. 4). */
  openPartyRequestOn?: IsoDate;
  /** When the current Party opinion stage opened: receipt before approval, the report before evaluation. */
  partyStageOpenedOn?: IsoDate;
  /** The leadership meeting that voted (Art. 8(1)). */
  voteMeetingOn?: IsoDate;
  /** The written decision to implement, on a passed vote or overriding a rejection (Art. 8(1)). */
  decisionOn?: IsoDate;
  /** The start of implementation in the approved plan (Art. 7(2)(b)). */
  planStartOn?: IsoDate;
  /** The day the completion report was submitted (evaluation article, cl. 1). */
  reportedOn?: IsoDate;
}
export type TimelineKey = keyof CaseTimeline;

export interface DateField {
  /** Where the date is in the action's body (dots for nested objects). */
  path: string;
  /** It may not come before any of these (those not yet reached are skipped). */
  notBefore: readonly TimelineKey[];
  /** It may not come before another date of the same body (the start of a period). */
  notBeforeField?: string;
}

export const ACTION_DATE_FIELDS: Partial<Record<CaseAction, readonly DateField[]>> = {
  request_party_opinion: [{ path: 'requestedOn', notBefore: ['partyStageOpenedOn'] }],
  record_party_opinion: [{ path: 'givenOn', notBefore: ['openPartyRequestOn'] }],
  record_vote: [{ path: 'meetingOn', notBefore: ['receivedOn'] }],
  approve: [{ path: 'decisionDate', notBefore: ['voteMeetingOn'] }],
  override_rejection: [{ path: 'decisionDate', notBefore: ['voteMeetingOn'] }],
  record_inspection: [{ path: 'inspectedOn', notBefore: ['decisionOn'] }],
  report_progress: [
    { path: 'period.from', notBefore: ['decisionOn', 'planStartOn'] },
    { path: 'period.to', notBefore: ['decisionOn', 'planStartOn'], notBeforeField: 'period.from' },
  ],
  declare_completed: [{ path: 'completedOn', notBefore: ['decisionOn'] }],
  record_evaluation: [{ path: 'meetingOn', notBefore: ['reportedOn'] }],
  // A regulation that institutionalises the initiative follows its results (KL14 §2.5).
  record_regulation_issued: [{ path: 'issuedOn', notBefore: ['reportedOn'] }],
};

function at(body: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), body);
}

/**
 * Whether the body gives any of the action's dates. When it gives none, `dateIssues` has nothing to
 * check whatever the timeline, so the case's timeline need not be read (a progress report without a
 * period is the most frequent write).
 */
export function datesGiven(action: CaseAction, body: unknown): boolean {
  return (ACTION_DATE_FIELDS[action] ?? []).some((field) => at(body, field.path) !== undefined);
}

/** The field issues of one action's dates against the case's timeline and today (empty when all hold). */
export function dateIssues(action: CaseAction, body: unknown, timeline: CaseTimeline, today: IsoDate): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const field of ACTION_DATE_FIELDS[action] ?? []) {
    const value = at(body, field.path);
    if (value === undefined) continue; // optional dates; the schema says which are required
    if (typeof value !== 'string' || !isIsoDate(value)) {
      issues.push({ path: field.path, code: 'invalid_date' });
      continue;
    }
    if (value > today) {
      issues.push({ path: field.path, code: 'in_future' });
      continue;
    }
    const bounds = field.notBefore.map((k) => timeline[k]).filter((d): d is IsoDate => d !== undefined);
    const sibling = field.notBeforeField ? at(body, field.notBeforeField) : undefined;
    if (typeof sibling === 'string' && isIsoDate(sibling)) bounds.push(sibling);
    const min = bounds.reduce<IsoDate | undefined>((m, d) => (m === undefined || d > m ? d : m), undefined);
    if (min !== undefined && value < min) issues.push({ path: field.path, code: 'too_early', params: { min } });
  }
  return issues;
}
