import { randomUUID } from 'node:crypto';
import { Type, type Static } from 'typebox';
import type { AppContext } from '../context.ts';
import { nfc } from '../cases/checks.ts';
import { IsoDateString } from '../cases/schemas.ts';
import { defaultProfileCodeFor } from '../cases/profiles-in-force.ts';
import { audit } from '../org/admin-scope.ts';
import {
  campaignReminderDaysOf,
  isProvinceLevel,
  mayOnCampaign,
  registrationMinimumOf,
} from '../../domain/campaigns/campaign-rules.ts';
import { isIsoDate, vietnamDate } from '../../domain/calendar/working-calendar.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { DomainError, invalid, type FieldIssue } from '../../domain/errors.ts';

const Uuid = Type.String({ format: 'uuid' });

export const OpenCampaignBody = Type.Object(
  {
    year: Type.Integer({ minimum: 2000, maximum: 2100 }),
    title: Type.String({ minLength: 1, maxLength: 300 }),
    ownerUnitId: Uuid,
    scope: Type.Array(Type.Object({ unitId: Uuid, includeSubtree: Type.Boolean() }, { additionalProperties: false }), {
      minItems: 1,
      maxItems: 200,
    }),
    minimumPerUnit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    /** Working days before the deadline on which units with nothing are reminded; the profile's unless given. */
    reminderDaysBefore: Type.Optional(
      Type.Array(Type.Integer({ minimum: 0, maximum: 60 }), { minItems: 1, maxItems: 5, uniqueItems: true }),
    ),
    deadline: IsoDateString,
  },
  { additionalProperties: false },
);
export type OpenCampaignBody = Static<typeof OpenCampaignBody>;

/**
 * A province or city opens a campaign for a year: the units asked to register (each alone or with
 * its subtree, all inside the province), the minimum per unit (the profile's setting unless
 * given) and the deadline. Administrators and organisation officers of the province may.
 */
export async function openCampaign(app: AppContext, actor: Actor, input: OpenCampaignBody): Promise<string> {
  const body = nfc(input);
  return app.db.transaction().execute(async (tx) => {
    const owner = await tx
      .selectFrom('units')
      .select(['id', 'ancestor_ids'])
      .where('id', '=', body.ownerUnitId)
      .executeTakeFirst();
    if (!owner) throw invalid([{ path: 'ownerUnitId', code: 'unknown_unit' }]);
    if (!mayOnCampaign(actor, 'open', owner.ancestor_ids)) throw new DomainError('forbidden', 'not_permitted');
    const issues: FieldIssue[] = [];
    if (!isProvinceLevel(owner.ancestor_ids)) issues.push({ path: 'ownerUnitId', code: 'not_province_level' });
    if (!body.title.trim()) issues.push({ path: 'title', code: 'required' });
    const today = vietnamDate(app.now());
    if (!isIsoDate(body.deadline)) issues.push({ path: 'deadline', code: 'invalid_date' });
    else if (body.deadline < today) issues.push({ path: 'deadline', code: 'in_past' });
    const ids = body.scope.map((s) => s.unitId);
    if (new Set(ids).size !== ids.length) issues.push({ path: 'scope', code: 'duplicate_unit' });
    const units = await tx.selectFrom('units').select(['id', 'ancestor_ids']).where('id', 'in', ids).execute();
    const found = new Map(units.map((u) => [u.id, u.ancestor_ids]));
    body.scope.forEach((s, i) => {
      const ancestry = found.get(s.unitId);
      if (!ancestry) issues.push({ path: `scope[${i}].unitId`, code: 'unknown_unit' });
      else if (!ancestry.includes(owner.id)) issues.push({ path: `scope[${i}].unitId`, code: 'outside_owner_unit' });
    });
    if (issues.length) throw invalid(issues);

    const profile = await app.profiles.latest(await defaultProfileCodeFor(tx, app.profiles, owner.id, 'ND73'), tx);
    const minimum = body.minimumPerUnit ?? registrationMinimumOf(profile);
    const reminderDays = [...(body.reminderDaysBefore ?? campaignReminderDaysOf(profile))].sort((a, b) => b - a);
    const id = randomUUID();
    await tx
      .insertInto('registration_campaigns')
      .values({
        id,
        owner_unit_id: owner.id,
        year: body.year,
        title: body.title.trim(),
        scope: JSON.stringify(body.scope),
        minimum_per_unit: minimum,
        reminder_days_before: reminderDays,
        deadline: body.deadline,
        status: 'open',
        opened_by: actor.personId,
        opened_at: app.now(),
      })
      .execute();
    await audit(tx, actor, 'campaign.open', 'registration_campaign', id, {
      ...body,
      minimumPerUnit: minimum,
      reminderDaysBefore: reminderDays,
    });
    return id;
  });
}
