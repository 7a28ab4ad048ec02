/**
 * Which parts of an event's payload a person needs to read, and how: each entry is
 * [label key in the `actions` catalogue, payload key, kind].
 */
export type FieldKind =
  | 'text'
  | 'date'
  | 'money'
  | 'percent'
  | 'opinion'
  | 'appraisal'
  | 'recommendation'
  | 'outcome'
  | 'decision'
  | 'people'
  | 'attachments'
  | 'list'
  | 'stage';

export const EVENT_FIELDS: Record<string, [string, string, FieldKind][]> = {
  accepted_for_consideration: [['fields.note', 'note', 'text']],
  returned_for_completion: [['fields.requests', 'requests', 'list']],
  resubmitted: [['fields.response', 'response', 'text']],
  party_opinion_requested: [
    ['fields.requestedOn', 'requestedOn', 'date'],
    ['fields.note', 'note', 'text'],
  ],
  party_opinion_recorded: [
    ['fields.opinion', 'opinion', 'opinion'],
    ['fields.givenOn', 'givenOn', 'date'],
    ['fields.content', 'content', 'text'],
    ['fields.attachments', 'attachmentIds', 'attachments'],
  ],
  appraisers_assigned: [
    ['fields.appraisers', 'appraiserIds', 'people'],
    ['fields.council', 'council', 'text'],
  ],
  appraisal_recorded: [
    ['fields.opinion', 'opinion', 'appraisal'],
    ['fields.content', 'content', 'text'],
    ['fields.attachments', 'attachmentIds', 'attachments'],
  ],
  approved: [
    ['fields.decisionNumber', 'decisionNumber', 'text'],
    ['fields.decisionDate', 'decisionDate', 'date'],
    ['fields.attachments', 'attachmentIds', 'attachments'],
  ],
  rejection_overridden: [
    ['fields.decisionNumber', 'decisionNumber', 'text'],
    ['fields.decisionDate', 'decisionDate', 'date'],
    ['fields.attachments', 'attachmentIds', 'attachments'],
  ],
  implementers_assigned: [['fields.implementers', 'implementerIds', 'people']],
  inspectors_assigned: [['fields.inspectors', 'inspectorIds', 'people']],
  resources_allocated: [
    ['fields.budgetVnd', 'budgetVnd', 'money'],
    ['fields.people', 'people', 'text'],
    ['fields.equipment', 'equipment', 'text'],
    ['fields.note', 'note', 'text'],
  ],
  progress_reported: [
    ['fields.milestone', 'milestone', 'text'],
    ['fields.percentComplete', 'percentComplete', 'percent'],
    ['fields.content', 'content', 'text'],
    ['fields.evidence', 'evidenceAttachmentIds', 'attachments'],
  ],
  inspection_recorded: [
    ['fields.inspectedOn', 'inspectedOn', 'date'],
    ['fields.findings', 'findings', 'text'],
    ['fields.recommendation', 'recommendation', 'recommendation'],
    ['fields.attachments', 'attachmentIds', 'attachments'],
  ],
  adjustment_decided: [['fields.decision', 'decision', 'decision']],
  continuation_directed: [['fields.directiveNumber', 'directiveNumber', 'text']],
  suspended: [['fields.directiveNumber', 'directiveNumber', 'text']],
  resumed: [['fields.directiveNumber', 'directiveNumber', 'text']],
  terminated: [['fields.directiveNumber', 'directiveNumber', 'text']],
  implementation_completed: [
    ['fields.completedOn', 'completedOn', 'date'],
    ['fields.note', 'note', 'text'],
  ],
  completion_reported: [
    ['fields.results', 'results', 'text'],
    ['fields.targetsAssessment', 'targetsAssessment', 'text'],
    ['fields.difficulties', 'difficulties', 'text'],
    ['fields.attachments', 'attachmentIds', 'attachments'],
  ],
  evaluated: [
    ['fields.meetingOn', 'meetingOn', 'date'],
    ['fields.attendees', 'attendeeIds', 'people'],
    ['fields.outcome', 'outcome', 'outcome'],
    ['fields.conclusion', 'conclusion', 'text'],
  ],
  withdrawn: [['fields.note', 'note', 'text']],
};
