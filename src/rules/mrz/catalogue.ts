// Catalogue rows of the rules on the passport's machine-readable zone. Both are the product's own,
// beside spec/rules.md: `PRODUCT_RULE_IDS` in ../catalogue.ts lists them and the README says why.
import { SEED_004, type RuleSpec } from '../sources';

export const MRZ_RULES = {
  'DOC.MRZ_MISMATCH': { severity: 'error', sources: [{ file: 'practice' }] },
  'PAY.REFERENCE_MRZ_SPELLING': {
    severity: 'info',
    sources: [{ file: SEED_004, quote: 'Voor de mededeling moet je volgende structuur gebruiken: NaamVoornaamNationaliteitDDMMJJJJ.' }],
  },
} as const satisfies Record<string, RuleSpec>;
