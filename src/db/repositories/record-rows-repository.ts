import { sql } from 'kysely';
import type { Db } from '../kysely.ts';

/**
 * The rows that follow from a case's chain, in the shape the record's checks read: protection
 * cases, determinations and their fact versions, and reward proposals. Part of the export, so a
 * stranger replays them too.
 */
export async function derivedRows(db: Db, caseId: string) {
  const [cases, determinations, factVersions, rewards] = await Promise.all([
    db
      .selectFrom('protection_cases')
      .select(['id', 'status', 'rule_set_sha256'])
      .where('case_id', '=', caseId)
      .orderBy('seq')
      .execute(),
    db
      .selectFrom('protection_determinations as d')
      .innerJoin('protection_cases as pc', 'pc.id', 'd.protection_case_id')
      .select([
        'd.id',
        'd.protection_case_id',
        'd.status',
        'd.facts_version',
        'd.decided_result',
        'd.decision_event_seq',
        'd.revocation_event_seq',
      ])
      .where('pc.case_id', '=', caseId)
      .orderBy('d.id')
      .execute(),
    db
      .selectFrom('protection_fact_versions as f')
      .innerJoin('protection_determinations as d', 'd.id', 'f.determination_id')
      .innerJoin('protection_cases as pc', 'pc.id', 'd.protection_case_id')
      .select([
        'f.determination_id',
        'f.version',
        'f.facts',
        'f.facts_sha256',
        'f.recommendation',
        'f.recommendation_sha256',
        'f.event_seq',
      ])
      .where('pc.case_id', '=', caseId)
      .orderBy('f.event_seq')
      .execute(),
    db
      .selectFrom('reward_proposals')
      .select(['id', 'status', 'version', 'form', 'proposal_event_seq'])
      .where('case_id', '=', caseId)
      .orderBy('proposal_event_seq')
      .execute(),
  ]);
  return {
    protection: {
      cases: cases.map((c) => ({ id: c.id, status: c.status, ruleSetSha256: c.rule_set_sha256 })),
      determinations: determinations.map((d) => ({
        id: d.id,
        protectionCaseId: d.protection_case_id,
        status: d.status,
        factsVersion: d.facts_version,
        decidedResult: d.decided_result,
        decisionEventSeq: d.decision_event_seq,
        revocationEventSeq: d.revocation_event_seq,
      })),
      factVersions: factVersions.map((f) => ({
        determinationId: f.determination_id,
        version: f.version,
        facts: f.facts,
        factsSha256: f.facts_sha256,
        recommendation: f.recommendation,
        recommendationSha256: f.recommendation_sha256,
        eventSeq: f.event_seq,
      })),
    },
    rewards: rewards.map((r) => ({
      id: r.id,
      status: r.status,
      version: r.version,
      form: r.form,
      proposalEventSeq: r.proposal_event_seq,
    })),
  };
}

/** The SHA-256 of each attachment's stored bytes, computed by the database (the bytes never leave it). */
export async function storedAttachmentDigests(db: Db, caseId: string): Promise<Map<string, string | null>> {
  const rows = await db
    .selectFrom('attachments as a')
    .leftJoin('blobs as b', 'b.sha256', 'a.sha256')
    .select(['a.id', sql<string | null>`encode(sha256(b.content), 'hex')`.as('digest')])
    .where('a.case_id', '=', caseId)
    .execute();
  return new Map(rows.map((r) => [r.id, r.digest]));
}
