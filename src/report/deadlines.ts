// Which deadlines are still to be met. The rule core lists every date the
// timeline gives; a status (`done`, `due`, `overdue`) per deadline is read here
// and nowhere else, so the report, the calendar and the tables agree.
import type { Deadline } from '../rules/types';

export type DeadlineStatus = 'done' | 'due' | 'overdue';

/** A listed deadline without a status is one still to be met. */
export function deadlineStatus(deadline: Deadline): DeadlineStatus {
  const status = (deadline as Deadline & { status?: unknown }).status;
  return status === 'done' || status === 'overdue' ? status : 'due';
}

/** The deadlines still ahead, soonest first. */
export function dueDeadlines(deadlines: readonly Deadline[]): Deadline[] {
  return deadlines.filter((d) => deadlineStatus(d) === 'due').sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
