import { Type } from 'typebox';
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { cancelDocument } from '../../app/documents/cancel-document.ts';
import {
  fingerprintStatus,
  issuedDocumentFile,
  listCaseDocuments,
  previewDocument,
} from '../../app/documents/document-queries.ts';
import { issueDocument } from '../../app/documents/issue-document.ts';
import { printCaseDocuments } from '../../app/documents/print-case-documents.ts';
import { receiveSignedCopy } from '../../app/documents/receive-signed-copy.ts';
import { DomainError } from '../../domain/errors.ts';
import { ShortText } from '../../app/cases/schemas.ts';
import { MEDIA_TYPES } from '../../documents/render/render-document.ts';
import { actorOf, requireActor } from '../auth.ts';
import type { Server } from '../server-type.ts';

const tags = ['official documents'];
const Code = Type.Object({ code: Type.String({ pattern: '^[A-Z]{2}-\\d{4}-\\d{6}$' }) });
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Kind = Type.String({
  pattern: '^[a-z_]{1,40}$',
  description: 'Document kind (decision_to_implement, vote_minutes, …)',
});
const StepSeq = Type.Integer({
  minimum: 1,
  maximum: 1_000_000,
  description: 'Number of the case event the document records',
});
const Recipients = Type.Array(ShortText(300), {
  minItems: 1,
  maxItems: 30,
  description: 'Nơi nhận, without the archive line',
});
const Excerpt = ShortText(500);
const Sha256 = Type.String({ pattern: '^[0-9a-fA-F]{64}$' });

function file(reply: FastifyReply, content: Buffer, mediaType: string, filename: string) {
  const ascii = filename
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/"/g, '');
  return reply
    .header('content-type', mediaType)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`)
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(content);
}

/** Official documents of a case (Decree 30/2020 and Party formats), their register, and the public check. */
export async function documentRoutes(server: Server, app: AppContext) {
  const authed = requireActor(server);

  server.get(
    '/api/cases/:code/documents',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Văn bản của hồ sơ / The case’s documents: drafted, issued, signed, cancelled',
        params: Code,
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      return listCaseDocuments(app, actorOf(request), request.params.code);
    },
  );

  server.get(
    '/api/cases/:code/documents/preview/:format',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Xem trước dự thảo / Preview a draft as its issuer would sign it',
        params: Type.Object({
          code: Code.properties.code,
          format: Type.Union([Type.Literal('pdf'), Type.Literal('docx')]),
        }),
        querystring: Type.Object(
          { kind: Kind, stepSeq: Type.String({ pattern: '^[1-9]\\d{0,6}$' }), excerpt: Type.Optional(Excerpt) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const { format, code } = request.params;
      const q = request.query;
      const content = await previewDocument(
        app,
        actorOf(request),
        code,
        q.kind,
        Number(q.stepSeq),
        format,
        q.excerpt ? { excerpt: q.excerpt } : {},
      );
      return file(reply, content, MEDIA_TYPES[format], `du-thao-${q.kind}.${format}`);
    },
  );

  server.get(
    '/api/cases/:code/documents/print',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'In toàn bộ văn bản của hồ sơ (một tệp PDF) / Bulk print: the case’s documents in force as one PDF',
        params: Code,
      },
    },
    async (request, reply) => {
      const content = await printCaseDocuments(app, actorOf(request), request.params.code);
      return file(reply, content, MEDIA_TYPES.pdf, `van-ban-${request.params.code}.pdf`);
    },
  );

  server.post(
    '/api/cases/:code/documents',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Ban hành văn bản (cấp số từ sổ văn bản đi) / Issue a document: the register gives its number',
        params: Code,
        body: Type.Object(
          { kind: Kind, stepSeq: StepSeq, recipients: Type.Optional(Recipients), excerpt: Type.Optional(Excerpt) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const issued = await issueDocument(app, actorOf(request), request.params.code, request.body);
      return reply.status(201).send(issued);
    },
  );

  server.get(
    '/api/documents/:id/:file',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Tải văn bản đã ban hành / Download an issued document',
        params: Type.Object({
          id: Id.properties.id,
          file: Type.Union([Type.Literal('pdf'), Type.Literal('docx'), Type.Literal('signed')]),
        }),
      },
    },
    async (request, reply) => {
      const f = await issuedDocumentFile(app, actorOf(request), request.params.id, request.params.file);
      return file(reply, f.content, f.mediaType, f.filename);
    },
  );

  server.post(
    '/api/documents/:id/cancel',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Hủy văn bản (giữ số và lý do) / Cancel: the number stays with the reason',
        params: Id,
        body: Type.Object({ reason: ShortText(5000) }, { additionalProperties: false }),
      },
    },
    async (request) => cancelDocument(app, actorOf(request), request.params.id, request.body.reason),
  );

  server.post(
    '/api/documents/:id/signed-copy',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Nộp bản đã ký số (PAdES, multipart, trường "file") / Upload the digitally signed PDF',
        description:
          'Verified before anything is written: the CMS signature, the certificate’s validity at signing time and its CA among the trust anchors, and the issued document as the signed revision. Otherwise 422 with the reason.',
        params: Id,
      },
    },
    async (request) => {
      if (!request.isMultipart())
        throw new DomainError('unsupported_media_type', 'unsupported_media_type', [{ path: 'file', code: 'required' }]);
      const part = await request.file();
      if (!part) throw new DomainError('validation', 'attachment_missing', [{ path: 'file', code: 'required' }]);
      const content = await part.toBuffer().catch((e: { code?: string }) => {
        if (e.code === 'FST_REQ_FILE_TOO_LARGE')
          throw new DomainError('validation', 'attachment_too_large', [{ path: 'file', code: 'too_long' }], {
            max: app.limits.maxAttachmentBytes,
          });
        throw e;
      });
      return receiveSignedCopy(app, actorOf(request), request.params.id, content);
    },
  );

  server.get(
    '/api/public/documents/:sha256',
    {
      schema: {
        tags,
        summary: 'Kiểm tra văn bản theo mã băm (công khai) / Public check of a document’s fingerprint',
        description:
          'Says whether Khiên issued the file with this SHA-256, for which case step, and whether a signed copy was received — nothing else.',
        params: Type.Object({ sha256: Sha256 }),
      },
    },
    async (request) => fingerprintStatus(app, request.params.sha256),
  );
}
