import { sql } from 'kysely';
import { Type, type Static } from 'typebox';
import type { AppContext } from '../context.ts';
import { requireAnyAdmin } from '../org/admin-scope.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { yearDecisionIssues, type YearDecision } from '../../domain/calendar/year-decision.ts';
import { DomainError, invalid, type FieldIssue } from '../../domain/errors.ts';
import { presentYear, type StoredYear } from './calendar-queries.ts';

// Dates and reasons are only length-bounded here: the domain check reports them with precise
// codes (invalid_date, out_of_range, duplicate, not_a_weekend…) and field paths.
const DateText = Type.String({ maxLength: 10 });
const Label = Type.String({ maxLength: 300 });

export const YearDecisionBody = Type.Object(
  {
    year: Type.Optional(Type.Integer({ description: 'Must equal the year in the path when given' })),
    decided: Type.Boolean({ description: 'false while the year is provisional (no decision issued yet)' }),
    source: Type.String({
      maxLength: 2000,
      description: "The decision's documents, e.g. '12729/VPCP-KGVX ngày 25/12/2025'",
    }),
    sourceUrls: Type.Array(Type.String({ maxLength: 2000 }), { maxItems: 50 }),
    note: Type.Optional(Type.String({ maxLength: 5000 })),
    daysOff: Type.Array(
      Type.Object(
        { date: DateText, reason: Type.String({ maxLength: 40 }), label: Label },
        { additionalProperties: false },
      ),
      { maxItems: 200 },
    ),
    workingDays: Type.Array(
      Type.Object(
        { date: DateText, label: Label, inExchangeFor: Type.Optional(DateText) },
        { additionalProperties: false },
      ),
      { maxItems: 60 },
    ),
  },
  { additionalProperties: false },
);
export type YearDecisionInput = Static<typeof YearDecisionBody>;

/**
 * An administrator enters or corrects a year's decision. Nothing is written unless the decision
 * is valid as a whole; the change, its author and the decision before and after are kept in the
 * history, and every server process picks the new calendar up before its next due date.
 */
export async function saveYearDecision(
  app: AppContext,
  actor: Actor,
  year: number,
  input: YearDecisionInput,
  expectedRevision?: number,
): Promise<StoredYear> {
  requireAnyAdmin(actor);
  const issues: FieldIssue[] = [];
  if (input.year !== undefined && input.year !== year)
    issues.push({ path: 'year', code: 'invalid_value', params: { expected: year } });
  // NFC: text pasted from older documents is often decomposed, and would not match on search.
  const text = (s: string) => s.normalize('NFC').trim();
  const decision = {
    year,
    decided: input.decided,
    source: text(input.source),
    sourceUrls: input.sourceUrls.map((u) => u.trim()),
    ...(input.note !== undefined ? { note: text(input.note) } : {}),
    daysOff: input.daysOff.map((d) => ({ ...d, label: text(d.label) })),
    workingDays: input.workingDays.map((w) => ({ ...w, label: text(w.label) })),
  } as YearDecision;
  issues.push(...yearDecisionIssues(decision));
  if (issues.length > 0) throw invalid(issues, 'invalid_year_decision');

  const now = app.now();
  const saved = await app.db.transaction().execute(async (tx) => {
    // Bumping the version first takes its row lock: edits of any year are serialised, and the
    // version moves exactly when the table does.
    await tx.updateTable('calendar_state').set({ version: sql`version + 1` }).where('id', '=', 1).execute();
    const before = await tx
      .selectFrom('calendar_years')
      .selectAll()
      .where('year', '=', year)
      .forUpdate()
      .executeTakeFirst();
    const currentRevision = before?.revision ?? 0;
    if (expectedRevision !== undefined && expectedRevision !== currentRevision) {
      throw new DomainError('precondition', 'stale_version', [], { currentVersion: currentRevision });
    }
    const revision = currentRevision + 1;
    const json = JSON.stringify(decision);
    const row = await tx
      .insertInto('calendar_years')
      .values({ year, decision: json, revision, updated_at: now, updated_by: actor.personId })
      .onConflict((oc) =>
        oc.column('year').doUpdateSet({ decision: json, revision, updated_at: now, updated_by: actor.personId }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('calendar_year_history')
      .values({
        year,
        revision,
        changed_at: now,
        changed_by: actor.personId,
        origin: 'edit',
        before: before ? JSON.stringify(before.decision) : null,
        after: json,
      })
      .execute();
    return row;
  });
  await app.legalClock.calendars.reload();
  return presentYear(app, saved);
}
