// Catalogue rows of means and health insurance of the partner in Belgium (spec/rules.md): severity and the sources each rule rests on.
import { SEED_003, SEED_004, type RuleSpec } from '../sources';

export const MEANS_RULES = {
  'MEANS.BELOW_REFERENCE': {
    severity: 'warning',
    sources: [
      { file: SEED_004, quote: 'Onder\u00a0dit bedrag mag DVZ de aanvraag niet automatisch weigeren.' },
      { file: 'parameters.md', quote: 'Below the amount is never an automatic refusal (seed 004): DVZ must make a needs analysis, so the product warns and asks for an overview of monthly income and expenses.' },
    ],
  },
  'MEANS.EXCLUDED_INCOME': {
    severity: 'warning',
    sources: [{ file: SEED_004, quote: 'De\u00a0volgende inkomsten zijn\u00a0volgens de Verblijfswet\u00a0uitgesloten\u00a0en tellen niet mee voor de berekening van de bestaansmiddelen:' }],
  },
  'MEANS.UNSTABLE_INCOME': {
    severity: 'warning',
    sources: [{ file: SEED_004, quote: 'Het moet gaan om\u00a0stabiele en regelmatige bestaansmiddelen. Om die reden weigert DVZ\u00a0vaak inkomsten uit:' }],
  },
  'MEANS.SHORT_EVIDENCE': {
    severity: 'info',
    sources: [{ file: SEED_004, quote: 'DVZ vraagt dat je bij voorkeur bewijzen overmaakt van bestaansmiddelen van\u00a0de laatste 12 maanden.' }],
  },
  'MEANS.OTHERS_INCOME': {
    severity: 'info',
    sources: [{ file: SEED_004, quote: 'DVZ houdt alleen rekening met de eigen\u00a0bestaansmiddelen van de partner die je komt vervoegen en dus niet met jouw inkomsten of eventuele inkomsten van derden.' }],
  },
  'MEANS.REFERENCE_RULE': {
    severity: 'info',
    sources: [
      { file: 'parameters.md', quote: 'Before 2025-08-18 (seed 004): 120 % of the leefloon, category "persoon met gezin ten laste".' },
      { file: 'parameters.md', quote: 'From 2025-08-18 (law of 18 July 2025, Belgian Official Gazette 18 Aug 2025): 110 % of the guaranteed average minimum monthly income (GGMMI / RMMMG) = 2,323.08, plus a supplement for every additional person who lives with the partner or applies with the applicant' },
    ],
  },
  'MEANS.REFORM_UNCERTAIN': {
    severity: 'warning',
    sources: [
      { file: 'parameters.md', quote: 'Use 211.19 and, when the income lies between the two readings, say so (`MEANS.REFORM_UNCERTAIN`).' },
      { file: 'parameters.md', quote: 'name both amounts, ask for the date (`MISSING.sponsor.residenceSince`), judge against the new rule' },
    ],
  },
  'INS.SPONSOR_HEALTH': {
    severity: 'error',
    sources: [
      { file: SEED_003, quote: 'het bewijs dat de toekomstige gezinshereniger een (gezamenlijke) ziektekostenverzekering (ziekenfonds), zoals gedefinieerd in de bepalingen betreffende de gezinshereniging, heeft' },
      { file: SEED_004, quote: 'Zowel jij als je partner moeten verzekerd zijn tegen ziektekosten in België.' },
    ],
  },
} as const satisfies Record<string, RuleSpec>;
