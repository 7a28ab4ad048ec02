import { CASE_ACTION_DEFS } from '../../src/app/cases/actions/index.ts';
import type { ActionEffect } from '../../src/app/cases/case-action.ts';
import { participantIds } from '../../src/db/repositories/case-repository.ts';
import { EMPTY_FACTS, type CaseFacts } from '../../src/db/case-facts.ts';
import { searchTextFor } from '../../src/domain/text/fold-for-search.ts';
import { planHash } from '../../src/db/repositories/plan-repository.ts';
import { eventHash, factsHash, GENESIS_HASH } from '../../src/domain/audit/hash-chain.ts';
import { vietnamDate, type WorkingCalendar } from '../../src/domain/calendar/working-calendar.ts';
import { ACTION_RULES, type CaseAction } from '../../src/domain/case/action-rules.ts';
import type { CaseSnapshot, Deadline } from '../../src/domain/case/case-snapshot.ts';
import { currentDue, deadlinesAfter } from '../../src/domain/case/deadlines.ts';
import { nextActors } from '../../src/domain/case/next-actors.ts';
import { FINAL_STATES, type CaseState } from '../../src/domain/case/states.ts';
import { diffPlans, type ProposalPlan } from '../../src/domain/plan/proposal-plan.ts';
import type { ProcedureProfile } from '../../src/domain/profile/procedure-profile.ts';
import type { GenPerson, GenUnit } from './org.ts';

export interface EventRow {
  case_id: string;
  seq: number;
  type: string;
  actor_id: string;
  actor_role: string;
  actor_unit_id: string;
  occurred_at: string;
  reasons: string | null;
  payload: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

export interface Actor {
  id: string;
  unitId: string;
}

/** The model a new proposal adopts (KL14 §2.5), as `createProposal` links it. */
export interface Origin {
  caseId: string;
  code: string;
}

/** A registration campaign a new proposal answers, as `linkCaseToCampaign` records it. */
export interface CampaignRef {
  id: string;
  year: number;
  title: string;
}

/**
 * One case replayed the way `createProposal` and `performCaseAction` write it: the same rule
 * table, deadline clock, worklist rule and hash chain, so that the rows are what the app would
 * have stored (and `/verify` passes), without a database round trip per action.
 */
export class CaseSim {
  state: CaseState = 'draft';
  facts: CaseFacts = { ...EMPTY_FACTS };
  deadlines: Deadline[] = [];
  receivingUnit: GenUnit | null = null;
  routeUnitIds: string[] = [];
  routeAncestorIds: string[] = [];
  routePartyIds: string[] = [];
  planVersion = 1;
  approvedPlanVersion: number | null = null;
  submittedAt: string | null = null;
  closedAt: string | null = null;
  updatedAt: string;
  events: EventRow[] = [];
  plans: {
    case_id: string;
    version: number;
    kind: string;
    plan: ProposalPlan;
    changes: unknown[];
    created_by: string;
    created_at: string;
  }[] = [];
  /** What the head approved for the public showcase, if they did. */
  published: { summary: string; results: string; showProposerNames: boolean } | null = null;
  /** When the case entered each state, in order: what the duration statistics are made of. */
  entries: { state: string; at: number }[] = [];
  /** The events that move the case (those with a `to`): a campaign link is recorded but does not count. */
  version = 0;
  private prevHash = GENESIS_HASH;
  private planSha = '';

  constructor(
    readonly id: string,
    readonly code: string,
    readonly title: string,
    readonly domain: string,
    readonly urgent: boolean,
    readonly proposer: GenPerson,
    readonly profile: ProcedureProfile,
    readonly calendar: WorkingCalendar,
    readonly createdAt: number,
    plan: ProposalPlan,
    readonly origin: Origin | null = null,
  ) {
    this.updatedAt = new Date(createdAt).toISOString();
    this.savePlan(plan, createdAt);
    this.append('created', { id: proposer.id, unitId: proposer.unit_id }, 'proposer', createdAt, null, {
      code,
      to: 'draft',
      profile: { code: profile.code, version: profile.version },
      planVersion: 1,
      planSha256: this.planSha,
      factsSha256: factsHash(EMPTY_FACTS),
      ...(origin ? { replicatedFrom: origin.code } : {}),
    });
    this.version = 1;
    this.entries.push({ state: 'draft', at: createdAt });
  }

  /** Registers the new proposal in a campaign, in its creation transaction: an event of its chain. */
  linkCampaign(campaign: CampaignRef): void {
    const unitId = this.proposer.unit_id;
    this.append('campaign_linked', { id: this.proposer.id, unitId }, 'proposer', this.createdAt, null, {
      campaignId: campaign.id,
      year: campaign.year,
      title: campaign.title,
      unitId,
    });
  }

  get today(): string {
    return vietnamDate(new Date(Date.parse(this.updatedAt)));
  }

  get plan(): ProposalPlan {
    return this.plans.at(-1)!.plan;
  }

  get planSha256(): string {
    return this.planSha;
  }

  savePlan(plan: ProposalPlan, at: number): number {
    const previous = this.plans.at(-1)?.plan;
    const version = this.plans.length + 1;
    const stored = JSON.parse(JSON.stringify(plan)) as ProposalPlan;
    this.plans.push({
      case_id: this.id,
      version,
      kind: 'draft',
      plan: stored,
      changes: previous ? diffPlans(previous, stored) : [],
      created_by: this.proposer.id,
      created_at: new Date(at).toISOString(),
    });
    this.planSha = planHash(stored);
    this.planVersion = version;
    return version;
  }

