/** The sizes the generator knows; `cases` counts the realistic history, before any write reserve. */
export interface Scale {
  name: string;
  provinces: number;
  /** Communes per province (each with its Party committee and 8 subordinate units). */
  communes: number;
  departments: number;
  subUnitsPerDepartment: number;
  peoplePerProvince: number;
  casesPerProvince: number;
  /** Recent open cases per kind kept ready for the write benchmark (drafts, votes, reports). */
  reservePerKind: number;
  years: number;
  /**
   * KL14 §2.5: the share of initiatives evaluated as completed that are marked as models, and of
   * new proposals that adopt one already marked.
   */
  programme: { model: number; replication: number };
}

const PROGRAMME = { model: 0.03, replication: 0.03 };

export const SCALES: Record<string, Scale> = {
  tiny: {
    name: 'tiny',
    provinces: 1,
    communes: 3,
    departments: 4,
    subUnitsPerDepartment: 2,
    peoplePerProvince: 260,
    casesPerProvince: 240,
    reservePerKind: 10,
    years: 3,
    // Far more than real, so that a few hundred cases hold models, publications and adoptions.
    programme: { model: 0.4, replication: 0.25 },
  },
  // ≈ 1,490 units, 20,000 people, 50,000 cases, ≈ 1 M events.
  province: {
    name: 'province',
    provinces: 1,
    communes: 130,
    departments: 20,
    subUnitsPerDepartment: 8,
    peoplePerProvince: 20_000,
    casesPerProvince: 48_000,
    reservePerKind: 700,
    years: 10,
    programme: PROGRAMME,
  },
  // 34 provinces ≈ 50,000 units, 500,000 people, 1,000,000 cases, ≈ 20 M events.
  national: {
    name: 'national',
    provinces: 34,
    communes: 128,
    departments: 20,
    subUnitsPerDepartment: 8,
    peoplePerProvince: 14_700,
    casesPerProvince: 29_200,
    reservePerKind: 700,
    years: 10,
    programme: PROGRAMME,
  },
};

export const BENCH_PASSWORD = 'Khien@Bench2026';
