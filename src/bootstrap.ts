import type { AppContext } from './app/context.ts';
import { openDatabase, type Database } from './db/pool.ts';
import { kyselyFor, migrate, type Db } from './db/kysely.ts';
import { seedReferenceData } from './db/reference-data.ts';
import { ProfileRepository } from './db/repositories/profile-repository.ts';
import type { WorkingCalendar } from './domain/calendar/working-calendar.ts';
import { CalendarService } from './app/calendar/calendar-service.ts';
import { seedCalendarYears } from './app/calendar/seed-calendar.ts';
import { disabledMailer, type Mailer } from './mail/mailer.ts';
import { JobRunner, type JobRunnerOptions } from './jobs/job-runner.ts';
import { registerHandlers } from './jobs/handlers/index.ts';
import { startBackground, type BackgroundOptions } from './jobs/periodic.ts';
import type { CheckpointSettings } from './app/verify/checkpoint-settings.ts';
import { DEFAULT_SESSION_LIMITS, type SessionLimits } from './domain/auth/session-expiry.ts';
import { takeSnapshot, type SnapshotSettings } from './ops/snapshot.ts';
import { DEFAULT_SECOND_FACTOR_POLICY, type SecondFactorPolicy } from './domain/auth/second-factor.ts';
import { processSecretBox, type SecretBox } from './app/auth/second-factor/secret-box.ts';
import { sealStoredSecrets } from './app/auth/second-factor/seal-stored-secrets.ts';

export interface Runtime {
  database: Database;
  db: Db;
  app: AppContext;
  /** The outbox's job runner, with every handler registered; polling only once `background` starts it. */
  jobs: JobRunner;
  /**
   * Starts the job runner, the deadline sweep and the daily digests (if `background` was given).
   * The server calls it once it listens: a backlog of jobs left by a stop would otherwise hold
   * PGlite's single connection while the server registers its plugins, and Fastify gives up
   * on a plugin that takes more than 10 s.
   */
  startBackground(): void;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  databaseUrl: string;
  now?: () => Date;
  /** A fixed calendar (tests); by default the legal calendar of the stored year decisions. */
  calendar?: WorkingCalendar;
  maxAttachmentBytes?: number;
  dbPoolSize?: number;
  /** Writes and by-key reads as named prepared statements (db/prepared-statements.ts); off behind PgBouncer < 1.21 in transaction mode. */
  dbPreparedStatements?: boolean;
  /**
   * An embedded database starts from this dumped data directory instead of an empty cluster
   * (`PGlite.dumpDataDir`); migrations and reference data are still applied on top. The tests
   * start each database from one image with the demo organisation, made once per run.
   */
  pgliteImage?: Blob;
  mailer?: Mailer;
  publicUrl?: string;
  /** CA certificates (PEM) accepted on the signed copies of official documents. */
  documentTrustAnchorsPem?: string[];
  /** Idle and absolute session limits; 15 minutes and 12 hours unless given. */
  sessionLimits?: SessionLimits;
  /** Who must use a second factor and the step-up time; administrators, heads and deputies, 15 minutes unless given. */
  secondFactor?: SecondFactorPolicy;
  /** Seals the stored TOTP secrets; a key for this process alone unless given (the server derives one from its settings). */
  secondFactorSecrets?: SecretBox;
  jobs?: Partial<JobRunnerOptions>;
  /**
   * Run the job runner, the deadline sweep and the daily digests in this process. Off unless
   * asked for (the server asks), so that tests drive them on their own clock.
   */
  background?: BackgroundOptions;
  /** The installation's checkpoint key and where checkpoints are published (issue 12). */
  checkpoints?: CheckpointSettings;
  /** Scheduled snapshots of the database, run with the background work. */
  snapshot?: SnapshotSettings;
}

/** Opens the database, applies migrations and reference data, and wires the use-case context. */
export async function startRuntime(opts: RuntimeOptions): Promise<Runtime> {
  const database = await openDatabase(opts.databaseUrl, {
    max: opts.dbPoolSize,
    preparedStatements: opts.dbPreparedStatements,
    ...(opts.pgliteImage && { loadDataDir: opts.pgliteImage }),
  });
  const db = kyselyFor(database);
  await migrate(db, database);
  await seedReferenceData(db);
  const now = opts.now ?? (() => new Date());
  await seedCalendarYears(db, now());
  const calendars = new CalendarService(db, (legal) => {
    if (!opts.calendar) app.calendar = legal;
  });
  const app: AppContext = {
    db,
    dbKind: database.kind,
    now,
    calendar: opts.calendar ?? calendars.calendar,
    profiles: new ProfileRepository(db),
    limits: { maxAttachmentBytes: opts.maxAttachmentBytes ?? 20 * 1024 * 1024 },
    legalClock: {
      calendars,
      mailer: opts.mailer ?? disabledMailer,
      publicUrl: opts.publicUrl ?? 'http://localhost:3000',
    },
    ...(opts.checkpoints ? { checkpoints: opts.checkpoints } : {}),
    documents: { trustAnchorsPem: opts.documentTrustAnchorsPem ?? [] },
    sessionLimits: opts.sessionLimits ?? DEFAULT_SESSION_LIMITS,
    secondFactor: opts.secondFactor ?? DEFAULT_SECOND_FACTOR_POLICY,
    secondFactorSecrets: opts.secondFactorSecrets ?? processSecretBox(),
  };
  await sealStoredSecrets(db, app.secondFactorSecrets);
  await calendars.reload();
  const jobs = registerHandlers(new JobRunner(db, opts.jobs), app);
  let background: ReturnType<typeof startBackground> | undefined;
  return {
    database,
    db,
    app,
    jobs,
    startBackground() {
      if (opts.background && !background) {
        const snapshot = opts.snapshot;
        background = startBackground(app, jobs, {
          ...opts.background,
          ...(snapshot && {
            snapshot: {
              intervalMs: snapshot.intervalHours * 3_600_000,
              take: () => takeSnapshot(database, snapshot, app.now()),
            },
          }),
        });
      }
    },
    async close() {
      await background?.stop().catch(() => undefined);
      await jobs.stop().catch(() => undefined);
      app.legalClock.mailer.close();
      // Not db.destroy(): it ends the same pool, and the second end() would throw before
      // PGlite itself is closed, leaving its data directory open.
      await database.close().catch(() => undefined);
    },
  };
}
