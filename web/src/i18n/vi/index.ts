import actions from './actions';
import caseNs from './case';
import common from './common';
import plan from './plan';
import work from './work';

export default { common, work, case: caseNs, plan, actions };
