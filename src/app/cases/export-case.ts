import type { AppContext } from '../context.ts';
import type { CaseRow } from '../../db/schema.ts';
import { loadChain } from '../../db/repositories/event-repository.ts';
import { planHash } from '../../db/repositories/plan-repository.ts';
import type { ProposalPlan } from '../../domain/plan/proposal-plan.ts';
import { derivedRows } from '../../db/repositories/record-rows-repository.ts';

export const EXPORT_FORMAT = 'khien-case-export/2';

/**
 * Everything needed to check a case's record without our server: the events with their hashes,
 * every plan version in full (each anchored in the chain by its SHA-256), the attachments' hashes
 * and the procedure profile the case ran under. `scripts/verify-export.mjs` checks such a file
 * with nothing but Node's own crypto.
 */
export async function exportCase(app: AppContext, row: CaseRow) {
  const [events, plans, attachments, derived] = await Promise.all([
    loadChain(app.db, row.id),
    app.db.selectFrom('plan_versions').selectAll().where('case_id', '=', row.id).orderBy('version').execute(),
    app.db
      .selectFrom('attachments')
      .select(['id', 'filename', 'media_type', 'size', 'sha256', 'uploaded_by', 'uploaded_at'])
      .where('case_id', '=', row.id)
      .orderBy('uploaded_at')
      .execute(),
    derivedRows(app.db, row.id),
  ]);
  const profile = await app.profiles.get(row.profile_code, row.profile_version);
  return {
    format: EXPORT_FORMAT,
    exportedAt: app.now().toISOString(),
    hashAlgorithm: 'sha256(prevHash + "\\n" + canonicalJson(content)); genesis prevHash = 64 zeros',
    case: {
      id: row.id,
      code: row.code,
      title: row.title,
      state: row.state,
      version: row.version,
      profile: { code: row.profile_code, version: row.profile_version },
      eventCount: row.event_count,
      headHash: row.head_hash,
      planVersion: row.plan_version,
      facts: row.facts,
    },
    profile,
    events,
    planVersions: plans.map((p) => ({
      version: p.version,
      kind: p.kind,
      createdBy: p.created_by,
      createdAt: p.created_at.toISOString(),
      sha256: planHash(p.plan as ProposalPlan),
      plan: p.plan,
    })),
    attachments: attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      mediaType: a.media_type,
      size: a.size,
      sha256: a.sha256,
      uploadedBy: a.uploaded_by,
      uploadedAt: a.uploaded_at.toISOString(),
    })),
    ...derived,
  };
}
