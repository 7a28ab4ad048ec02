import type { CaseState } from '../../contract/case-states.ts';
import type { CaseListItem, WorkItem } from '../../contract/case-views.ts';

/** A row of `listCasesQuery`, as the database gives it. */
interface CaseListRow {
  id: string;
  code: string;
  title: string;
  domain: string;
  state: string;
  version: number;
  urgent: boolean;
  due_on: string | null;
  due_step: string | null;
  updated_at: Date;
  receiving_unit_id: string | null;
  receiving_unit_name: string | null;
  proposer_name: string;
}

/** One line of the case list: the contract's camelCase shape, never the row itself. */
export function presentCaseListItem(r: CaseListRow): CaseListItem {
  return {
    id: r.id,
    code: r.code,
    title: r.title,
    domain: r.domain,
    state: r.state as CaseState,
    version: r.version,
    urgent: r.urgent,
    dueOn: r.due_on,
    dueStep: r.due_step,
    updatedAt: r.updated_at.toISOString(),
    receivingUnit: r.receiving_unit_id ? { id: r.receiving_unit_id, name: r.receiving_unit_name } : null,
    proposerName: r.proposer_name,
  };
}

/** A row of the worklist statement. */
interface WorkRow {
  code: string;
  title: string;
  state: string;
  urgent: boolean;
  version: number;
  task: string;
  due_on: string | null;
  due_step: string | null;
  receiving_unit_name: string | null;
  protection_case_id: string | null;
}

export function presentWorkItem(r: WorkRow): WorkItem {
  return {
    code: r.code,
    title: r.title,
    state: r.state as CaseState,
    urgent: r.urgent,
    version: r.version,
    task: r.task,
    dueOn: r.due_on,
    dueStep: r.due_step,
    receivingUnitName: r.receiving_unit_name,
    protectionCaseId: r.protection_case_id,
  };
}
