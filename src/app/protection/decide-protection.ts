import type { Static } from 'typebox';
import type { AppContext } from '../context.ts';
import { checkAttachments, checkPastDate, nfc } from '../cases/checks.ts';
import { vietnamDate } from '../../domain/calendar/working-calendar.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import {
  DEPARTURE_REASON_MIN_LENGTH,
  checkProtectionDecision,
  mattersToWeigh,
  situationOf,
  type ProtectionFacts,
  type ProtectionResult,
  type Recommendation,
} from '../../domain/protection/index.ts';
import { chainEvent } from './case-chain.ts';
import { currentFacts } from './current-facts.ts';
import { determinationIn, loadProtectionCaseForWrite } from './load-protection-case.ts';
import { authoriseDetermination } from './protection-access.ts';
import type { DecisionBody } from './protection-schemas.ts';

/**
 * The deciding body decides one person's protection on the facts last recorded. It may depart
 * from the recommendation only with written reasons, and within what the law fixes
 * (checkProtectionDecision): no protection where a barring ground was found (Art. 6(1)), never
 * less than rows 1–2 of the Art. 11 table give, and written reasons addressing every matter the
 * spec only infers ([I]). A refusal writes nothing.
 */
export async function decideProtection(
  app: AppContext,
  actor: Actor,
  ids: { protectionCaseId: string; determinationId: string },
  expectedVersion: number | undefined,
  raw: Static<typeof DecisionBody>,
) {
  const body = nfc(raw);
  return app.db.transaction().execute(async (tx) => {
    const loaded = await loadProtectionCaseForWrite(tx, app, actor, ids.protectionCaseId, expectedVersion);
    const { pc, row, snapshot } = loaded;
    const d = determinationIn(loaded, ids.determinationId);
    authoriseDetermination(actor, d, 'decide', loaded.determinations);
    const current = await currentFacts(tx, d.id, d.facts_version);
    const rec = current.recommendation;
    const minLength = Math.max(DEPARTURE_REASON_MIN_LENGTH, snapshot.profile.minReasonLength);
    const departure = checkProtectionDecision(current.facts, rec, body.decidedResult, body.reasons, minLength);
    if (!departure.ok)
      throw new DomainError('validation', departure.issue.code, [departure.issue], { ...departure.issue.params });
    const now = app.now();
    const decisionDate = checkPastDate(body.decisionDate, 'decisionDate', vietnamDate(now));
    const attachmentIds = await checkAttachments(tx, row.id, body.attachmentIds, 'attachmentIds');
    const followUps = followUpsOf(rec, current.facts, body.decidedResult, departure.departed);
    const decision = {
      decisionNumber: body.decisionNumber,
      decisionDate,
      attachmentIds,
      legalGround: departure.departed ? null : rec.legalGround,
      ...followUps,
    };
    const seq = await chainEvent(tx, row, {
      type: 'protection_decided',
      actor,
      relation: 'deciding_head',
      reasons: body.reasons?.trim() || null,
      at: now,
      payload: {
        protectionCaseId: pc.id,
        determinationId: d.id,
        personId: d.person_id,
        role: d.role,
        ruleSet: { id: pc.rule_set_id, version: pc.rule_set_version, sha256: pc.rule_set_sha256 },
        factsVersion: d.facts_version,
        facts: current.facts,
        factsSha256: current.factsSha256,
        recommendation: { result: rec.result, ruleId: rec.ruleId, legalGround: rec.legalGround },
        recommendationSha256: current.recommendationSha256,
        decidedResult: body.decidedResult,
        departed: departure.departed,
        mattersWeighed: mattersToWeigh(current.facts),
        ...decision,
      },
    });
    await tx
      .updateTable('protection_determinations')
      .set({
        status: 'decided',
        decided_result: body.decidedResult,
        departed: departure.departed,
        decision: JSON.stringify({ ...decision, reasons: body.reasons?.trim() || null }),
        decided_by: actor.personId,
        decided_at: now,
        decision_event_seq: seq,
      })
      .where('id', '=', d.id)
      .execute();
    const stillOpen = loaded.determinations.some(
      (x) => x.id !== d.id && (x.status === 'pending' || x.status === 'facts_recorded'),
    );
    await tx
      .updateTable('protection_cases')
      .set({
        version: pc.version + 1,
        updated_at: now,
        ...(stillOpen ? {} : { status: 'decided' as const, closed_at: now }),
      })
      .where('id', '=', pc.id)
      .execute();
    return { seq };
  });
}

/**
 * What must happen next. Following the recommendation keeps its follow-ups; departing from it
 * keeps the report to the competent authority only where exemption or mitigation is still to be
 * considered, and refers to discipline only a person a barring ground was found against (row 5):
 * a head's choice of less protection is not itself a finding of misconduct.
 */
function followUpsOf(rec: Recommendation, facts: ProtectionFacts, decided: ProtectionResult, departed: boolean) {
  if (!departed)
    return { reportToCompetentAuthority: rec.reportToCompetentAuthority, referToDiscipline: rec.referToDiscipline };
  return {
    reportToCompetentAuthority: decided === 'considered_for_exemption_or_mitigation' && rec.reportToCompetentAuthority,
    referToDiscipline: decided === 'not_protected' && situationOf(facts).anyExclusionFound,
  };
}
