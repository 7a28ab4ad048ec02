import type { AppContext } from '../../app/context.ts';
import type { CaseState } from '../../contract/case-states.ts';
import type { CaseDetail, CaseEvent, Ref } from '../../contract/case-views.ts';
import type { CaseEventFields, CaseRow } from '../../db/schema.ts';
import { factsOf } from '../../db/case-facts.ts';
import { caseDetails } from '../../app/cases/case-queries.ts';
import { voteFormFor } from '../../app/cases/vote-form.ts';
import type { Actor, CaseSnapshot } from '../../domain/case/case-snapshot.ts';
import { allowedActions } from '../../domain/case/authorise.ts';
import { attachableSteps } from '../../domain/case/attachment-rules.ts';
import { relationsOf } from '../../domain/case/relations.ts';
import { nextActors } from '../../domain/case/next-actors.ts';

/**
 * The case as the API shows it: an allow-list of fields, the names behind the ids, and the
 * actions this actor may take now, so that a client never offers a button the server would refuse.
 */
export async function presentCase(
  app: AppContext,
  row: CaseRow,
  snapshot: CaseSnapshot,
  actor: Actor,
): Promise<CaseDetail> {
  const facts = factsOf(row);
  const next = nextActors(snapshot);
  const people = [
    ...next.flatMap((w) => (w.kind === 'person' ? [w.personId] : [])),
    row.proposer_id,
    ...facts.coProposerIds,
    ...facts.appraisers.map((a) => a.personId),
    ...facts.implementerIds,
    ...facts.inspectorIds,
  ];
  const units = [
    row.proposer_unit_id,
    ...row.route_unit_ids,
    ...next.flatMap((w) => (w.kind === 'unit_role' ? [w.unitId] : [])),
  ];
  // The events' actors are named by the same statement, which is the one that reads the events.
  const [details, vote] = await Promise.all([
    caseDetails(app, row, { people: [...new Set(people)], units: [...new Set(units)] }),
    voteFormFor(app, snapshot),
  ]);
  const ref = (id: string): Ref => ({ id, name: details.names.get(id) ?? null });
  const refOrNull = (id: string | null) => (id ? ref(id) : null);
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    domain: row.domain,
    state: row.state as CaseState,
    version: row.version,
    urgent: row.urgent,
    profile: { code: row.profile_code, version: row.profile_version },
    proposer: ref(row.proposer_id),
    coProposers: facts.coProposerIds.map(ref),
    proposerUnit: ref(row.proposer_unit_id),
    receivingUnit: refOrNull(row.receiving_unit_id),
    route: row.route_unit_ids.map(ref),
    appraisers: facts.appraisers.map((a) => ({ ...ref(a.personId), answered: a.answered })),
    implementers: facts.implementerIds.map(ref),
    inspectors: facts.inspectorIds.map(ref),
    partyOpinions: facts.partyOpinions,
    dueOn: row.due_on,
    dueStep: row.due_step,
    deadlines: snapshot.deadlines,
    planVersion: row.plan_version,
    approvedPlanVersion: row.approved_plan_version,
    pendingAdjustmentVersion: row.pending_adjustment_version,
    plan: details.plan?.plan ?? null,
    planSha256: details.plan?.sha256 ?? null,
    planVersions: details.versions.map((v) => ({
      version: v.version,
      kind: v.kind,
      createdBy: v.created_by,
      createdAt: v.created_at.toISOString(),
      changeCount: v.change_count,
    })),
    attachments: details.attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      mediaType: a.media_type,
      size: a.size,
      sha256: a.sha256,
      uploadedAt: a.uploaded_at.toISOString(),
      step: a.step,
    })),
    latestEvents: details.events.map((e) => ({
      ...presentEvent(e),
      actorName: e.actor_id ? ref(e.actor_id).name : null,
    })),
    /** Who must act next and on what: a person, or whoever holds a role on a unit. */
    nextActors: next.map((w) =>
      w.kind === 'person'
        ? { task: w.task, person: ref(w.personId) }
        : { task: w.task, role: w.role, unit: ref(w.unitId) },
    ),
    relations: [...relationsOf(actor, snapshot)],
    allowedActions: allowedActions(actor, snapshot),
    /** While the collective considers the case: its members, who votes, who is excluded, ballots cast (Art. 8(1), G12). */
    vote,
    /** The steps this actor may attach a file to now (upload with `step`); empty: no upload button. */
    attachableSteps: attachableSteps(actor, snapshot),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    submittedAt: row.submitted_at?.toISOString() ?? null,
    closedAt: row.closed_at?.toISOString() ?? null,
  };
}

export function presentEvent(e: CaseEventFields): CaseEvent {
  return {
    seq: e.seq,
    type: e.type,
    actorId: e.actor_id,
    actorRole: e.actor_role,
    actorUnitId: e.actor_unit_id,
    occurredAt: e.occurred_at.toISOString(),
    reasons: e.reasons,
    payload: e.payload as Record<string, unknown>,
    prevHash: e.prev_hash,
    hash: e.hash,
  };
}
