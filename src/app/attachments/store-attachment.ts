import { createHash, randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { AppContext } from '../context.ts';
import type { Tx } from '../../db/kysely.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { loadVisibleCase } from '../cases/case-queries.ts';
import { appendEvent } from '../../db/repositories/event-repository.ts';
import { findCaseByCode } from '../../db/repositories/case-repository.ts';
import { toSnapshot } from '../../db/case-facts.ts';
import { authoriseAttachment } from '../../domain/case/attachment-rules.ts';

/**
 * Types accepted as evidence and documents. The type is sniffed from the content, never taken
 * from the client's name or header; plain text is accepted only when it is valid UTF-8.
 */
export const ALLOWED_MEDIA_TYPES = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'image/png',
  'image/jpeg',
  'text/plain',
]);

async function sniff(content: Buffer): Promise<string | undefined> {
  const detected = await fileTypeFromBuffer(content);
  if (detected) return detected.mime;
  if (content.includes(0)) return undefined;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return 'text/plain';
  } catch {
    return undefined;
  }
}

/** Keeps a display name without path parts or control characters. */
export function safeFilename(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '_')
    .trim()
    .slice(0, 200);
  return cleaned || 'tep-dinh-kem';
}

/**
 * The checks every stored file passes (not empty, within the size limit, a sniffed type on the
 * list) and its SHA-256: shared by case attachments and the files of plan task reports.
 */
export async function checkedContent(app: AppContext, content: Buffer): Promise<{ mediaType: string; sha256: string }> {
  if (content.length === 0)
    throw new DomainError('validation', 'attachment_missing', [{ path: 'file', code: 'required' }]);
  if (content.length > app.limits.maxAttachmentBytes) {
    throw new DomainError('validation', 'attachment_too_large', [{ path: 'file', code: 'too_long' }], {
      max: app.limits.maxAttachmentBytes,
    });
  }
  const mediaType = await sniff(content);
  if (!mediaType || !ALLOWED_MEDIA_TYPES.has(mediaType)) {
    throw new DomainError('validation', 'attachment_type_not_allowed', [{ path: 'file', code: 'invalid_format' }], {
      detected: mediaType ?? 'unknown',
    });
  }
  return { mediaType, sha256: createHash('sha256').update(content).digest('hex') };
}

/** Keeps the bytes once, under their hash, in the store every server process reads. */
export async function putBlob(tx: Tx, sha256: string, mediaType: string, content: Buffer): Promise<void> {
  await tx
    .insertInto('blobs')
    .values({ sha256, size: content.length, media_type: mediaType, content })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
}

/**
 * Stores a file content-addressed (SHA-256) in the database, so every server process sees it,
 * links it to the case and records the upload, with its hash and the step it supports, in the
 * case's chain. Only whoever may take that step now may attach (the action rule table decides).
 */
export async function storeAttachment(
  app: AppContext,
  actor: Actor,
  code: string,
  filename: string,
  content: Buffer,
  requestedStep?: string,
) {
  // Refused before the file is even looked at; checked again below on the locked case.
  const visible = await loadVisibleCase(app, actor, code);
  authoriseAttachment(actor, visible.snapshot, requestedStep);
  const { mediaType, sha256 } = await checkedContent(app, content);
  const name = safeFilename(filename);
  return app.db.transaction().execute(async (tx) => {
    const row = await findCaseByCode(tx, code, true);
    if (!row) throw new DomainError('not_found', 'case_not_found');
    const step = authoriseAttachment(actor, toSnapshot(row, visible.snapshot.profile), requestedStep);
    await putBlob(tx, sha256, mediaType, content);
    const id = randomUUID();
    const now = app.now();
    await tx
      .insertInto('attachments')
      .values({
        id,
        case_id: row.id,
        sha256,
        filename: name,
        media_type: mediaType,
        size: content.length,
        uploaded_by: actor.personId,
        uploaded_at: now,
        step,
      })
      .execute();
    await appendEvent(tx, {
      caseId: row.id,
      type: 'attachment_added',
      actorId: actor.personId,
      actorRole: null,
      actorUnitId: actor.unitId,
      occurredAt: now,
      reasons: null,
      payload: { attachmentId: id, filename: name, sha256, size: content.length, mediaType, step },
    });
    return { id, filename: name, mediaType, size: content.length, sha256, uploadedAt: now, step };
  });
}

export async function readAttachment(app: AppContext, actor: Actor, code: string, id: string) {
  const { row } = await loadVisibleCase(app, actor, code);
  const file = await app.db
    .selectFrom('attachments')
    .innerJoin('blobs', 'blobs.sha256', 'attachments.sha256')
    .select(['attachments.filename', 'attachments.media_type', 'blobs.content', 'blobs.sha256'])
    .where('attachments.case_id', '=', row.id)
    .where('attachments.id', '=', id)
    .executeTakeFirst();
  if (!file) throw new DomainError('not_found', 'attachment_not_found');
  return file;
}
