// Administrative fee (retributie) per applicant, EUR. Parameters.md, "Administrative fee".
import type { Parameter } from './parameter';

/** Article 9 applications: visa D to marry or to register a legal cohabitation, humanitarian visa. */
export const feeArticle9 = {
  id: 'fee.article9',
  indexation: 'yearly',
  values: [
    { since: '2022-05-26', value: 201, source: 'KB 9 Feb 2022; https://dofi.ibz.be/nl/news/retributie-nieuwe-bedragen-vanaf-26-mei-2022' },
    { since: '2023-01-01', value: 220, source: 'yearly indexation (EY tax alert 2023)' },
    { since: '2024-01-01', value: 229, source: '004_9926838b41b19a4c.txt; vreemdelingenrecht.be retributie page' },
    { since: '2025-01-01', value: 236, source: 'yearly indexation (vanhavermaet.be, 2025-01-09)' },
  ],
} as const satisfies Parameter<number>;

/** Articles 10/10bis/40ter (family reunification); shown for mixed applications. */
export const feeFamilyReunification = {
  id: 'fee.familyReunification',
  indexation: 'yearly',
  values: [
    { since: '2022-05-26', value: 181, source: 'KB 9 Feb 2022; https://dofi.ibz.be/nl/news/retributie-nieuwe-bedragen-vanaf-26-mei-2022' },
    { since: '2023-01-01', value: 198, source: 'yearly indexation (EY tax alert 2023)' },
    { since: '2024-01-01', value: 206, source: 'vreemdelingenrecht.be retributie page' },
    { since: '2025-01-01', value: 213, source: 'yearly indexation (vanhavermaet.be, 2025-01-09)' },
  ],
} as const satisfies Parameter<number>;
