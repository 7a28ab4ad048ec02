/** Row types of the tables of this feature (see db/schema.ts). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface StatisticsTables {}
