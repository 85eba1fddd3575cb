// Catalogue rows of the form cross-check on the vendors' pages (spec/rules.md): severity and the sources each rule rests on.
import { SEED_004, type RuleSpec } from '../sources';

export const FORM_RULES = {
  'FORM.NAME_MISMATCH': { severity: 'error', sources: [{ file: 'practice' }] },
  'FORM.DOB_MISMATCH': { severity: 'error', sources: [{ file: 'practice' }] },
  'FORM.NATIONALITY_MISMATCH': { severity: 'error', sources: [{ file: 'practice' }] },
  'FORM.PASSPORT_MISMATCH': { severity: 'error', sources: [{ file: 'practice' }] },
  'FORM.PASSPORT_DATES_MISMATCH': { severity: 'error', sources: [{ file: 'practice' }] },
  'FORM.CONTACT_MISMATCH': { severity: 'warning', sources: [{ file: 'practice' }] },
  'FORM.HOST_ADDRESS_MISMATCH': { severity: 'warning', sources: [{ file: 'practice' }] },
  'FORM.MARITAL_STATUS_MISMATCH': { severity: 'error', sources: [{ file: 'practice' }] },
  'FORM.DOCUMENT_TYPE_MISMATCH': { severity: 'warning', sources: [{ file: 'practice' }] },
  'FORM.PAYMENT_REFERENCE_MISMATCH': {
    severity: 'error',
    sources: [{ file: SEED_004, quote: 'Voor de mededeling moet je volgende structuur gebruiken: NaamVoornaamNationaliteitDDMMJJJJ.' }],
  },
} as const satisfies Record<string, RuleSpec>;
