import { DECIDING_CASE_ACTIONS, DECIDING_OPERATIONS, type DecidingOperation } from '../domain/case/deciding-actions.ts';

/**
 * The routes of the deciding actions (`domain/case/deciding-actions.ts`), as Fastify names them:
 * `requireActor` asks these for a second factor within the step-up time.
 */
export const DECIDING_OPERATION_ROUTES: Record<DecidingOperation, string> = {
  protection_decision: 'POST /api/protection-cases/:id/determinations/:determinationId/decision',
  protection_revocation: 'POST /api/protection-cases/:id/determinations/:determinationId/revocation',
  reward_decision: 'POST /api/reward-proposals/:id/decision',
  calendar_edit: 'PUT /api/calendar/years/:year',
  role_grant: 'POST /api/people/:id/grants',
  role_revocation: 'DELETE /api/people/:id/grants/:grantId',
  second_factor_reset: 'POST /api/people/:id/second-factor-reset',
};

export const caseActionRoute = (action: string) => `POST /api/cases/:code/actions/${action.replace(/_/g, '-')}`;

const DECIDING_ROUTES = new Set([
  ...Object.keys(DECIDING_CASE_ACTIONS).map(caseActionRoute),
  ...(Object.keys(DECIDING_OPERATIONS) as DecidingOperation[]).map((op) => DECIDING_OPERATION_ROUTES[op]),
]);

export const isDecidingRoute = (method: string, url: string | undefined) => DECIDING_ROUTES.has(`${method} ${url}`);

/** What a session waiting for its second factor may do. */
export const WHILE_SECOND_FACTOR_PENDING = new Set([
  'GET /api/me',
  'POST /api/auth/second-factor',
  'POST /api/auth/logout',
]);

/** What a session whose person must enrol a second factor may do. */
export const WHILE_ENROLMENT_REQUIRED = new Set([
  'GET /api/me',
  'GET /api/me/second-factor',
  'POST /api/me/second-factor/enrolment',
  'POST /api/me/second-factor/confirmation',
  'POST /api/auth/logout',
]);
