// What every check receives: the case, the day it is checked for, and the one
// way to read a dated parameter (which remembers stale values for PARAM.STALE).
import type { VisaCase } from '../case/schema';
import type { IsoDate } from './dates';
import { valueOn, type Lookup, type Parameter } from './parameters';

export interface CheckContext {
  readonly case: VisaCase;
  /** The application date (or the date asked for when the file has none). */
  readonly on: IsoDate;
  /** The real today (a deadline already past is an error). */
  readonly today: IsoDate;
  /** The value in force on the application date. */
  param<T>(p: Parameter<T>, on?: IsoDate): Lookup<T>;
  /** Stale lookups made so far, by parameter id. */
  readonly stale: Map<string, Lookup<unknown> & { covered: true }>;
  /** What `compute` gives, worked out once for this check under `key` (several checks read the same derived values). */
  once<T>(key: symbol, compute: () => T): T;
}

export function createContext(c: VisaCase, on: IsoDate, today: IsoDate): CheckContext {
  const stale = new Map<string, Lookup<unknown> & { covered: true }>();
  let derived: Map<symbol, unknown> | undefined;
  return {
    case: c,
    on,
    today,
    stale,
    param<T>(p: Parameter<T>, at: IsoDate = on) {
      const found = valueOn(p, at);
      if (found.covered && found.stale) stale.set(p.id, found as Lookup<unknown> & { covered: true });
      return found;
    },
    once<T>(key: symbol, compute: () => T): T {
      derived ??= new Map();
      if (derived.has(key)) return derived.get(key) as T;
      const value = compute();
      derived.set(key, value);
      return value;
    },
  };
}
