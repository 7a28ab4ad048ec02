import type { ProcedureProfile } from '../profile/procedure-profile.ts';
import type { DeadlineStep } from './case-snapshot.ts';

/** A time limit of the procedure profile, in working days (null where the law sets none). */
export type LimitKey = keyof ProcedureProfile['limits'];

/**
 * What an action does to the legal clock, written beside who may take it in the rule table
 * (`action-rules.ts`); `deadlines.ts` only interprets these. Effects apply in the order listed.
 */
export type ClockEffect =
  /**
   * Start a step's clock today (or on the day implementation was completed, `from`), due after the
   * profile's limit; `superiorDays` is the limit when the plan went to the superior unit
   * (Art. 7(4)). Without a limit the step is tracked with no due date, unless `onlyWithLimit`
   * says the step has no clock at all then.
   */
  | {
      op: 'start';
      step: DeadlineStep;
      days: LimitKey;
      superiorDays?: LimitKey;
      from?: 'completed_on';
      onlyWithLimit?: true;
    }
  /** The step is done: its clock is met. `onlyWhen: 'last_appraisal'` waits for the last opinion. */
  | { op: 'end'; step: DeadlineStep; onlyWhen?: 'last_appraisal' }
  /** The step's clock no longer runs (e.g. the plan moved to another level). */
  | { op: 'cancel'; step: DeadlineStep }
  /** The case is closed: every running or paused clock is cancelled. */
  | { op: 'cancel_all' }
  /** The plan is returned for completion: the profile's `clockOnReturn` pauses, restarts or keeps the clock. */
  | { op: 'hold'; step: DeadlineStep }
  /** The plan comes back: a paused clock resumes with its remaining days, a restarted one starts again. */
  | { op: 'release'; step: DeadlineStep; days: LimitKey };
