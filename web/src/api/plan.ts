export type RiskLevel = 'low' | 'medium' | 'high';

export interface Risk {
  id: string;
  description: string;
  likelihood: RiskLevel;
  impact: RiskLevel;
  mitigation: string;
  owner: string;
}

export interface OptionConsidered {
  option: string;
  assessment: string;
  chosen: boolean;
}

export interface Milestone {
  title: string;
  dueOn: string;
  deliverable?: string;
}

/** The Art. 7(2) plan, as the API takes and returns it. */
export interface Plan {
  title?: string;
  domain?: string;
  summary?: string;
  necessity?: { purpose?: string; bottleneck?: string; bottleneckKind?: 'not_yet_regulated' | 'regulated_but_unsuitable' };
  legalBasis?: { basis?: string; authorityRationale?: string };
  content?: { tasks?: string; solutions?: string; optionsConsidered?: OptionConsidered[] };
  scope?: { scope?: string; targets?: string };
  timeline?: { startOn?: string; endOn?: string; milestones?: Milestone[] };
  resources?: { budgetVnd?: number; people?: string; equipment?: string };
  feasibility?: string;
  impacts?: { positive?: string; negative?: string };
  expectedResults?: string;
  risks?: Risk[];
}
