import type { CaseState } from '../case/states.ts';
import type { Actor, Role } from '../case/case-snapshot.ts';
import { addDays, type IsoDate, type WorkingCalendar } from '../calendar/working-calendar.ts';
import type { ProcedureProfile } from '../profile/procedure-profile.ts';

/**
 * Registration campaigns (issue 14, item 1; the HCMC People's Committee plan): a province or city
 * asks every unit in a scope to register at least a minimum of innovation proposals by a deadline,
 * and follows who has not. A unit registers by creating a proposal linked to the campaign.
 */

/** How far a unit has gone, lowest first: the status is the highest level reached by the minimum. */
export const COMPLIANCE_STATUSES = ['none', 'registered', 'submitted', 'approved'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

/** States of a case that was approved (Art. 8: a written decision), whatever happened to it since. */
export const APPROVED_STATES: readonly CaseState[] = [
  'in_implementation',
  'suspended',
  'awaiting_completion_report',
  'terminated',
  'completion_reported',
  'evaluated',
];

/** A withdrawn proposal no longer counts; a draft counts as registered only. */
export const NOT_COUNTED_STATES: readonly CaseState[] = ['withdrawn'];
export const UNSUBMITTED_STATES: readonly CaseState[] = ['draft'];

/** The level a single linked case gives its unit. */
export function levelOfCase(state: CaseState): ComplianceStatus {
  if (NOT_COUNTED_STATES.includes(state)) return 'none';
  if (UNSUBMITTED_STATES.includes(state)) return 'registered';
  if (APPROVED_STATES.includes(state)) return 'approved';
  return 'submitted';
}

/** Linked cases of a unit counted cumulatively: an approved case is also submitted and registered. */
export interface ComplianceCounts {
  registered: number;
  submitted: number;
  approved: number;
}

export function countsOf(states: readonly CaseState[]): ComplianceCounts {
  const counts = { registered: 0, submitted: 0, approved: 0 };
  for (const s of states) {
    const level = levelOfCase(s);
    if (level === 'none') continue;
    counts.registered += 1;
    if (level !== 'registered') counts.submitted += 1;
    if (level === 'approved') counts.approved += 1;
  }
  return counts;
}

/** The highest level the unit reached with at least `minimum` cases. */
export function complianceStatus(counts: ComplianceCounts, minimum: number): ComplianceStatus {
  if (counts.approved >= minimum) return 'approved';
  if (counts.submitted >= minimum) return 'submitted';
  if (counts.registered >= minimum) return 'registered';
  return 'none';
}

/** A unit that has not registered its minimum is reminded before the deadline and escalated after it. */
export const needsChasing = (status: ComplianceStatus) => status === 'none';

/** HCMC's plan: at least one innovation per agency a year. A profile may set another minimum. */
export const DEFAULT_REGISTRATION_MINIMUM = 1;

export function registrationMinimumOf(profile: Pick<ProcedureProfile, 'registrationMinimumPerUnit'>): number {
  return profile.registrationMinimumPerUnit ?? DEFAULT_REGISTRATION_MINIMUM;
}

/** Reminders before the deadline, in working days (−5: five working days before; 0: on the day). */
export const CAMPAIGN_REMINDER_OFFSETS: readonly number[] = [-5, -1];

/** The profile's reminder days (working days before the deadline), or 5 and 1 when it sets none. */
export function campaignReminderDaysOf(profile: Pick<ProcedureProfile, 'campaignReminderDaysBefore'>): number[] {
  return [...(profile.campaignReminderDaysBefore ?? CAMPAIGN_REMINDER_OFFSETS.map((o) => -o))];
}

/** The working day `offset` working days before `deadline` (0: the deadline itself). */
export function dayBefore(deadline: IsoDate, offset: number, cal: WorkingCalendar): IsoDate {
  let day = deadline;
  for (let counted = 0; counted < -offset; ) {
    day = addDays(day, -1);
    if (cal.isWorkingDay(day)) counted += 1;
  }
  return day;
}

/**
 * The reminder due today, if any: the latest offset whose day has come, and none once the
 * deadline has passed (escalation takes over), so a sweeper that was down sends one, not a burst.
 */
export function campaignReminderDue(
  deadline: IsoDate,
  today: IsoDate,
  cal: WorkingCalendar,
  offsets: readonly number[] = CAMPAIGN_REMINDER_OFFSETS,
): number | undefined {
  if (today > deadline) return undefined;
  let pick: { offset: number; on: IsoDate } | undefined;
  for (const offset of offsets) {
    const on = dayBefore(deadline, Math.min(0, offset), cal);
    if (on <= today && (!pick || on > pick.on || (on === pick.on && offset > pick.offset))) pick = { offset, on };
  }
  return pick?.offset;
}

/** The deadline was the last day (Civil Code Art. 148): escalation from the next day on. */
export const escalationDue = (deadline: IsoDate, today: IsoDate) => today > deadline;

/** What may be done with campaigns, and by which roles held on the province or city unit (or above it). */
export const CAMPAIGN_PERMISSIONS = {
  open: ['administrator', 'org_officer'],
  close: ['administrator', 'org_officer'],
  view_compliance: ['administrator', 'org_officer'],
} as const satisfies Record<string, readonly Role[]>;
export type CampaignAction = keyof typeof CAMPAIGN_PERMISSIONS;

/**
 * Whether the actor may do `action` for a campaign owned by the unit whose ancestry (from the
 * national root to the unit itself) is `ownerAncestry`: a grant of an allowed role on the unit,
 * or on a unit above it that covers its subtree (an administrator's always does).
 */
export function mayOnCampaign(actor: Actor, action: CampaignAction, ownerAncestry: readonly string[]): boolean {
  const roles: readonly Role[] = CAMPAIGN_PERMISSIONS[action];
  const owner = ownerAncestry[ownerAncestry.length - 1];
  return actor.grants.some(
    (g) =>
      roles.includes(g.role) &&
      (g.unitId === owner || ((g.includeSubtree || g.role === 'administrator') && ownerAncestry.includes(g.unitId))),
  );
}

/**
 * The units whose compliance the actor sees: below each grant of a role allowed to view it (the
 * whole subtree for an administrator or a subtree grant, the unit alone otherwise).
 */
export function complianceViewScope(actor: Actor): { subtrees: string[]; units: string[] } {
  const roles: readonly Role[] = CAMPAIGN_PERMISSIONS.view_compliance;
  const subtrees = new Set<string>();
  const units = new Set<string>();
  for (const g of actor.grants) {
    if (!roles.includes(g.role)) continue;
    if (g.includeSubtree || g.role === 'administrator') subtrees.add(g.unitId);
    else units.add(g.unitId);
  }
  return { subtrees: [...subtrees], units: [...units] };
}

/** Campaigns are opened by a province or a city: the level just below the national root. */
export const isProvinceLevel = (ancestry: readonly string[]) => ancestry.length === 2;
