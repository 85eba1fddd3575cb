// Named cases written from the seeds, in pairs on both sides of each limit.
// Each family's file exports `scenarios`; scenarios.test.ts runs them all and
// tests/meta checks that every catalogue rule is produced by one and absent in another.
import type { RuleId } from '../../src/rules/catalogue';
import type { UserValue } from '../../src/rules/parameters';
import type { Report } from '../../src/rules/types';

export interface Scenario {
  /** Plain language: "Medical certificate dated exactly 6 months before the application is accepted". */
  name: string;
  /** A visa-case/1 object (parsed before the check, so it must be valid). */
  case: unknown;
  /** The real today (default: the case's applicationDate). */
  today?: string;
  /** Date to check for when the case has no applicationDate. */
  on?: string;
  /** Amounts the user has verified (the popup's settings, `visa-check --params`). */
  userValues?: UserValue[];
  /** Rule IDs that must appear among the findings. */
  produces?: RuleId[];
  /** Rule IDs that must not appear. */
  absent?: RuleId[];
  /** Further assertions on the report (messages, dates, amounts). */
  expect?: (report: Report) => void;
}
