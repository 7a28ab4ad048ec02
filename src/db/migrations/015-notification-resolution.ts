import { sql, type Kysely } from 'kysely';

/**
 * A task notification is resolved once the step it asked for is done, by its reader or anyone
 * else: it stops counting as unread and the panel shows it as done. `resolved_at` is kept apart
 * from `read_at` so the panel can tell "done" from "seen". Older notifications whose step has long
 * passed stay as they were: they are read or not, as their reader left them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table notifications add column resolved_at timestamptz;
-- Each case action looks up the task notifications of its case that are still open.
create index notifications_case_open on notifications (case_id) where resolved_at is null;
`.execute(db);
}
