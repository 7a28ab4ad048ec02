import { randomUUID } from 'node:crypto';
import { Type, type Static } from 'typebox';
import type { AppContext } from '../context.ts';
import { PlanSchema } from './schemas.ts';
import { nfc } from './checks.ts';
import { ensureCaseCodeSequence } from '../../db/repositories/case-repository.ts';
import {
  creationContext,
  insertNewCase,
  type CreationContext,
} from '../../db/repositories/case-creation-repository.ts';
import { EMPTY_FACTS, toSnapshot } from '../../db/case-facts.ts';
import { searchTextFor } from '../../domain/text/fold-for-search.ts';
import { sealEvent } from '../../db/repositories/event-repository.ts';
import { factsHash } from '../../domain/audit/hash-chain.ts';
import { findModel } from '../../db/repositories/model-repository.ts';
import { planHash, planVersionRow } from '../../db/repositories/plan-repository.ts';
import { asTransaction, type Db, type Tx } from '../../db/kysely.ts';
import type { CaseRow } from '../../db/schema.ts';
import type { Actor, CaseSnapshot } from '../../domain/case/case-snapshot.ts';
import { nextActors } from '../../domain/case/next-actors.ts';
import { vietnamDate } from '../../domain/calendar/working-calendar.ts';
import { DomainError, invalid, type FieldIssue } from '../../domain/errors.ts';
import type { ProposalPlan } from '../../domain/plan/proposal-plan.ts';
import { inForceFor, type ProcedureProfile } from '../../domain/profile/procedure-profile.ts';
import { linkCaseToCampaign } from '../campaigns/link-case.ts';

