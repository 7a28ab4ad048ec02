import type { AppContext } from '../context.ts';
import { listShowcase, type ShowcaseRow } from '../../db/repositories/showcase-repository.ts';
import { DomainError } from '../../domain/errors.ts';
import { decodeDateCodeCursor, encodeDateCodeCursor } from './date-code-cursor.ts';

/**
 * The public showcase (no sign-in): initiatives whose deciding head approved publication, with
 * only what the approval allows, newest first; searched without accents.
 */
export async function showcasePage(
  app: AppContext,
  q: { q?: string; cursor?: string; limit: number },
): Promise<{ items: ShowcaseRow[]; nextCursor: string | null }> {
  const after = decodeDateCodeCursor(q.cursor);
  const rows = await listShowcase(app.db, {
    q: q.q,
    after: after && { publishedOn: after.on, code: after.code },
    limit: q.limit + 1,
  });
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > q.limit && last ? encodeDateCodeCursor(last.publishedOn, last.code) : null,
  };
}

export async function showcaseItem(app: AppContext, code: string): Promise<ShowcaseRow> {
  const [item] = await listShowcase(app.db, { code, limit: 1 });
  if (!item) throw new DomainError('not_found', 'case_not_found');
  return item;
}
