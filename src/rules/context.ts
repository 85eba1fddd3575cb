// What every check receives: the case, the day it is checked for, and the one
// way to read a dated parameter (which remembers stale values for PARAM.STALE).
import type { VisaCase } from '../case/schema';
import type { IsoDate } from './dates';
import { userValueOn, valueOn, type Lookup, type Parameter, type UserValue } from './parameters';

/** A user's value that was used, or that a shipped value for the same period has superseded. */
export interface UserValueUse {
  value: UserValue;
  /** The shipped value that wins over it, when there is one. */
  supersededBy?: { value: unknown; since: IsoDate };
}

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
  /** User's values met so far, by parameter id (PARAM.USER_VALUE). */
  readonly userValues: Map<string, UserValueUse>;
  /** What `compute` gives, worked out once for this check under `key` (several checks read the same derived values). */
  once<T>(key: symbol, compute: () => T): T;
}

/** The user's value when it is the one in force: none shipped for the day, or the shipped one started earlier. */
function withUserValue<T>(p: Parameter<T>, shipped: Lookup<T>, at: IsoDate, recorded: readonly UserValue[], uses: Map<string, UserValueUse>): Lookup<T> {
  const user = userValueOn(recorded, p.id, at);
  if (!user) return shipped;
  if (shipped.covered && shipped.since >= user.since) {
    uses.set(p.id, { value: user, supersededBy: { value: shipped.value, since: shipped.since } });
    return shipped;
  }
  uses.set(p.id, { value: user });
  const stale = p.indexation === 'yearly' && at.slice(0, 4) > user.since.slice(0, 4);
  return { covered: true, parameter: p.id, since: user.since, value: user.value as T, source: user.source, uncertain: undefined, stale, fromUser: true };
}

export function createContext(c: VisaCase, on: IsoDate, today: IsoDate, recorded: readonly UserValue[] = []): CheckContext {
  const stale = new Map<string, Lookup<unknown> & { covered: true }>();
  const userValues = new Map<string, UserValueUse>();
  let derived: Map<symbol, unknown> | undefined;
  return {
    case: c,
    on,
    today,
    stale,
    userValues,
    param<T>(p: Parameter<T>, at: IsoDate = on) {
      const shipped = valueOn(p, at);
      const found = recorded.length === 0 ? shipped : withUserValue(p, shipped, at, recorded, userValues);
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
