import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Static } from 'typebox';
import type { AppContext } from '../context.ts';
import { nfc } from '../cases/checks.ts';
import { caseNotFound } from '../cases/perform-case-action.ts';
import { toSnapshot } from '../../db/case-facts.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { canRead } from '../../domain/case/relations.ts';
import { DomainError, invalid } from '../../domain/errors.ts';
import { REWARD_FORMS, validateRewardProposal } from '../../domain/protection/index.ts';
import { chainEvent, lockCaseByCode } from '../protection/case-chain.ts';
import { beneficiaryIssues, rewardManagerRelation } from './reward-access.ts';
import { caseRewardFacts, contextFor } from './reward-context.ts';
import type { ProposeRewardBody } from './reward-schemas.ts';

/**
 * Proposes a form of encouragement (Art. 10) for a proposer, an implementer, the unit or its head,
 * once the proposal has been evaluated. Eligibility is the rules module's: Art. 5(1) met, the
 * outcome some forms need, local forms only where switched on, and nobody found to have abused
 * the policy. The proposal goes into the case's chain.
 */
const INPUT_CODES = new Set(['required', 'out_of_range', 'not_applicable']);

export async function proposeReward(
  app: AppContext,
  actor: Actor,
  code: string,
  raw: Static<typeof ProposeRewardBody>,
) {
  const body = nfc(raw);
  return app.db.transaction().execute(async (tx) => {
    const row = await lockCaseByCode(tx, code);
    const snapshot = toSnapshot(row, await app.profiles.get(row.profile_code, row.profile_version, tx));
    if (!canRead(actor, snapshot)) throw caseNotFound();
    const relation = rewardManagerRelation(actor, snapshot);
    if (!relation) throw new DomainError('forbidden', 'not_permitted', [], { action: 'propose_reward' });
    if (row.state !== 'evaluated')
      throw new DomainError('conflict', 'reward_requires_evaluation', [], { state: row.state });

    const beneficiary = { kind: body.beneficiaryKind, personId: body.personId, unitId: body.unitId };
    const facts = await caseRewardFacts(tx, row);
    const context = contextFor(facts, body.beneficiaryKind, body.personId ?? null);
    const proposal = {
      form: body.form,
      beneficiaryKind: body.beneficiaryKind,
      months: body.months,
      description: body.description?.trim() || undefined,
    };
    const issues = [...(await beneficiaryIssues(tx, row, beneficiary)), ...validateRewardProposal(proposal, context)];
    // Missing or out-of-range input is not a question of eligibility: say so in the summary.
    const inputOnly = issues.every((i) => INPUT_CODES.has(i.code));
    if (issues.length) throw invalid(issues, inputOnly ? 'reward_proposal_incomplete' : 'reward_not_eligible');

    const targetId = body.personId ?? body.unitId!;
    const live = await tx
      .selectFrom('reward_proposals')
      .select('id')
      .where('case_id', '=', row.id)
      .where('form', '=', body.form)
      .where(sql`coalesce(person_id, unit_id)`, '=', targetId)
      .where('status', 'in', ['proposed', 'granted', 'implemented'])
      .executeTakeFirst();
    if (live) throw new DomainError('conflict', 'reward_already_proposed', [], { rewardProposalId: live.id });

    const form = REWARD_FORMS.find((f) => f.id === body.form)!;
    const id = randomUUID();
    const now = app.now();
    const record = {
      rewardProposalId: id,
      beneficiaryKind: body.beneficiaryKind,
      personId: body.personId ?? null,
      unitId: body.unitId ?? null,
      form: form.id,
      months: body.months ?? null,
      description: proposal.description ?? null,
      legalBasis: form.legalBasis,
    };
    const seq = await chainEvent(tx, row, {
      type: 'reward_proposed',
      actor,
      relation,
      reasons: body.justification.trim(),
      at: now,
      payload: { ...record, eligibility: context },
    });
    await tx
      .insertInto('reward_proposals')
      .values({
        id,
        case_id: row.id,
        status: 'proposed',
        beneficiary_kind: body.beneficiaryKind,
        person_id: record.personId,
        unit_id: record.unitId,
        form: form.id,
        months: record.months,
        description: record.description,
        justification: body.justification.trim(),
        legal_basis: form.legalBasis,
        proposed_by: actor.personId,
        proposed_as: relation,
        proposed_at: now,
        proposal_event_seq: seq,
      })
      .execute();
    return { id };
  });
}
