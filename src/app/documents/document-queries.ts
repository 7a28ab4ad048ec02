import type { AppContext } from '../context.ts';
import { loadVisibleCase } from '../cases/case-queries.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { buildDocument, type DocumentEdits } from '../../documents/model/build-source.ts';
import { DOCUMENT_KINDS, kindForEvent } from '../../documents/model/kinds/index.ts';
import { renderDocument, type FileFormat } from '../../documents/render/render-document.ts';
import { OFFICIAL_RECORD_KIND } from '../../documents/model/kinds/official-record.ts';
import { REVIEW_REPORT_KIND } from '../../documents/model/kinds/review-report.ts';
import { reviewReportAccess } from '../reports/review-report-access.ts';
import { buildSource, documentNotFound, issuerOf, kindById } from './document-source.ts';
import { recordDocumentAccess } from './record-document-access.ts';

const labelOf = (kind: string) =>
  kind === OFFICIAL_RECORD_KIND.id
    ? OFFICIAL_RECORD_KIND.label
    : kind === REVIEW_REPORT_KIND.id
      ? REVIEW_REPORT_KIND.label
      : (DOCUMENT_KINDS[kind]?.label ?? null);

const canIssue = (fn: () => unknown) => {
  try {
    fn();
    return true;
  } catch {
    return false;
  }
};

/**
 * A case's documents: one per step that issues one (drafted until issued, then issued or signed),
 * and the cancelled ones with their numbers and reasons, as the register keeps them.
 */
export async function listCaseDocuments(app: AppContext, actor: Actor, code: string) {
  const { row, snapshot } = await loadVisibleCase(app, actor, code);
  const events = await app.db
    .selectFrom('case_events')
    .select(['seq', 'type', 'occurred_at'])
    .where('case_id', '=', row.id)
    .orderBy('seq')
    .execute();
  const issued = await app.db
    .selectFrom('issued_documents')
    .selectAll()
    .where('case_id', '=', row.id)
    .orderBy('issued_at')
    .execute();
  const items = events.flatMap((e) => {
    const kind = kindForEvent(e.type);
    if (!kind) return [];
    const live = issued.find((d) => d.kind === kind.id && d.step_seq === e.seq && d.status !== 'cancelled');
    return [
      {
        kind: kind.id,
        label: kind.label,
        stepSeq: e.seq,
        stepType: e.type,
        stepAt: e.occurred_at,
        status: live?.status ?? 'drafted',
        canIssue: !live && canIssue(() => issuerOf(actor, snapshot, kind)),
        document: live ? presentIssued(live) : null,
      },
    ];
  });
  const cancelled = issued.filter((d) => d.status === 'cancelled').map(presentIssued);
  return { items, cancelled };
}

type IssuedRow = Awaited<ReturnType<typeof loadIssued>>;
async function loadIssued(app: AppContext, id: string) {
  const d = await app.db.selectFrom('issued_documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!d) throw documentNotFound();
  return d;
}

export function presentIssued(d: IssuedRow) {
  return {
    id: d.id,
    kind: d.kind,
    stepSeq: d.step_seq,
    citation: d.citation,
    number: d.number,
    year: d.year,
    status: d.status,
    issuedAt: d.issued_at,
    issueEventSeq: d.issue_event_seq,
    pdfSha256: d.pdf_sha256,
    docxSha256: d.docx_sha256,
    edits: d.edits,
    ...(d.status === 'cancelled' ? { cancelReason: d.cancel_reason, cancelledAt: d.cancelled_at } : {}),
    ...(d.signed_sha256
      ? { signedSha256: d.signed_sha256, signer: d.signer, signedAt: d.signed_at, signedEventSeq: d.signed_event_seq }
      : {}),
  };
}

/** The draft as it would be issued now by the actor, with the edits they are considering. */
export async function previewDocument(
  app: AppContext,
  actor: Actor,
  code: string,
  kindId: string,
  stepSeq: number,
  format: FileFormat,
  edits: DocumentEdits,
) {
  const kind = kindById(kindId);
  const { row, snapshot } = await loadVisibleCase(app, actor, code);
  const { source } = await buildSource(app, app.db, actor, row, snapshot, kind, stepSeq);
  return renderDocument(buildDocument(kind, source, edits), format, app.now());
}

/** An issued document's file (PDF, DOCX, or the signed copy) for someone who may read the case. */
export async function issuedDocumentFile(app: AppContext, actor: Actor, id: string, which: 'pdf' | 'docx' | 'signed') {
  const d = await loadIssued(app, id);
  if (d.subject_person_id) {
    if (!(await recordDocumentAccess(app.db, actor, d.subject_person_id)).canRead) throw documentNotFound();
  } else if (d.subject_unit_id) {
    if (!(await reviewReportAccess(app.db, actor, d.subject_unit_id)).canRead) throw documentNotFound();
  } else {
    const c = await app.db.selectFrom('cases').select('code').where('id', '=', d.case_id!).executeTakeFirstOrThrow();
    await loadVisibleCase(app, actor, c.code).catch(() => {
      throw documentNotFound();
    });
  }
  const sha = which === 'pdf' ? d.pdf_sha256 : which === 'docx' ? d.docx_sha256 : d.signed_sha256;
  if (!sha) throw new DomainError('not_found', 'signed_copy_not_found');
  const blob = await app.db
    .selectFrom('blobs')
    .select(['content', 'media_type'])
    .where('sha256', '=', sha)
    .executeTakeFirstOrThrow();
  return {
    content: blob.content,
    mediaType: blob.media_type,
    filename: `${d.citation.replace(/[^\p{L}\p{N}-]+/gu, '_')}${which === 'signed' ? '_signed' : ''}.${which === 'docx' ? 'docx' : 'pdf'}`,
  };
}

/**
 * The public check of a document's fingerprint (SHA-256 of the file): whether Khiên issued it,
 * for which case step (none for an official's record), whether a signed copy came back, whether it was cancelled. Nothing else
 * about the case: a stranger holding the paper learns only what is printed on it.
 */
export async function fingerprintStatus(app: AppContext, sha256: string) {
  const fp = sha256.toLowerCase();
  const d = await app.db
    .selectFrom('issued_documents')
    .leftJoin('cases', 'cases.id', 'issued_documents.case_id')
    .select([
      'issued_documents.kind',
      'issued_documents.step_seq',
      'issued_documents.citation',
      'issued_documents.issued_at',
      'issued_documents.status',
      'issued_documents.signed_sha256',
      'issued_documents.pdf_sha256',
      'cases.code',
    ])
    .where((eb) =>
      eb.or([
        eb('issued_documents.pdf_sha256', '=', fp),
        eb('issued_documents.docx_sha256', '=', fp),
        eb('issued_documents.signed_sha256', '=', fp),
      ]),
    )
    .executeTakeFirst();
  if (!d) return { fingerprint: fp, issuedByKhien: false as const };
  return {
    fingerprint: fp,
    issuedByKhien: true as const,
    file: d.signed_sha256 === fp ? 'signed_copy' : d.pdf_sha256 === fp ? 'pdf' : 'docx',
    citation: d.citation,
    issuedAt: d.issued_at,
    caseStep:
      d.code !== null && d.step_seq !== null
        ? { caseCode: d.code, stepSeq: d.step_seq, kind: d.kind, label: DOCUMENT_KINDS[d.kind]?.label ?? null }
        : null,
    // A person's document names no case; what it is, the paper itself says.
    document: { kind: d.kind, label: labelOf(d.kind) },
    signedCopyReceived: d.signed_sha256 !== null,
    cancelled: d.status === 'cancelled',
  };
}
