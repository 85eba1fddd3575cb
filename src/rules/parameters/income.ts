// Income reference amount for the partner in Belgium, EUR net per month.
// Parameters.md, "Income reference amount". The law of 18 July 2025 (in force
// 18 August 2025) is a dated variant beside the earlier rule, not an edit of it.
import type { Parameter } from './parameter';

/** 120 % of the leefloon, category "persoon met gezin ten laste" (seed 004). */
export const incomeReference120Leefloon = {
  id: 'income.reference120Leefloon',
  indexation: 'yearly',
  values: [
    { since: '2023-11-01', value: 2048.53, source: 'DVZ FAQ (moyens de subsistance)' },
    { since: '2024-05-01', value: 2089.55, source: '004_9926838b41b19a4c.txt' },
    { since: '2025-02-01', value: 2131.28, source: 'droitsquotidiens.be' },
  ],
} as const satisfies Parameter<number>;

/** The date the reform of the law of 18 July 2025 took effect. */
export const meansReform2025 = '2025-08-18';

/** From 2025-08-18, partner who is a non-EU national (art. 10): 110 % of the guaranteed average minimum monthly income. */
export const incomeReferenceNonEu110Gmmmi = {
  id: 'income.referenceNonEu110Gmmmi',
  indexation: 'yearly',
  values: [
    {
      since: meansReform2025,
      value: { base: 2323.08, perAdditionalPerson: 232.31 },
      source: 'law of 18 July 2025; droitsquotidiens.be; bx1.be',
    },
  ],
} as const satisfies Parameter<{ base: number; perAdditionalPerson: number }>;

/** From 2025-08-18, Belgian partner (art. 40ter): the change is not confirmed, the earlier amount is kept with a caveat. */
export const belgianPartnerAfterReformUncertain =
  'the amount for Belgian partners after the reform of 18 August 2025 is not confirmed';

/** Proof of income preferably covers the last 12 months (seed 004). */
export const incomeEvidenceMonths = { id: 'income.evidenceMonths', indexation: 'none', values: [{ since: '1900-01-01', value: 12, source: '004_9926838b41b19a4c.txt' }] } as const satisfies Parameter<number>;

/** Interim work counts as stable after one uninterrupted year (seed 004). */
export const interimStableAfterMonths = { id: 'income.interimStableAfterMonths', indexation: 'none', values: [{ since: '1900-01-01', value: 12, source: '004_9926838b41b19a4c.txt' }] } as const satisfies Parameter<number>;
