import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { requireAnyAdmin } from '../../app/org/admin-scope.ts';
import { chainInclusion, consistencyBetween, findCheckpoint, publicKey } from '../../app/verify/checkpoint-proofs.ts';
import { createCheckpoint } from '../../app/verify/create-checkpoint.ts';
import { receiptStatus } from '../../app/verify/receipt-status.ts';
import { myReceipts } from '../../app/verify/my-receipts.ts';
import { loadVisibleCase } from '../../app/cases/case-queries.ts';
import { actorOf, requireActor } from '../auth.ts';
import type { Server } from '../server-type.ts';

const Id = Type.String({ pattern: '^[1-9]\\d{0,8}$' });
const Uuid = Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' });

/**
 * Signed checkpoints (issue 12). The reads need no sign-in: they reveal hashes only, and a witness
 * or a court must be able to fetch them. Making one on demand is for administrators.
 */
export async function checkpointRoutes(server: Server, app: AppContext): Promise<void> {
  const tags = ['checkpoints'];
  const open = { tags, security: [] };
  server.get(
    '/api/checkpoints/public-key',
    {
      schema: { ...open, summary: 'Khóa công khai ký điểm kiểm chứng / The Ed25519 public key that signs checkpoints' },
    },
    async () => publicKey(app),
  );
  server.get(
    '/api/checkpoints/latest',
    { schema: { ...open, summary: 'Điểm kiểm chứng mới nhất / The latest signed tree head' } },
    async () => findCheckpoint(app),
  );
  server.get(
    '/api/checkpoints/:id',
    { schema: { ...open, summary: 'Một điểm kiểm chứng / A signed tree head', params: Type.Object({ id: Id }) } },
    async (request) => findCheckpoint(app, Number(request.params.id)),
  );
  server.get(
    '/api/checkpoints/:id/consistency',
    {
      schema: {
        ...open,
        summary: 'Chứng minh nhất quán (RFC 9162) / Consistency proof from an earlier checkpoint',
        params: Type.Object({ id: Id }),
        querystring: Type.Object({ from: Id }, { additionalProperties: false }),
      },
    },
    async (request) => consistencyBetween(app, Number(request.query.from), Number(request.params.id)),
  );
  server.get(
    '/api/checkpoints/:id/inclusion',
    {
      schema: {
        ...open,
        summary: 'Chứng minh bao hàm đầu chuỗi / Inclusion proofs of a chain’s heads',
        params: Type.Object({ id: Id }),
        querystring: Type.Object({ chain: Uuid }, { additionalProperties: false }),
      },
    },
    async (request) => chainInclusion(app, request.query.chain, Number(request.params.id)),
  );

  const authed = requireActor(server);
  const admin = async (request: FastifyRequest, reply: FastifyReply) => {
    await authed(request, reply);
    requireAnyAdmin(actorOf(request));
  };
  server.get(
    '/api/me/receipts',
    {
      onRequest: authed,
      schema: {
        tags: ['cases'],
        summary: 'Biên nhận của tôi và điểm kiểm chứng bao hàm / My receipts with the checkpoint that includes each',
      },
    },
    async (request) => myReceipts(app, actorOf(request).personId),
  );
  server.get(
    '/api/cases/:code/receipts/:seq',
    {
      onRequest: authed,
      schema: {
        tags: ['cases'],
        summary: 'Biên nhận và điểm kiểm chứng bao hàm / A receipt with the checkpoint that includes it',
        params: Type.Object({ code: Type.String({ pattern: '^[A-Z]{2}-\\d{4}-\\d{6}$' }), seq: Id }),
      },
    },
    async (request) => {
      const { row } = await loadVisibleCase(app, actorOf(request), request.params.code);
      return receiptStatus(app, row, Number(request.params.seq));
    },
  );

  server.post(
    '/api/admin/checkpoints',
    { preValidation: admin, schema: { tags: ['admin'], summary: 'Tạo điểm kiểm chứng ngay / Make a checkpoint now' } },
    async (_request, reply) => {
      reply.code(201);
      return createCheckpoint(app);
    },
  );
}
