import type { AppContext } from '../context.ts';
import type { Actor, CaseSnapshot } from '../../domain/case/case-snapshot.ts';
import { ACTION_RULES } from '../../domain/case/action-rules.ts';
import { authorise } from '../../domain/case/authorise.ts';
import { canRead } from '../../domain/case/relations.ts';
import { currentDue, deadlinesAfter } from '../../domain/case/deadlines.ts';
import { nextActors } from '../../domain/case/next-actors.ts';
import { FINAL_STATES } from '../../domain/case/states.ts';
import { vietnamDate } from '../../domain/calendar/working-calendar.ts';
import { DomainError, invalid, invalidField } from '../../domain/errors.ts';
import { currentVersionOf, participantIds, readCaseForAction } from '../../db/repositories/case-repository.ts';
import { writeTransition } from '../../db/repositories/case-transition-repository.ts';
import { factsOf, toSnapshot } from '../../db/case-facts.ts';
import { factsHash } from '../../domain/audit/hash-chain.ts';
import { sealEvent } from '../../db/repositories/event-repository.ts';
import { settledNotifications, TASK_NOTIFICATION_KINDS } from '../notifications/resolve-notifications.ts';
import type { CaseRow } from '../../db/schema.ts';
import type { Db } from '../../db/kysely.ts';
import { readOnly } from '../../db/read-only.ts';
import type { CaseActionDef } from './case-action.ts';
import { loadTimeline } from './case-timeline.ts';
import { dateIssues, datesGiven } from '../../domain/case/date-bounds.ts';

export interface ActionOutcome {
  row: CaseRow;
  snapshot: CaseSnapshot;
  /** The event's number and hash: a receipt the actor can keep and check against any later export. */
  event: { seq: number; type: string; hash: string; payload: Record<string, unknown> };
}

export const caseNotFound = () => new DomainError('not_found', 'case_not_found');

/**
 * Runs one action on one case. The version the client saw must still be current (optimistic
 * concurrency: a stale write changes nothing), and the state change, its event, the worklist and
 * the outbox job are written by one statement, guarded by the version read (`writeTransition`).
 *
 * Most actions only read before that statement (the plan, the attachments, the collective): the
 * case is read without a lock and the statement is sent on its own, outside a transaction, so an
 * action is three round trips (session, case, write) instead of five, and takes no row lock. Their
 * steps are given a handle that only reads (`db/read-only.ts`). A concurrent action that wrote
 * first moves the version, and this one's statement then writes nothing and is answered as stale,
 * exactly as if it had waited for the lock. An event appended meanwhile without a new version (an
 * attachment, an overdue step) also makes the statement write nothing; the client's version is
 * still current then, so the action is run again under the lock, as it would have run after that
 * event. An action whose steps write rows of their own (`locked`: a plan version, a showcase item)
 * runs in a transaction with the case row locked, so that those rows and the transition commit
 * together or not at all.
 */
export async function performCaseAction<I>(
  app: AppContext,
  actor: Actor,
  code: string,
  expectedVersion: number | undefined,
  def: CaseActionDef,
  input: I,
): Promise<ActionOutcome> {
  if (expectedVersion === undefined) throw new DomainError('precondition', 'if_match_required');
  const request = { actor, code, expectedVersion, def, input };
  const locked = () =>
    app.db.transaction().execute((tx) => runAction(app, { reader: tx, writer: tx, lock: true }, request));
  if (def.locked) return locked();
  try {
    return await runAction(app, { reader: readOnly(app.db), writer: app.db, lock: false }, request);
  } catch (e) {
    if (e instanceof ChainMoved) return locked();
    throw e;
  }
}

/** The case's chain grew after it was read, its version did not: the action is still the client's to make. */
class ChainMoved extends Error {}

/** Where an action reads (its own steps) and writes (its one statement): its transaction, or the database. */
interface ActionAccess {
  reader: Db;
  writer: Db;
  lock: boolean;
}

interface ActionRequest<I> {
  actor: Actor;
  code: string;
  expectedVersion: number;
  def: CaseActionDef;
  input: I;
}

