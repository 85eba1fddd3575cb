// Catalogue rows of points for every file and dated amounts (spec/rules.md): severity and the sources each rule rests on.
import { SEED_003, type RuleSpec } from '../sources';

export const GENERAL_RULES = {
  'INFO.EU_PARTNER_ROUTE': {
    severity: 'info',
    sources: [{ file: SEED_003, quote: 'kan bij de diplomatieke of consulaire post die bevoegd is voor zijn verblijfplaats een binnenkomstvisum aanvragen op basis van de richtlijn 2004/38/EG of een visum D aanvragen' }],
  },
  'INFO.IMPEDIMENTS': {
    severity: 'info',
    sources: [
      { file: SEED_003, quote: 'de partners mogen geen duurzame en stabiele relatie onderhouden met een andere persoon, ze mogen niet geviseerd worden door de artikelen 161 tot 163 van het Burgerlijk Wetboek (verboden familieband in het kader van een huwelijk)' },
      { file: SEED_003, quote: 'ze mogen ook niet het voorwerp uitmaken van een beslissing op basis van artikel 167 van het Burgerlijk Wetboek (weigering van een project voor huwelijk door de ambtenaar van de burgerlijke stand)' },
    ],
  },
  'PARAM.STALE': {
    severity: 'warning',
    sources: [
      { file: 'parameters.md', quote: 'Where the data ends (no value known for the current period of a yearly-indexed amount), the product says so ("last known value, from 2025-01-01; the 2026 amount is not in the rule data") instead of presenting an old figure as current.' },
      { file: 'parameters.md', quote: 'Indexed every 1 January since 2023; no 2026 value is known: from 2026-01-01 the product shows 236 with a "verify the current amount" warning.' },
    ],
  },
  'PARAM.USER_VALUE': {
    severity: 'info',
    sources: [{ file: 'parameters.md', quote: 'such a value is used for application dates from its start, shown with `PARAM.USER_VALUE`, never silently mixed with shipped data, exported with the settings, and can be removed' }],
  },
} as const satisfies Record<string, RuleSpec>;
