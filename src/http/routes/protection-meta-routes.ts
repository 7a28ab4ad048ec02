import type { AppContext } from '../../app/context.ts';
import { OPENING_REASONS } from '../../app/protection/open-protection-case.ts';
import {
  BENEFICIARY_KINDS,
  DEPARTURE_REASON_MIN_LENGTH,
  EXCLUSION_GROUNDS,
  EXCLUSION_GROUND_LABELS,
  INVOLVEMENT_ROLES,
  PROTECTION_RESULTS,
  RESULT_LABELS,
  REVOCATION_GROUNDS,
  REWARD_FORMS,
  RISK_KINDS,
  isWeighedGround,
} from '../../domain/protection/index.ts';
import { requireActor } from '../auth.ts';
import type { Server } from '../server-type.ts';

/** The lists the protection and reward forms are built from, from the same data the rules use. */
export async function protectionMetaRoutes(server: Server, _app: AppContext) {
  server.get(
    '/api/protection/meta',
    {
      onRequest: requireActor(server),
      schema: {
        tags: ['protection'],
        summary: 'Danh mục cho biểu mẫu bảo vệ, khen thưởng / Lists for the protection and reward forms',
      },
    },
    async () => ({
      results: PROTECTION_RESULTS.map((id) => ({ id, label: RESULT_LABELS[id] })),
      exclusionGrounds: EXCLUSION_GROUNDS.map((id) => ({
        id,
        label: EXCLUSION_GROUND_LABELS[id],
        revocable: (REVOCATION_GROUNDS as readonly string[]).includes(id),
        // Weighed by the decider with written reasons, not a bar to protection ([I] in the spec).
        weighed: isWeighedGround(id),
      })),
      riskKinds: RISK_KINDS,
      involvementRoles: INVOLVEMENT_ROLES,
      openingReasons: OPENING_REASONS.filter((r) => r !== 'evaluation'),
      departureReasonMinLength: DEPARTURE_REASON_MIN_LENGTH,
      rewardForms: REWARD_FORMS,
      beneficiaryKinds: BENEFICIARY_KINDS,
    }),
  );
}
