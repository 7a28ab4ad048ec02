import type { Static } from 'typebox';
import type { AppContext } from '../context.ts';
import { checkAttachments, nfc } from '../cases/checks.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError, invalid, type FieldIssue } from '../../domain/errors.ts';
import {
  EXCLUSION_GROUNDS,
  recommendProtection,
  validateProtectionFacts,
  type ExclusionGround,
  type GroundFinding,
  type InvolvementRole,
  type MaterialisedRisk,
  type ProtectionFacts,
} from '../../domain/protection/index.ts';
import { approvedRisks, latestEvaluation } from './case-record-facts.ts';
import { chainEvent } from './case-chain.ts';
import { contentHash } from './hashing.ts';
import { determinationIn, loadProtectionCaseForWrite } from './load-protection-case.ts';
import { actingRelation, authoriseDetermination } from './protection-access.ts';
import type { FactsBody } from './protection-schemas.ts';
import { ruleSetOfCase } from './rule-set-of-case.ts';

type Body = Static<typeof FactsBody>;

function riskOf(body: Body, issues: FieldIssue[]): MaterialisedRisk {
  const r = body.risk;
  if (r.kind === 'foreseen') {
    if (!r.riskId) issues.push({ path: 'risk.riskId', code: 'required' });
    return { kind: 'foreseen', riskId: r.riskId ?? '' };
  }
  if (r.kind === 'unforeseen') return { kind: 'unforeseen', description: r.description ?? '' };
  return { kind: 'none' };
}

/**
 * The deciding unit records (or revises) one person's facts; the rules module's recommendation
 * is drawn from them at once and stored with them. Each version is kept and chained, so the
 * decision can show exactly which facts and which recommendation it was taken on.
 */
export async function recordFacts(
  app: AppContext,
  actor: Actor,
  ids: { protectionCaseId: string; determinationId: string },
  expectedVersion: number | undefined,
  raw: Body,
) {
  const body = nfc(raw);
  return app.db.transaction().execute(async (tx) => {
    const loaded = await loadProtectionCaseForWrite(tx, app, actor, ids.protectionCaseId, expectedVersion);
    const { pc, row } = loaded;
    const d = determinationIn(loaded, ids.determinationId);
    authoriseDetermination(actor, d, 'record_facts', loaded.determinations);
    const evaluation = await latestEvaluation(tx, row.id);
    if (!evaluation) throw new DomainError('conflict', 'protection_requires_evaluation');
    const issues: FieldIssue[] = [];
    const facts: ProtectionFacts = {
      personId: d.person_id,
      role: d.role as InvolvementRole,
      outcome: evaluation.outcome,
      damage: {
        caused: body.damage.caused,
        ...(body.damage.estimateVnd !== undefined ? { estimateVnd: body.damage.estimateVnd } : {}),
      },
      causes: { objective: body.causes.objective.trim(), subjective: body.causes.subjective.trim() },
      risk: riskOf(body, issues),
      followedApprovedPlan: body.followedApprovedPlan,
      followedDirectives: body.followedDirectives,
      followedDecision: body.followedDecision,
      motive: body.motive,
      exclusions: Object.fromEntries(
        EXCLUSION_GROUNDS.map((g) => {
          const f = body.exclusions[g]!;
          return [g, { found: f.found, ...(f.evidence?.trim() ? { evidence: f.evidence.trim() } : {}) }];
        }),
      ) as Record<ExclusionGround, GroundFinding>,
    };
    const risks = await approvedRisks(tx, row);
    // A missing risk id is reported once, as missing, not also as absent from the approved plan.
    const missingRiskId = issues.some((i) => i.path === 'risk.riskId');
    const domainIssues = validateProtectionFacts(
      facts,
      risks.map((r) => r.id),
    );
    issues.push(...domainIssues.filter((i) => !(missingRiskId && i.path === 'risk.riskId')));
    if (issues.length) throw invalid(issues, 'protection_facts_invalid');
    const evidenceAttachmentIds: Record<string, string[]> = {};
    for (const g of EXCLUSION_GROUNDS) {
      const ids = await checkAttachments(
        tx,
        row.id,
        body.exclusions[g]!.attachmentIds,
        `exclusions.${g}.attachmentIds`,
      );
      if (ids.length) evidenceAttachmentIds[g] = ids;
    }

    const stored = await ruleSetOfCase(tx, pc);
    const recommendation = recommendProtection(facts, stored.ruleSet);
    const factsSha256 = contentHash(facts);
    const recommendationSha256 = contentHash(recommendation);
    const version = d.facts_version + 1;
    const now = app.now();
    const relation = actingRelation(actor, d);
    const seq = await chainEvent(tx, row, {
      type: 'protection_facts_recorded',
      actor,
      relation,
      at: now,
      payload: {
        protectionCaseId: pc.id,
        determinationId: d.id,
        personId: d.person_id,
        role: d.role,
        factsVersion: version,
        facts,
        factsSha256,
        evidenceAttachmentIds,
        ruleSet: { id: pc.rule_set_id, version: pc.rule_set_version, sha256: pc.rule_set_sha256 },
        recommendation: {
          result: recommendation.result,
          ruleId: recommendation.ruleId,
          legalGround: recommendation.legalGround,
          reportToCompetentAuthority: recommendation.reportToCompetentAuthority,
          referToDiscipline: recommendation.referToDiscipline,
        },
        recommendationSha256,
      },
    });
    await tx
      .insertInto('protection_fact_versions')
      .values({
        determination_id: d.id,
        version,
        facts: JSON.stringify(facts),
        facts_sha256: factsSha256,
        evidence_attachment_ids: JSON.stringify(evidenceAttachmentIds),
        recommendation: JSON.stringify(recommendation),
        recommendation_sha256: recommendationSha256,
        recorded_by: actor.personId,
        recorded_as: relation,
        recorded_at: now,
        event_seq: seq,
      })
      .execute();
    await tx
      .updateTable('protection_determinations')
      .set({ status: 'facts_recorded', facts_version: version })
      .where('id', '=', d.id)
      .execute();
    await tx
      .updateTable('protection_cases')
      .set({ version: pc.version + 1, updated_at: now })
      .where('id', '=', pc.id)
      .execute();
    return { seq };
  });
}
