import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { checkedContent, putBlob, safeFilename } from '../attachments/store-attachment.ts';
import { audit } from '../org/admin-scope.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { requireOnPlan, taskFor } from './plan-access.ts';

/**
 * A file the assignee unit will cite in a report (minutes, a draft decision): checked and stored
 * like a case attachment, in the same content-addressed store, and listed under the task.
 */
export async function storeTaskFile(app: AppContext, actor: Actor, taskId: string, filename: string, content: Buffer) {
  requireOnPlan((await taskFor(app.db, actor, taskId)).relations, 'report');
  const { mediaType, sha256 } = await checkedContent(app, content);
  const name = safeFilename(filename);
  return app.db.transaction().execute(async (tx) => {
    const id = randomUUID();
    const now = app.now();
    await putBlob(tx, sha256, mediaType, content);
    await tx
      .insertInto('plan_task_files')
      .values({
        id,
        task_id: taskId,
        sha256,
        filename: name,
        media_type: mediaType,
        size: content.length,
        uploaded_by: actor.personId,
        uploaded_at: now,
      })
      .execute();
    await audit(tx, actor, 'plan.task.file', 'plan_task', taskId, { fileId: id, filename: name, sha256 });
    return { id, filename: name, mediaType, size: content.length, sha256, uploadedAt: now.toISOString() };
  });
}

/** A file of a task, for anyone who may read the plan. */
export async function readTaskFile(app: AppContext, actor: Actor, taskId: string, fileId: string) {
  await taskFor(app.db, actor, taskId);
  const file = await app.db
    .selectFrom('plan_task_files as f')
    .innerJoin('blobs as b', 'b.sha256', 'f.sha256')
    .select(['f.filename', 'f.media_type', 'b.content', 'b.sha256'])
    .where('f.task_id', '=', taskId)
    .where('f.id', '=', fileId)
    .executeTakeFirst();
  if (!file) throw new DomainError('not_found', 'attachment_not_found');
  return file;
}