async function runAction<I>(
  app: AppContext,
  { reader, writer, lock }: ActionAccess,
  { actor, code, expectedVersion, def, input }: ActionRequest<I>,
): Promise<ActionOutcome> {
  const read = await readCaseForAction(reader, code, TASK_NOTIFICATION_KINDS, lock);
  if (!read) throw caseNotFound();
  const row = read.row;
  const profile = await app.profiles.get(row.profile_code, row.profile_version, reader);
  const snapshot = toSnapshot(row, profile);
  if (!canRead(actor, snapshot)) throw caseNotFound();
  if (expectedVersion !== row.version) {
    throw new DomainError('precondition', 'stale_version', [], { currentVersion: row.version });
  }
  const relation = authorise(actor, snapshot, def.action);
  const now = app.now();
  const today = vietnamDate(now);
  // Every date of the body against the case's timeline and the clock, before anything is written
  // (a body without dates has none to check, and the timeline's two reads are saved).
  if (datesGiven(def.action, input)) {
    const issues = dateIssues(def.action, input, await loadTimeline(reader, row, snapshot), today);
    if (issues.length) throw invalid(issues);
  }
  const effect = await def.apply({
    db: reader,
    app,
    actor,
    relation,
    row,
    snapshot,
    facts: factsOf(row),
    input,
    now,
    today,
  });

  const reasons = effect.reasons ?? null;
  if (reasons !== null && reasons.trim().length < profile.minReasonLength) {
    throw invalidField('reasons', 'too_short', { min: profile.minReasonLength });
  }
  const rule = ACTION_RULES[def.action];
  const to = rule.to === 'same' ? snapshot.state : rule.to === 'by_outcome' ? effect.to : rule.to;
  if (!to) throw new Error(`action ${def.action} produced no state`);
  const facts = effect.facts ?? factsOf(row);
  const patch = effect.patch ?? {};
  const route = effect.routeTo;
  const routeUnitIds = route ? [...row.route_unit_ids, route.id] : row.route_unit_ids;
  const routeAncestorIds = route
    ? [...new Set([...row.route_ancestor_ids, ...route.ancestor_ids])]
    : row.route_ancestor_ids;
  const routePartyIds = route
    ? [...row.route_party_unit_ids, route.party_committee_unit_id ?? route.id]
    : row.route_party_unit_ids;
  const deadlines = deadlinesAfter(def.action, snapshot, { today, calendar: app.calendar, ...effect.deadline });
  const receivingUnitId = route?.id ?? patch.receiving_unit_id ?? snapshot.receivingUnitId;
  const due = currentDue(deadlines);
  // factsSha256 anchors the row's facts in the chain, so that /verify can tell an edited row from the record.
  const payload = {
    from: snapshot.state,
    to,
    ...(due ? { dueOn: due.dueOn, dueStep: due.step } : {}),
    ...effect.payload,
    factsSha256: factsHash(facts),
  };
  // The locked row holds the chain's head, so the event is sealed before the row is updated
  // and the chain's new head is written in the same UPDATE as the transition.
  const event = sealEvent(
    {
      caseId: row.id,
      type: def.event,
      actorId: actor.personId,
      actorRole: relation,
      actorUnitId: actor.unitId,
      occurredAt: now,
      reasons,
      payload,
    },
    { seq: row.event_count, hash: row.head_hash },
  );
  const set = {
    ...patch,
    state: to,
    version: row.version + 1,
    facts: JSON.stringify(facts),
    deadlines: JSON.stringify(deadlines),
    due_on: due?.dueOn ?? null,
    due_step: due?.step ?? null,
    receiving_unit_id: receivingUnitId,
    participant_ids: participantIds(row.proposer_id, facts),
    route_unit_ids: routeUnitIds,
    route_ancestor_ids: routeAncestorIds,
    route_party_unit_ids: routePartyIds,
    event_count: event.seq,
    head_hash: event.hash,
    updated_at: now,
    ...(def.action === 'submit' ? { submitted_at: now } : {}),
    ...(FINAL_STATES.includes(to) ? { closed_at: now } : {}),
  };
  // The worklist follows the case as a fresh read will see it, as do the answer's allowed actions.
  const workItems = nextActors(toSnapshot({ ...row, ...set, facts, deadlines } as CaseRow, profile));
  const updated = await writeTransition(writer, {
    caseId: row.id,
    version: row.version,
    eventCount: row.event_count,
    set,
    event,
    workItems,
    dueOn: due?.dueOn ?? null,
    settledNotificationIds: await settledNotifications(reader, read.openNotifications, workItems, to),
    now,
    ...(to !== snapshot.state
      ? {
          tallies: {
            caseId: row.id,
            proposerUnitId: row.proposer_unit_id,
            receivingUnitId: receivingUnitId,
            domain: patch.domain ?? row.domain,
            from: snapshot.state,
            to,
            at: now,
            createdAt: row.created_at,
          },
        }
      : {}),
    job: { caseId: row.id, code: row.code, seq: event.seq, type: def.event, state: to },
  });
  if (!updated) {
    const currentVersion = lock ? row.version + 1 : await currentVersionOf(writer, row.id);
    if (currentVersion === row.version) throw new ChainMoved();
    throw new DomainError('precondition', 'stale_version', [], { currentVersion });
  }
  return {
    row: updated,
    snapshot: toSnapshot(updated, profile),
    event: { seq: event.seq, type: def.event, hash: event.hash, payload: event.payload },
  };
}
