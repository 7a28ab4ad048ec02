import type { AppContext } from '../context.ts';
import type { Tx } from '../../db/kysely.ts';
import { loadVisibleCase } from '../cases/case-queries.ts';
import { audit } from '../org/admin-scope.ts';
import { chainEvent, lockCaseById } from '../protection/case-chain.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { DECREE_73_PROFILE } from '../../domain/profile/procedure-profile.ts';
import { documentNotFound, issuerOf, kindById } from './document-source.ts';
import { recordDocumentAccess } from './record-document-access.ts';
import { reviewReportAccess } from '../reports/review-report-access.ts';

type Record = (
  type: string,
  payload: { [k: string]: unknown },
  opts?: { reasons?: string; relation?: string },
) => Promise<number | null>;

export interface DocumentWriter {
  id: string;
  kind: string;
  minReasonLength: number;
  /**
   * Runs `fn` in a transaction holding the locks a write to this document takes (the case row
   * first, as every write to a case's chain does), with `record` writing the change where its
   * subject keeps its history: an event of the case's chain (its seq returned), or the audit log
   * for a document whose subject is a person (null).
   */
  transaction<T>(fn: (tx: Tx, record: Record) => Promise<T>): Promise<T>;
}

/**
 * A document's issuer, checked: for a case's document, the unit's head, deputy or Party liaison
 * the kind names; for an official's record, an organisation officer whose grant covers the
 * official. Someone who may not read the document is told it does not exist.
 */
export async function documentWriter(app: AppContext, actor: Actor, id: string): Promise<DocumentWriter> {
  const doc = await app.db
    .selectFrom('issued_documents')
    .leftJoin('cases', 'cases.id', 'issued_documents.case_id')
    .select([
      'cases.code',
      'issued_documents.kind',
      'issued_documents.case_id',
      'issued_documents.subject_person_id',
      'issued_documents.subject_unit_id',
    ])
    .where('issued_documents.id', '=', id)
    .executeTakeFirst();
  if (!doc) throw documentNotFound();
  if (doc.subject_person_id || doc.subject_unit_id) {
    const access = doc.subject_person_id
      ? await recordDocumentAccess(app.db, actor, doc.subject_person_id)
      : await reviewReportAccess(app.db, actor, doc.subject_unit_id!);
    if (!access.canRead) throw documentNotFound();
    if (!access.canIssue) throw new DomainError('forbidden', 'not_permitted');
    return {
      id,
      kind: doc.kind,
      minReasonLength: DECREE_73_PROFILE.minReasonLength,
      transaction: (fn) =>
        app.db.transaction().execute((tx) =>
          fn(tx, async (type, payload, opts) => {
            const reasons = opts?.reasons;
            await audit(tx, actor, type, 'issued_document', id, { ...payload, ...(reasons ? { reasons } : {}) });
            return null;
          }),
        ),
    };
  }
  const { snapshot } = await loadVisibleCase(app, actor, doc.code!).catch(() => {
    throw documentNotFound();
  });
  const issuer = issuerOf(actor, snapshot, kindById(doc.kind));
  const relation =
    issuer.capacity === 'head' ? 'head' : issuer.capacity === 'deputy' ? 'collective_member' : 'party_liaison';
  return {
    id,
    kind: doc.kind,
    minReasonLength: snapshot.profile.minReasonLength,
    transaction: (fn) =>
      app.db.transaction().execute(async (tx) => {
        const row = await lockCaseById(tx, doc.case_id!);
        return fn(tx, (type, payload, opts) =>
          chainEvent(tx, row, {
            type,
            actor,
            relation: opts?.relation ?? relation,
            at: app.now(),
            reasons: opts?.reasons ?? null,
            payload,
          }),
        );
      }),
  };
}
