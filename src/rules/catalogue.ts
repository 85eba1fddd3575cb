// The rule catalogue of spec/rules.md as data: every ID the product can report,
// its default severity and its sources. IDs are a public interface: never rename
// one (tests/meta checks this list against rules.md).
import type { Severity, SourceRef } from './types';

export const SEED_000 = '000_03bd9be940570249.txt';
export const SEED_003 = '003_cf91320a7e919e05.txt';
export const SEED_004 = '004_9926838b41b19a4c.txt';

interface RuleSpec {
  severity: Severity;
  sources: readonly SourceRef[];
}

export const RULES = {
  'PAY.REFERENCE': { severity: 'info', sources: [{ file: SEED_004 }] },
  'PAY.FEE': { severity: 'info', sources: [{ file: SEED_004 }, { file: SEED_000 }, { file: 'parameters.md' }] },
  'PAY.FEE_UNKNOWN_PERIOD': { severity: 'warning', sources: [{ file: 'parameters.md' }] },
  'PAY.REFERENCE_MISMATCH': { severity: 'error', sources: [{ file: SEED_004 }] },
  'PAY.NOT_PAID': { severity: 'error', sources: [{ file: SEED_000 }, { file: SEED_004 }] },
  'PAY.PARTIAL': { severity: 'error', sources: [{ file: SEED_000 }, { file: SEED_004 }] },
  'PAY.THIRD_PARTY': { severity: 'info', sources: [{ file: SEED_004 }] },
  'AGE.APPLICANT_MIN': { severity: 'error', sources: [{ file: SEED_003 }, { file: SEED_004 }] },
  'AGE.SPONSOR_MIN': { severity: 'error', sources: [{ file: SEED_003 }, { file: SEED_004 }] },
  'AGE.CHILD_MAX': { severity: 'error', sources: [{ file: SEED_003 }, { file: SEED_004 }] },
  'AGE.COHABITATION_EXCEPTION': { severity: 'info', sources: [{ file: SEED_003 }] },
  'DOC.PASSPORT_EXPIRED': { severity: 'error', sources: [{ file: SEED_003 }, { file: SEED_004 }] },
  'DOC.PASSPORT_EXPIRES_DURING_STAY': { severity: 'warning', sources: [{ file: 'practice' }] },
  'DOC.MARRIAGE_DECLARATION_MISSING': { severity: 'error', sources: [{ file: SEED_003 }, { file: SEED_004 }] },
  'DOC.MARRIAGE_DECLARATION_OLD': { severity: 'error', sources: [{ file: SEED_003 }, { file: SEED_004 }] },
  'DOC.MEDICAL_CERT_OLD': { severity: 'error', sources: [{ file: SEED_003 }, { file: SEED_004 }] },
  'DOC.CRIMINAL_RECORD_REQUIRED': { severity: 'error', sources: [{ file: SEED_003 }, { file: SEED_004 }] },
  'DOC.CRIMINAL_RECORD_OLD': { severity: 'error', sources: [{ file: SEED_003 }, { file: SEED_004 }] },
  'DOC.INSURANCE_COVER': { severity: 'error', sources: [{ file: SEED_003 }, { file: SEED_004 }] },
  'DOC.INSURANCE_TOO_SHORT': { severity: 'error', sources: [{ file: SEED_003 }] },
  'DOC.INSURANCE_SHORTER_THAN_STAY': { severity: 'warning', sources: [{ file: SEED_004 }] },
  'DOC.INSURANCE_NOT_SCHENGEN': { severity: 'error', sources: [{ file: SEED_004 }] },
  'DOC.INSURANCE_STARTS_LATE': { severity: 'warning', sources: [{ file: SEED_004 }] },
  'DOC.TRANSLATION_NEEDED': { severity: 'warning', sources: [{ file: SEED_004 }] },
  'DOC.MUNICIPALITY_LANGUAGE': { severity: 'warning', sources: [{ file: SEED_004 }] },
  'DOC.LEGALISATION': { severity: 'warning', sources: [{ file: SEED_000 }, { file: SEED_004 }] },
  'DOC.UNMARRIED_PROOF': { severity: 'error', sources: [{ file: SEED_003 }, { file: SEED_004 }] },
  'DOC.RELATIONSHIP_HISTORY': { severity: 'warning', sources: [{ file: SEED_003 }, { file: SEED_004 }] },
  'MEANS.BELOW_REFERENCE': { severity: 'warning', sources: [{ file: SEED_004 }, { file: 'parameters.md' }] },
  'MEANS.EXCLUDED_INCOME': { severity: 'warning', sources: [{ file: SEED_004 }] },
  'MEANS.UNSTABLE_INCOME': { severity: 'warning', sources: [{ file: SEED_004 }] },
  'MEANS.SHORT_EVIDENCE': { severity: 'info', sources: [{ file: SEED_004 }] },
  'MEANS.OTHERS_INCOME': { severity: 'info', sources: [{ file: SEED_004 }] },
  'HOUSING.PROOF_INVALID': { severity: 'error', sources: [{ file: SEED_004 }] },
  'HOUSING.NOT_CURRENT': { severity: 'error', sources: [{ file: SEED_004 }] },
  'HOUSING.UNINHABITABLE': { severity: 'error', sources: [{ file: SEED_004 }] },
  'HOUSING.HOLDER': { severity: 'warning', sources: [{ file: SEED_004 }] },
  'INS.SPONSOR_HEALTH': { severity: 'error', sources: [{ file: SEED_003 }, { file: SEED_004 }] },
  'CHILD.CUSTODY': { severity: 'error', sources: [{ file: SEED_003 }, { file: SEED_004 }] },
  'CHILD.CONSENT': { severity: 'error', sources: [{ file: SEED_003 }, { file: SEED_004 }] },
  'CHILD.NOT_OWN': { severity: 'error', sources: [{ file: SEED_004 }, { file: SEED_000 }] },
  'CHILD.MARRIED': { severity: 'error', sources: [{ file: SEED_003 }, { file: SEED_004 }] },
  'TIME.DECISION_EXPECTED': { severity: 'info', sources: [{ file: SEED_003 }] },
  'TIME.VISA_VALIDITY': { severity: 'info', sources: [{ file: SEED_003 }] },
  'TIME.REGISTER': { severity: 'info', sources: [{ file: SEED_003 }, { file: SEED_004 }] },
  'TIME.ANNEX15': { severity: 'info', sources: [{ file: SEED_003 }] },
  'TIME.A_CARD_EXPIRY': { severity: 'info', sources: [{ file: SEED_003 }, { file: SEED_004 }] },
  'TIME.MARRY_BEFORE': { severity: 'warning', sources: [{ file: SEED_003 }, { file: SEED_004 }] },
  'TIME.FAMILY_REUNIFICATION': { severity: 'warning', sources: [{ file: SEED_003 }, { file: SEED_004 }] },
  'TIME.NEXT_CARD': { severity: 'info', sources: [{ file: SEED_003 }, { file: SEED_004 }] },
  'TIME.PARTIAL_PAYMENT_DEADLINE': { severity: 'info', sources: [{ file: SEED_000 }, { file: SEED_004 }] },
  'HUM.DISCRETIONARY': { severity: 'info', sources: [{ file: SEED_000 }] },
  'HUM.SITUATION': { severity: 'info', sources: [{ file: SEED_000 }] },
  'HUM.FAMILY_REUNIFICATION_ROUTE': { severity: 'info', sources: [{ file: SEED_000 }] },
  'HUM.MIXED_APPLICATION': { severity: 'info', sources: [{ file: SEED_000 }] },
  'HUM.WHERE_TO_APPLY': { severity: 'warning', sources: [{ file: SEED_000 }] },
  'HUM.ASYLUM_CONSISTENCY': { severity: 'warning', sources: [{ file: SEED_000 }] },
  'HUM.PRIORITY': { severity: 'info', sources: [{ file: SEED_000 }] },
  'HUM.REGISTER': { severity: 'info', sources: [{ file: SEED_000 }] },
  'INFO.EU_PARTNER_ROUTE': { severity: 'info', sources: [{ file: SEED_003 }] },
  'INFO.IMPEDIMENTS': { severity: 'info', sources: [{ file: SEED_003 }] },
  'PARAM.STALE': { severity: 'warning', sources: [{ file: 'parameters.md' }] },
  'FORM.NAME_MISMATCH': { severity: 'error', sources: [{ file: 'practice' }] },
  'FORM.DOB_MISMATCH': { severity: 'error', sources: [{ file: 'practice' }] },
  'FORM.NATIONALITY_MISMATCH': { severity: 'error', sources: [{ file: 'practice' }] },
  'FORM.PASSPORT_MISMATCH': { severity: 'error', sources: [{ file: 'practice' }] },
  'FORM.PASSPORT_DATES_MISMATCH': { severity: 'error', sources: [{ file: 'practice' }] },
  'FORM.CONTACT_MISMATCH': { severity: 'warning', sources: [{ file: 'practice' }] },
  'FORM.PAYMENT_REFERENCE_MISMATCH': { severity: 'error', sources: [{ file: SEED_004 }] },
} as const satisfies Record<string, RuleSpec>;

export type CatalogueRuleId = keyof typeof RULES;

/**
 * `MISSING.<field>` (rules.md): a field the case type requires and a rule needs is
 * absent. Always a warning; it carries the sources of the rule that needed it.
 */
export type MissingRuleId = `MISSING.${string}`;

export type RuleId = CatalogueRuleId | MissingRuleId;

export const RULE_IDS = Object.keys(RULES) as CatalogueRuleId[];

export function isCatalogueRule(id: string): id is CatalogueRuleId {
  return Object.hasOwn(RULES, id);
}
