import { Type } from 'typebox';

/** Helpers shared by the protection, reward and record routes. */
export const Uuid = Type.String({ format: 'uuid' });
export const CaseCode = Type.String({ pattern: '^[A-Z]{2}-\\d{4}-\\d{6}$' });
export const IfMatchHeaders = Type.Object({ 'if-match': Type.Optional(Type.String()) });
export const IdempotencyHeaders = Type.Object({ 'idempotency-key': Type.Optional(Type.String({ maxLength: 200 })) });

/** `If-Match: "7"` or `If-Match: 7` → 7; anything else is treated as absent (and refused with 428). */
export function ifMatchVersion(header: string | undefined): number | undefined {
  const m = header?.match(/^\s*(?:W\/)?"?(\d+)"?\s*$/);
  return m ? Number(m[1]) : undefined;
}

export const IF_MATCH_NOTE =
  'Requires `If-Match` with the version last read (428 without it, 412 when stale). Nothing is written on a 4xx.';
export const IDEMPOTENCY_NOTE =
  'Send `Idempotency-Key` to make a retry return the first response instead of creating twice.';
