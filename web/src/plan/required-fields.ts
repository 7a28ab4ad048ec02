import { REQUIRED_FOR_SUBMISSION as REQUIRED_FIELDS } from '@contract/plan';

/**
 * The fields Art. 7(2) needs before submission: the server's own list, and the risk register,
 * which the server checks as a whole (at least one foreseen risk).
 */
export const REQUIRED_FOR_SUBMISSION = new Set<string>([...REQUIRED_FIELDS, 'risks']);
