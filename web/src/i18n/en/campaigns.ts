import type vi from '../vi/campaigns';
import type { Shape } from '../shape';

const en: Shape<typeof vi> = {
  title: 'Registration campaigns',
  intro:
    'A province or city opens a yearly campaign; each unit in its scope registers at least the set number of proposals by the deadline.',
  empty: 'No registration campaigns yet.',
  open: 'Open a campaign',
  list: {
    campaign: 'Campaign',
    owner: 'Opened by (unit)',
    deadline: 'Deadline',
    minimum: 'Minimum per unit',
    status: 'Status',
  },
  status: { open: 'Open', closed: 'Closed' },
  compliance: {
    none: 'Not registered',
    registered: 'Registered',
    submitted: 'Submitted',
    approved: 'Approved',
  },
  form: {
    title: 'Title',
    year: 'Year',
    owner: 'Province or city',
    scope: 'Scope',
    scopeUnit: 'Unit {{n}}',
    includeSubtree: 'Including the units below',
    addUnit: 'Add a unit',
    removeUnit: 'Remove unit {{n}}',
    minimum: 'Minimum proposals per unit',
    minimumHint: "Empty: the procedure profile's setting (default 1).",
    deadline: 'Deadline',
    submit: 'Open',
    cancel: 'Cancel',
    opened: 'The campaign is open.',
  },
  page: {
    scope: 'Scope',
    withSubtree: '{{name}} and the units below',
    openedBy: 'Opened by',
    reminderDays: 'Reminders to units with nothing',
    reminderDaysValue: '{{days}} working day(s) before the deadline',
    close: 'Close the campaign',
    closed: 'The campaign is closed.',
    report: 'Registration per unit',
    filter: 'Filter by status',
    all: 'All',
    unit: 'Unit',
    registered: 'Registered',
    submitted: 'Submitted',
    approved: 'Approved',
    state: 'Status',
    download: 'Download as Excel',
    total: '{{count}} units',
    noRows: 'No unit matches.',
  },
  choice: {
    label: 'Register in a campaign',
    none: 'Not in a campaign',
    hint: 'Your unit is asked to register in a campaign; choose it so that the proposal counts for your unit.',
    option: '{{title}} (due {{deadline}})',
  },
};

export default en;
