import type { AppContext } from '../context.ts';
import type { CaseRow } from '../../db/schema.ts';
import { storedAttachmentDigests } from '../../db/repositories/record-rows-repository.ts';
import { exportCase } from '../cases/export-case.ts';

/** The export together with what only the server can add: the digests of the stored bytes. */
export async function recordBundle(app: AppContext, row: CaseRow) {
  const [bundle, digests] = await Promise.all([exportCase(app, row), storedAttachmentDigests(app.db, row.id)]);
  return {
    ...bundle,
    attachments: bundle.attachments.map((a) => ({ ...a, storedSha256: digests.get(a.id) ?? null })),
  };
}