export const CreateProposalBody = Type.Object(
  {
    plan: PlanSchema,
    urgent: Type.Optional(Type.Boolean()),
    profileCode: Type.Optional(Type.String({ pattern: '^[A-Z0-9-]{2,20}$' })),
    /** The model this proposal adopts (KL14 §2.5): its code; the plan is the adopting unit's adaptation. */
    replicatedFrom: Type.Optional(Type.String({ pattern: '^[A-Z]{2}-\\d{4}-\\d{6}$' })),
    /** Registers the proposal in an open registration campaign whose scope holds the proposer's unit. */
    campaignId: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
);

export const DEFAULT_PROFILE_CODE = 'ND73';

/**
 * Opens a draft proposal for the actor, who must hold the proposer role in their own unit. The
 * case takes the latest version of its procedure profile (one in force for the proposer's unit;
 * by default the local one where there is one, else the Decree's) and keeps it for life.
 */
export async function createProposal(
  app: AppContext,
  actor: Actor,
  body: Static<typeof CreateProposalBody>,
  /** Runs last in the transaction with the new case's code (the idempotency key's effect). */
  withinTransaction?: (tx: Tx, code: string) => Promise<void>,
) {
  const mayPropose = actor.grants.some((g) => g.role === 'proposer' && g.unitId === actor.unitId);
  if (!mayPropose) throw new DomainError('forbidden', 'not_permitted', [], { action: 'create_proposal' });
  const plan = nfc(body.plan) as ProposalPlan;
  const issues: FieldIssue[] = [];
  if (!plan.title?.trim()) issues.push({ path: 'plan.title', code: 'required' });
  if (!plan.domain) issues.push({ path: 'plan.domain', code: 'required' });
  if (issues.length) throw invalid(issues);

  const now = app.now();
  const year = Number(vietnamDate(now).slice(0, 4));
  await ensureCaseCodeSequence(app.db, year);
  const draft = { actor, body, plan, now, year, withinTransaction };
  // Most creates are one read (the code and the checks) and one statement that writes everything,
  // atomic on its own: no transaction. A campaign's registration and an idempotency key write rows
  // of their own, which must commit with the case or not at all.
  if (body.campaignId || withinTransaction) return app.db.transaction().execute((tx) => insertDraft(app, tx, draft));
  return insertDraft(app, app.db, draft);
}

interface DraftRequest {
  actor: Actor;
  body: Static<typeof CreateProposalBody>;
  plan: ProposalPlan;
  now: Date;
  year: number;
  withinTransaction?: (tx: Tx, code: string) => Promise<void>;
}

/** Reads what a new draft needs and writes it in one statement, on `db` or in its transaction. */
async function insertDraft(
  app: AppContext,
  db: Db,
  { actor, body, plan, now, year, withinTransaction }: DraftRequest,
): Promise<{ row: CaseRow; snapshot: CaseSnapshot }> {
  const context = await creationContext(db, { unitId: actor.unitId, domain: plan.domain!, year });
  if (!context.domainActive) throw invalid([{ path: 'plan.domain', code: 'unknown_domain' }]);
  const profile = await chooseProfile(app, db, body.profileCode, context);
  // A model is offered to every unit: the origin need not be a case the proposer may read.
  const origin = body.replicatedFrom ? await findModel(db, body.replicatedFrom) : undefined;
  if (body.replicatedFrom && !origin) throw invalid([{ path: 'replicatedFrom', code: 'not_a_model' }]);
  const id = randomUUID();
  const { code } = context;
  const title = plan.title!.trim();
  // The first event is sealed before the case row is written, so that the row is inserted with
  // its head already (no read of an empty chain, no second write of the row).
  const created = sealEvent(
    {
      caseId: id,
      type: 'created',
      actorId: actor.personId,
      actorRole: 'proposer',
      actorUnitId: actor.unitId,
      occurredAt: now,
      reasons: null,
      payload: {
        code,
        to: 'draft',
        profile: { code: profile.code, version: profile.version },
        planVersion: 1,
        planSha256: planHash(JSON.parse(JSON.stringify(plan)) as ProposalPlan),
        factsSha256: factsHash(EMPTY_FACTS),
        ...(origin ? { replicatedFrom: origin.code } : {}),
      },
    },
    { seq: 0, hash: null },
  );
  const values = {
    id,
    code,
    title,
    domain: plan.domain!,
    state: 'draft',
    version: 1,
    profile_code: profile.code,
    profile_version: profile.version,
    proposer_id: actor.personId,
    proposer_unit_id: actor.unitId,
    urgent: body.urgent ?? false,
    plan_version: 1,
    facts: JSON.stringify(EMPTY_FACTS),
    participant_ids: [actor.personId],
    search_text: searchTextFor(code, title),
    replicated_from_case_id: origin?.caseId ?? null,
    event_count: created.seq,
    head_hash: created.hash,
    created_at: now,
    updated_at: now,
  };
  const planVersion = planVersionRow(id, 1, 'draft', plan, undefined, actor.personId, now).row;
  // The worklist of a new draft follows from the row as written; the row comes back from the same statement.
  const profileSnapshot = (r: CaseRow) => toSnapshot(r, profile);
  const draftDefaults = {
    receiving_unit_id: null,
    route_unit_ids: [],
    route_ancestor_ids: [],
    route_party_unit_ids: [],
    pending_adjustment_version: null,
    approved_plan_version: null,
    deadlines: [],
  };
  const row = await insertNewCase(db, {
    row: values,
    planVersion,
    event: created,
    workItems: nextActors(profileSnapshot({ ...draftDefaults, ...values, facts: EMPTY_FACTS } as unknown as CaseRow)),
    tallies: {
      caseId: id,
      proposerUnitId: actor.unitId,
      receivingUnitId: null,
      domain: values.domain,
      from: null,
      to: 'draft',
      at: now,
    },
    job: { caseId: id, code, seq: 1, type: 'created', state: 'draft' },
  });
  const snapshot = profileSnapshot(row);
  if (body.campaignId) await linkCaseToCampaign(asTransaction(db), actor, id, body.campaignId, now);
  await withinTransaction?.(asTransaction(db), code);
  return { row, snapshot };
}

/**
 * The profile a new case takes: the one named, or else a local profile in force for the proposer's
 * unit (the locality's own rules), otherwise the Decree's; always its latest version. A local
 * profile applies only where it is in force (its territory): picking one from outside would escape
 * the Decree's own rules, e.g. who may propose (Art. 2).
 */
async function chooseProfile(
  app: AppContext,
  tx: Db,
  named: string | undefined,
  context: CreationContext,
): Promise<ProcedureProfile> {
  const latest = async (code: string) => {
    const found = context.latestProfiles.find((p) => p.code === code);
    return found && app.profiles.get(found.code, found.version, tx);
  };
  let profile: ProcedureProfile | undefined;
  if (named) profile = await latest(named);
  else {
    for (const { code } of context.latestProfiles) {
      const p = await latest(code);
      if (p?.territory && inForceFor(p, context.unitCodes)) {
        profile = p;
        break;
      }
    }
    profile ??= await latest(DEFAULT_PROFILE_CODE);
  }
  if (!profile) throw invalid([{ path: 'profileCode', code: 'unknown_profile' }]);
  if (!inForceFor(profile, context.unitCodes)) throw invalid([{ path: 'profileCode', code: 'profile_not_in_force' }]);
  return profile;
}
