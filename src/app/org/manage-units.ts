import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError, invalid, invalidField, type FieldIssue } from '../../domain/errors.ts';
import { audit, requireAdminOver, requireAnyAdmin } from './admin-scope.ts';
import type { Tx } from '../../db/kysely.ts';
import { recomputeCaseProvinces } from '../../db/repositories/case-province-repository.ts';
import { foldForSearch } from '../../domain/text/fold-for-search.ts';

export interface UnitInput {
  code: string;
  name: string;
  typeCode: string;
  parentId?: string | null;
  partyCommitteeUnitId?: string | null;
}

async function checkRefs(tx: Tx, input: Partial<UnitInput>): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (
    input.typeCode !== undefined &&
    !(await tx.selectFrom('unit_types').select('code').where('code', '=', input.typeCode).executeTakeFirst())
  ) {
    issues.push({ path: 'typeCode', code: 'invalid_value' });
  }
  for (const key of ['parentId', 'partyCommitteeUnitId'] as const) {
    const id = input[key];
    if (id && !(await tx.selectFrom('units').select('id').where('id', '=', id).executeTakeFirst())) {
      issues.push({ path: key, code: 'unknown_unit' });
    }
  }
  return issues;
}

/** A unit anywhere in the tree: levels are not fixed, only parent links. */
export async function createUnit(app: AppContext, actor: Actor, input: UnitInput) {
  if (input.parentId) await requireAdminOver(app.db, actor, input.parentId);
  else requireAnyAdmin(actor);
  return app.db.transaction().execute(async (tx) => {
    const issues = await checkRefs(tx, input);
    if (issues.length) throw invalid(issues);
    if (!input.parentId && !actor.grants.some((g) => g.role === 'administrator' && g.includeSubtree)) {
      throw new DomainError('forbidden', 'not_permitted');
    }
    const parent = input.parentId
      ? await tx.selectFrom('units').select('ancestor_ids').where('id', '=', input.parentId).executeTakeFirstOrThrow()
      : { ancestor_ids: [] as string[] };
    const id = randomUUID();
    const row = await tx
      .insertInto('units')
      .values({
        id,
        code: input.code,
        name: input.name.normalize('NFC'),
        search_name: foldForSearch(input.name),
        type_code: input.typeCode,
        parent_id: input.parentId ?? null,
        party_committee_unit_id: input.partyCommitteeUnitId ?? null,
        ancestor_ids: [...parent.ancestor_ids, id],
      })
      .returningAll()
      .executeTakeFirst()
      .catch((e: { code?: string }) => {
        if (e.code === '23505') throw invalidField('code', 'taken');
        throw e;
      });
    await audit(tx, actor, 'unit_created', 'unit', id, input);
    return row!;
  });
}

/** Renames, retypes or moves a unit; moving rewrites the ancestor path of its whole subtree. */
export async function updateUnit(
  app: AppContext,
  actor: Actor,
  id: string,
  input: Partial<UnitInput> & { active?: boolean },
) {
  await requireAdminOver(app.db, actor, id);
  if (input.parentId) await requireAdminOver(app.db, actor, input.parentId);
  return app.db.transaction().execute(async (tx) => {
    const issues = await checkRefs(tx, input);
    if (issues.length) throw invalid(issues);
    const unit = await tx.selectFrom('units').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    const moved = input.parentId !== undefined && input.parentId !== unit.parent_id;
    if (moved) {
      if (!input.parentId) throw invalidField('parentId', 'required');
      const parent = await tx
        .selectFrom('units')
        .select('ancestor_ids')
        .where('id', '=', input.parentId)
        .executeTakeFirstOrThrow();
      if (parent.ancestor_ids.includes(id)) throw invalidField('parentId', 'cycle');
      const depth = unit.ancestor_ids.length; // the unit's own position in its descendants' paths
      await tx
        .updateTable('units')
        .set({ ancestor_ids: sql`${parent.ancestor_ids}::uuid[] || ancestor_ids[${depth}:]` })
        .where(sql<boolean>`ancestor_ids @> ${[id]}::uuid[]`)
        .execute();
    }
    const row = await tx
      .updateTable('units')
      .set({
        ...(input.name !== undefined
          ? { name: input.name.normalize('NFC'), search_name: foldForSearch(input.name) }
          : {}),
        ...(input.typeCode !== undefined ? { type_code: input.typeCode } : {}),
        ...(input.parentId !== undefined ? { parent_id: input.parentId } : {}),
        ...(input.partyCommitteeUnitId !== undefined ? { party_committee_unit_id: input.partyCommitteeUnitId } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        ...(input.code !== undefined ? { code: input.code } : {}),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    // The province of each unit below may have changed, and with it that of the cases they are in
    // (which a provincial search relies on, migration 029).
    if (moved || (input.typeCode !== undefined && input.typeCode !== unit.type_code)) {
      await recomputeCaseProvinces(tx, id);
    }
    await audit(tx, actor, 'unit_updated', 'unit', id, input);
    return row;
  });
}
