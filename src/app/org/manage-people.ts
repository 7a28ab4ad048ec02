import { randomUUID } from 'node:crypto';
import { logSecurityEvent, type RequestOrigin, UNKNOWN_ORIGIN } from '../access/security-events.ts';
import type { AppContext } from '../context.ts';
import { hashPassword } from '../auth/login.ts';
import { foldForSearch } from '../../domain/text/fold-for-search.ts';
import { assertAcceptablePassword, personalWordsOf } from '../auth/password-strength.ts';
import { revokeOtherSessions } from '../../db/repositories/session-repository.ts';
import type { Actor, Role } from '../../domain/case/case-snapshot.ts';
import { DomainError, invalid, invalidField, type FieldIssue } from '../../domain/errors.ts';
import { audit, requireAdminOver } from './admin-scope.ts';

export interface PersonInput {
  fullName: string;
  email?: string | null;
  unitId: string;
  positionCode?: string | null;
  username?: string | null;
  password?: string;
}

async function positionIssues(app: AppContext, code: string | null | undefined): Promise<FieldIssue[]> {
  if (!code) return [];
  const found = await app.db.selectFrom('positions').select('code').where('code', '=', code).executeTakeFirst();
  return found ? [] : [{ path: 'positionCode', code: 'invalid_value' }];
}

const uniqueUsername = (e: { code?: string; constraint?: string }) => {
  if (e.code === '23505') throw invalidField('username', 'taken');
  throw e;
};

export async function createPerson(app: AppContext, actor: Actor, input: PersonInput) {
  await requireAdminOver(app.db, actor, input.unitId);
  const issues = await positionIssues(app, input.positionCode);
  if (issues.length) throw invalid(issues);
  if (input.password) {
    const unit = await app.db.selectFrom('units').select('name').where('id', '=', input.unitId).executeTakeFirst();
    assertAcceptablePassword(input.password, { ...input, unitName: unit?.name }, 'password');
  }
  const id = randomUUID();
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return app.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('people')
      .values({
        id,
        full_name: input.fullName.normalize('NFC').trim(),
        search_name: foldForSearch(input.fullName),
        email: input.email ?? null,
        unit_id: input.unitId,
        position_code: input.positionCode ?? null,
        username: input.username?.trim().toLowerCase() ?? null,
        password_hash: passwordHash,
        // A password an administrator chose is a temporary one: the person replaces it at first sign-in.
        must_change_password: !!passwordHash,
      })
      .returning(['id', 'full_name', 'email', 'unit_id', 'position_code', 'username', 'active'])
      .executeTakeFirstOrThrow()
      .catch(uniqueUsername);
    await audit(tx, actor, 'person_created', 'person', id, { ...input, password: input.password ? '***' : undefined });
    return row;
  });
}

export async function updatePerson(
  app: AppContext,
  actor: Actor,
  id: string,
  input: Partial<PersonInput> & { active?: boolean },
) {
  const person = await app.db.selectFrom('people').select(['unit_id']).where('id', '=', id).executeTakeFirst();
  if (!person) throw new DomainError('not_found', 'person_not_found');
  await requireAdminOver(app.db, actor, person.unit_id);
  if (input.unitId) await requireAdminOver(app.db, actor, input.unitId);
  const issues = await positionIssues(app, input.positionCode);
  if (issues.length) throw invalid(issues);
  if (input.password) {
    const words = await personalWordsOf(app.db, id);
    assertAcceptablePassword(input.password, { ...words, ...input }, 'password');
  }
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return app.db.transaction().execute(async (tx) => {
    const row = await tx
      .updateTable('people')
      .set({
        ...(input.fullName !== undefined
          ? { full_name: input.fullName.normalize('NFC').trim(), search_name: foldForSearch(input.fullName) }
          : {}),
        ...(input.email !== undefined ? { email: input.email } : {}),
        ...(input.unitId !== undefined ? { unit_id: input.unitId } : {}),
        ...(input.positionCode !== undefined ? { position_code: input.positionCode } : {}),
        ...(input.username !== undefined ? { username: input.username?.trim().toLowerCase() ?? null } : {}),
        ...(passwordHash
          ? { password_hash: passwordHash, must_change_password: true, password_changed_at: app.now() }
          : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
      })
      .where('id', '=', id)
      .returning(['id', 'full_name', 'email', 'unit_id', 'position_code', 'username', 'active'])
      .executeTakeFirstOrThrow()
      .catch(uniqueUsername);
    // A deactivated account, or one whose password an administrator set, is signed out everywhere at once.
    if (input.active === false || passwordHash) await revokeOtherSessions(tx, id, null, app.now(), { tokens: true });
    await audit(tx, actor, 'person_updated', 'person', id, { ...input, password: input.password ? '***' : undefined });
    return row;
  });
}

/** Roles are granted on a unit (head and deputies of a unit form its leadership collective). */
export async function grantRole(
  app: AppContext,
  actor: Actor,
  personId: string,
  unitId: string,
  role: Role,
  includeSubtree: boolean,
  origin: RequestOrigin = UNKNOWN_ORIGIN,
) {
  await requireAdminOver(app.db, actor, unitId);
  const person = await app.db.selectFrom('people').select('id').where('id', '=', personId).executeTakeFirst();
  if (!person) throw new DomainError('not_found', 'person_not_found');
  return app.db.transaction().execute(async (tx) => {
    const id = randomUUID();
    const row = await tx
      .insertInto('role_grants')
      .values({
        id,
        person_id: personId,
        unit_id: unitId,
        role,
        include_subtree: includeSubtree,
        granted_by: actor.personId,
      })
      .returningAll()
      .executeTakeFirstOrThrow()
      .catch((e: { code?: string; constraint?: string }) => {
        if (e.code === '23505') throw invalidField('role', role === 'head' ? 'unit_already_has_head' : 'duplicate');
        throw e;
      });
    await audit(tx, actor, 'role_granted', 'person', personId, { grantId: id, unitId, role, includeSubtree });
    const at = app.now();
    await logSecurityEvent(tx, {
      at,
      kind: 'role_granted',
      actorId: actor.personId,
      subjectPersonId: personId,
      origin,
      entity: 'role_grant',
      entityId: id,
    });
    return row;
  });
}

export async function revokeRole(
  app: AppContext,
  actor: Actor,
  personId: string,
  grantId: string,
  origin: RequestOrigin = UNKNOWN_ORIGIN,
) {
  const grant = await app.db
    .selectFrom('role_grants')
    .selectAll()
    .where('id', '=', grantId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (!grant) throw new DomainError('not_found', 'not_found');
  await requireAdminOver(app.db, actor, grant.unit_id);
  await app.db.transaction().execute(async (tx) => {
    await tx.deleteFrom('role_grants').where('id', '=', grantId).execute();
    await audit(tx, actor, 'role_revoked', 'person', personId, grant);
    const at = app.now();
    await logSecurityEvent(tx, {
      at,
      kind: 'role_revoked',
      actorId: actor.personId,
      subjectPersonId: personId,
      origin,
      entity: 'role_grant',
      entityId: grantId,
    });
  });
}
