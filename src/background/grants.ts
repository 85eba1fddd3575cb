// Fill grants: the background hands a case's values to a content script only
// for a fill the user asked for from the popup. The popup asks for a grant
// naming the tab, the page's origin and the case the user chose; the content
// script of that tab, on that origin, can redeem it once, within a minute.
// Grants live in memory only: a background restarted in between forgets them
// and the user presses fill again.

/** Long enough for the popup's round trip through the page, short enough to be useless later. */
export const GRANT_TTL_MS = 60_000;
/** More outstanding grants than anyone could ask for by hand: the oldest go first. */
const MAX_GRANTS = 50;

import type { FormPerson } from '../case/form-person';

export interface GrantScope {
  tabId: number;
  origin: string;
}

export interface Grants {
  /** A new single-use token for a fill of `person`'s form from `caseId` in that tab, on that origin. */
  issue(scope: GrantScope, caseId: string, person: FormPerson): string;
  /** The case and person the token was issued for, when it is still valid for this tab and origin; the token is spent either way. */
  redeem(token: string, scope: GrantScope): { caseId: string; person: FormPerson } | null;
}

/** `token` gives unguessable strings (crypto.randomUUID in the extension). */
export function createGrants(deps: { now(): number; token(): string }): Grants {
  const open = new Map<string, GrantScope & { caseId: string; person: FormPerson; until: number }>();
  return {
    issue(scope, caseId, person) {
      const token = deps.token();
      open.set(token, { ...scope, caseId, person, until: deps.now() + GRANT_TTL_MS });
      while (open.size > MAX_GRANTS) open.delete(open.keys().next().value!);
      return token;
    },
    redeem(token, scope) {
      const grant = open.get(token);
      if (!grant) return null;
      open.delete(token);
      if (deps.now() > grant.until || grant.tabId !== scope.tabId || grant.origin !== scope.origin) return null;
      return { caseId: grant.caseId, person: grant.person };
    },
  };
}
