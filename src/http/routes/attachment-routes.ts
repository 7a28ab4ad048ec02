import { Type } from 'typebox';
import multipart from '@fastify/multipart';
import type { AppContext } from '../../app/context.ts';
import { readAttachment, storeAttachment } from '../../app/attachments/store-attachment.ts';
import { DomainError, invalidField } from '../../domain/errors.ts';
import { actorOf, requireActor } from '../auth.ts';
import { idempotent } from '../idempotency.ts';
import type { Server } from '../server-type.ts';

/** The optional `step` field (sent before the file): the action of the procedure the file supports. */
function stepField(field: unknown): string | undefined {
  if (field === undefined) return undefined;
  const value =
    Array.isArray(field) || typeof field !== 'object' || field === null || !('value' in field)
      ? undefined
      : field.value;
  if (typeof value !== 'string' || value.length > 64) throw invalidField('step', 'invalid_value');
  return value;
}

const Params = Type.Object({ code: Type.String({ pattern: '^[A-Z]{2}-\\d{4}-\\d{6}$' }) });

export async function attachmentRoutes(server: Server, app: AppContext) {
  await server.register(multipart, { limits: { fileSize: app.limits.maxAttachmentBytes + 1, files: 1, fields: 5 } });
  const authed = requireActor(server);

  server.post(
    '/api/cases/:code/attachments',
    {
      onRequest: authed,
      schema: {
        tags: ['attachments'],
        summary:
          'Tải lên tệp đính kèm cho một bước (multipart: trường "step" rồi "file") / Upload an attachment to a step (multipart: field "step" before "file")',
        params: Params,
      },
    },
    async (request, reply) => {
      if (!request.isMultipart())
        throw new DomainError('unsupported_media_type', 'unsupported_media_type', [{ path: 'file', code: 'required' }]);
      const part = await request.file();
      if (!part) throw new DomainError('validation', 'attachment_missing', [{ path: 'file', code: 'required' }]);
      const step = stepField(part.fields.step);
      const content = await part.toBuffer().catch((e: { code?: string }) => {
        if (e.code === 'FST_REQ_FILE_TOO_LARGE') {
          throw new DomainError('validation', 'attachment_too_large', [{ path: 'file', code: 'too_long' }], {
            max: app.limits.maxAttachmentBytes,
          });
        }
        throw e;
      });
      return idempotent(
        app,
        request,
        reply,
        async () => ({
          status: 201,
          body: await storeAttachment(app, actorOf(request), request.params.code, part.filename, content, step),
        }),
        { filename: part.filename, size: content.length, step: step ?? null },
      );
    },
  );

  server.get(
    '/api/cases/:code/attachments/:id',
    {
      onRequest: authed,
      schema: {
        tags: ['attachments'],
        params: Type.Object({ code: Params.properties.code, id: Type.String({ format: 'uuid' }) }),
      },
    },
    async (request, reply) => {
      const file = await readAttachment(app, actorOf(request), request.params.code, request.params.id);
      return reply
        .header('content-type', file.media_type)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .header('x-content-type-options', 'nosniff')
        .header('digest', `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`)
        .send(file.content);
    },
  );
}
