// The storage keys and the per-case summary kept in the index, without the
// zod validators of layout.ts: the popup reads these keys directly for its
// first screen and should not load a schema library to do so.

export const SCHEMA_VERSION = 3;
export const KEY_VERSION = 'schemaVersion';
export const KEY_INDEX = 'index';
export const KEY_SETTINGS = 'settings';
/** Amounts the user has verified (parameters.md), kept apart from the other settings. */
export const KEY_USER_VALUES = 'userValues';

export function caseKey(id: string, rev: number): string {
  return `case:${id}:${rev}`;
}

export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
}

/**
 * What the case list shows of a case, written into the index with every
 * revision so the list needs no case file. The counts hold for `checkedOn`
 * only: ages, deadlines and document validity move with the calendar.
 */
export interface CaseSummaryRecord {
  label: string;
  caseType: string;
  applicantName: string;
  /** The rule core's errors, or the fields that do not validate when it could not run. */
  errors: number;
  /** The rule core's findings by severity; null when the case could not be checked. */
  counts: FindingCounts | null;
  /** The local day the counts were computed for; '' once they must be recomputed whatever the day. */
  checkedOn: string;
  /** The earliest deadline from `checkedOn` on; absent in summaries written before it was kept. */
  nextDeadline?: string | null;
}

/** The local calendar date, `YYYY-MM-DD`: a deadline falls on the applicant's day, not on UTC's. */
export function localToday(at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
