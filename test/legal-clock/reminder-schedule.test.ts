import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultLegalCalendar } from '../../src/domain/calendar/index.ts';
import { nextLocalHour } from '../../src/jobs/periodic.ts';
import { nextSweepDay, reminderDate, reminderDue, reminderHorizon } from '../../src/jobs/reminder-schedule.ts';

const cal = defaultLegalCalendar();
const offsets = [-2, 0, 1];

describe('when reminders fall due', () => {
  it('counts offsets in working days around Tết 2026', () => {
    // Due Tuesday 24/2/2026: two working days before is Friday 13/2, across the Tết break.
    assert.equal(reminderDate('2026-02-24', -2, cal), '2026-02-13');
    assert.equal(reminderDate('2026-02-24', 0, cal), '2026-02-24');
    assert.equal(reminderDate('2026-02-13', 1, cal), '2026-02-23', 'the first working day after a Friday before Tết');
  });

  it('sends only the latest reminder that has come, never a "before" one after the due date', () => {
    assert.equal(reminderDue('2026-02-24', '2026-02-12', offsets, cal), undefined);
    assert.equal(reminderDue('2026-02-24', '2026-02-13', offsets, cal), -2);
    assert.equal(reminderDue('2026-02-24', '2026-02-18', offsets, cal), -2, 'during the break, still the early one');
    assert.equal(reminderDue('2026-02-24', '2026-02-24', offsets, cal), 0);
    // Due Friday 13/2: the day after falls in the break, the overdue reminder waits for Monday 23/2.
    assert.equal(
      reminderDue('2026-02-13', '2026-02-16', offsets, cal),
      undefined,
      'no "due today" once the day has passed',
    );
    assert.equal(reminderDue('2026-02-13', '2026-02-23', offsets, cal), 1);
    assert.equal(
      reminderDue('2026-02-13', '2026-03-30', offsets, cal),
      1,
      'a sweeper down for weeks sends one, not a burst',
    );
    assert.equal(reminderDue('2026-02-13', '2026-02-16', [], cal), undefined, 'no offsets, no reminders');
  });

  it('looks only as far ahead as the earliest reminder needs', () => {
    assert.equal(reminderHorizon('2026-02-12', [-2, 0], cal), '2026-02-23');
    assert.equal(reminderHorizon('2026-02-12', [0, 1], cal), '2026-02-12');
  });

  it('sends the daily digest at the next hour in Vietnam', () => {
    assert.equal(
      nextLocalHour(new Date('2026-03-02T02:00:00Z'), 7).toISOString(),
      '2026-03-03T00:00:00.000Z',
      '09:00 in Hà Nội: tomorrow 07:00',
    );
    assert.equal(nextLocalHour(new Date('2026-03-01T23:59:00Z'), 7).toISOString(), '2026-03-02T00:00:00.000Z');
  });
});

describe('the next day the sweep has something to do for a deadline (item 5, migration 027)', () => {
  it('is the next reminder day or the first overdue day, across Tết 2026, and none once all are past', () => {
    // Due Tuesday 24/2/2026: reminded on Friday 13/2 (two working days before, across the break),
    // on the 24th, and on Wednesday 25/2, the first working day after and the first day overdue.
    const next = (today: string) => nextSweepDay('2026-02-24', today, offsets, offsets, cal);
    assert.equal(next('2026-02-01'), '2026-02-13', 'beyond the horizon: the first day it comes within');
    assert.equal(next('2026-02-13'), '2026-02-24');
    assert.equal(next('2026-02-18'), '2026-02-24', 'nothing changes during the break');
    assert.equal(next('2026-02-24'), '2026-02-25');
    assert.equal(next('2026-02-25'), undefined, 'overdue marked and every reminder sent: the case is dropped');
    // A wider policy elsewhere widens the horizon, so the deadline is looked at earlier.
    assert.equal(nextSweepDay('2026-02-24', '2026-02-01', offsets, [-5, ...offsets], cal), '2026-02-10');
  });
});
