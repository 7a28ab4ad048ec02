import type { Db } from '../../db/kysely.ts';
import { isIsoDate, type IsoDate } from '../../domain/calendar/working-calendar.ts';
import { invalid, invalidField, type FieldIssue } from '../../domain/errors.ts';

/** Input checks that need the database or the clock; schema checks happen before these. */
export async function checkAttachments(
  tx: Db,
  caseId: string,
  ids: string[] | undefined,
  path: string,
): Promise<string[]> {
  if (!ids || ids.length === 0) return [];
  const rows = await tx
    .selectFrom('attachments')
    .select('id')
    .where('case_id', '=', caseId)
    .where('id', 'in', ids)
    .execute();
  const found = new Set(rows.map((r) => r.id));
  const issues: FieldIssue[] = ids.flatMap((id, i) =>
    found.has(id) ? [] : [{ path: `${path}[${i}]`, code: 'unknown_attachment' }],
  );
  if (issues.length) throw invalid(issues);
  return ids;
}

/** A date that must be a real calendar date, not in the future, and not before `notBefore`. */
export function checkPastDate(value: string, path: string, today: IsoDate, notBefore?: IsoDate): IsoDate {
  if (!isIsoDate(value)) throw invalidField(path, 'invalid_date');
  if (value > today) throw invalidField(path, 'in_future');
  if (notBefore && value < notBefore) throw invalidField(path, 'too_early', { min: notBefore });
  return value;
}

export function checkDate(value: string, path: string): IsoDate {
  if (!isIsoDate(value)) throw invalidField(path, 'invalid_date');
  return value;
}

/** Normalises every string in a JSON value to NFC so that equal text compares and hashes equal. */
export function nfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((v) => nfc(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfc(v)])) as T;
  }
  return value;
}
