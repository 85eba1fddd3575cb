// Amounts the user has verified (parameters.md, "Amounts the user has verified"): a value in
// force that a caseworker read on the authority's own page, recorded with its start date,
// the source as they wrote it and the day they checked it. The checks use it from its start;
// a shipped value for the same period wins and the user's is then reported as superseded.
import type { IsoDate } from '../dates';
import { feeArticle9, feeFamilyReunification } from './fees';
import { incomeReference110Ggmmi, incomeReference120Leefloon, incomeSupplementPerPerson, incomeSupplementPerPersonOtherReading } from './income';
import type { Parameter } from './parameter';

export interface UserValue {
  /** A parameter id of `USER_VERIFIABLE` (`fee.article9`). */
  parameter: string;
  value: number;
  since: IsoDate;
  /** As the user wrote it: a URL or "DVZ page seen 2026-12-06". */
  source: string;
  checkedOn: IsoDate;
}

/** The yearly-indexed amounts a user may record: every one that runs past its data each January. */
export const USER_VERIFIABLE: readonly Parameter<number>[] = [
  feeArticle9,
  feeFamilyReunification,
  incomeReference120Leefloon,
  incomeReference110Ggmmi,
  incomeSupplementPerPerson,
  incomeSupplementPerPersonOtherReading,
];

export const USER_VERIFIABLE_IDS: readonly string[] = USER_VERIFIABLE.map((p) => p.id);

/** The user's value in force on `on` for `parameter`: the one with the latest start on or before that day. */
export function userValueOn(values: readonly UserValue[], parameter: string, on: IsoDate): UserValue | undefined {
  let found: UserValue | undefined;
  for (const v of values) {
    if (v.parameter === parameter && v.since <= on && (!found || v.since >= found.since)) found = v;
  }
  return found;
}
