import type { Static } from 'typebox';
import type { AppContext } from '../context.ts';
import { checkAttachments, checkPastDate, nfc } from '../cases/checks.ts';
import { vietnamDate } from '../../domain/calendar/working-calendar.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError, invalid, invalidField } from '../../domain/errors.ts';
import { checkRevocation, type ProtectionResult, type RevocationErrorCode } from '../../domain/protection/index.ts';
import { chainEvent } from './case-chain.ts';
import { determinationIn, loadProtectionCaseForWrite } from './load-protection-case.ts';
import { authoriseDetermination, determinationActions } from './protection-access.ts';
import type { RevocationBody } from './protection-schemas.ts';

/** Where each refusal of `checkRevocation` points in the request. */
const REVOCATION_FIELDS: Record<RevocationErrorCode, string> = {
  decision_not_protective: 'decidedResult',
  finding_required: 'ground',
  ground_not_revocable: 'ground',
  finding_reference_required: 'findingReference',
  unknown_result: 'decidedResult',
};

/**
 * A protection later shown to rest on a ground examined at decision time (Art. 6(1), Art. 4(2), or
 * a weighed one such as a false completion report) is revoked by a recorded decision that cites
 * the finding. The original decision stays as it was,
 * beside its revocation, and the person is referred to discipline under the general rules.
 */
export async function revokeProtection(
  app: AppContext,
  actor: Actor,
  ids: { protectionCaseId: string; determinationId: string },
  expectedVersion: number | undefined,
  raw: Static<typeof RevocationBody>,
) {
  const body = nfc(raw);
  return app.db.transaction().execute(async (tx) => {
    const loaded = await loadProtectionCaseForWrite(tx, app, actor, ids.protectionCaseId, expectedVersion);
    const { pc, row, snapshot } = loaded;
    const d = determinationIn(loaded, ids.determinationId);
    // Whoever could revoke is told why there is nothing to revoke, rather than a bare 409.
    const couldRevoke = determinationActions(
      actor,
      { ...d, decided_result: 'not_liable' },
      loaded.determinations,
    ).includes('revoke');
    if (couldRevoke && d.decided_result === 'not_protected')
      throw new DomainError('conflict', 'decision_not_protective');
    authoriseDetermination(actor, d, 'revoke', loaded.determinations);
    const check = checkRevocation({
      decidedResult: d.decided_result as ProtectionResult,
      laterFinding: { ground: body.ground, reference: body.findingReference },
    });
    if (!check.ok) throw invalid([{ path: REVOCATION_FIELDS[check.code], code: check.code }], 'revocation_refused');
    const now = app.now();
    const today = vietnamDate(now);
    const findingDate = checkPastDate(body.findingDate, 'findingDate', today);
    const decisionDate = checkPastDate(body.decisionDate, 'decisionDate', today, findingDate);
    if (body.reasons.trim().length < snapshot.profile.minReasonLength) {
      throw invalidField('reasons', 'too_short', { min: snapshot.profile.minReasonLength });
    }
    const attachmentIds = await checkAttachments(tx, row.id, body.attachmentIds, 'attachmentIds');
    const revocation = {
      ground: body.ground,
      findingReference: body.findingReference.trim(),
      findingDate,
      decisionNumber: body.decisionNumber,
      decisionDate,
      attachmentIds,
      legalGround: check.legalGround,
      referToDiscipline: true,
    };
    const seq = await chainEvent(tx, row, {
      type: 'protection_revoked',
      actor,
      relation: 'deciding_head',
      reasons: body.reasons.trim(),
      at: now,
      payload: {
        protectionCaseId: pc.id,
        determinationId: d.id,
        personId: d.person_id,
        role: d.role,
        revokedResult: d.decided_result,
        decisionEventSeq: d.decision_event_seq,
        ...revocation,
      },
    });
    await tx
      .updateTable('protection_determinations')
      .set({
        status: 'revoked',
        revocation: JSON.stringify({ ...revocation, reasons: body.reasons.trim() }),
        revoked_by: actor.personId,
        revoked_at: now,
        revocation_event_seq: seq,
      })
      .where('id', '=', d.id)
      .execute();
    await tx
      .updateTable('protection_cases')
      .set({ version: pc.version + 1, updated_at: now })
      .where('id', '=', pc.id)
      .execute();
    return { seq };
  });
}
