import { Type } from 'typebox';
import type { AppContext } from '../../app/context.ts';
import { inspectDocumentFile } from '../../app/documents/inspect-document-file.ts';
import { issueRecordDocument } from '../../app/documents/issue-record-document.ts';
import { listRecordDocuments } from '../../app/documents/record-documents.ts';
import { ShortText } from '../../app/cases/schemas.ts';
import { DomainError } from '../../domain/errors.ts';
import { actorOf, requireActor } from '../auth.ts';
import type { Server } from '../server-type.ts';
import { Uuid } from './protection-http.ts';

const tags = ['official documents'];
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Params = Type.Object({ id: Uuid });
const Signer = Type.Object({
  subject: Type.String(),
  serialNumber: Type.String(),
  issuer: Type.String(),
  validFrom: Type.String(),
  validTo: Type.String(),
  sha256: Type.Optional(Type.String()),
  signingTime: Type.String(),
});
const RecordDocument = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  citation: Type.String(),
  number: Type.Integer(),
  year: Type.Integer(),
  recordYear: Nullable(Type.Integer()),
  status: Type.Union([Type.Literal('issued'), Type.Literal('signed'), Type.Literal('cancelled')]),
  issuedAt: Type.String({ format: 'date-time' }),
  pdfSha256: Type.String(),
  docxSha256: Type.String(),
  cancelReason: Type.Optional(Nullable(Type.String())),
  cancelledAt: Type.Optional(Nullable(Type.String({ format: 'date-time' }))),
  signedSha256: Type.Optional(Type.String()),
  signer: Type.Optional(Signer),
  signedAt: Type.Optional(Nullable(Type.String({ format: 'date-time' }))),
});
const Issued = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  citation: Type.String(),
  number: Type.Integer(),
  year: Type.Integer(),
  recordYear: Nullable(Type.Integer()),
  status: Type.Literal('issued'),
  pdfSha256: Type.String(),
  docxSha256: Type.String(),
  recordSha256: Type.String(),
});
const ACCESS =
  'The official, and the organisation officers and inspectors whose grant covers the official’s unit, see them; anyone else gets 404.';

/** The official documents whose subject is an official: their record, issued by the organisation department. */
export async function documentPersonRoutes(server: Server, app: AppContext) {
  const authed = requireActor(server);

  server.get(
    '/api/people/:id/documents',
    {
      onRequest: authed,
      schema: {
        tags,
        summary: 'Văn bản về cán bộ (hồ sơ đã ban hành) / Documents whose subject is the official',
        description: ACCESS,
        params: Params,
        response: { 200: Type.Object({ canIssue: Type.Boolean(), documents: Type.Array(RecordDocument) }) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      return listRecordDocuments(app, actorOf(request), request.params.id);
    },
  );

  server.post(
    '/api/people/:id/documents',
    {
      onRequest: authed,
      schema: {
        tags,
        summary:
          'Ban hành hồ sơ của cán bộ (cấp số từ sổ văn bản đi) / Issue the official’s record as a numbered document',
        description:
          'Organisation officers whose grant covers the official’s unit, for another official. The issuing agency is the officer’s unit; the number comes from its register.',
        params: Params,
        body: Type.Object(
          {
            year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2199, description: 'Only that year' })),
            recipients: Type.Optional(Type.Array(ShortText(300), { minItems: 1, maxItems: 30 })),
            excerpt: Type.Optional(ShortText(500)),
          },
          { additionalProperties: false },
        ),
        response: { 201: Issued },
      },
    },
    async (request, reply) => {
      const issued = await issueRecordDocument(app, actorOf(request), request.params.id, request.body);
      return reply.status(201).send(issued);
    },
  );

  server.post(
    '/api/public/documents/inspect',
    {
      schema: {
        tags,
        summary:
          'Kiểm tra tệp văn bản và phần nối thêm (công khai, multipart, trường "file") / Public check of a whole file, with what was appended to it',
        description:
          'For a PDF whose fingerprint Khiên does not know: whether it begins with a document Khiên issued (or its signed copy) and whether the revisions appended after it change what it shows. Nothing is kept.',
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
      return inspectDocumentFile(app, content);
    },
  );
}
