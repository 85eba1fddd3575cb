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

export { SEED_000, SEED_003, SEED_004 } from './sources';

export const RULES = {
  ...PAYMENT_RULES,
  ...AGE_RULES,
  ...DOCUMENT_RULES,
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
 * `MISSING.<field>` (rules.md): a field the case type requires and a rule needs is
 * absent. Always a warning; it carries the sources of the rule that needed it.
 */
export type MissingRuleId = `MISSING.${string}`;

export type RuleId = CatalogueRuleId | MissingRuleId;

export const RULE_IDS = Object.keys(RULES) as CatalogueRuleId[];

export function isCatalogueRule(id: string): id is CatalogueRuleId {
  return Object.hasOwn(RULES, id);
}
