import { DomainError, invalidField } from '../errors.ts';
import { ACTION_RULES, type CaseAction } from './action-rules.ts';
import { allowedActions, authorise } from './authorise.ts';
import type { Actor, CaseSnapshot } from './case-snapshot.ts';
import { relationsOf, type Relation } from './relations.ts';

/**
 * Every attachment supports one step of the procedure, and may be added only by whoever may take
 * that step now: the same rule table (states, relations, conditions) decides both. So the proposer
 * attaches to the plan while it is a draft or returned, the Party liaison attaches the Party opinion
 * while it is requested of them, implementers attach evidence to progress reports during
 * implementation, and nobody attaches to a closed case (evaluated, rejected, withdrawn), since no
 * step is open there.
 */
export const ATTACHMENT_STEPS = [
  'update_plan',
  'record_party_opinion',
  'record_appraisal',
  'approve',
  'override_rejection',
  'report_progress',
  'record_inspection',
  'submit_completion_report',
] as const satisfies readonly CaseAction[];

export type AttachmentStep = (typeof ATTACHMENT_STEPS)[number];

export const isAttachmentStep = (s: string): s is AttachmentStep => (ATTACHMENT_STEPS as readonly string[]).includes(s);

/** The steps this actor may attach a file to now: what the UI shows as upload buttons. */
export function attachableSteps(actor: Actor, c: CaseSnapshot): AttachmentStep[] {
  const allowed = new Set<string>(allowedActions(actor, c));
  return ATTACHMENT_STEPS.filter((s) => allowed.has(s));
}

/**
 * The step an upload is recorded under. Without a named step the first open one is taken (an
 * older client); with none open the refusal is the action rule's own: 403 when the actor holds no
 * relation that could ever attach, 409 (with the state) when the case is not at such a step.
 */
export function authoriseAttachment(actor: Actor, c: CaseSnapshot, step: string | undefined): AttachmentStep {
  if (step !== undefined) {
    if (!isAttachmentStep(step)) throw invalidField('step', 'invalid_value');
    authorise(actor, c, step);
    return step;
  }
  const open = attachableSteps(actor, c);
  if (open.length > 0) return open[0]!;
  // Someone who could attach at some step in another state is told the state (409); anyone else 403.
  const relations = relationsOf(actor, c);
  const couldEver = ATTACHMENT_STEPS.some((s) =>
    (ACTION_RULES[s].who as readonly Relation[]).some((w) => relations.has(w)),
  );
  if (couldEver)
    throw new DomainError('conflict', 'attachment_not_open', [], {
      state: c.state,
      allowedActions: allowedActions(actor, c),
    });
  throw new DomainError('forbidden', 'not_permitted', [], { action: 'attach' });
}
