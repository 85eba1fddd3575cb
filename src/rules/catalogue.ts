// The rule catalogue of spec/rules.md as data: every ID the product can report,
// its default severity and its sources. IDs are a public interface: never rename
// one (tests/meta checks this list against rules.md). Each family keeps its rows
// beside its check and its messages (`<family>/catalogue.ts`); this file joins them.
import { PAYMENT_RULES } from './payment/catalogue';
import { AGE_RULES } from './ages/catalogue';
import { DOCUMENT_RULES } from './documents/catalogue';
import { MEANS_RULES } from './means/catalogue';
import { HOUSING_RULES } from './housing/catalogue';
import { CHILD_RULES } from './children/catalogue';
import { TIMELINE_RULES } from './timeline/catalogue';
import { HUMANITARIAN_RULES } from './humanitarian/catalogue';
import { GENERAL_RULES } from './general/catalogue';
import { FORM_RULES } from './form/catalogue';
import { MRZ_RULES } from './mrz/catalogue';

export { SEED_000, SEED_003, SEED_004 } from './sources';

export const RULES = {
  ...PAYMENT_RULES,
  ...AGE_RULES,
  ...DOCUMENT_RULES,
  ...MRZ_RULES,
  ...MEANS_RULES,
  ...HOUSING_RULES,
  ...CHILD_RULES,
  ...TIMELINE_RULES,
  ...HUMANITARIAN_RULES,
  ...GENERAL_RULES,
  ...FORM_RULES,
} as const;

export type CatalogueRuleId = keyof typeof RULES;

/**
 * Rules the product reports beyond spec/rules.md, each for a reason the README gives
 * ("Rules beyond rules.md"); tests/meta allows these and no other extra ID.
 * - `DOC.MRZ_MISMATCH`: the profile differs from the passport's machine-readable zone stored in
 *   the case, which the embassy reads from the passport itself.
 * - `PAY.REFERENCE_MRZ_SPELLING`: the zone writes the names otherwise (transliterated, cut short);
 *   the communication keeps the profile's spelling (rules.md, "The payment communication").
 * - `FORM.HOST_ADDRESS_MISMATCH`, `FORM.MARITAL_STATUS_MISMATCH`, `FORM.DOCUMENT_TYPE_MISMATCH`: the
 *   form cross-check on the host's postal code, the marital status and the travel document type.
 */
export const PRODUCT_RULE_IDS: readonly CatalogueRuleId[] = [
  'DOC.MRZ_MISMATCH',
  'PAY.REFERENCE_MRZ_SPELLING',
  'FORM.HOST_ADDRESS_MISMATCH',
  'FORM.MARITAL_STATUS_MISMATCH',
  'FORM.DOCUMENT_TYPE_MISMATCH',
];

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
