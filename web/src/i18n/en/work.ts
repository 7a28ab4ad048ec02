import type vi from '../vi/work';
import type { Shape } from '../shape';

const en: Shape<typeof vi> = {
  worklist: {
    title: 'My worklist',
    intro: 'Cases waiting for you, soonest due first.',
    empty: 'Nothing is waiting for you right now.',
    code: 'Case code',
    case: 'Case',
    task: 'To do',
    due: 'Due',
    remaining: 'Time left',
    unit: 'Receiving unit',
    overdue: 'Overdue',
    today: 'Today: {{date}}',
  },
  cases: {
    title: 'Proposals',
    intro: 'The cases you may see through your roles and units.',
    searchLabel: 'Search by title or case code',
    searchPlaceholder: 'e.g. dat dai, TH-2026-000002',
    state: 'State',
    unit: 'Unit',
    unitPlaceholder: 'Type a unit name',
    domain: 'Domain',
    dueBefore: 'Due by',
    filters: 'Filters',
    empty: 'No case matches.',
    code: 'Code',
    titleColumn: 'Title',
    proposer: 'Proposer',
    receivingUnit: 'Receiving unit',
    due: 'Due',
    updated: 'Updated',
    results: 'Search results',
    figureFilter: 'Filtered by a figure of the Statistics page.',
    clearFigureFilter: 'Remove this filter',
  },
};
export default en;
