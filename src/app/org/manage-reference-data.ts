import type { AppContext } from '../context.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { invalidField } from '../../domain/errors.ts';
import { audit, requireAnyAdmin } from './admin-scope.ts';

/**
 * Positions (and whether Decree 73 covers them) and the domains of proposals are data that
 * administrators keep: a local plan may extend coverage to all staff, or add a domain.
 */
export interface PositionInput {
  code: string;
  nameVi: string;
  nameEn: string;
  coveredByDecree: boolean;
}

export async function upsertPosition(app: AppContext, actor: Actor, input: PositionInput) {
  requireAnyAdmin(actor);
  return app.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('positions')
      .values({
        code: input.code,
        name_vi: input.nameVi,
        name_en: input.nameEn,
        covered_by_decree: input.coveredByDecree,
      })
      .onConflict((oc) =>
        oc
          .column('code')
          .doUpdateSet({ name_vi: input.nameVi, name_en: input.nameEn, covered_by_decree: input.coveredByDecree }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(tx, actor, 'position_saved', 'position', input.code, input);
    return row;
  });
}

export interface DomainInput {
  code: string;
  nameVi: string;
  nameEn: string;
  sort?: number;
  active?: boolean;
}

export async function upsertDomain(app: AppContext, actor: Actor, input: DomainInput) {
  requireAnyAdmin(actor);
  if (!/^[a-z][a-z0-9_]{1,49}$/.test(input.code)) throw invalidField('code', 'invalid_format');
  return app.db.transaction().execute(async (tx) => {
    const values = {
      name_vi: input.nameVi,
      name_en: input.nameEn,
      sort: input.sort ?? 100,
      active: input.active ?? true,
    };
    const row = await tx
      .insertInto('domains')
      .values({ code: input.code, ...values })
      .onConflict((oc) => oc.column('code').doUpdateSet(values))
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(tx, actor, 'domain_saved', 'domain', input.code, input);
    return row;
  });
}
