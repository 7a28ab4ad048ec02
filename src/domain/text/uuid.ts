const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string is a UUID as the database writes and reads them (any case). */
export const isUuid = (s: string): boolean => UUID.test(s);
