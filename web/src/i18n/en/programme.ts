import type vi from '../vi/programme';
import type { Shape } from '../shape';

const en: Shape<typeof vi> = {
  showcase: {
    title: 'Published innovation initiatives',
    intro:
      'Initiatives whose agency head approved public showcase (Conclusion 14-KL/TW §2.5). Only what was approved is shown.',
    search: 'Search initiatives (accents optional)',
    searchButton: 'Search',
    empty: 'No initiative has been published yet.',
    noMatch: 'No initiative matches.',
    unit: 'Unit',
    publishedOn: 'Published {{date}}',
    results: 'Results',
    proposers: 'Proposers',
    replicated: 'Replicated at',
    feed: 'RSS feed',
    more: 'More',
  },
  models: {
    title: 'Models to replicate',
    intro:
      'Completed initiatives their head marked as models. Your unit can adopt one: its plan is copied for you to adapt.',
    empty: 'No model yet.',
    markedOn: 'Marked {{date}}',
    replications: 'Adopted by {{n}} units',
    adopt: 'Adopt in my unit',
    adoptedFrom: 'Adopted from model {{code}} — {{title}}',
  },
  replications: {
    title: 'Where it was replicated',
    empty: 'No unit has adopted this model yet.',
  },
};
export default en;
