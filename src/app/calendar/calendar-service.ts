import { byKey } from '../../db/by-key.ts';
import type { Db } from '../../db/kysely.ts';
import { LegalCalendar, type LegalCalendarOptions } from '../../domain/calendar/legal-calendar.ts';
import type { YearDecision } from '../../domain/calendar/year-decision.ts';

/**
 * The legal calendar built from the `calendar_years` table, kept current in every server process.
 *
 * Several stateless processes may share one PostgreSQL. Each edit bumps `calendar_state.version`
 * in the edit's transaction; a process compares that number with the one it loaded (a single
 * primary-key read) before it computes due dates, and reloads the year decisions when it
 * differs. So a request that starts after an edit commits sees the edit in any process, and no
 * process recomputes anything while nothing changes. A timer would leave a window in which two
 * processes give the same case different due dates.
 */
export class CalendarService {
  private loadedVersion: string | null = null;
  private current: LegalCalendar;
  private inFlight: Promise<void> | undefined;

  constructor(
    private readonly db: Db,
    /** Told of every newly loaded calendar (the runtime puts it in `app.calendar`). */
    private readonly onLoad: (calendar: LegalCalendar) => void = () => undefined,
    private readonly options: LegalCalendarOptions = {},
  ) {
    this.current = new LegalCalendar([], options);
  }

  /** The calendar of the stored decisions, as last loaded. */
  get calendar(): LegalCalendar {
    return this.current;
  }

  get version(): string | null {
    return this.loadedVersion;
  }

  /** Reloads when the stored decisions changed since the last load; concurrent callers share one check. */
  refresh(): Promise<void> {
    this.inFlight ??= this.check().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /**
   * Brings the calendar up to date given its stored version read along with other data: nothing
   * to do while it is the one loaded, which saves `refresh`'s own round trip on a hot read.
   */
  async refreshFor(storedVersion: string): Promise<void> {
    if (storedVersion !== this.loadedVersion) await this.refresh();
  }

  /** Loads the decisions unconditionally (at start, and in the process that made an edit). */
  async reload(): Promise<void> {
    // The version first: an edit committed in between makes the next check reload again,
    // whereas reading it last could pair a new version with old rows and never reload.
    const state = await this.db
      .selectFrom('calendar_state')
      .select('version')
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    const rows = await this.db.selectFrom('calendar_years').select('decision').orderBy('year').execute();
    // Throws on a malformed stored decision rather than counting deadlines on a wrong calendar.
    this.current = new LegalCalendar(
      rows.map((r) => r.decision as YearDecision),
      this.options,
    );
    this.loadedVersion = String(state.version);
    this.onLoad(this.current);
  }

  private async check(): Promise<void> {
    const state = await this.db
      .selectFrom('calendar_state')
      .select('version')
      .where('id', '=', 1)
      .modifyEnd(byKey)
      .executeTakeFirstOrThrow();
    if (String(state.version) !== this.loadedVersion) await this.reload();
  }
}
