import type { WorkingCalendar } from '../domain/calendar/working-calendar.ts';
import type { Db } from '../db/kysely.ts';
import type { ProfileRepository } from '../db/repositories/profile-repository.ts';
import type { CalendarService } from './calendar/calendar-service.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { CheckpointSettings } from './verify/checkpoint-settings.ts';
import type { SessionLimits } from '../domain/auth/session-expiry.ts';
import type { SecondFactorPolicy } from '../domain/auth/second-factor.ts';
import type { SecretBox } from './auth/second-factor/secret-box.ts';

/** What every use case is given: the database, the clock and the calendar, never globals. */
export interface AppContext {
  db: Db;
  /**
   * Which database serves `db`: the embedded one runs statements in this thread, so work that
   * a server does better than this process (hashing a million rows) is left to it only on a server.
   */
  dbKind?: 'pglite' | 'postgres';
  now: () => Date;
  /** The calendar deadlines are counted in: the stored legal calendar unless one was injected. */
  calendar: WorkingCalendar;
  profiles: ProfileRepository;
  limits: {
    maxAttachmentBytes: number;
  };
  /** The legal clock: calendar data, reminders and notifications. */
  legalClock: {
    calendars: CalendarService;
    /** Replaceable at run time (tests point it at an in-process SMTP server). */
    mailer: Mailer;
    /** Base URL of the web application, for links in e-mails. */
    publicUrl: string;
  };
  /** Signing and publishing of checkpoints; absent in tests (a key for the process is made). */
  checkpoints?: CheckpointSettings;
  /** Official documents: the CA certificates (PEM) whose signatures on signed copies are accepted. */
  documents?: { trustAnchorsPem: string[] };
  /** Idle and absolute session limits (defaults: 15 minutes, 12 hours). */
  sessionLimits?: SessionLimits;
  /** Who must use a second factor, and how fresh it must be for deciding actions (default: everyone who decides, 15 minutes). */
  secondFactor?: SecondFactorPolicy;
  /** Seals and opens the stored TOTP secrets (secret-box.ts). */
  secondFactorSecrets: SecretBox;
}
