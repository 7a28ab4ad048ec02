import type { WorkingCalendar } from '../domain/calendar/working-calendar.ts';
import type { Db } from '../db/kysely.ts';
import type { ProfileRepository } from '../db/repositories/profile-repository.ts';

/** What every use case is given: the database, the clock and the calendar, never globals. */
export interface AppContext {
  db: Db;
  now: () => Date;
  calendar: WorkingCalendar;
  profiles: ProfileRepository;
  limits: {
    maxAttachmentBytes: number;
  };
}
