// Income reference amount for the partner in Belgium, EUR net per month.
// Parameters.md, "Income reference amount" and "Which income rule applies". The law of
// 18 July 2025 (in force 18 August 2025) is a second rule beside the earlier one, and a
// transition decides which of the two a file is judged by.
import type { Parameter } from './parameter';

const REFORM_SOURCES = 'law of 18 July 2025; droitsquotidiens.be; bx1.be; altea.be';
const TRANSITION_SOURCES = 'law of 18 July 2025, art. 24; DVZ Gemcom 2025/12 (orangeconnect.be); altea.be';

/** Old rule: 120 % of the leefloon, category "persoon met gezin ten laste" (seed 004). */
export const incomeReference120Leefloon = {
  id: 'income.reference120Leefloon',
  indexation: 'yearly',
  values: [
    { since: '2023-11-01', value: 2048.53, source: 'DVZ FAQ (moyens de subsistance)' },
    { since: '2024-05-01', value: 2089.55, source: '004_9926838b41b19a4c.txt' },
    { since: '2025-02-01', value: 2131.28, source: 'droitsquotidiens.be' },
  ],
} as const satisfies Parameter<number>;

/** The day the law of 18 July 2025 took effect (Belgian Official Gazette of 18 Aug 2025). */
export const meansReformStart = {
  id: 'income.reformStart',
  indexation: 'none',
  values: [{ since: '1900-01-01', value: '2025-08-18', source: TRANSITION_SOURCES }],
} as const satisfies Parameter<string>;

/** The first application date on which the new rule applies to every partner (end of the transition). */
export const meansTransitionEnd = {
  id: 'income.transitionEnd',
  indexation: 'none',
  values: [{ since: '1900-01-01', value: '2027-08-18', source: TRANSITION_SOURCES }],
} as const satisfies Parameter<string>;

/** New rule: 110 % of the guaranteed average minimum monthly income (GGMMI / RMMMG). */
export const incomeReference110Ggmmi = {
  id: 'income.reference110Ggmmi',
  indexation: 'yearly',
  values: [{ since: '2025-08-18', value: 2323.08, source: REFORM_SOURCES }],
} as const satisfies Parameter<number>;

/**
 * New rule: the supplement for every additional person, read as 10 % of the GGMMI; that
 * reading matches the published example (partner and two children ≈ 2,745: businessam / N-VA,
 * 18 Aug 2025).
 */
export const incomeSupplementPerPerson = {
  id: 'income.supplementPerPerson',
  indexation: 'yearly',
  values: [
    {
      since: '2025-08-18',
      value: 211.19,
      source: `${REFORM_SOURCES}; businessam / N-VA example of 18 Aug 2025`,
      uncertain: 'the basis of the supplement is not settled: read as 10 % of the 110 % amount it is 232.31',
    },
  ],
} as const satisfies Parameter<number>;

/** The other reading of the supplement, 10 % of the 110 % amount: only to say when an income lies between the two. */
export const incomeSupplementPerPersonOtherReading = {
  id: 'income.supplementPerPersonOtherReading',
  indexation: 'yearly',
  values: [{ since: '2025-08-18', value: 232.31, source: REFORM_SOURCES }],
} as const satisfies Parameter<number>;

/** Proof of income preferably covers the last 12 months (seed 004). */
export const incomeEvidenceMonths = { id: 'income.evidenceMonths', indexation: 'none', values: [{ since: '1900-01-01', value: 12, source: '004_9926838b41b19a4c.txt' }] } as const satisfies Parameter<number>;

/** Interim work counts as stable after one uninterrupted year (seed 004). */
export const interimStableAfterMonths = { id: 'income.interimStableAfterMonths', indexation: 'none', values: [{ since: '1900-01-01', value: 12, source: '004_9926838b41b19a4c.txt' }] } as const satisfies Parameter<number>;
