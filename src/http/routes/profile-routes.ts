import { Type } from 'typebox';
import type { AppContext } from '../../app/context.ts';
import { publishProfile } from '../../app/org/publish-profile.ts';
import { visibleProfiles } from '../../app/cases/profiles-in-force.ts';
import { PROFILE_SETTING_NOTES } from '../../domain/profile/procedure-profile.ts';
import { actorOf, requireActor } from '../auth.ts';
import { idempotent } from '../idempotency.ts';
import type { Server } from '../server-type.ts';

const Days = Type.Union([Type.Integer({ minimum: 1, maximum: 365 }), Type.Null()]);
const Bilingual = Type.Object(
  { vi: Type.String({ minLength: 1, maxLength: 300 }), en: Type.String({ minLength: 1, maxLength: 300 }) },
  { additionalProperties: false },
);

export const ProfileBody = Type.Object(
  {
    code: Type.String({ pattern: '^[A-Z0-9-]{2,20}$' }),
    name: Bilingual,
    legalBasis: Type.String({ minLength: 1, maxLength: 2000 }),
    limits: Type.Object(
      {
        considerationMeetingDays: Days,
        partyOpinionDays: Days,
        appraisalDays: Days,
        completionReportDays: Days,
        evaluationMeetingDays: Days,
        // Settings, not law (G2; an inference): absent, they take the ordinary limits.
        superiorConsiderationDays: Type.Optional(Days),
        terminationReportDays: Type.Optional(Days),
      },
      { additionalProperties: false },
    ),
    partyOpinionBeforeApproval: Type.Boolean(),
    partyOpinionBeforeEvaluation: Type.Boolean(),
    appraisal: Type.Union([Type.Literal('none'), Type.Literal('optional'), Type.Literal('required')]),
    voteRule: Type.Object(
      {
        moreThanFraction: Type.Number({ minimum: 0, exclusiveMaximum: 1 }),
        base: Type.Union([
          Type.Literal('eligible_members'),
          Type.Literal('members_present'),
          Type.Literal('votes_cast'),
        ]),
        tie: Type.Union([Type.Literal('head_side'), Type.Literal('not_passed')]),
        quorumFraction: Type.Number({ minimum: 0, maximum: 1 }),
        writtenConsultation: Type.Optional(Type.Boolean()),
      },
      { additionalProperties: false },
    ),
    decidingBody: Type.Union([Type.Literal('leadership_collective'), Type.Literal('party_standing_committee')]),
    clockOnReturn: Type.Union([Type.Literal('pause'), Type.Literal('restart'), Type.Literal('continue')]),
    headOverrideAllowed: Type.Boolean(),
    coveredPositionsOnly: Type.Boolean(),
    art5ConditionDRequired: Type.Boolean(),
    minReasonLength: Type.Integer({ minimum: 1, maximum: 1000 }),
    regulatedButUnsuitableAllowed: Type.Optional(
      Type.Boolean({
        description:
          'Bottlenecks "regulated but unsuitable" accepted (KL14 2.2); Decree 73 Art. 5(1)(a): not yet regulated only (G6). Default false',
      }),
    ),
    territory: Type.Optional(
      Type.Object(
        {
          unitCodes: Type.Array(Type.String({ minLength: 1, maxLength: 50 }), {
            minItems: 1,
            maxItems: 100,
            uniqueItems: true,
          }),
        },
        {
          additionalProperties: false,
          description: 'Units (by code) and their subtrees where the profile is in force; absent: everywhere',
        },
      ),
    ),
    protectionRuleSet: Type.Optional(
      Type.Object(
        { id: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$' }), version: Type.Integer({ minimum: 1 }) },
        {
          additionalProperties: false,
          description:
            'Protection rule set (Art. 11) used by protection cases of this profile; default ND73-PROTECTION v1',
        },
      ),
    ),
    registrationMinimumPerUnit: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 100,
        description: 'Registration campaigns: least number of proposals per unit (HCMC plan: 1). Default 1',
      }),
    ),
    campaignReminderDaysBefore: Type.Optional(
      Type.Array(Type.Integer({ minimum: 0, maximum: 60 }), {
        minItems: 1,
        maxItems: 5,
        uniqueItems: true,
        description:
          'Registration campaigns: working days before the deadline on which laggards are reminded. Default [5, 1]',
      }),
    ),
  },
  { additionalProperties: false },
);

export async function profileRoutes(server: Server, app: AppContext) {
  const authed = requireActor(server);
  const tags = ['procedure profiles'];
  server.get(
    '/api/profiles',
    {
      onRequest: authed,
      schema: {
        tags,
        summary:
          'Các bộ quy trình áp dụng tại đơn vị của bạn / Procedure profile versions in force for your unit (all, for administrators)',
      },
    },
    async (request) => ({
      items: await visibleProfiles(app.db, actorOf(request), await app.profiles.list()),
      // Which parameters the decree fixes and which are settings (open questions of the spec).
      settings: PROFILE_SETTING_NOTES,
    }),
  );
  server.get(
    '/api/profiles/:code/:version',
    {
      onRequest: authed,
      schema: {
        tags,
        params: Type.Object({ code: Type.String({ maxLength: 20 }), version: Type.String({ pattern: '^\\d{1,6}$' }) }),
      },
    },
    async (request) => app.profiles.get(request.params.code, Number(request.params.version)),
  );
  server.post(
    '/api/profiles',
    {
      onRequest: authed,
      schema: { tags, summary: 'Ban hành phiên bản mới / Publish a new version', body: ProfileBody },
    },
    async (request, reply) =>
      idempotent(app, request, reply, async () => ({
        status: 201,
        body: await publishProfile(app, actorOf(request), request.body),
      })),
  );
}
