import { isIsoDate } from '../../domain/calendar/working-calendar.ts';
import { DomainError } from '../../domain/errors.ts';

/** A page cursor of (date, case code) lists, newest first: only one this server made is accepted. */
export const encodeDateCodeCursor = (on: string, code: string) => Buffer.from(`${on}|${code}`).toString('base64url');

export function decodeDateCodeCursor(cursor: string | undefined): { on: string; code: string } | undefined {
  if (!cursor) return undefined;
  const [on, code, ...rest] = /^[A-Za-z0-9_-]{1,200}$/.test(cursor)
    ? Buffer.from(cursor, 'base64url').toString().split('|')
    : [];
  if (rest.length || !on || !isIsoDate(on) || !code || !/^[A-Z]{2}-\d{4}-\d{6}$/.test(code))
    throw new DomainError('bad_request', 'validation_failed', [{ path: 'querystring.cursor', code: 'invalid_cursor' }]);
  return { on, code };
}
