import type { Db, Tx } from '../../db/kysely.ts';
import { DomainError } from '../../domain/errors.ts';
import type { ProtectionFacts, Recommendation } from '../../domain/protection/index.ts';

export interface FactsVersion {
  version: number;
  facts: ProtectionFacts;
  factsSha256: string;
  evidenceAttachmentIds: Record<string, string[]>;
  recommendation: Recommendation;
  recommendationSha256: string;
  recordedBy: string;
  recordedAs: string;
  recordedAt: Date;
  eventSeq: number;
}

/** The facts version a determination currently rests on (the latest recorded). */
export async function currentFacts(db: Db | Tx, determinationId: string, version: number): Promise<FactsVersion> {
  const found = await factsVersions(db, [determinationId], version);
  const v = found.get(determinationId);
  if (!v) throw new DomainError('conflict', 'facts_not_recorded');
  return v;
}

/** The given version of each determination's facts (by default each one's latest), keyed by determination. */
export async function factsVersions(
  db: Db | Tx,
  determinationIds: string[],
  onlyVersion?: number,
): Promise<Map<string, FactsVersion>> {
  const out = new Map<string, FactsVersion>();
  if (determinationIds.length === 0) return out;
  let q = db.selectFrom('protection_fact_versions').selectAll().where('determination_id', 'in', determinationIds);
  if (onlyVersion !== undefined) q = q.where('version', '=', onlyVersion);
  for (const r of await q.orderBy('version').execute()) {
    out.set(r.determination_id, {
      version: r.version,
      facts: r.facts as ProtectionFacts,
      factsSha256: r.facts_sha256,
      evidenceAttachmentIds: r.evidence_attachment_ids as Record<string, string[]>,
      recommendation: r.recommendation as Recommendation,
      recommendationSha256: r.recommendation_sha256,
      recordedBy: r.recorded_by,
      recordedAs: r.recorded_as,
      recordedAt: r.recorded_at,
      eventSeq: r.event_seq,
    });
  }
  return out;
}
