/** The figures of a dashboard, computed two ways (precomputed tallies, naive GROUP BY) that tests compare. */
export interface StateDomainCount {
  state: string;
  domain: string;
  count: number;
}

export interface StateDuration {
  state: string;
  /** How many times a case left the state (the average is over these). */
  exits: number;
  averageDays: number;
}

export interface UnitCount {
  unitId: string;
  name: string;
  count: number;
}

export interface ProtectionCount {
  /** granted (any decided result but not_protected), refused (not_protected) or revoked. */
  status: string;
  result: string;
  count: number;
}

export interface DashboardFigures {
  byStateDomain: StateDomainCount[];
  overdue: number;
  timeInState: StateDuration[];
  /** The units directly below, each with every case of its subtree. */
  byUnit: UnitCount[];
  outcomes: { outcome: string; count: number }[];
  protections: ProtectionCount[];
  rewards: { form: string; status: string; count: number }[];
}

/** Optional filter: proposals made in this year (Asia/Ho_Chi_Minh). */
export interface FigureFilter {
  unitId: string;
  today: string;
  year?: number | undefined;
}

export const averageDays = (seconds: number, n: number) =>
  n === 0 ? 0 : Math.round((seconds / n / 86_400) * 100) / 100;

const byKeys = <T>(rows: T[], key: (r: T) => string) =>
  rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/** One order for both computations, so that they compare with deepEqual. */
export function normalised(f: DashboardFigures): DashboardFigures {
  return {
    byStateDomain: byKeys(f.byStateDomain, (r) => `${r.state}|${r.domain}`),
    overdue: f.overdue,
    timeInState: byKeys(f.timeInState, (r) => r.state),
    byUnit: byKeys(f.byUnit, (r) => `${r.name}|${r.unitId}`),
    outcomes: byKeys(f.outcomes, (r) => r.outcome),
    protections: byKeys(f.protections, (r) => `${r.status}|${r.result}`),
    rewards: byKeys(f.rewards, (r) => `${r.form}|${r.status}`),
  };
}
