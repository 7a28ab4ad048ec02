import { sql, type Kysely } from 'kysely';

/**
 * The deadline sweep reads what is due, not what is open (performance, second round, item 5).
 *
 * `deadline_watch` holds one row per case with an open deadline: the next day on which the sweep
 * may have something to create for it (a reminder's day, the first day it is overdue), or null
 * when the case's deadlines changed and the sweep must look at it again. A trigger marks a case
 * whenever its deadlines change, whoever writes them, so no writer can forget; the sweep, which
 * has the working calendar, computes the date. Each mark takes a new `stamp` from a sequence, and
 * the sweep writes a date only under the stamp it read, so a change committed meanwhile is never
 * overwritten by a date computed from the deadlines before it. No foreign key: a key check would
 * share-lock the case row that every transition locks.
 *
 * Also `outbox_jobs.finished_by`: the runner that completed each job.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create sequence deadline_watch_stamp;
create table deadline_watch (
  case_id uuid primary key,
  next_on date,
  stamp bigint not null default nextval('deadline_watch_stamp')
);
create index deadline_watch_next on deadline_watch (next_on);
create table deadline_sweep_state (
  id int primary key check (id = 1),
  basis text not null
);

create function deadline_watch_mark() returns trigger language plpgsql as $fn$
begin
  insert into deadline_watch as w (case_id, next_on) values (new.id, null)
  on conflict (case_id) do update set next_on = null, stamp = nextval('deadline_watch_stamp');
  return null;
end $fn$;
create trigger deadline_watch_inserted after insert on cases
  for each row when (new.deadlines @> '[{"status":"open"}]') execute function deadline_watch_mark();
create trigger deadline_watch_updated after update of deadlines on cases
  for each row when (old.deadlines is distinct from new.deadlines) execute function deadline_watch_mark();

insert into deadline_watch (case_id) select id from cases where deadlines @> '[{"status":"open"}]';

-- Which runner completed a job: with several server processes on one database, the operator (and
-- test/ops/two-processes.test.ts) can see that each job was done once, and by whom.
alter table outbox_jobs add column finished_by text;
`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table outbox_jobs drop column finished_by;
drop trigger deadline_watch_updated on cases;
drop trigger deadline_watch_inserted on cases;
drop function deadline_watch_mark();
drop table deadline_sweep_state;
drop table deadline_watch;
drop sequence deadline_watch_stamp;
`.execute(db);
}
