/** The same keys as the Vietnamese catalogue, every value a string: an English catalogue must be complete. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
