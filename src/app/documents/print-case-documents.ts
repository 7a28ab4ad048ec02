import type { AppContext } from '../context.ts';
import { loadVisibleCase } from '../cases/case-queries.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import type { OfficialDocument } from '../../documents/model/official-document.ts';
import { renderPrintBundle } from '../../documents/render/render-document.ts';

/**
 * Bulk print: every document of the case still in force (issued or signed, not cancelled), in the
 * order of the steps they record, as one PDF. Each is drawn from the model kept when it was issued,
 * so the printout says exactly what the issued files say, footers and QR codes included.
 */
export async function printCaseDocuments(app: AppContext, actor: Actor, code: string): Promise<Buffer> {
  const { row } = await loadVisibleCase(app, actor, code);
  const docs = await app.db
    .selectFrom('issued_documents')
    .select(['model'])
    .where('case_id', '=', row.id)
    .where('status', '<>', 'cancelled')
    .orderBy('step_seq')
    .orderBy('issued_at')
    .execute();
  if (!docs.length) throw new DomainError('not_found', 'no_issued_documents');
  const models = docs.map((d) => (typeof d.model === 'string' ? JSON.parse(d.model) : d.model) as OfficialDocument);
  return renderPrintBundle(models, `Văn bản của hồ sơ ${row.code}`, app.now());
}
