// The deadlines still to be met, soonest first: what the calendar holds and
// what the tables call the next deadline.
import type { Deadline } from '../rules/types';

export function dueDeadlines(deadlines: readonly Deadline[]): Deadline[] {
  return deadlines.filter((d) => d.status === 'due').sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
