import type { AppContext } from '../context.ts';
import type { Db, Tx } from '../../db/kysely.ts';
import { headOf } from '../../db/repositories/org-repository.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { vietnamDate } from '../../domain/calendar/working-calendar.ts';
import { agencyOf, signingTitle, type UnitInfo } from '../../documents/model/agency.ts';
import type { RecordDocumentSource } from '../../documents/model/kinds/official-record.ts';
import type { SignatureBlock } from '../../documents/model/official-document.ts';
import type { OfficialRecord } from '../records/record-model.ts';
import { contentHash } from '../protection/hashing.ts';
import { person } from './document-source.ts';

const upper = (s: string) => s.normalize('NFC').toLocaleUpperCase('vi');

/**
 * What the official's record document needs: the issuing agency is the organisation officer's
 * own unit (the organisation department), and the officer signs it — in their own name when they
 * head that unit, otherwise "TL." (by order of) its head, as a department's staff sign.
 */
export async function recordDocumentSource(
  app: AppContext,
  db: Db | Tx,
  actor: Actor,
  record: OfficialRecord,
): Promise<{ source: RecordDocumentSource; issuingUnitId: string }> {
  const { issuingUnitId, ...issuer } = await ownUnitIssuer(app, db, actor);
  return {
    issuingUnitId,
    source: {
      record,
      ...issuer,
      // The record as JSON carries it (dates as ISO strings), so anyone given the data can recompute it.
      recordSha256: contentHash(JSON.parse(JSON.stringify(record))),
    },
  };
}

/**
 * The issuer of a document a person issues from their own unit's register (an official's record,
 * a review report): the unit's heading, and the signature in their own name when they head it,
 * otherwise "TL." (by order of) its head.
 */
export const ownUnitIssuer = (app: AppContext, db: Db | Tx, actor: Actor) =>
  unitIssuer(app, db, actor.unitId, actor.personId);

/**
 * The heading of a unit's document and the signature of the person who signs it: in their own
 * name when they head the unit (or it has no head), otherwise "TL." its head.
 */
export async function unitIssuer(app: AppContext, db: Db | Tx, unitId: string, signerId: string) {
  const unitRow = await db.selectFrom('units').selectAll().where('id', '=', unitId).executeTakeFirstOrThrow();
  const ancestorIds = unitRow.ancestor_ids.filter((id) => id !== unitRow.id).reverse();
  const ancestorRows = ancestorIds.length
    ? await db.selectFrom('units').selectAll().where('id', 'in', ancestorIds).execute()
    : [];
  const info = (u: { name: string; code: string; type_code: string }): UnitInfo => ({
    name: u.name,
    code: u.code,
    typeCode: u.type_code,
  });
  const ancestors = ancestorIds.map((id) => ancestorRows.find((a) => a.id === id)!).map(info);
  const signer = await person(db, signerId);
  const headId = await headOf(db, unitRow.id);
  const head = headId ? await person(db, headId) : null;
  const title = upper(signingTitle(signer.positionCode, signer.positionName));
  const signature: SignatureBlock =
    headId === signerId || !head
      ? { authority: null, authorityOf: null, title, fullName: signer.fullName }
      : {
          authority: 'TL',
          authorityOf: upper(signingTitle(head.positionCode, head.positionName)),
          title,
          fullName: signer.fullName,
        };
  return {
    issuingUnitId: unitRow.id,
    agency: agencyOf('state', info(unitRow), ancestors),
    issuerName: unitRow.name,
    signer: signature,
    date: vietnamDate(app.now()),
    verifyUrl: `${app.legalClock.publicUrl.replace(/\/$/, '')}/verify-document`,
  };
}
