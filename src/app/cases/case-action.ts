import type { Static, TSchema } from 'typebox';
import type { AppContext } from '../context.ts';
import type { Db } from '../../db/kysely.ts';
import type { CaseRow, UnitRow } from '../../db/schema.ts';
import type { CaseFacts } from '../../db/case-facts.ts';
import type { CaseAction } from '../../domain/case/action-rules.ts';
import type { Actor, CaseSnapshot } from '../../domain/case/case-snapshot.ts';
import type { DeadlineContext } from '../../domain/case/deadlines.ts';
import type { Relation } from '../../domain/case/relations.ts';
import type { CaseState } from '../../domain/case/states.ts';
import type { IsoDate } from '../../domain/calendar/working-calendar.ts';

export interface ActionInput<I> {
  /**
   * The database for the action's own steps: a handle that only reads, unless the action is
   * `locked`, when it is the action's transaction (`asTransaction` in a step that writes).
   */
  db: Db;
  app: AppContext;
  actor: Actor;
  relation: Relation;
  row: CaseRow;
  snapshot: CaseSnapshot;
  facts: CaseFacts;
  input: I;
  now: Date;
  today: IsoDate;
}

export interface CasePatch {
  title?: string;
  search_text?: string;
  domain?: string;
  urgent?: boolean;
  plan_version?: number;
  approved_plan_version?: number | null;
  pending_adjustment_version?: number | null;
  receiving_unit_id?: string;
}

/** What an action changes besides the state: recorded in the event and applied to the case row. */
export interface ActionEffect {
  /** Only for actions whose rule says `by_outcome` (the vote). */
  to?: CaseState;
  reasons?: string | null;
  payload?: Record<string, unknown>;
  facts?: CaseFacts;
  patch?: CasePatch;
  /** A unit the case is routed to (submission, forwarding to a superior). */
  routeTo?: UnitRow;
  deadline?: Partial<DeadlineContext>;
}

/**
 * One use case of the procedure. The runner does the shared part (load within visibility, check
 * the version, authorise from the rule table, save, chain the event, refresh the worklist,
 * enqueue the outbox job); `apply` holds only what is particular to the action.
 */
export interface CaseActionDef<S extends TSchema = TSchema> {
  action: CaseAction;
  /** The event type recorded in the history. */
  event: string;
  summary: { vi: string; en: string };
  body: S;
  /**
   * The action's steps write rows of their own (a plan version, a showcase item, a model): it runs
   * in a transaction with the case row locked. Without it, the steps may only read.
   */
  locked?: true;
  apply(c: ActionInput<Static<S>>): Promise<ActionEffect> | ActionEffect;
}

/** Keeps the literal action name, so that the registry can check each entry is filed under its own name. */
export function defineAction<A extends CaseAction, S extends TSchema>(
  def: CaseActionDef<S> & { action: A },
): CaseActionDef<S> & { action: A } {
  return def;
}
