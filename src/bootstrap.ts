import type { AppContext } from './app/context.ts';
import { openDatabase, type Database } from './db/pool.ts';
import { kyselyFor, migrate, type Db } from './db/kysely.ts';
import { seedReferenceData } from './db/reference-data.ts';
import { ProfileRepository } from './db/repositories/profile-repository.ts';
import { WeekendCalendar, type WorkingCalendar } from './domain/calendar/working-calendar.ts';

export interface Runtime {
  database: Database;
  db: Db;
  app: AppContext;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  databaseUrl: string;
  now?: () => Date;
  calendar?: WorkingCalendar;
  maxAttachmentBytes?: number;
  dbPoolSize?: number;
}

/** Opens the database, applies migrations and reference data, and wires the use-case context. */
export async function startRuntime(opts: RuntimeOptions): Promise<Runtime> {
  const database = await openDatabase(opts.databaseUrl, { max: opts.dbPoolSize });
  const db = kyselyFor(database);
  await migrate(db);
  await seedReferenceData(db);
  const app: AppContext = {
    db,
    now: opts.now ?? (() => new Date()),
    calendar: opts.calendar ?? new WeekendCalendar(),
    profiles: new ProfileRepository(db),
    limits: { maxAttachmentBytes: opts.maxAttachmentBytes ?? 20 * 1024 * 1024 },
  };
  return {
    database,
    db,
    app,
    async close() {
      await db.destroy().catch(() => undefined);
      await database.close().catch(() => undefined);
    },
  };
}