  snapshot(): CaseSnapshot {
    return {
      id: this.id,
      state: this.state,
      version: this.version,
      proposerId: this.proposer.id,
      coProposerIds: this.facts.coProposerIds,
      proposerUnitId: this.proposer.unit_id,
      receivingUnitId: this.receivingUnit?.id ?? null,
      receivingPartyUnitId: this.routePartyIds.at(-1) ?? null,
      routeUnitIds: this.routeUnitIds,
      routeAncestorIds: this.routeAncestorIds,
      routePartyUnitIds: this.routePartyIds,
      appraisers: this.facts.appraisers,
      implementerIds: this.facts.implementerIds,
      inspectorIds: this.facts.inspectorIds,
      partyOpinions: this.facts.partyOpinions,
      pendingAdjustment: false,
      deadlines: this.deadlines,
      profile: this.profile,
    };
  }

  /** The runner's shared part of an action, as in perform-case-action.ts. */
  act(
    action: CaseAction,
    actor: Actor,
    relation: string,
    at: number,
    effect: Omit<ActionEffect, 'routeTo'> & { routeTo?: GenUnit },
  ): void {
    const rule = ACTION_RULES[action];
    const from = this.state;
    const to = (rule.to === 'same' ? from : rule.to === 'by_outcome' ? effect.to : rule.to) as CaseState;
    const today = vietnamDate(new Date(at));
    this.deadlines = deadlinesAfter(action, this.snapshot(), { today, calendar: this.calendar, ...effect.deadline });
    const due = currentDue(this.deadlines);
    if (effect.facts) this.facts = effect.facts;
    const route = effect.routeTo;
    if (route) {
      this.receivingUnit = route;
      this.routeUnitIds = [...this.routeUnitIds, route.id];
      this.routeAncestorIds = [...new Set([...this.routeAncestorIds, ...route.ancestor_ids])];
      this.routePartyIds = [...this.routePartyIds, route.party_committee_unit_id ?? route.id];
    }
    if (effect.patch?.approved_plan_version !== undefined)
      this.approvedPlanVersion = effect.patch.approved_plan_version;
    this.state = to;
    this.version++;
    this.append(CASE_ACTION_DEFS[action].event, actor, relation, at, effect.reasons ?? null, {
      from,
      to,
      ...(due ? { dueOn: due.dueOn, dueStep: due.step } : {}),
      ...effect.payload,
      // As performCaseAction anchors the row's facts in the chain.
      factsSha256: factsHash(this.facts),
    });
    if (action === 'submit') this.submittedAt = this.updatedAt;
    if (FINAL_STATES.includes(to)) this.closedAt = this.updatedAt;
    if (from !== to) this.entries.push({ state: to, at });
  }

  private append(
    type: string,
    actor: Actor,
    role: string,
    at: number,
    reasons: string | null,
    payload: Record<string, unknown>,
  ): void {
    const seq = this.events.length + 1;
    const occurredAt = new Date(at).toISOString();
    const stored = JSON.parse(JSON.stringify(payload)) as Record<string, unknown>;
    const content = {
      caseId: this.id,
      seq,
      type,
      actorId: actor.id,
      actorRole: role,
      actorUnitId: actor.unitId,
      occurredAt,
      reasons,
      payload: stored,
    };
    const hash = eventHash(content, this.prevHash);
    this.events.push({
      case_id: this.id,
      seq,
      type,
      actor_id: actor.id,
      actor_role: role,
      actor_unit_id: actor.unitId,
      occurred_at: occurredAt,
      reasons,
      payload: stored,
      prev_hash: this.prevHash,
      hash,
    });
    this.prevHash = hash;
    this.updatedAt = occurredAt;
  }

  caseRow() {
    const due = currentDue(this.deadlines);
    return {
      id: this.id,
      code: this.code,
      title: this.title,
      domain: this.domain,
      state: this.state,
      version: this.version,
      event_count: this.events.length,
      head_hash: this.prevHash,
      profile_code: this.profile.code,
      profile_version: this.profile.version,
      proposer_id: this.proposer.id,
      proposer_unit_id: this.proposer.unit_id,
      receiving_unit_id: this.receivingUnit?.id ?? null,
      urgent: this.urgent,
      plan_version: this.planVersion,
      approved_plan_version: this.approvedPlanVersion,
      pending_adjustment_version: null,
      facts: this.facts,
      deadlines: this.deadlines,
      due_on: due?.dueOn ?? null,
      due_step: due?.step ?? null,
      participant_ids: participantIds(this.proposer.id, this.facts),
      route_unit_ids: this.routeUnitIds,
      route_ancestor_ids: this.routeAncestorIds,
      route_party_unit_ids: this.routePartyIds,
      search_text: searchTextFor(this.code, this.title),
      replicated_from_case_id: this.origin?.caseId ?? null,
      created_at: new Date(this.createdAt).toISOString(),
      updated_at: this.updatedAt,
      submitted_at: this.submittedAt,
      closed_at: this.closedAt,
    };
  }

  workItems() {
    const due = currentDue(this.deadlines)?.dueOn ?? null;
    return nextActors(this.snapshot()).map((w) => ({
      case_id: this.id,
      person_id: w.kind === 'person' ? w.personId : null,
      unit_id: w.kind === 'unit_role' ? w.unitId : null,
      role: w.kind === 'unit_role' ? w.role : null,
      task: w.task,
      due_on: due,
    }));
  }
}
