// Dated, cited values (spec/parameters.md) and the one lookup over them.
import type { IsoDate } from '../dates';

export interface DatedValue<T> {
  since: IsoDate;
  value: T;
  /** Where a maintainer re-checks the value: a seed file name or a public page. */
  source: string;
  /** Set when the figure must be shown with a caveat; says why. */
  uncertain?: string;
}

export interface Parameter<T> {
  id: string;
  /** `yearly`: indexed every year, so a value asked for a later year than the last known one is stale. */
  indexation: 'yearly' | 'none';
  /** Sorted by `since` (tests/meta checks this). */
  values: readonly DatedValue<T>[];
}

export type Lookup<T> =
  | { covered: false; parameter: string }
  | (DatedValue<T> & {
      covered: true;
      parameter: string;
      /** The value is the last known one of a yearly-indexed amount and `on` lies in a later year. */
      stale: boolean;
      /** The value is one the user recorded (parameters.md, "Amounts the user has verified"). */
      fromUser?: boolean;
    });

/** The value in force on `on`. */
export function valueOn<T>(param: Parameter<T>, on: IsoDate): Lookup<T> {
  let found: DatedValue<T> | undefined;
  for (const v of param.values) {
    if (v.since <= on) found = v;
    else break;
  }
  if (!found) return { covered: false, parameter: param.id };
  const last = param.values[param.values.length - 1]!;
  const stale = param.indexation === 'yearly' && found === last && on.slice(0, 4) > last.since.slice(0, 4);
  // One object shape for every parameter (no spread of values whose fields differ): every check reads lookups, and a
  // spread of varying shapes left these reads megamorphic.
  return { covered: true, parameter: param.id, since: found.since, value: found.value, source: found.source, uncertain: found.uncertain, stale };
}

/** A value that has applied unchanged since before any case this product checks. */
export function constant<T>(id: string, value: T, source: string): Parameter<T> {
  return { id, indexation: 'none', values: [{ since: '1900-01-01', value, source }] };
}
