import type vi from '../vi/reports';
import type { Shape } from '../shape';

const en: Shape<typeof vi> = {
  title: 'Periodic review reports',
  intro:
    'Periodic reports of a unit and every unit below it: figures, the initiatives and their results, protection, rewards, registration compliance. Each is numbered from the outgoing register and keeps its figures once issued.',
  unit: 'Unit',
  kind: 'Report',
  kinds: { six_month: 'Half-year review (January–June)', annual: 'Annual review' },
  year: 'Year',
  draft: 'Draft figures',
  draftXlsx: 'Download the draft (Excel)',
  issue: 'Issue the report',
  issued: 'Report {{citation}} issued',
  cannotIssue: 'You may read but not issue this unit’s reports.',
  figures: {
    submitted: 'Proposals submitted',
    evaluated: 'Proposals evaluated',
    protected: 'Protected',
    refused: 'Not protected',
    revoked: 'Protection revoked',
    rewards: 'Rewards and support',
    models: 'Models to replicate',
    replications: 'Adoptions of models',
    campaigns: 'Registration campaigns',
  },
  initiatives: 'Initiatives in the period',
  list: 'Issued reports',
  none: 'No report yet.',
  columns: { citation: 'Number', kind: 'Report', year: 'Year', issuedAt: 'Issued', files: 'Files' },
  cancelled: 'cancelled',
  annual: {
    title: 'Annual summary for rating',
    intro:
      'Breakthrough results first (initiatives decided for implementation, their result, protection, rewards, replication), then the other proposals — per Plan 124-KH/TU.',
    year: 'Year evaluated',
    breakthroughs: 'Breakthrough results',
    others: 'Other proposals',
    none: 'None.',
    exportXlsx: 'Export the annual summary (Excel)',
    exportUnit: 'Export for the unit’s officials (Excel)',
    outcomePending: 'In implementation',
    model: 'model',
    replications: 'adopted in {{n}} places',
  },
};

export default en;
